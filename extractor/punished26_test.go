package extractor

import "testing"

// TestPunishedParticiple: a measure against people whom a participle then
// calls accused ("the Netherlands expelled four GRU officers accused of
// trying to hack the OPCW", « les Pays-Bas avaient expulsé quatre agents
// du GRU accusés d'avoir tenté de pirater… ») is the accusation of the one
// who took it (punitive_verbs): the organ named is accused. Before, the
// organ was read as the participle's speaker and no claim came out. A
// second verb of the main clause (« avait convoqué l'ambassadeur de
// France et dénoncé une insulte ») is the guard. Texts written for this
// rule.
func TestPunishedParticiple(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"expelled officers accused", "en", "Cyber espionage\n\nHackers targeted the OPCW. In 2018, the Netherlands expelled four GRU officers accused of trying to hack the OPCW network."},
		{"expelled, accused", "en", "Cyber espionage\n\nHackers targeted the OPCW. In 2018, the Netherlands expelled four GRU officers, accused of trying to hack the network of the OPCW in The Hague."},
		{"expulsé agents accusés", "fr", "Cyberespionnage\n\nDes pirates ont visé l'OIAC. En 2018, les Pays-Bas avaient expulsé quatre agents du GRU accusés d'avoir tenté de pirater le réseau de l'OIAC."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2024-06-01", tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "NL" && c.Accused != nil && c.Accused.Name == "GRU"
			}
			if !found {
				t.Error("no claim Netherlands → GRU")
			}
		})
	}
	for _, c := range extract(t, "fr", "2024-06-01", "Caricatures\n\nDes pirates ont visé le site de l'IFRI. Téhéran avait alors convoqué l'ambassadeur de France et dénoncé une « insulte ».") {
		if c.Accused != nil && c.Accused.Country == "FR" {
			t.Errorf("France accused by %v", c.Accuser)
		}
	}
}
