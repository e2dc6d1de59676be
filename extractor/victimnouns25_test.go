package extractor

import "testing"

// TestMoreVictimNouns: a nationality beside "studio", "factory", "station",
// "newsroom", « studio », « usine », « rédaction » names a hit country, as it
// did beside "operator" or « ministère »: « le piratage du studio américain
// Sony Pictures », "the hack of the American studio" (before: no US victim,
// and the accusing state's own country stood in). Found on the read
// blind-v/fr-005; sentences written for this rule.
func TestMoreVictimNouns(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/du studio américain", "fr", "Actualité\n\nLa France avait imputé au régime de Pyongyang le piratage du studio américain Sony Pictures.", []string{"FR>KP>US"}},
		{"fr/d'une usine allemande", "fr", "Actualité\n\nLa France a imputé à la Russie la cyberattaque contre une usine allemande.", []string{"FR>RU>DE"}},
		{"en/the American studio", "en", "Cyber news\n\nIn December 2014 France blamed Pyongyang for the hack of the American studio Sony Pictures.", []string{"FR>KP>US"}},
		{"en/guard: a Ukrainian power station", "en", "Cyber news\n\nBritain blamed Russia for the cyberattack on a Ukrainian power station.", []string{"GB>RU>UA"}},
		{"en/guard: a Spanish operator", "en", "Cyber news\n\nFrance blamed Russia for the cyberattack on a Spanish operator.", []string{"FR>RU>ES"}},
	})
}
