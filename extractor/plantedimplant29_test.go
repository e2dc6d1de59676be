package extractor

import "testing"

// TestPlantedImplant: planting or installing an implant, a backdoor or
// malware is an intrusion ("…a state-sponsored actor from China had
// planted a malware implant in a Dutch military network", « avait
// implanté une porte dérobée dans un réseau de l'armée »): the sentence is
// a claim and the network's owner its victim. Before, "planted a malware
// implant" told no deed (only "planted malware" did) and the English
// sentence gave no claim; the French one had no victim. Sentences written
// for this rule.
func TestPlantedImplant(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/planted a malware implant", "en", "Cyber news\n\nThe MIVD said a state-sponsored actor from China had planted a malware implant in a Dutch military network.", []string{"MIVD>CN>NL"}},
		{"fr/implanté une porte dérobée", "fr", "Cyber news\n\nLe MIVD a affirmé qu'un acteur soutenu par la Chine avait implanté une porte dérobée dans un réseau de l'armée.", []string{"MIVD>CN>NL"}},
	})
}
