package extractor

import "testing"

// TestSpecialistsAreVictims: « l'envoi de courriels piégés à quelque 900
// spécialistes sud-coréens » names South Korean people as the targets:
// "specialists", « spécialistes » are victim nouns, so the demonym before
// or after them is a victim country. Before, the French claim had no
// victim. The English twin passed before and guards it. Texts written for
// this rule.
func TestSpecialistsAreVictims(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"spécialistes sud-coréens", "fr", "L'Agence nationale de police sud-coréenne a imputé lundi au groupe Kimsuky, lié à Pyongyang, l'envoi de courriels piégés à quelque 900 spécialistes sud-coréens des affaires nord-coréennes."},
		{"South Korean specialists", "en", "South Korea's national police agency on Monday blamed Kimsuky, a group tied to Pyongyang, for phishing emails targeting some 900 South Korean specialists on North Korean affairs."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2022-12-27", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			found := false
			for _, v := range cs[0].Victims {
				found = found || v.Country == "KR"
			}
			if !found {
				t.Errorf("victims %+v, want KR", cs[0].Victims)
			}
		})
	}
}
