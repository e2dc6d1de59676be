package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestDateBeforeComplement: a date between an accusation's object and its
// complement ("accused Russia in October 2018 of hacking", « accusé
// Moscou en octobre 2018 d'avoir piraté ») dates the saying, though the
// deed's word follows it; without the complement the deed keeps it.
func TestDateBeforeComplement(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, s string
		want          claim.Date
	}{
		{"en of after the date", "en", "Britain accused Russia in October 2018 of hacking its parliament.", "2018-10"},
		{"en for after the date", "en", "Britain blamed Russia in October 2018 for hacking its parliament.", "2018-10"},
		{"fr d' after the date", "fr", "Londres avait accusé Moscou en octobre 2018 d'avoir piraté le Parlement.", "2018-10"},
		{"en a deed right after the date", "en", "The agency said hackers in October 2018 stole data from the parliament.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.Analyze(tc.s, tc.lang, "2024-03-14").StatementDate(); got != tc.want {
				t.Errorf("StatementDate = %q, want %q", got, tc.want)
			}
		})
	}
}
