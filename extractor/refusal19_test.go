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

// TestRefusalOfEarlierActors: "nothing links them to this attack", « rien
// ne permet de les relier à cette attaque » after actors said to have hit
// such targets before: the sentence accuses no one of this attack, the
// description « des pirates liés à la Russie » being no accusation of
// its own. Sentences written for this rule.
func TestRefusalOfEarlierActors(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en nothing links them", "en",
			"Cyber news\n\nHackers linked to Russia have hit French hospitals before, but nothing links them to this attack, ANSSI said.", ""},
		{"fr rien ne permet de les relier", "fr",
			"Cyber\n\nDes pirates liés à la Russie ont déjà frappé des hôpitaux français, mais rien ne permet de les relier à cette attaque, selon l'ANSSI.", ""},
	})
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en nothing links the gang", "en",
			"Cyber news\n\nLockBit has hit French hospitals before, but nothing links the gang to this attack, ANSSI said.", ""},
		{"fr rien ne relie le groupe", "fr",
			"Cyber\n\nLockBit a déjà frappé des hôpitaux français, mais rien ne relie le groupe à cette attaque, selon l'ANSSI.", ""},
	})
}
