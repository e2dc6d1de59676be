package extractor

import "testing"

// TestRelativeOnAttackDatesTheAttack: a word of saying that opens a
// relative clause on an attack noun ("The breach of Exchange servers that
// exposed thousands of organisations earlier this year…") tells the
// attack's deed, so the date after it is the attack's, not the
// accusation's. Before, "exposed" was read as a saying and the year was
// dropped as the claim's time. The French twin, read right before, guards
// it. Texts written for this rule.
func TestRelativeOnAttackDatesTheAttack(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"that exposed", "en", "The breach of Exchange servers that exposed thousands of organisations earlier this year was carried out by hackers tied to China's Ministry of State Security, the White House said on Monday."},
		{"qui a exposé", "fr", "Le piratage des serveurs Exchange qui a exposé plus tôt cette année des milliers d'organisations a été mené par des pirates liés au ministère chinois de la Sécurité d'État, a déclaré lundi la Maison Blanche."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2021-07-20", "Cyber news\n\n"+tc.text)
			if got := periodOf(cs, "United States"); got != "2021–2021" {
				t.Errorf("period %s, want 2021–2021", got)
			}
		})
	}
}
