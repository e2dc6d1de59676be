package extractor

import "testing"

// TestPossessiveInterests: the state whose interests an actor serves,
// named with a possessive ("an actor operating in support of Tehran's
// interests"), is the accused's sponsor, as "Iranian interests" and « au
// service des intérêts de Téhéran » are. Before, the possessive form was
// no tie and the sentence gave no claim. Sentences written for this rule;
// the French form passed before and is kept as a guard.
func TestPossessiveInterests(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/tehran's interests", "en", "Cyber news\n\nMandiant reported that the ransomware used against Albanian targets pointed to an actor operating in support of Tehran's interests.", []string{"Mandiant>IR>AL"}},
		{"fr/guard: intérêts de Téhéran", "fr", "Cyber news\n\nMandiant a indiqué que le rançongiciel utilisé contre des cibles albanaises désignait un acteur au service des intérêts de Téhéran.", []string{"Mandiant>IR>AL"}},
	})
}
