package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestWeekdayOfLastWeek: a weekday followed by "last week" (« de la
// semaine dernière ») is that day of the calendar week before, Monday to
// Sunday, not the most recent such day. 2024-05-10 is a Friday.
func TestWeekdayOfLastWeek(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang, ref string
		want                  claim.Date
	}{
		{"en on Wednesday last week", "Germany blamed APT28 on Wednesday last week for the hack.", "en", "2024-05-10", "2024-05-01"},
		{"en Friday last week said on a Friday", "On Friday last week, Germany blamed APT28 for the hack.", "en", "2024-05-10", "2024-05-03"},
		{"en Sunday of last week said on a Monday", "Germany blamed APT28 on Sunday of last week.", "en", "2024-05-13", "2024-05-12"},
		{"en Wednesday alone is this week's", "Germany blamed APT28 on Wednesday for the hack.", "en", "2024-05-10", "2024-05-08"},
		{"fr mercredi de la semaine dernière", "L'Allemagne a accusé mercredi de la semaine dernière le groupe APT28.", "fr", "2024-05-10", "2024-05-01"},
		{"fr lundi de la semaine passée dit un dimanche", "L'Allemagne a accusé lundi de la semaine passée le groupe APT28.", "fr", "2024-05-12", "2024-04-29"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := p.Analyze(c.sent, c.lang, claim.Date(c.ref)).ClaimDate(); got != c.want {
				t.Errorf("ClaimDate = %q, want %q", got, c.want)
			}
		})
	}
}
