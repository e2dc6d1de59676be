package dates

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSamePeriod: "the same year", "later that year", "the same month",
// "later that month", « la même année », « le même mois » and a month of
// such a year (« en octobre de la même année ») name the date told just
// before them: in the sentence, the nearest year written before them; else
// (AnchorReach 3) the last date of one of the three sentences before. With
// neither they name no date: the publication's year or month would be a
// guess. Before, they were no date at all. Found reading blind-l/fr-987 (« Le
// même mois, le département américain de la Justice avait inculpé… », « En
// octobre de la même année, l'UE avait ajouté… ») and blind-h/fr-305.
// Sentences written for this rule; "a month earlier" is the guard (reach
// 1), and "the previous year" with nothing to count from is counted from
// the reference (reach 3: the year of the act told a few sentences back).
func TestSamePeriod(t *testing.T) {
	p := newParserT(t)
	ref := claim.Date("2025-01-27")
	for _, tc := range []struct {
		name, lang, text string
		reach            int
		after, claim     string
		span             string
	}{
		{"fr en mai de la même année, in the sentence", "fr", "En 2015, le Bundestag a accusé le GRU, qui l'avait piraté en mai de la même année.", 0, "", "", "2015-05..2015-05"},
		{"fr le même mois, told before", "fr", "Le même mois, le département américain de la Justice a accusé cinq officiers du GRU.", 3, "2024-09", "2024-09", ""},
		{"fr en octobre de la même année, told before", "fr", "En octobre de la même année, l'UE a accusé le chef du GRU du piratage du Bundestag.", 3, "2020-07", "2020-10", ""},
		{"en later that year, told before", "en", "The US and Britain publicly blamed North Korea for the attack later that year.", 3, "2017-05", "", "2017..2017"},
		{"en the same month, told before", "en", "Microsoft's president said the same month that North Korea was behind WannaCry.", 3, "2017-10", "2017-10", ""},
		{"en guard: nothing told before", "en", "Microsoft's president said the same month that North Korea was behind WannaCry.", 3, "", "", ""},
		{"en the previous year: reach 3", "en", "Officials said hackers had breached the ministry the previous year.", 3, "", "", "2024..2024"},
		{"en guard: a month earlier, reach 1", "en", "A month earlier, Mandiant had reported that Iranian hackers were behind the ransomware.", 1, "", "", ""},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			s := p.Analyze(tc.text, tc.lang, ref)
			if got := s.AnchorReach(); got != tc.reach {
				t.Errorf("AnchorReach = %d, want %d", got, tc.reach)
			}
			if tc.after != "" {
				s = p.AnalyzeAfter(tc.text, tc.lang, ref, claim.Date(tc.after))
			}
			if got := s.StatementDate(); tc.claim != "" && string(got) != tc.claim {
				if cd := s.ClaimDate(); string(cd) != tc.claim {
					t.Errorf("statement date %q, claim date %q, want %q", got, cd, tc.claim)
				}
			}
			if strings.Contains(tc.name, "nothing told before") {
				if len(s.hits) != 0 {
					t.Errorf("hits %v, want none", s.hits)
				}
			}
			if tc.span != "" {
				if got := periodOf(s); got != tc.span {
					t.Errorf("period %q, want %q", got, tc.span)
				}
			}
		})
	}
}
