package extractor

import "testing"

// TestDativePronounIndefiniteObject: « Londres lui avait imputé des
// opérations de reconnaissance… », "London had attributed to it
// reconnaissance operations…": the dative pronoun is the attribution's
// accused, the one of the claim before, even with an indefinite object
// after the verb. Before, the French sentence gave no claim; the English
// twin stays as a guard. Texts written for this rule.
func TestDativePronounIndefiniteObject(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"lui avait imputé des opérations", "fr", "En mars 2024, la justice américaine avait inculpé sept membres du groupe APT31 pour des intrusions informatiques. Le même jour, Londres lui avait imputé des opérations de reconnaissance menées en 2021 contre des parlementaires britanniques."},
		{"attributed to it operations", "en", "In March 2024, US prosecutors charged seven members of the APT31 group over computer intrusions. The same day, London attributed to it reconnaissance operations carried out in 2021 against British lawmakers."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2025-05-28", "Cyber news\n\n"+tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "GB" && c.Accused != nil && c.Accused.Name == "APT31"
			}
			if !found {
				t.Error("no claim United Kingdom → APT31")
			}
		})
	}
}
