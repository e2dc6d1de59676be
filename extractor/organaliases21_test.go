package extractor

import "testing"

// TestOrganAliases: "a federal grand jury" / « un grand jury fédéral »
// indicts for the US Department of Justice, and the Indian Computer
// Emergency Response Team is CERT-In (normalizer data). Before, the grand
// jury left the accusation without an accuser and the CERT's full name was
// unknown. Sentences written for this rule.
func TestOrganAliases(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"federal grand jury", "en", ministryEN("A federal grand jury in Pittsburgh indicted five officers of the People's Liberation Army's Unit 61398 for hacking US companies."), "Department of Justice", "PLA"},
		{"grand jury fédéral", "fr", ministryFR("Un grand jury fédéral de Pittsburgh a inculpé cinq officiers de l'unité 61398 de l'Armée populaire de libération pour le piratage d'entreprises américaines."), "Department of Justice", "PLA Unit 61398"},
		{"Indian Computer Emergency Response Team", "en", ministryEN("The Indian Computer Emergency Response Team traced the attacks on the power grid to Chinese state-sponsored actors."), "CERT-In", "China"},
	})
}
