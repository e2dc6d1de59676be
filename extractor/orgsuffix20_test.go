package extractor

import "testing"

// TestFirmNamedWithInstitutionWord: a firm whose name ends in a word that
// is also an institution noun ("Kestrel Intelligence") is a firm when the
// words before it are plain names; one described by a place compound ("a
// Virginia-based security company") too. Before, the English sentences gave
// a claim with no accuser (French already read both). Sentences written
// for this rule; the firm names are invented.
func TestFirmNamedWithInstitutionWord(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"X Intelligence linked", "en", ministryEN("Kestrel Intelligence linked the intrusions into Taiwanese agencies to APT41."), "Kestrel Intelligence", "APT41"},
		{"X, a place-based security company", "en", ministryEN("Kestrel Labz, a Virginia-based security company, linked the intrusions into Taiwanese agencies to APT41."), "Kestrel Labz", "APT41"},
		{"X Intelligence relie", "fr", ministryFR("Kestrel Intelligence relie à APT41 les intrusions visant des ministères taïwanais."), "Kestrel Intelligence", "APT41"},
		{"X, une société basée en", "fr", ministryFR("Kestrel Labz, une société de sécurité basée en Virginie, relie à APT41 les intrusions visant des ministères taïwanais."), "Kestrel Labz", "APT41"},
	})
}
