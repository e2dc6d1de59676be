package extractor

import "testing"

// TestSummonDatesStatement: a date opening a sentence whose first verb
// summons an envoy ("On March 4, Germany summoned the Russian ambassador
// over the hack, which it blamed on APT28", « Le 4 mars, Berlin a convoqué
// l'ambassadeur russe… ») dates the statement, not the hack. Sentences
// written for this rule.
func TestSummonDatesStatement(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text, date string
	}{
		{"on March 4 summoned", "en", "On March 4, Germany summoned the Russian ambassador over the hack, which it blamed on APT28.", "2025-03-04"},
		{"summoned on Monday (unchanged)", "en", "Germany summoned the Russian ambassador on Monday over the hack, which it blamed on APT28.", "2025-10-06"},
		{"le 4 mars a convoqué", "fr", "Le 4 mars, Berlin a convoqué l'ambassadeur russe après le piratage, qu'il impute à APT28.", "2025-03-04"},
		{"début mars a convoqué", "fr", "Début mars, l'Allemagne a convoqué l'ambassadeur russe après le piratage, qu'elle impute à APT28.", "2025-03"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			if string(c.ClaimDate) != tc.date || c.AttackPeriod != nil {
				t.Errorf("claim date %q, period %+v; want %q, none", c.ClaimDate, c.AttackPeriod, tc.date)
			}
		})
	}
}
