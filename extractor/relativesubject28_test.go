package extractor

import "testing"

// TestRelativeClauseSubjectNoTarget: « une attaque par rançongiciel que la
// police néerlandaise a attribuée au gang Conti »: the noun phrase after
// the relative « que » is the clause's subject, the police speaking, not a
// target of the attack named before the clause boundary. Before, the
// claim had no accuser (the police was read as the attack's target, as in
// « les téléphones de responsables militaires pakistanais »). Sentences
// written for this rule; the guard keeps a target right after the attack
// word.
func TestRelativeClauseSubjectNoTarget(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/que la police néerlandaise", "fr", "Cyber\n\nEn 2021, le port avait subi une attaque par rançongiciel que la police néerlandaise a attribuée au gang Conti.", []string{"NL>Conti>NL"}},
		{"fr/guard: target after the attack", "fr", "Cyber\n\nSelon Berlin, des pirates russes ont mené une attaque contre les serveurs de la police néerlandaise.", []string{"DE>RU>NL"}},
	})
}
