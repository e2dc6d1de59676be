package extractor

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// yearCase is an article and the attack periods ("start..end", "" for
// none) its claims must hold, by accuser name and accused name.
type yearCase struct {
	name, lang, pub, text string
	want                  map[[2]string]string
}

func runYearCases(t *testing.T, cases []yearCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/p", Published: claim.Date(tc.pub)}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			got := map[[2]string]string{}
			for _, c := range cs {
				if c.Stance != claim.StanceAccusation || c.Accuser == nil || c.Accused == nil {
					continue
				}
				p := ""
				if !c.AttackPeriod.IsZero() {
					p = string(c.AttackPeriod.Start) + ".." + string(c.AttackPeriod.End)
				}
				got[[2]string{c.Accuser.Name, c.Accused.Name}] = p
			}
			for k, w := range tc.want {
				g, ok := got[k]
				if !ok {
					t.Errorf("no claim %s → %s (claims: %v)", k[0], k[1], got)
					continue
				}
				if g != w {
					t.Errorf("%s → %s: attack period %q, want %q", k[0], k[1], g, w)
				}
			}
		})
	}
}

// TestBackgroundPeriodLeavesNewsYear: an earlier accusation told with its
// own deed year ("In 2021, Britain had blamed … for an attack in 2015")
// keeps that year, and does not stop the news accusation's attack, told
// as new and dated by nothing else, from taking the publication year.
// Sentences written for this rule.
func TestBackgroundPeriodLeavesNewsYear(t *testing.T) {
	t.Parallel()
	runYearCases(t, []yearCase{
		{"new campaign beside a dated background claim", "en", "2024-05-03",
			"Germany blames Russia for new hacking campaign\n\nGermany on Friday accused Russian military intelligence of a new espionage campaign against its ministries.\n\nIn 2021, Britain had blamed the same agency for an attack on the Bundestag in 2015.",
			map[[2]string]string{{"Germany", "GRU"}: "2024..2024", {"United Kingdom", "GRU"}: "2015..2015"}},
		{"nouvelle campagne a cote d'une accusation datee", "fr", "2024-05-03",
			"L'Allemagne accuse la Russie d'une nouvelle campagne de piratage\n\nL'Allemagne a accusé vendredi le renseignement militaire russe d'une nouvelle campagne d'espionnage contre ses ministères.\n\nEn 2021, Londres avait accusé le même service d'une attaque contre le Bundestag en 2015.",
			map[[2]string]string{{"Germany", "GRU"}: "2024..2024", {"United Kingdom", "GRU"}: "2015..2015"}},
		{"a dated news claim still keeps its own period", "en", "2024-05-03",
			"Germany blames Russia for hacking campaign\n\nGermany on Friday accused Russian military intelligence of an espionage campaign against its ministries in 2022.\n\nIn 2021, Britain had blamed the same agency for an attack on the Bundestag in 2015.",
			map[[2]string]string{{"Germany", "GRU"}: "2022..2022", {"United Kingdom", "GRU"}: "2015..2015"}},
	})
}
