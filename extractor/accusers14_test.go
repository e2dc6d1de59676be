package extractor

import "testing"

// TestAccuserShapes14 covers accusers missed on last session's validation
// articles (session 14): a subject pronoun opening a relative clause is the
// main clause's subject named in the same sentence, not the speaker of an
// earlier sentence; an acronym in parentheses after the subject of an
// accusation verb renames it; vendors added to the curated table; « ne pas
// être en mesure d'attribuer » negates; a habitual accusation naming a
// year or a group is a claim, a vague one background; "blamed the attack
// on X" names the accused after "on". The sentences are
// written for this test.
func TestAccuserShapes14(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "that it attributed", lang: "en",
			text: "Denmark said on Monday that Russian hackers had probed its water utilities.\n\n" +
				"Norway's National Security Authority published a list of intrusions since 2021 that it attributed to APT28.",
			want: []string{"NO>apt28"}, not: []string{"DK>apt28"}},
		{name: "in which it attributed", lang: "en",
			text: "The NCSC released a report in which it attributed the attacks on ministries to Sandworm.",
			want: []string{"GB>sandworm"}},
		{name: "that it said after an opening date", lang: "en",
			text: "In 2023, Microsoft seized web domains that it said APT28 had used to attack victims in Japan.",
			want: []string{"microsoft>apt28"}},
		{name: "first mention after a predicate is no subject", lang: "en",
			text: "Hackers targeted Poland in a campaign that it attributed to APT28.",
			not:  []string{"PL>apt28"}},
		{name: "acronym in parentheses after the subject", lang: "en",
			text: "The Cybersecurity and Infrastructure Security Agency (CISA) attributed the intrusions at water utilities to Volt Typhoon.",
			want: []string{"US>volt typhoon"}},
		{name: "french sigle entre parentheses", lang: "fr",
			text: "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a attribué la campagne contre des ministères à APT31.",
			want: []string{"FR>apt31"}},
		{name: "vendor from the curated table", lang: "en",
			text: "Cyber intelligence firm iSight Partners said the blackout was the work of Sandworm.",
			want: []string{"isight partners>sandworm"}},
		{name: "french fournisseur britannique de la table", lang: "fr",
			text: "Les chercheurs du britannique BAE Systems ont attribué le vol contre la banque centrale au groupe Lazarus.",
			want: []string{"bae systems>lazarus group"}},
		{name: "french ne pas etre en mesure d'attribuer", lang: "fr",
			text: "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a indiqué ne pas être en mesure d'attribuer l'attaque à APT28.",
			not:  []string{"FR>apt28"}},
		{name: "french habitude nommant un groupe", lang: "fr",
			text: "Londres dénonce régulièrement les cyberattaques du GRU contre ses alliés.",
			want: []string{"GB>gru"}},
		{name: "habit with a year", lang: "en",
			text: "Washington regularly accuses Beijing of hacking, as in 2020, when it charged four soldiers over the Equifax breach.",
			want: []string{"US>CN"}},
		{name: "vague habit stays background", lang: "en",
			text: "Washington regularly accuses Beijing of hacking.",
			not:  []string{"US>CN"}},
		{name: "blamed the attack on", lang: "en",
			text: "The EU condemned the cyberattack and blamed the intrusion on APT28.",
			want: []string{"eu>apt28"}},
		{name: "blamed X for attacks on a target", lang: "en",
			text: "Canada blamed APT41 for cyberattacks on companies in Japan.",
			want: []string{"CA>apt41"}, not: []string{"CA>JP"}},
		{name: "behind a named malware", lang: "en",
			text: "Hackers hit hospitals worldwide.\n\nMicrosoft said in October that North Korea was behind WannaCry.",
			want: []string{"microsoft>KP"}},
		{name: "the agencies said after a list of vendors", lang: "en",
			text: "The NSA and the FBI said Salt Typhoon had hacked telecom carriers.\n\n" +
				"The hackers entered networks through flaws in devices from vendors such as Cisco and Palo Alto Networks, the agencies said.",
			want: []string{"US>salt typhoon"}, not: []string{"palo alto networks>salt typhoon"}},
		{name: "pronoun after a sentence whose subject made no claim", lang: "en",
			text: "Hackers hit a news agency in Warsaw.\n\nThe attack disrupted the agency's website for hours.\n\n" +
				"Poland published a report on Monday. It said APT28 was behind the cyberattack.",
			want: []string{"PL>apt28"}},
		{name: "french organe sans nom apres le sujet de la phrase precedente", lang: "fr",
			text: "Des pirates ont visé une agence de presse.\n\nLe site de l'agence a été inaccessible pendant des heures.\n\n" +
				"La Pologne a réuni lundi son conseil de sécurité. Le ministre a affirmé que les services russes étaient derrière la cyberattaque.",
			want: []string{"PL>RU"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}
