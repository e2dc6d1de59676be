package extractor

import "testing"

// TestRelativeYearOpensStatement: a year told relative to publication that
// opens the sentence ("Last year, ESET attributed…", « L'an dernier, le FBI
// a accusé… ») dates the statement as "In 2023, ESET attributed…" does: no
// claim date of month precision (the publication date before), and the
// stated year dates the deed. A relative year inside the clause stays the
// deed's. Sentences written for this rule.
func TestRelativeYearOpensStatement(t *testing.T) {
	t.Parallel()
	checkDateStart(t, []dateStartCase{
		{"last year opening", "en", "Last year, ESET attributed the attacks on Ukrainian power companies to Sandworm.", "", "2024"},
		{"in 2024 opening (unchanged)", "en", "In 2024, ESET attributed the attacks on Ukrainian power companies to Sandworm.", "", "2024"},
		{"last year inside (the deed's)", "en", "ESET said on Monday that Sandworm carried out the attacks last year.", "2025-10-06", "2024"},
		{"l'année dernière en tête", "fr", "L'année dernière, ESET a attribué à Sandworm les attaques contre des compagnies d'électricité ukrainiennes.", "", "2024"},
		{"l'an dernier en tête", "fr", "L'an dernier, le FBI a accusé la Corée du Nord du piratage de la banque.", "", "2024"},
	})
}

// dateStartCase is one sentence (after a "Cyber news" title, published
// 2025-10-08) with its first claim's date and period start.
type dateStartCase struct {
	name, lang, text, date, start string
}

func checkDateStart(t *testing.T, cases []dateStartCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			start := ""
			if c.AttackPeriod != nil {
				start = string(c.AttackPeriod.Start)
			}
			if string(c.ClaimDate) != tc.date || start != tc.start {
				t.Errorf("claim date %q, period start %q; want %q, %q", c.ClaimDate, start, tc.date, tc.start)
			}
		})
	}
}
