package extractor

import (
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
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs := extract(t, tc.lang, tc.pub, tc.text)
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

// TestPreviousAccusationRelativeYear: an earlier accusation whose deed is
// dated relative to publication ("had already been accused of breaching
// the networks last year", « l'an dernier ») keeps that year, as one
// written in digits does; a relative year in a remark on the accuser
// before the cue still gives none. Sentences written for this rule.
func TestPreviousAccusationRelativeYear(t *testing.T) {
	t.Parallel()
	runYearCases(t, []yearCase{
		{"previously accused, last year", "en", "2025-06-23",
			"Canada and the FBI warn of Chinese hacking\n\nCanada said on Friday that Salt Typhoon had breached a Canadian telecom company in February.\n\nThe group has previously been accused by Washington of breaching the networks of several US carriers last year.",
			map[[2]string]string{{"United States", "Salt Typhoon"}: "2024..2024", {"Canada", "Salt Typhoon"}: "2025-02..2025-02"}},
		{"deja accuse, l'an dernier", "fr", "2025-06-23",
			"Le Canada et le FBI mettent en garde contre des pirates chinois\n\nLe Canada a affirmé vendredi que Salt Typhoon avait piraté un opérateur canadien en février.\n\nCe groupe a déjà été accusé par Washington d'avoir pénétré l'an dernier les réseaux de plusieurs opérateurs américains.",
			map[[2]string]string{{"United States", "Salt Typhoon"}: "2024..2024", {"Canada", "Salt Typhoon"}: "2025-02..2025-02"}},
		{"a relative year in a remark on the accuser", "en", "2025-01-09",
			"Cyber news\n\nThe Slovak firm ESET, which has tracked MirrorFace since last year, had already accused the group of targeting a European embassy.",
			map[[2]string]string{{"ESET", "MirrorFace"}: ""}},
	})
}
