package extractor

import "testing"

// TestFrenchHallmarks: « présente toutes les caractéristiques d'une action
// de l'État chinois », « la signature d'un groupe » name the actor as "had
// all the fingerprints of the Chinese state" does in English (cue_right
// phrases); and Sekoia's spelling « Calisto » is Star Blizzard (normalizer
// alias). Sentences written for this rule.
func TestFrenchHallmarks(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"toutes les caractéristiques d'une action de", "fr", ministryFR("Selon le NCSC, l'opération présente toutes les caractéristiques d'une action de l'État chinois."), "NCSC", "China"},
		{"fingerprints of (English, unchanged)", "en", ministryEN("The NCSC said the operation had all the fingerprints of the Chinese state."), "NCSC", "China"},
		{"les caractéristiques d'un rançongiciel (no actor)", "fr", ministryFR("Selon les experts, l'attaque a les caractéristiques d'un rançongiciel classique."), "", ""},
		{"Calisto", "fr", ministryFR("Le rapport de Sekoia relie la campagne d'hameçonnage à Calisto, un groupe lié au FSB."), "Sekoia", "Star Blizzard"},
	})
}
