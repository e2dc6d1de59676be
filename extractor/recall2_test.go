package extractor

import (
	"slices"
	"testing"
)

// TestRecallAccusers2 covers attribution phrasings that the accuser pass of
// issue 10 still missed on our own unseen set c and held-out frames sets:
// a speaker that "reached the same conclusion" as the sentence before,
// « a fait la même annonce », a bare "X was responsible" at the end of a
// clause, « lever le voile sur », « portent, selon X, la marque de », lists
// of partner countries after "partners in", and the guards that keep
// precision. The sentences are written for this test.
func TestRecallAccusers2(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "reached the same conclusion", lang: "en",
			text: "Sweden blamed Russia's GRU for the cyberattack on its water utilities. Norway reached the same conclusion on Monday.",
			want: []string{"SE>gru", "NO>gru"}},
		{name: "made a similar announcement", lang: "en",
			text: "Japan accused APT10 of hacking the networks of its space agency. South Korea made a similar announcement a day later.",
			want: []string{"JP>apt10", "KR>apt10"}},
		{name: "french meme annonce list", lang: "fr",
			text: "La Pologne a attribué à la Russie la cyberattaque contre ses chemins de fer. La Lettonie, la Lituanie et l'Estonie ont fait la même annonce.",
			want: []string{"PL>RU", "LV>RU", "LT>RU", "EE>RU"}},
		{name: "concluded that X was responsible", lang: "en",
			text: "The German chancellery condemned the intrusion into its servers and said China was responsible.",
			want: []string{"DE>CN"}},
		{name: "was responsible for stays", lang: "en",
			text: "Canada's foreign ministry said Iran was responsible for the hacking of its parliament.",
			want: []string{"CA>IR"}},
		{name: "french lever le voile sur", lang: "fr",
			text: "Google a levé le voile jeudi sur APT42, un groupe de pirates au service de l'Iran qui vise des journalistes.",
			want: []string{"google>apt42"}},
		{name: "french porter la marque de split by selon", lang: "fr",
			text: "Les cyberattaques qui ont paralysé les sites du gouvernement géorgien portent, selon Tbilissi, la marque de Moscou.",
			want: []string{"GE>RU"}},
		{name: "partners in a list co-signed", lang: "en",
			text: "Partners in Japan, Britain and Canada co-signed the advisory blaming APT40 for the intrusions.",
			want: []string{"JP>apt40", "GB>apt40", "CA>apt40"}},
		{name: "agencies in a list said", lang: "en",
			text: "Agencies in South Korea and Japan said the espionage campaign was carried out by Kimsuky.",
			want: []string{"KR>kimsuky", "JP>kimsuky"}},
		{name: "the country's agency takes the article's state", lang: "en",
			text: "Irish hospital systems were shut down after a ransomware attack. The country's National Cyber Security Centre said the Conti gang was behind the intrusion.",
			want: []string{"IE>conti"},
			not:  []string{"GB>conti"}},
		{name: "unnamed ministry speaks for the article's state", lang: "en",
			text: "Estonian ministry websites went offline on Monday. The foreign ministry said the cyberattack was carried out by APT29.",
			want: []string{"EE>apt29"}},
		{name: "according to officials of the article's state", lang: "en",
			text: "Danish ports were hit by a wave of cyberattacks. According to officials, the attacks were carried out by NoName057(16).",
			want: []string{"DK>noname057(16)"}},
		{name: "french le ministere of the article's state", lang: "fr",
			text: "Des sites du gouvernement finlandais ont été paralysés mardi. Le ministère a indiqué que la cyberattaque avait été menée par le groupe Killnet.",
			want: []string{"FI>killnet"}},
		{name: "progressive attack verb is active", lang: "en",
			text: "GCHQ said China is targeting Dutch firms with cyberattacks.",
			want: []string{"GB>CN"}},
		{name: "has been conducting", lang: "en",
			text: "The Czech foreign ministry said APT28 has been conducting cyberattacks against its diplomats.",
			want: []string{"CZ>apt28"}},
		{name: "french pro-russes hackers tie the state", lang: "fr",
			text: "L'ANSSI a indiqué que des hackers pro-russes avaient mené les cyberattaques contre des sites de collectivités.",
			want: []string{"FR>RU"}},
		{name: "french pour X comma source", lang: "fr",
			text: "Pour Varsovie, la cyberattaque contre l'agence de presse PAP porte la signature des services russes.",
			want: []string{"PL>RU"}},
		{name: "french pour la ministre of the article's state", lang: "fr",
			text: "Les registres publics moldaves sont hors ligne depuis lundi. Pour la Première ministre, il ne fait aucun doute que cette cyberattaque a été conduite par le groupe Sandworm.",
			want: []string{"MD>sandworm"}},
		{name: "the prime minister of the article's state", lang: "en",
			text: "Estonian government websites went down on Tuesday. The prime minister said the cyberattack was carried out by APT29.",
			want: []string{"EE>apt29"}},
		{name: "pro-Russian hackers tie the state", lang: "en",
			text: "Sweden's civil defence minister said pro-Russian hackers carried out the cyberattacks on Swedish municipalities.",
			want: []string{"SE>RU"}},
		{name: "french accusations portees par", lang: "fr",
			text: "Cette annonce suit les accusations portées par Ottawa et Canberra contre le groupe APT40 pour des cyberattaques.",
			want: []string{"CA>apt40", "AU>apt40"}},
		{name: "joint advisory on", lang: "en",
			text: "The cyber agencies of Japan and South Korea published a joint advisory on Kimsuky's hacking of defence contractors.",
			want: []string{"JP>kimsuky", "KR>kimsuky"}},
		{name: "laid the blame at", lang: "en",
			text: "The Dutch government laid the blame for the cyberattack at Russia's door.",
			want: []string{"NL>RU"}},
		{name: "french fait porter la responsabilite", lang: "fr",
			text: "Les autorités polonaises ont fait porter la responsabilité de la cyberattaque au groupe APT28.",
			want: []string{"PL>apt28"}},
		{name: "titled subject with a name in apposition", lang: "en",
			text: "The Dutch defence minister, Ruben Brekelmans, said Russian services were behind the cyberattack on the police.",
			want: []string{"NL>RU"}},
		{name: "name with a titled apposition", lang: "en",
			text: "Ruben Brekelmans, the Dutch defence minister, said Russian services were behind the cyberattack on the police.",
			want: []string{"NL>RU"}},
		{name: "french titled subject with a name in apposition", lang: "fr",
			text: "Le ministre néerlandais de la Défense, Ruben Brekelmans, a affirmé que les services russes étaient derrière la cyberattaque contre la police.",
			want: []string{"NL>RU"}},
		{name: "demonym, tie word, attack noun", lang: "en",
			text: "\"This was a Russian military cyberattack,\" a Czech foreign ministry spokesperson said.",
			want: []string{"CZ>RU"}},
		{name: "french attack noun, tie word, demonym", lang: "fr",
			text: "Le ministère tchèque a dénoncé une cyberattaque militaire russe contre ses serveurs.",
			want: []string{"CZ>RU"}},
		{name: "joint report with a co-author", lang: "en",
			text: "In a joint report with Microsoft, OpenAI said Forest Blizzard used its models for hacking research.",
			want: []string{"openai>apt28", "microsoft>apt28"}},
		{name: "blog post written with", lang: "en",
			text: "Forest Blizzard used the models for hacking research, OpenAI said in a blog post written with Microsoft.",
			want: []string{"openai>apt28", "microsoft>apt28"}},
		{name: "french rapport conjoint avec", lang: "fr",
			text: "Dans un rapport conjoint avec Microsoft, OpenAI affirme que Forest Blizzard a utilisé ses modèles pour préparer des piratages.",
			want: []string{"openai>apt28", "microsoft>apt28"}},
		// guards
		{name: "french target nationality after contre is no accused", lang: "fr",
			text: "Bruxelles a dénoncé une cyberattaque menée par des acteurs liés à la Chine contre le Parlement belge.",
			want: []string{"eu>CN"},
			not:  []string{"eu>BE"}},
		{name: "french sanctions contre keeps the accused", lang: "fr",
			text: "Washington a annoncé des sanctions contre les services russes après la cyberattaque.",
			want: []string{"US>RU"}},
		{name: "a report with evidence from is no co-author", lang: "en",
			text: "OpenAI said in a report with evidence from Microsoft that Forest Blizzard used its models for hacking research.",
			want: []string{"openai>apt28"},
			not:  []string{"microsoft>apt28"}},
		{name: "french institutions gouvernementales as targets", lang: "fr",
			text: "Des pirates liés à la Russie ont piraté des institutions gouvernementales polonaises, selon Microsoft.",
			want: []string{"microsoft>RU"},
			not:  []string{"PL>RU"}},
		{name: "a list before an inverted verb is no apposition", lang: "fr",
			text: "Le groupe APT28 a également visé des ministères en Lettonie, en Estonie et en Finlande, a précisé le ministère allemand.",
			want: []string{"DE>apt28"},
			not:  []string{"EE>apt28", "FI>apt28", "LV>apt28"}},
		{name: "inverted speaker after a comma stays", lang: "en",
			text: "APT28 was behind the cyberattack on the party, said the German interior ministry.",
			want: []string{"DE>apt28"}},
		{name: "french pour le compte de is no source", lang: "fr",
			text: "Pour le compte de la Russie, le groupe APT28 a piraté des ministères, selon Microsoft.",
			want: []string{"microsoft>apt28"},
			not:  []string{"RU>apt28"}},
		{name: "Russian hackers without a tie name no state", lang: "en",
			text: "The NCSC said Russian hackers carried out the cyberattacks.",
			not:  []string{"GB>RU"}},
		{name: "french hackers russes without a tie name no state", lang: "fr",
			text: "L'ANSSI a indiqué que des hackers russes avaient mené les cyberattaques contre des sites de collectivités.",
			not:  []string{"FR>RU"}},
		{name: "passive participle keeps the subject a target", lang: "en",
			text: "Czech institutions were hit by APT28, the foreign ministry in Prague said.",
			want: []string{"CZ>apt28"},
			not:  []string{"CZ>CZ"}},
		{name: "unnamed ministry with two states speaks for none", lang: "en",
			text: "Latvian and Estonian ministry websites went offline on Monday. The foreign ministry said the cyberattack was carried out by APT29.",
			not:  []string{"EE>apt29", "LV>apt29"}},
		{name: "unnamed ministry never speaks for the accused state", lang: "en",
			text: "Russia is suspected in the outage. Officials said the cyberattack was carried out by APT29.",
			not:  []string{"RU>apt29"}},
		{name: "a bare agency keeps the table's country", lang: "en",
			text: "Irish hospital systems were shut down after a ransomware attack. Britain's National Cyber Security Centre said the Conti gang was behind the intrusion.",
			want: []string{"GB>conti"},
			not:  []string{"IE>conti"}},
		{name: "a tool called is no group", lang: "en",
			text: "The FBI said Turla, a unit of the FSB, ran the Snake network. Agents used a tool called Perseus to shut the implant down.",
			want: []string{"US>turla"},
			not:  []string{"US>perseus"}},
		{name: "french logiciel baptise is no group", lang: "fr",
			text: "Selon Mandiant, le groupe APT41 a utilisé contre des ministères italiens un logiciel malveillant baptisé DustPan.",
			want: []string{"mandiant>apt41"},
			not:  []string{"mandiant>dustpan"}},
		{name: "a group called stays a group", lang: "en",
			text: "Google said a group of hackers calling itself CyberVolk attacked Japanese government websites.",
			want: []string{"google>cybervolk"}},
		{name: "partners in after a speaker stay a place", lang: "en",
			text: "Britain and its partners in Canada and Australia blamed APT40 for the intrusions.",
			want: []string{"GB>apt40"}},
		{name: "partners in a list as passive subject are no speakers", lang: "en",
			text: "Partners in Japan and Canada were breached by APT41, Mandiant said.",
			want: []string{"mandiant>apt41"},
			not:  []string{"JP>apt41", "CA>apt41"}},
		{name: "partners in after a verb are no speakers", lang: "en",
			text: "Mandiant said APT41 breached partners in Japan and Canada last year.",
			want: []string{"mandiant>apt41"},
			not:  []string{"JP>apt41", "CA>apt41"}},
		{name: "responsible for security is no accusation", lang: "en",
			text: "The agency that is responsible for the security of Estonian networks said it had seen no cyberattack this week.",
			not:  []string{"EE>EE"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-06-20", tc.text)
			var got []string
			for _, c := range cs {
				got = append(got, key(c))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %s in %v", w, got)
				}
			}
			if len(tc.want) == 0 && len(tc.not) > 0 && len(got) > 0 {
				t.Errorf("want no claim, got %v", got)
			}
		})
	}
}
