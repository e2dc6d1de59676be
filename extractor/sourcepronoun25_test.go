package extractor

import "testing"

// TestSourcePronounNoLaterSpeaker: « un groupe lié selon lui aux services
// de renseignement biélorusses », "a group linked, according to him, to
// Belarusian intelligence": the source is the pronoun (the official who
// speaks), so the state named after it is the link's, not a speaker; "the
// National Security Council" (generic_agencies) is the organ of the state
// the story names, not the table's United States. Before, Belarus spoke
// and Ukraine's claim was lost. Texts written for this rule.
func TestSourcePronounNoLaterSpeaker(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"selon lui", "fr", "Les autorités ukrainiennes ont désigné ce week-end un responsable pour la cyberattaque qui a défiguré 70 sites gouvernementaux. Samedi, Serhiy Demedyuk, secrétaire adjoint du Conseil de sécurité nationale, a attribué l'attaque à UNC1151, un groupe lié selon lui aux services de renseignement biélorusses."},
		{"according to him", "en", "Ukrainian authorities this weekend named a culprit for the cyberattack that defaced 70 government websites. On Saturday, Serhiy Demedyuk, deputy secretary of the National Security Council, attributed the attack to UNC1151, a group linked, according to him, to Belarusian intelligence services."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2022-01-16", "Cyber news\n\n"+tc.text) {
				if c.Accuser == nil || c.Accused == nil {
					continue
				}
				if c.Accuser.Country == "BY" {
					t.Errorf("Belarus speaks: %s → %s", c.Accuser.Name, c.Accused.Name)
				}
				found = found || c.Accuser.Country == "UA" && c.Accused.Name == "UNC1151"
			}
			if !found {
				t.Error("no claim Ukraine → UNC1151")
			}
		})
	}
}
