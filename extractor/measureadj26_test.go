package extractor

import "testing"

// TestMeasureNationalityAdjective: a nationality adjective between a
// measure word and its victim preposition (« les sanctions européennes
// contre la Russie ») belongs to the measure: the state after the
// preposition is the measure's target, not the cyberattack's victim.
// Before, the French sentence made Russia a victim of NoName057(16); the
// English word order ("European sanctions against Russia") already
// passed and is the guard. Texts written for this rule.
func TestMeasureNationalityAdjective(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"sanctions européennes", "fr", "Attaques DDoS contre la Suisse\n\nLe NCSC a attribué mercredi à NoName057(16) les attaques qui ont bloqué les sites du Parlement, le groupe reprochant à la Suisse d'avoir participé aux sanctions européennes contre la Russie."},
		{"European sanctions", "en", "DDoS attacks on Switzerland\n\nThe NCSC on Wednesday blamed NoName057(16) for the attacks that took down the parliament's websites, the group accusing Switzerland of joining European sanctions against Russia."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2023-06-16", tc.text) {
				for _, v := range c.Victims {
					if v.Country == "RU" {
						t.Errorf("Russia a victim of %s", c.Accused.Name)
					}
				}
			}
		})
	}
}
