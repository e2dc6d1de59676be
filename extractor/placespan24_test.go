package extractor

import "testing"

// TestPlaceSpanIsNoAccused: "from banks from Slovenia to Mexico", « de la
// Slovénie au Mexique » (lexicon place_spans) name where the thefts
// reached: neither state is accused, and the English claim takes both as
// victims. Before, Slovenia and Mexico were accused in English. Texts
// written for this rule.
func TestPlaceSpanIsNoAccused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"from … to", "en", "The Justice Department accused three North Korean military hackers of the Lazarus Group of trying to steal more than $1.3bn from banks from Slovenia to Mexico between 2014 and 2020."},
		{"de la … au", "fr", "Le ministère américain de la Justice accuse trois pirates militaires nord-coréens du groupe Lazarus d'avoir tenté de voler plus de 1,3 milliard de dollars à des banques de la Slovénie au Mexique entre 2014 et 2020."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2021-02-18", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			for _, c := range cs {
				if c.Accused == nil || c.Accused.Country != "KP" {
					t.Errorf("accused %+v, want only North Korea's", c.Accused)
				}
			}
			if tc.lang == "en" && len(cs[0].Victims) < 2 {
				t.Errorf("victims %+v, want Slovenia and Mexico", cs[0].Victims)
			}
		})
	}
}
