package extractor

import "testing"

// TestOwnVictimBesideARecalledStatement: another state's statement that the
// article recalls with its own, earlier date ("In July 2018, the US Justice
// Department had indicted…", « En juillet 2018, le ministère américain… »)
// is another story: each speaker keeps its own country as the default
// victim of its attack. Before, any second accusing state took it from
// every claim (the US indictment for the Democratic Party hack had no
// victim). Two states accusing in the same month stay a joint statement
// with no default victim (guards, which passed before). Sentences written
// for this rule.
func TestOwnVictimBesideARecalledStatement(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/recalled indictment", "en", "Cyber news\n\nFrance on Tuesday accused APT28 of cyberattacks against French ministries since 2021. In July 2018, the US Justice Department had indicted twelve Sandworm officers for hacking the Democratic Party in 2016.", []string{"FR>APT28>FR", "Department of Justice>Sandworm>US"}},
		{"fr/inculpation rappelée", "fr", "Actualité\n\nLa France a accusé mardi APT28 d'avoir mené des cyberattaques contre des ministères français depuis 2021. En juillet 2018, le ministère américain de la Justice avait inculpé douze officiers de Sandworm pour le piratage du Parti démocrate en 2016.", []string{"FR>APT28>FR", "Department of Justice>Sandworm>US"}},
		{"en/guard: same day, two capitals", "en", "Cyber news\n\nThe White House on Thursday blamed the SVR for the hack of software maker SolarWinds. Britain's foreign secretary also blamed the SVR for the hack on Thursday.", []string{"US>SVR>", "GB>SVR>"}},
		{"fr/guard: même jour, deux capitales", "fr", "Actualité\n\nLa Maison Blanche a imputé jeudi au SVR le piratage de l'éditeur SolarWinds. Le chef de la diplomatie britannique a lui aussi imputé jeudi ce piratage au SVR.", []string{"US>SVR>", "Foreign Office>SVR>"}},
	})
}
