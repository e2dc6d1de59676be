package extractor

import "testing"

// TestSelfClaimByNamedGroup: a group that claimed the attacks, named after
// the agent preposition and an attacker noun (« revendiquées par le groupe
// Predatory Sparrow », "claimed by the hacktivist group Predatory
// Sparrow"), is not accused by the state that blames another: Iran accuses
// Israel, the group only claims. Before, the group was accused beside
// Israel. Texts written for this rule.
func TestSelfClaimByNamedGroup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"revendiquées par le groupe", "fr", "Les autorités iraniennes ont accusé Israël d'être à l'origine de ces cyberattaques contre les banques, revendiquées par le groupe Predatory Sparrow, qui se dit indépendant."},
		{"claimed by the hacktivist group", "en", "Iranian officials accused Israel of being behind the cyberattacks on the banks, which were claimed by the hacktivist group Predatory Sparrow, a collective that says it is independent."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-06-19", "Cyber news\n\n"+tc.text)
			israel := false
			for _, c := range cs {
				if c.Accused == nil {
					continue
				}
				israel = israel || c.Accused.Country == "IL"
				if c.Accused.Name == "Predatory Sparrow" {
					t.Errorf("the self-claiming group accused by %+v", c.Accuser)
				}
			}
			if !israel {
				t.Error("Israel not accused")
			}
		})
	}
}
