package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSeasonAfterElision: a season written right after the elided « d' »
// (« les Jeux d'hiver de 2018 », « l'université d'été ») qualifies a noun
// and is no date: the year after it stands alone (2018, not December 2018
// to February 2019). A season told as one after the article (« pendant
// l'hiver 2018 ») is the guard. Sentences written for this rule.
func TestSeasonAfterElision(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, from, to string }{
		{"Jeux d'hiver", "Le GRU a saboté la cérémonie d'ouverture des Jeux d'hiver de 2018 en Corée du Sud.", "2018", "2018"},
		{"pendant l'hiver", "Le GRU a piraté les réseaux pendant l'hiver 2018.", "2018-12", "2019-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			per, _ := p.Analyze(tc.text, "fr", claim.Date("2024-08-13")).AttackPeriod()
			if per == nil || string(per.Start) != tc.from || string(per.End) != tc.to {
				t.Errorf("attack period %v, want %s–%s", per, tc.from, tc.to)
			}
		})
	}
}
