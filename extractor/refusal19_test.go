package extractor

import "testing"

// TestAttributionRefusal: a speaker who declines to attribute ("but
// stopped short of a formal attribution", « sans aller jusqu'à une
// attribution formelle ») accuses no one by cues alone ("tools used by
// Lazarus"); an explicit accusation in the same sentence stays ("blamed
// Russia but stopped short of naming the unit"). Sentences written for
// this rule.
func TestAttributionRefusal(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en cue only, refusal", "en",
			"Cyber news\n\nKaspersky said the malware shared code with tools previously used by Lazarus, but stopped short of a formal attribution.", ""},
		{"fr cue only, refusal", "fr",
			"Cyber\n\nKaspersky relève des similitudes de code avec des outils utilisés par Lazarus, sans aller jusqu'à une attribution formelle.", ""},
		{"en explicit accusation stays", "en",
			"Cyber news\n\nGermany blamed Russia for the hack but stopped short of naming the unit responsible.", "RU"},
		{"fr explicit accusation stays", "fr",
			"Cyber\n\nBerlin a accusé la Russie du piratage, sans toutefois désigner l'unité responsable.", "RU"},
	})
}
