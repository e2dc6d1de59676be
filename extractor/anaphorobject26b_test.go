package extractor

import "testing"

// TestAccusedAnaphorIsTheObject: an accused anaphor right after the
// trigger ("accuse the unit of targeting the OPCW, as well as networks in
// the country of Georgia") is the accusation's object, so the attack after
// it closes the object region: the state named later is a target, not a
// second accused. Before, Georgia was accused. Texts written for this
// rule; the French twin passed and is the guard.
func TestAccusedAnaphorIsTheObject(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, state string }{
		{"accuse the unit of", "en", "US charges GRU officers\n\nSix GRU officers were charged on Monday with cyberattacks. The charges also accuse the unit of targeting the OPCW, as well as government and media networks in the country of Georgia in 2019.", "GE"},
		{"accuse l'unité de", "fr", "Inculpation d'officiers du GRU\n\nSix officiers du GRU ont été inculpés lundi pour des cyberattaques. L'acte d'accusation accuse aussi l'unité d'avoir visé l'OIAC ainsi que des réseaux gouvernementaux en Géorgie en 2019.", "GE"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2020-10-19", tc.text) {
				if c.Accused != nil && c.Accused.Country == tc.state && c.Accused.Kind == "state" {
					t.Errorf("%s accused by %v", tc.state, c.Accuser)
				}
			}
		})
	}
}
