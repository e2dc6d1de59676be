package extractor

import "testing"

// TestComparisonNoun: a group named after "comparison with" ("The group
// invites comparison with Killnet", « La comparaison avec Killnet
// s'impose ») is a yardstick, not accused, as after "compared with".
// Before, Killnet was accused with the accuser of the sentence before.
// Sentences written for this rule; the guard keeps the group accused in
// the sentence before.
func TestComparisonNoun(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/invites comparison with", "en", "Cyber news\n\nThe BKA blamed NoName057(16) for the attacks on German websites. The group invites comparison with Killnet, which rose to notoriety in 2022.", []string{"BKA>NoName057(16)>DE"}},
		{"fr/la comparaison avec", "fr", "Cyber news\n\nLe BKA a attribué les attaques contre des sites allemands à NoName057(16). La comparaison avec Killnet, apparu en 2022, s'impose.", []string{"BKA>NoName057(16)>DE"}},
	})
}
