package extractor

import "testing"

// TestCrippledOrganIsVictim: a national institution that is the direct
// object of an attack verb in a sentence about a cyberattack ("A
// ransomware attack crippled the Costa Rican finance ministry", « a
// paralysé le ministère costaricien des finances ») is a victim, and the
// claim about that attack carries it, even when the accuser is that
// state. Before, only a hacking verb ("breached the Dutch police") made
// such an organ a target, and "Costa Rican", « costaricien » (like 58
// other English and 40 French demonyms of Central and South America,
// Africa and small states, added to the normalizer's data) named no state.
// Sentences written for this rule.
func TestCrippledOrganIsVictim(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"crippled the demonym ministry", "en", ministryEN("A ransomware attack crippled the Costa Rican finance ministry in April. Costa Rica's president said the Conti gang was behind it."), []string{"CR"}},
		{"a paralysé le ministère demonym", "fr", ministryFR("Une attaque par rançongiciel a paralysé le ministère costaricien des finances en avril. Le président du Costa Rica a affirmé que le gang Conti en était l'auteur."), []string{"CR"}},
	})
}
