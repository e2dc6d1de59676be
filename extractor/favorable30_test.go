package extractor

import "testing"

// TestFavourableToStateIsATie: « un collectif de hacktivistes favorable à
// Moscou », « fidèle à Moscou », « favorable au Kremlin » tie the group to
// the state like « lié à » (and "loyal to Moscow" in English already): the
// state is no victim of the attacks. Before, Russia was a victim of the
// Italian airports' outage. Sentences written for this rule.
func TestFavourableToStateIsATie(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/favorable à Moscou", "fr", "Actualité\n\nL'agence italienne a imputé lundi à NoName057(16), un collectif de hacktivistes favorable à Moscou, les cyberattaques qui ont paralysé les sites des aéroports italiens.", []string{"IT>NoName057(16)>IT", "IT>RU>IT"}},
		{"fr/fidèle à Moscou", "fr", "Actualité\n\nL'agence italienne a imputé lundi à NoName057(16), un collectif de hacktivistes fidèle à Moscou, les cyberattaques qui ont paralysé les sites des aéroports italiens.", []string{"IT>NoName057(16)>IT", "IT>RU>IT"}},
		{"en/loyal to Moscow (passed before)", "en", "Cyber news\n\nItaly's cyber agency on Monday blamed NoName057(16), a hacktivist collective loyal to Moscow, for the cyberattacks that disrupted Italian airport websites.", []string{"IT>NoName057(16)>IT", "IT>RU>IT"}},
	})
}
