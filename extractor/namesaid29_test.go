package extractor

import "testing"

// TestNameEndingInDeedNounSpeaks: a word of saying right after a name
// whose last word is an attack noun ("The National Coordination Center
// for Computer Incidents said…") is the name's saying, not the participle
// of a deed ("an intrusion discovered in March"): the organ speaks. Before,
// "said" was dropped as a participle and the sentence gave no claim.
// Sentences written for this rule; the guards keep a participle after a
// deed noun and the French present tense.
func TestNameEndingInDeedNounSpeaks(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/name ends in incidents", "en", "Cyber news\n\nThe National Coordination Center for Computer Incidents said hackers from Ukraine had attacked Russian government websites.", []string{"NKTsKI>UA>RU"}},
		{"en/guard: participle", "en", "Cyber news\n\nThe FBI blamed North Korea for an intrusion reported in March at a Japanese exchange.", []string{"FBI>KP>JP"}},
		{"fr/guard: présent", "fr", "Cyber news\n\nLe Bureau central de lutte contre la cybercriminalité affirme que des pirates russes ont attaqué des sites gouvernementaux polonais.", []string{"CBZC>RU>PL"}},
	})
}
