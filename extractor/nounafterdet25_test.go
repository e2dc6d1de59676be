package extractor

import "testing"

// TestAttackNounAfterDeterminer: « cette attaque » is the noun, not the
// verb « attaque » (« Moscou attaque… »): after a determiner a word that is
// both is read as the noun, so « ont attribué cette attaque à Israël »
// accuses Israel instead of making it the attack's target. Before, the
// French sentence gave no claim; the English twin ("this attack") is a
// guard. Texts written for this rule.
func TestAttackNounAfterDeterminer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"cette attaque à", "fr", "Une cyberattaque a paralysé mardi les stations-service iraniennes. Des responsables américains ont attribué cette attaque à Israël."},
		{"this attack to", "en", "A cyberattack paralysed Iranian petrol stations on Tuesday. US officials attributed this attack to Israel."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2025-06-20", "Cyber news\n\n"+tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "US" && c.Accused != nil && c.Accused.Country == "IL"
			}
			if !found {
				t.Error("no claim United States → Israel")
			}
		})
	}
}
