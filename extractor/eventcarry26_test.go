package extractor

import "testing"

// TestEventAnaphorCarriesNoGroup: a sentence that names its accused and
// points back with an event anaphor ("linked the intrusions to the CIA",
// « a imputé l'attaque aux États-Unis et à Israël ») does not carry the
// group named before as a second accused: the anaphor names the deed, not
// an actor. Before, the English text gave APT-C-39 a claim of the second
// sentence, dated by its 2017 (the year WikiLeaks published documents).
// The French twin passed and is the guard. Texts written for this rule.
func TestEventAnaphorCarriesNoGroup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, group string }{
		{"linked the intrusions", "en", "Qihoo 360 accuses CIA\n\nChinese company Qihoo 360 has accused the CIA of hacking into Chinese airlines and government agencies for more than a decade. In a report published on Monday, 360 said a group it tracks as APT-C-39, which it described as part of the CIA, had carried out the attacks between 2008 and 2019. The company said it had linked the intrusions to the CIA by comparing samples with hacking tools described in documents published by WikiLeaks in 2017.", "APT-C-39"},
		{"imputé l'attaque", "fr", "Iran : les stations-service paralysées\n\nLe 26 octobre 2021, une cyberattaque a paralysé les stations-service iraniennes. Predatory Sparrow avait revendiqué l'opération. Quatre jours plus tard, le général Gholamreza Jalali, chef de l'Organisation de défense passive, a imputé l'attaque aux États-Unis et à Israël.", "Predatory Sparrow"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2022-06-28", tc.text) {
				if c.Accused == nil || c.Accused.Name != tc.group {
					continue
				}
				if c.AttackPeriod != nil && c.AttackPeriod.Start == "2017" || c.Accuser != nil && c.Accuser.Country == "IR" {
					t.Errorf("%s carried into the anaphor's claim (%v, %v)", tc.group, c.Accuser, c.AttackPeriod)
				}
			}
		})
	}
}
