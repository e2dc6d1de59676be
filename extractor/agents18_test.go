package extractor

import "testing"

// TestPassiveAgentsAndTargets: the agent of a passive attack verb is
// accused when its attacker noun stands before the demonym (« par des
// pirates chinois »), in every agreement of the participle (« utilisée »,
// « orchestrées »); the victims after a target preposition are no part of
// the attacker's noun phrase ("used by a Chinese group against Russian
// government agencies"). Sentences written for these rules.
func TestPassiveAgentsAndTargets(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en target preposition ends the attacker's phrase", "en",
			"Cyber news\n\nKaspersky said the backdoor was used by a Chinese group against Russian government agencies.",
			"CN"},
		{"fr agent noun before its demonym", "fr",
			"Cyber\n\nSelon Kaspersky, la porte dérobée est utilisée par des pirates chinois contre des agences gouvernementales russes.",
			"CN"},
		{"fr feminine plural participle", "fr",
			"Cyber\n\nSelon l'ANSSI, ces intrusions ont été orchestrées par des pirates iraniens contre des opérateurs français.",
			"IR"},
	})
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en victims after the target preposition", "en",
			"Cyber news\n\nKaspersky said the backdoor was used by a Chinese group against Russian government agencies.",
			"RU"},
		{"fr victimes après « contre »", "fr",
			"Cyber\n\nSelon l'ANSSI, ces intrusions ont été orchestrées par des pirates iraniens contre des opérateurs français.",
			"FR"},
	})
}

// TestAttackVerbEndsNounPhrase: the object of an attack verb is no part of
// its subject's noun phrase: "the Chinese group targeted Russian government
// agencies" accuses China alone and names Russia the victim.
func TestAttackVerbEndsNounPhrase(t *testing.T) {
	t.Parallel()
	text := "Cyber news\n\nESET said the Chinese group targeted Philippine government agencies and a Taiwan defence contractor."
	checkSlot(t, "accused countries", accusedCountries, []slotCase{{"en object after the verb", "en", text, "CN"}})
	checkSlot(t, "victims", victimCountries, []slotCase{{"en object after the verb", "en", text, "PH,TW"}})
}
