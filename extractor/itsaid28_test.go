package extractor

import "testing"

// TestItSaidNotInverted: "It said other member states, including Germany
// and Poland, had also been targeted": "It" is the verb's subject (the
// aux list holds "it" for "said it had…"), so the verb is not an inverted
// "said X" whose speakers follow it. Before, Germany and Poland accused
// APT28. Sentences written for this rule; the guard keeps an inverted
// speaker after a comma.
func TestItSaidNotInverted(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/It said", "en", "Cyber news\n\nThe Czech government blamed APT28 for attacks on critical infrastructure. It said other member states, including Germany and Poland, had also been targeted.", []string{"CZ>APT28>CZ"}},
		{"en/guard: said the ministry", "en", "Cyber news\n\nAPT28 was behind the attacks on Czech infrastructure, said the Czech foreign ministry.", []string{"CZ>APT28>CZ"}},
	})
}
