package extractor

import "testing"

// TestAttributingVerbNotInverted: a verb that attributes as well as
// reports ("attributed") after a comma closing an apposition ("The FBI,
// together with the Israel National Cyber Directorate, attributed the
// intrusions to Iran") is never an inverted saying ("…, said X"): the
// name after it is its object, not its speaker. Before, Iran was read as
// a speaker and the sentence gave no claim against it. Texts written for
// this rule; the French twin (« aux côtés de ») passed and is the guard.
func TestAttributingVerbNotInverted(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"together with", "en", "Water utilities hacked\n\nHackers defaced industrial controllers at US water utilities. The FBI, together with the Israel National Cyber Directorate, attributed the intrusions to Iran."},
		{"along with", "en", "Water utilities hacked\n\nHackers defaced industrial controllers at US water utilities. The FBI, along with the Environmental Protection Agency, attributed the intrusions to Iran."},
		{"aux côtés de", "fr", "Des réseaux d'eau piratés\n\nDes pirates ont défiguré des automates de services d'eau américains. Le FBI, aux côtés de la direction nationale israélienne de la cybersécurité, a attribué les intrusions à l'Iran."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2024-02-05", tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "US" && c.Accused != nil && c.Accused.Country == "IR"
			}
			if !found {
				t.Error("no claim United States → Iran")
			}
		})
	}
}
