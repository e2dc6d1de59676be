package extractor

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestPreviousAccusationPeriod: a sentence that is itself an earlier
// accusation ("has previously attributed", « avaient déjà accusé ») keeps
// its deed's dates; a group's history told in a relative clause or an
// apposition beside a new accusation does not give them. Sentences written
// for this rule.
func TestPreviousAccusationPeriod(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"previously attributed, deed year", "en", "2024-03-25",
			"Cyber news\n\nThe Dutch intelligence service has previously attributed attacks on Dutch firms to Russia's GRU, including a 2018 breach of an energy supplier.", "2018..2018"},
		{"previously blamed, deed years", "en", "2025-06-18",
			"Cyber news\n\nEstonia has previously blamed Russia for attacks on its banks in 2007 and on its ministries in 2020.", "2007..2020"},
		{"avaient deja accuse", "fr", "2022-09-08",
			"Actualité\n\nEn 2019, les autorités estoniennes avaient déjà accusé le GRU d'avoir piraté des ministères en 2018.", "2018..2018"},
		{"history in a relative clause", "en", "2022-04-12",
			"Cyber news\n\nUkraine on Friday blamed Sandworm, which was previously blamed for the 2016 blackouts, for an attack on a telecom operator.", ""},
		{"history in an apposition", "en", "2022-04-12",
			"Cyber news\n\nUkraine on Friday accused Sandworm, already blamed for the 2016 blackouts, of hacking a telecom operator.", ""},
		{"a year in a remark on the accuser", "en", "2025-01-09",
			"Cyber news\n\nThe Slovak firm ESET, which has tracked MirrorFace since 2022, had already accused the group of targeting a European embassy.", ""},
		{"une annee dans une relative sur l'accusateur", "fr", "2025-01-09",
			"Actualité\n\nL'éditeur ESET, qui suit MirrorFace depuis 2022, avait déjà accusé le groupe d'avoir visé une ambassade européenne.", ""},
		{"histoire dans une relative", "fr", "2022-04-12",
			"Actualité\n\nKiev a accusé vendredi Sandworm, qui avait déjà été accusé des coupures de 2016, d'avoir piraté un opérateur.", ""},
	})
}

// TestPhaseIsNoPeriod: a sentence dating one phase inside a span a claim
// already holds ("between 2019 and 2024" … "From 2023, the hackers also…")
// gives no claim of the article that phase as its attack period; a dated
// sentence outside the span still frames a claim. Sentences written for
// this rule.
func TestPhaseIsNoPeriod(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	cases := []struct {
		name, lang, text string
		banned, want     string // a period no claim may hold; one some claim must hold
	}{
		{"from a year inside the span", "en",
			"Japan blames a China-linked group for 200 cyberattacks on its ministries\n\nThe National Police Agency said on Wednesday that a group called MirrorFace, linked to Beijing, had carried out the attacks between 2019 and 2024.\n\nThe hackers sent booby-trapped emails to researchers, then from 2023 exploited flaws in network devices exposed to the internet.",
			"2023..", "2019..2024"},
		{"a partir d'une annee dans la periode", "fr",
			"Le Japon impute à un groupe lié à Pékin 200 cyberattaques contre ses ministères\n\nL'Agence nationale de la police a affirmé mercredi qu'un groupe baptisé MirrorFace, lié à Pékin, avait mené ces attaques entre 2019 et 2024.\n\nLes pirates envoyaient des courriels piégés à des chercheurs, puis exploitaient, à partir de 2023, des failles dans des équipements réseau exposés à Internet.",
			"2023..", "2019..2024"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/p", Published: "2025-01-09"}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, c := range cs {
				if c.AttackPeriod.IsZero() {
					continue
				}
				got := string(c.AttackPeriod.Start) + ".." + string(c.AttackPeriod.End)
				if got == tc.banned {
					t.Errorf("a claim holds the phase %q: %q", got, c.Evidence.Sentence)
				}
				found = found || got == tc.want
			}
			if !found {
				t.Errorf("no claim holds %q", tc.want)
			}
		})
	}
}
