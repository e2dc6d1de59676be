package extractor

import "testing"

// TestAttributionNounTargeting: in « une attribution (formelle) visant le
// ministère chinois », the last word of the accusation phrase is also an
// attack verb ("targeting"); what follows is the accused, not a target.
// Sentences written for this rule; English says "naming".
func TestAttributionNounTargeting(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"attribution naming", "en", ministryEN("The United Kingdom published a formal attribution naming China's Ministry of State Security for the hack of the servers."), "United Kingdom", "MSS"},
		{"attribution visant", "fr", ministryFR("Le Royaume-Uni a publié une attribution visant le ministère chinois de la Sécurité d'État pour la campagne de piratage."), "United Kingdom", "MSS"},
		{"attribution formelle visant", "fr", ministryFR("Le Royaume-Uni, le Canada et l'Australie ont publié une attribution formelle visant le ministère chinois de la Sécurité d'État pour le piratage des serveurs."), "United Kingdom", "MSS"},
		{"visé (a target)", "fr", ministryFR("Selon l'ANSSI, des pirates ont visé le ministère chinois de la Sécurité d'État."), "", ""},
	})
}
