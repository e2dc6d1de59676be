package extractor

import "testing"

// TestCapitalsSpeakForTheirState: a capital written for its government
// ("Manila said", « selon Manille ») is the accuser, in any position a
// country name takes; the seat table covers capitals beyond the large powers.
func TestCapitalsSpeakForTheirState(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en according to a capital, after", "en",
			"Cyber news\n\nHackers linked to China broke into several ministries, according to Manila.",
			"PH"},
		{"en capital said", "en",
			"Cyber news\n\nJakarta said hackers linked to China broke into several ministries.",
			"ID"},
		{"en officials in a capital", "en",
			"Cyber news\n\nOfficials in Nairobi said the hackers were operating from China.",
			"KE"},
		{"fr selon une capitale", "fr",
			"Cyber\n\nSelon Manille, des pirates liés à la Chine ont infiltré plusieurs ministères.",
			"PH"},
		{"fr capitale accuse", "fr",
			"Cyber\n\nAlger accuse le Maroc d'avoir piraté les sites de plusieurs ministères.",
			"DZ"},
	})
}

// TestOriginCuesConjugated: an attack said to come from a state names it in
// every tense the press writes (« provenait de », "originates from"), not
// only the participles.
func TestOriginCuesConjugated(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en originates from", "en",
			"Cyber news\n\nEstonia said the cyberattack originates from Russia.",
			"RU"},
		{"en operated from", "en",
			"Cyber news\n\nLatvia said the botnet that hit its ministries is operated from Russia.",
			"RU"},
		{"fr provenait de", "fr",
			"Cyber\n\nSelon Tallinn, la cyberattaque provenait de Russie.",
			"RU"},
		{"fr proviendrait de", "fr",
			"Cyber\n\nSelon Vilnius, la cyberattaque proviendrait de Biélorussie.",
			"BY"},
	})
}
