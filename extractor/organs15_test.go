package extractor

import "testing"

// TestOrganNationality: a nationality right before or after an organ name
// the table gives to another country ("the Swiss NCSC", « le NCSC
// suisse ») makes the organ that country's; a possessive already did
// ("Switzerland's NCSC"). The key's victim is the organ's own country (the
// accuser's default victim). Sentences written for this rule.
func TestOrganNationality(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"possessive", "en", ministryEN("Switzerland's NCSC said NoName057(16) was behind the attacks on federal websites."), []string{"CH>NoName057(16)>CH"}},
		{"demonym before", "en", ministryEN("The Swiss NCSC said NoName057(16) was behind the attacks on federal websites."), []string{"NCSC>NoName057(16)>CH"}},
		{"dutch before", "en", ministryEN("The Dutch NCSC said APT29 was behind the attack."), []string{"NCSC>APT29>NL"}},
		{"démonyme après", "fr", ministryFR("Le NCSC suisse a affirmé que NoName057(16) était derrière les attaques contre les sites fédéraux."), []string{"NCSC>NoName057(16)>CH"}},
		{"same country keeps it", "en", ministryEN("The British NCSC said APT29 was behind the attack."), []string{"NCSC>APT29>GB"}},
	})
}
