package extractor

import "testing"

// TestPossibilityAndTooEarly: "Chinese state hackers could target
// European water utilities", « des pirates étatiques chinois pourraient
// viser … » tell a possibility, not a deed; "officials said it was too
// early to say who was responsible", « il est trop tôt pour désigner un
// responsable » decline to attribute, so the group the sentence names
// beside it ("The Qilin gang, which experts believe operates from
// Russia, has not commented") is accused by no one. Before, each gave a
// claim. Texts written for this rule; the guard keeps a hedged deed ("may
// have targeted").
func TestPossibilityAndTooEarly(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2024-06-10", []noClaimCase{
		{"could target", "en", "Cyber news\n\nUS officials warned that Chinese state hackers could target water utilities in the United States."},
		{"pourraient viser", "fr", "Cyber\n\nSelon les autorités américaines, des pirates étatiques chinois pourraient viser les services d'eau des États-Unis."},
		{"too early to say who", "en", "Cyber news\n\nA ransomware attack has disrupted blood tests at several London hospitals, NHS England said on Tuesday. The Qilin gang, which experts believe operates from Russia, has not commented, and officials said it was too early to say who was responsible."},
		{"trop tôt pour désigner", "fr", "Cyber\n\nUne attaque par rançongiciel a perturbé les analyses de sang dans plusieurs hôpitaux londoniens, a indiqué mardi le NHS. Le groupe Qilin, que des experts situent en Russie, n'a pas réagi, et les autorités estiment qu'il est trop tôt pour désigner un responsable."},
	})
	checkClaimKeys(t, []keyCase{
		{"en/guard: may have targeted", "en", "Cyber news\n\nGerman officials said Russian hackers may have targeted the Bundestag.", []string{"DE>RU>DE"}},
	})
}
