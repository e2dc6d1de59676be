package extractor

import "testing"

// TestGappedObjectList: the object list of a gapped attribution ("blamed
// the attack on Israel and the United States") is accused whole: a name
// joined to an accused item by "and" or a comma is accused too, not a
// target of "attack on". Before, only the first state was accused and the
// second became a victim. The French twin (« a imputé l'attaque à Israël
// et aux États-Unis ») passed and is the guard. Texts written for this
// rule.
func TestGappedObjectList(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"and", "en", "Iran petrol stations hit\n\nA cyberattack paralysed Iranian petrol stations on Tuesday. Iran blamed the attack on Israel and the United States."},
		{"list", "en", "Iran petrol stations hit\n\nA cyberattack paralysed Iranian petrol stations on Tuesday. Tehran blamed the hack on Israel, Britain and the United States."},
		{"et", "fr", "Stations-service paralysées en Iran\n\nUne cyberattaque a paralysé mardi les stations-service iraniennes. L'Iran a imputé l'attaque à Israël et aux États-Unis."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			accused := map[string]bool{}
			for _, c := range extract(t, tc.lang, "2022-06-28", tc.text) {
				if c.Accused != nil {
					accused[c.Accused.Country] = true
				}
				for _, v := range c.Victims {
					if v.Country == "US" || v.Country == "GB" {
						t.Errorf("%s a victim", v.Country)
					}
				}
			}
			if !accused["IL"] || !accused["US"] {
				t.Errorf("accused %v, want Israel and the United States", accused)
			}
		})
	}
}
