package extractor

import "testing"

// TestRecall4 covers the misses of our own set e (recall4 pass): ties
// written as service or orders (« aux ordres de Moscou », "in Russia's
// interest") that were read as accusers or victims, the organ behind a
// named group kept as a second actor, and victims through mailboxes and
// flooding verbs. want and not hold prefixes of full(c); the sentences are
// written for this test.
func TestRecall4(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "fr selon lui is the speaker already named", lang: "fr",
			text: "Le gouvernement grec a accusé jeudi le groupe NoName057(16), proche de Moscou selon lui, d'avoir paralysé les sites de ports grecs.",
			want: []string{"GR>noname057(16)>GR>"},
			not:  []string{"RU>"}},
		{name: "fr aux ordres de is a tie", lang: "fr",
			text: "Des pirates aux ordres de Moscou ont paralysé les sites de plusieurs mairies roumaines, a affirmé mardi le gouvernement roumain.",
			want: []string{"RO>RU>RO>"}},
		{name: "fr flooding verb", lang: "fr",
			text: "La Slovaquie accuse le groupe NoName057(16) d'avoir saturé en mai 2024 les sites de ses ministères.",
			want: []string{"SK>noname057(16)>SK>2024-2024"}},
		{name: "in a state's interest is a tie, not a victim", lang: "en",
			text: "The Norwegian government said on Friday that a group acting in Russia's interest had hacked Norwegian ministry websites in 2022.",
			want: []string{"NO>"},
			not:  []string{"NO>RU>NO,RU", "NO>RU>RU"}},
		{name: "at a state's bidding", lang: "en",
			text: "Britain said hackers acting at Moscow's bidding attacked British ports in 2023.",
			want: []string{"GB>RU>GB>2023-2023"}},
		{name: "in the interest of", lang: "en",
			text: "Poland said hackers working in the interest of Russia attacked its railway network.",
			want: []string{"PL>RU>PL>"}},
		{name: "organ behind a named group in a relative clause", lang: "en",
			text: "Australia's signals directorate said that APT40, which it ties to China's Ministry of State Security, had broken into Australian government networks in 2022.",
			// the SCHEMA's "APT40 accused as MSS-backed" and the blind sets'
			// convention: the sponsor organ is accused with its group
			want: []string{"AU>apt40>AU>2022-2022", "AU>mss>AU>2022-2022"}},
		{name: "reading the mailboxes of demonym people", lang: "en",
			text: "Sweden's security police said APT31 was responsible for reading the mailboxes of Swedish members of parliament in 2021.",
			want: []string{"SE>apt31>SE>2021-2021"}},
		{name: "fr owner state after du is the victim, not accused", lang: "fr",
			text: "La Corée du Sud accuse la Corée du Nord d'avoir piraté les serveurs de l'agence spatiale du Japon.",
			want: []string{"KR>KP>JP>"},
			not:  []string{"KR>JP"}},
		{name: "fr demonym past two adjectives", lang: "fr",
			text: "La Slovaquie accuse la Russie d'avoir piraté le site de la compagnie aérienne nationale slovaque.",
			want: []string{"SK>RU>SK>"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkPrefixes(t, extract(t, tc.lang, "2025-06-20", tc.text), tc.want, tc.not)
		})
	}
}
