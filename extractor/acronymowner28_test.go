package extractor

import "testing"

// TestAcronymOfFirmUnit: a firm's unit named with its acronym before the
// verb ("Microsoft's Digital Threat Analysis Center (DTAC) attributed…", «
// Le centre d'analyse des menaces numériques de Microsoft (DTAC) a
// attribué… ») speaks for the firm: the acronym is the unit's initials
// (not those of a leading article or of the owner's possessive), or, in
// another language than the name's, the firm the unit belongs to is named
// right before it. Before, both gave claims with no accuser. Sentences
// written for this rule; the guard names no owner (and « l'Agence
// nationale de sécurité (ANB) » stays no NSA: TestAcronymBeforeSaying).
func TestAcronymOfFirmUnit(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/possessive unit", "en", "Cyber news\n\nMicrosoft's Digital Threat Analysis Center (DTAC) attributed the hack to an Iranian state actor.", []string{"Microsoft>IR>"}},
		{"fr/centre de Microsoft", "fr", "Cyber\n\nLe centre d'analyse des menaces numériques de Microsoft (DTAC) a attribué vendredi à un acteur étatique iranien le piratage des données.", []string{"Microsoft>IR>"}},
		{"en/guard: no owner", "en", "Cyber news\n\nThe Digital Threat Analysis Center (DTAC) attributed the hack to an Iranian state actor.", []string{"?>IR>"}},
	})
	t.Run("initials skip the article", func(t *testing.T) {
		if !initialsFit("DTAC", "Digital Threat Analysis Center") {
			t.Error("DTAC does not fit")
		}
	})
}
