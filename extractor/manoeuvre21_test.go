package extractor

import "testing"

// TestAtTheHelm: « Moscou est à la manœuvre » (is pulling the strings) is
// « Moscou est derrière » in French news (cue_left phrases, with a gapped
// form for a hedge between); « il ne fait guère de doute que » stays an
// affirmation. Sentences written for this rule.
func TestAtTheHelm(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"selon, est à la manœuvre", "fr", ministryFR("Selon Paris, Moscou est à la manœuvre."), "France", "Russia"},
		{"il ne fait guère de doute que … est à la manœuvre", "fr", ministryFR("Pour Paris, il ne fait guère de doute que Moscou est à la manœuvre."), "France", "Russia"},
		{"serait probablement à la manœuvre", "fr", ministryFR("Selon Paris, Moscou serait probablement à la manœuvre derrière ces attaques."), "France", "Russia"},
	})
}
