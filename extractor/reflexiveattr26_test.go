package extractor

import "testing"

// TestReflexiveAttributionIsASelfClaim: an attribution verb made reflexive
// (« des attaques que NoName057(16) s'attribue également », « s'est
// attribué les attaques ») is a group claiming the attacks for itself; it
// accuses nobody. Before, each gave a claim with no accuser against the
// group. « Le Canada a attribué les attaques … à NoName057(16) » still
// accuses (guard). Sentences written for this rule, found on the read
// blind-be/fr-005.
func TestReflexiveAttributionIsASelfClaim(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2023-04-14", []noClaimCase{
		{"que X s'attribue", "fr", "Actualité\n\nDepuis mardi, les sites du premier ministre et des ports de Québec ont été saturés, des attaques que NoName057(16) s'attribue également."},
		{"X s'est attribué", "fr", "Actualité\n\nLe collectif NoName057(16) s'est attribué les attaques contre les sites du gouvernement canadien."},
		{"X s'attribue", "fr", "Actualité\n\nLe collectif NoName057(16) s'attribue les attaques contre les sites du gouvernement canadien."},
	})
	checkClaimKeys(t, []keyCase{
		{"fr/guard: le Canada a attribué", "fr", "Actualité\n\nLe Canada a attribué les attaques contre les sites du gouvernement canadien au collectif NoName057(16).", []string{"CA>NoName057(16)>CA"}},
	})
}
