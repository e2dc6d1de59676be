package extractor

import (
	"slices"
	"testing"
)

// TestVictimRecall: victim countries reached through the accuser's own
// country, French post-nominal demonyms, first-person possessives in
// quotes, continuation sentences, passive imputations and domestic
// institutions. Events are invented or rephrased for the test. want lists
// the expected "accuser>accused>victims" keys; victims are sorted codes.
func TestVictimRecall(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{
			name: "accuser country demonym object",
			lang: "en",
			text: "Russian state-backed hackers broke into a Norwegian parliament email system, Norway's intelligence service said on Monday.",
			want: []string{"Norwegian Intelligence Service>RU>NO"},
		},
		{
			name: "fr post-nominal demonym after plural noun",
			lang: "fr",
			text: "Le gouvernement tchèque a accusé les services russes d'avoir piraté les messageries de diplomates et de fonctionnaires tchèques en 2023.",
			want: []string{"CZ>RU>CZ"},
		},
		{
			name: "fr entreprises allemandes",
			lang: "fr",
			text: "Le ministère néerlandais de la Défense accuse des pirates chinois soutenus par l'Etat d'avoir infiltré des entreprises industrielles allemandes.",
			want: []string{"NL>CN>DE"},
		},
		{
			name: "en first person possessive in quote",
			lang: "en",
			text: "\"This attack on our power grid was carried out by Russian military intelligence,\" the Estonian prime minister said on Tuesday. The malware spread quickly.",
			want: []string{"EE>RU>EE"},
		},
		{
			name: "fr first person possessive in quote",
			lang: "fr",
			text: "« Ces attaques contre nos hôpitaux ont été menées par des pirates liés à l'Etat iranien », a déclaré mardi le gouvernement albanais. Les systèmes ont été rétablis.",
			want: []string{"AL>IR>AL"},
		},
		{
			name: "en continuation next paragraph",
			lang: "en",
			text: "Security firm ESET said the APT41 group compromised telecom operators in Indonesia in 2024.\n\nBeyond Indonesia, the researchers observed targeting of organisations in Chile, Ghana and Nepal.",
			want: []string{"ESET>APT41>CL,GH,ID,NP"},
		},
		{
			name: "en victims were also found",
			lang: "en",
			text: "Microsoft said the Russian group APT29 breached email accounts at a German ministry. Victims were also found in Brazil and Mexico.",
			want: []string{"Microsoft>APT29>BR,DE,MX"},
		},
		{
			name: "fr continuation d'apres l'editeur",
			lang: "fr",
			text: "L'éditeur Kaspersky attribue au groupe Lazarus une série d'attaques contre des banques au Chili.\n\nD'après l'éditeur, des organisations ont été visées au Pérou, à Djibouti, en Egypte et aux Emirats arabes unis.",
			want: []string{"Kaspersky>Lazarus Group>AE,CL,DJ,EG,PE"},
		},
		{
			name: "continuation does not add accused country",
			lang: "en",
			text: "Mandiant said APT40 hacked shipping firms in Italy.\n\nVictims were also found in China and Spain.",
			want: []string{"Mandiant>APT40>ES,IT"},
		},
		{
			name: "continuation with another accused is not merged",
			lang: "en",
			text: "Mandiant said APT40 hacked shipping firms in Italy. Separately, Kimsuky targeted universities in Japan.",
			want: []string{"Mandiant>APT40>IT", "Mandiant>Kimsuky>JP"},
		},
		{
			name: "fr passive imputation victim modifier",
			lang: "fr",
			text: "Le piratage du site de l'agence de presse lituanienne BNS est imputé à la Russie par le gouvernement lituanien.",
			want: []string{"LT>RU>LT"},
		},
		{
			name: "en hack of state news agency blamed by capital",
			lang: "en",
			text: "The hack of Lithuania's state news agency was blamed on Russia by Vilnius.",
			want: []string{"LT>RU>LT"},
		},
		{
			name: "en domestic institutions by national police",
			lang: "en",
			text: "The Finnish police attributed intrusions against government bodies, think tanks and politicians to the Chinese group APT31.",
			want: []string{"FI>APT31>FI"},
		},
		{
			name: "fr domestic institutions by ministry",
			lang: "fr",
			text: "Le ministère belge des Affaires étrangères attribue au groupe APT31 des intrusions visant des administrations, des parlementaires et des laboratoires.",
			want: []string{"BE>APT31>BE"},
		},
		{
			name: "domestic nouns need a state accuser",
			lang: "en",
			text: "Security firm ESET attributed intrusions against government bodies and think tanks to the Chinese group APT31.",
			want: []string{"ESET>APT31>"},
		},
		{
			name: "no victim from accuser without target",
			lang: "en",
			text: "The Dutch government accused Russia's GRU of cyber espionage on Monday.",
			want: []string{"NL>GRU>"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := claimKeys(extractText(t, tc.lang, tc.text))
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q\nwant %q", got, want)
			}
		})
	}
}
