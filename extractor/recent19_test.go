package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestRecentWordInsideDate: « dernier » in « l'an dernier » dates the
// saying; it does not tell a new attack of the publication year (as «
// la dernière campagne » / "a new espionage campaign" do).
func TestRecentWordInsideDate(t *testing.T) {
	t.Parallel()
	period := func(cs []claim.Claim) string {
		for _, c := range cs {
			if c.AttackPeriod != nil {
				return string(c.AttackPeriod.Start) + ".." + string(c.AttackPeriod.End)
			}
		}
		return ""
	}
	checkSlot(t, "attack period", period, []slotCase{
		{"fr l'an dernier des attaques", "fr", "Cyber\n\nL'Allemagne a dénoncé l'an dernier des attaques d'APT28.", ""},
		{"fr la nouvelle campagne", "fr", "Cyber\n\nL'Allemagne a dénoncé la nouvelle campagne d'APT28.", "2024..2024"},
		{"en last year the attacks", "en", "Cyber news\n\nGermany denounced last year the attacks of APT28.", ""},
		{"en a new espionage campaign", "en", "Cyber news\n\nGermany denounced a new espionage campaign by APT28.", "2024..2024"},
	})
}
