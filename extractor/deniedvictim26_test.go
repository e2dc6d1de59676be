package extractor

import "testing"

// TestDeniedVictimNoun: a place fronted before a negative determiner and a
// victim noun (« En France, aucune victime de Volt Typhoon n'a été rendue
// publique », "In France, no ministry has been hit") is no victim, as one
// before a denied attack noun was not. Before, the French case gave FR.
// Sentences written for this rule, found on the read blind-ao/fr-003.
func TestDeniedVictimNoun(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/En France, aucune victime", "fr", "Actualité\n\nMicrosoft accuse Volt Typhoon, un acteur chinois, d'avoir infiltré des infrastructures critiques. En France, aucune victime de Volt Typhoon n'a été rendue publique à ce stade.", []string{"Microsoft>Volt Typhoon>"}},
		{"en/In France, no ministry", "en", "Cyber news\n\nMicrosoft accused Volt Typhoon, a Chinese actor, of infiltrating critical infrastructure. In France, no ministry has been hit so far.", []string{"Microsoft>Volt Typhoon>"}},
	})
}
