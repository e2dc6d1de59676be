package extractor

import "testing"

// TestProspectiveAccusation: an accusation verb under a modal or a
// prospective phrase (prospective_modals: "could blame", "are expected to
// formally blame", « pourrait, pour la première fois, attribuer », « s'apprête
// à accuser ») is an accusation that may or will be made: nobody accuses
// yet. Before, each gave a claim. A passive under a modal ("could be
// attributed to"), a month name before the verb ("in May blamed") and an
// aside after an auxiliary (« a, pour la première fois, attribué ») still
// accuse (guards). Sentences written for this rule, after the read negative
// probes en-016, en-061 and fr-068.
func TestProspectiveAccusation(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2024-03-01", []noClaimCase{
		{"could blame", "en", "Cyber news\n\nKyiv could blame Moscow for the cyberattack on the grid, a senior official said."},
		{"are expected to formally blame", "en", "Cyber news\n\nMinisters are expected to formally blame Beijing next week for the hack of the Electoral Commission."},
		{"will formally blame", "en", "Cyber news\n\nBritain will formally blame Beijing next week for the hack of the Electoral Commission."},
		{"is set to accuse", "en", "Cyber news\n\nBritain is set to accuse Beijing of the hack of the Electoral Commission."},
		{"pourrait attribuer", "fr", "Actualité\n\nParis pourrait attribuer publiquement la cyberattaque contre l'hôpital à Moscou."},
		{"pourrait, aside, attribuer", "fr", "Actualité\n\nSi l'enquête confirmait la piste russe, Paris pourrait, pour la première fois, attribuer publiquement une cyberattaque à Moscou."},
		{"s'apprête à accuser", "fr", "Actualité\n\nParis s'apprête à accuser Moscou de la cyberattaque contre l'hôpital."},
		{"devrait accuser", "fr", "Actualité\n\nLa France devrait accuser Moscou de la cyberattaque contre l'hôpital la semaine prochaine."},
	})
	checkClaimKeys(t, []keyCase{
		{"en/guard: could be attributed to", "en", "Cyber news\n\nThe hack of the Electoral Commission could be attributed to APT31, Britain said.", []string{"GB>APT31>GB"}},
		{"en/guard: in May blamed", "en", "Cyber news\n\nBritain in May blamed Beijing for the hack of the Electoral Commission.", []string{"GB>CN>GB"}},
		{"en/guard: has formally blamed", "en", "Cyber news\n\nBritain has formally blamed Beijing for the hack of the Electoral Commission.", []string{"GB>CN>GB"}},
		{"fr/guard: a, aside, attribué", "fr", "Actualité\n\nParis a, pour la première fois, attribué publiquement une cyberattaque contre l'hôpital à Moscou.", []string{"FR>RU>FR"}},
	})
}
