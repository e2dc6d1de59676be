package extractor

import "testing"

// TestCallingItselfPersona: a group introduced as a mask ("a hacking
// persona calling itself Predatory Sparrow", « un collectif se faisant
// appeler Predatory Sparrow ») in a sentence that accuses no one is not
// the accused of the next claim about another attack. Before, the
// article-level pass gave Check Point's claim on Indra a second accused,
// Predatory Sparrow. Sentences written for this rule; the guard keeps a
// persona the claim sentence itself accuses.
func TestCallingItselfPersona(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/calling itself", "en", "Cyber news\n\nA hacking persona calling itself Predatory Sparrow has been cited on social media. The Israeli security firm Check Point said in August that the wiper used against the railways was the work of Indra.", []string{"Check Point>Indra>"}},
		{"fr/se faisant appeler", "fr", "Cyber news\n\nUn collectif se faisant appeler Predatory Sparrow a été cité sur les réseaux sociaux. L'éditeur israélien Check Point a affirmé en août que le logiciel destructeur utilisé contre les chemins de fer était l'œuvre d'Indra.", []string{"Check Point>Indra>"}},
		{"en/guard: accused in its own sentence", "en", "Cyber news\n\nIran blamed a hacking group calling itself Predatory Sparrow for the attack on its steel plants.", []string{"IR>Predatory Sparrow>IR"}},
	})
}
