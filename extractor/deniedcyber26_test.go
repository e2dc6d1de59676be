package extractor

import "testing"

// TestDeniedCyberWord: a cyber word under a negation (« ces sanctions ne
// concernent pas le domaine cyber », "Russia had never engaged in hacking
// operations") sets no cyber context, so a sanction over something else or
// a counter-accusation beside the denial gives no claim. Before, the
// French text accused the FSB and the English one made Russia accuse the
// United States. A sanction over a cyberattack is the guard. Texts
// written for this rule.
func TestDeniedCyberWord(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             bool
	}{
		{"pas le domaine cyber", "fr", "L'Union européenne a sanctionné lundi plusieurs responsables russes, dont des membres du FSB, pour leur rôle dans la mort en détention de l'opposant Alexeï Navalny. Ces sanctions ne concernent pas le domaine cyber.", false},
		{"never engaged in hacking", "en", "Moscow answers Washington\n\nThe Russian Embassy said the US was waging a \"Russophobic campaign,\" while the Kremlin's spokesman said Russia had never engaged in hacking operations.", false},
		{"guard", "fr", "L'Union européenne a sanctionné lundi plusieurs membres du FSB pour une cyberattaque contre le Parlement allemand.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := false
			for _, c := range extract(t, tc.lang, "2024-02-27", tc.text) {
				got = got || c.Accused != nil && (c.Accused.Name == "FSB" || c.Accused.Country == "US")
			}
			if got != tc.want {
				t.Errorf("claim: %v, want %v", got, tc.want)
			}
		})
	}
}
