package extractor

import (
	"slices"
	"testing"
)

// TestBareObjectBeforeReporterAside: "…, also blamed Pyongyang, Bossert
// said, and…", « …, ont aussi accusé Pyongyang, a précisé M. Bossert. »
// after a sentence telling the cyberattack: the state closed by the
// reporter's aside is the verb's whole object (bareObjectEnd,
// reporterAside), and a state right after an accusation verb is no
// inverted speaker of an incise. Before, "blamed" read as a saying verb
// and the three states accused no one. Texts written for this rule.
func TestBareObjectBeforeReporterAside(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"blamed X, Y said", "en", "Britain's National Cyber Security Centre said North Korean hackers were behind the WannaCry ransomware attack, which hit hospitals. Canada, New Zealand and Japan, which had reviewed the American analysis, also blamed Pyongyang, Bossert said, and Australia was expected to follow."},
		{"accusé X, a précisé Y", "fr", "Le Centre national de cybersécurité britannique a affirmé que des pirates nord-coréens étaient derrière l'attaque au rançongiciel WannaCry, qui a touché des hôpitaux. Le Canada, la Nouvelle-Zélande et le Japon, qui avaient examiné l'analyse américaine, ont aussi accusé Pyongyang, a précisé M. Bossert."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2017-12-19", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accused != nil && c.Accused.Country == "KP" {
					got = append(got, c.Accuser.Country)
				}
			}
			for _, cc := range []string{"CA", "NZ", "JP"} {
				if !slices.Contains(got, cc) {
					t.Errorf("%s does not accuse North Korea (accusers %v)", cc, got)
				}
			}
		})
	}
}
