package extractor

import "testing"

// TestOperationsAnaphorPeriod: "the operations", « ces manœuvres » (accused
// anaphors added) in the sentence after an attribution are its incident,
// so the time they give ("have been running since at least 2021", «
// depuis au moins 2018 ») is the claim's attack period, also after a
// saying verb when an auxiliary and a verb form stand between ("say have
// been running", « disent avoir observé »: verbChainBetween,
// progressive_suffixes). Before, the plural was no anaphor, the date dated
// the saying and the claims had no period. Texts written for this rule.
func TestOperationsAnaphorPeriod(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, want string }{
		{"the operations", "en", "Agencies from Canada and Japan on Wednesday tied the Salt Typhoon hacking group to three Chinese technology companies. The document names the contractors whose employees carried out the operations, which the agencies say have been running since at least 2021 against telecommunications providers.", "2021"},
		{"ces manœuvres", "fr", "Les agences du Canada et du Japon ont attribué mercredi au groupe Kimsuky une campagne d'hameçonnage visant des diplomates. Les agences disent avoir observé ces manœuvres contre des chercheurs et des journalistes depuis au moins 2018.", "2018"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			n := 0
			for _, c := range extract(t, tc.lang, "2025-08-28", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil || c.Accused.Kind != "group" {
					continue
				}
				n++
				if c.AttackPeriod == nil || string(c.AttackPeriod.Start) != tc.want {
					t.Errorf("%s → %s period %+v, want from %s", c.Accuser.Name, c.Accused.Name, c.AttackPeriod, tc.want)
				}
			}
			if n == 0 {
				t.Error("no claim on the group")
			}
		})
	}
}
