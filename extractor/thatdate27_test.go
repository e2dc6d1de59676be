package extractor

import "testing"

// TestDateOpeningReportedClause: a date right after "said that" or «
// affirme que » opens the reported clause and dates the deed, not the
// saying: "Google said that in 2023 Russian hackers tried…", "Google said
// Russian hackers had, in 2023, broken into…". Before, it
// was read as the day of the statement and the attack had no period.
// Texts written for this test; the last case is a guard ("said in 2023
// that…" dates the saying).
func TestDateOpeningReportedClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lang, text string
		years      []string
	}{
		{"en", "Google said that in 2023 Russian hackers tried to break into the accounts of Ukrainian officials.", []string{"2023"}},
		{"fr", "Google affirme qu'en 2023 des pirates russes ont pénétré les comptes de responsables ukrainiens.", []string{"2023"}},
		{"en", "Google said in 2023 that Russian hackers had tried to break into the accounts of Ukrainian officials.", nil},
		// no "that": the date stands between the clause's auxiliary and its verb
		{"en", "Google said Russian hackers had, in 2023, broken into the accounts of Ukrainian officials.", []string{"2023"}},
		{"en", "Google said Russian hackers had last year broken into the accounts of Ukrainian officials.", []string{"2023"}},
	} {
		cs := extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text)
		if len(cs) == 0 {
			t.Fatalf("%.50q: no claim", tc.text)
		}
		if got := attackYears(cs); len(got) != len(tc.years) || len(got) > 0 && got[0] != tc.years[0] {
			t.Errorf("%.50q: attack years %v, want %v", tc.text, got, tc.years)
		}
	}
}
