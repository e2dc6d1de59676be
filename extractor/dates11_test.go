package extractor

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestStatementMonthClaimDate: a month told right after the accusation
// verb dates the statement ("blamed by X in March 2019"), also without its
// year (« l'accusait en février »: the last February before publication).
func TestStatementMonthClaimDate(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	cases := []struct {
		name, lang, pub, text string
		want                  claim.Date
	}{
		{"passive with agent", "en", "2024-06-10",
			"Archive\n\nThe Lazarus Group was blamed by the FBI in March 2019 for the destructive attack on a Chilean bank.", "2019-03"},
		{"mois sans année", "fr", "2025-06-03",
			"Rappel\n\nL'éditeur ESET accusait en février le groupe APT29 d'avoir visé des diplomates européens.", "2025-02"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/p", Published: claim.Date(tc.pub)}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, c := range cs {
				if c.Stance != claim.StanceAccusation {
					continue
				}
				n++
				if c.ClaimDate != tc.want {
					t.Errorf("claim date = %q, want %q (%s)", c.ClaimDate, tc.want, c.Evidence.Sentence)
				}
			}
			if n == 0 {
				t.Fatalf("no accusation in %q", tc.text)
			}
		})
	}
}

// TestEarlierStatementDeedPeriod: a sentence telling an earlier accusation
// with "already" and its own date gives the claim the deed's dates it names
// (not the background rule's nothing).
func TestEarlierStatementDeedPeriod(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"already, dated, deed years", "en", "2024-06-10",
			"Archive\n\nIn 2020 Norway had already accused APT28 of intrusions into the parliament's mail system that ran since 2018.", "2018..2020"}, // the span runs to the statement that tells it
		{"déjà, daté, années de l'acte", "fr", "2025-01-09",
			"Rappel\n\nSéoul avait déjà accusé Pyongyang par le passé : en 2019, sa police avait affirmé que le groupe Lazarus avait piraté des banques en 2016 et 2017.", "2016..2017"},
	})
}
