package extractor

import "testing"

// TestReducedRelativeAccusation: "four Russian intelligence officers it
// accused of trying to hack…" is a relative clause whose subject is the
// pronoun: the officers (Russia) are accused and the main clause's subject
// (the Netherlands) speaks. Before, both states were read as speakers and
// Russia accused another article's state; the French twin (« qu'ils
// accusaient ») failed as well. Texts written for this rule.
func TestReducedRelativeAccusation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"officers it accused", "en", "China denied the accusations. In 2018 the Netherlands expelled four Russian intelligence officers it accused of trying to hack into the Wi-Fi network of the chemical weapons watchdog."},
		{"officiers qu'ils accusaient", "fr", "La Chine a démenti. En 2018, les Pays-Bas avaient expulsé quatre officiers russes du renseignement qu'ils accusaient d'avoir tenté de pirater le réseau wifi de l'organisation."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2024-03-25", "Cyber news\n\n"+tc.text) {
				if c.Accuser == nil || c.Accused == nil {
					continue
				}
				if c.Accuser.Country == "RU" {
					t.Errorf("Russia speaks: %s → %s", c.Accuser.Name, c.Accused.Name)
				}
				found = found || c.Accuser.Country == "NL" && c.Accused.Country == "RU"
			}
			if !found {
				t.Error("no claim Netherlands → Russia")
			}
		})
	}
}
