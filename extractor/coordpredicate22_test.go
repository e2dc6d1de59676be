package extractor

import "testing"

// TestCoordinatedPredicateSubject: a verb after ", and" with no subject of
// its own shares the clause's opening subject ("The FBI dismantled the
// malware, and attributed it to Center 16 of the FSB"; « Le FBI a démantelé
// le maliciel, et l'a attribué au Centre 16 »). Sentences written for this
// rule.
func TestCoordinatedPredicateSubject(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"dismantled, and attributed", "en", "Cyber news\n\nThe FBI dismantled the Snake malware, and attributed it to Center 16 of the FSB.", "FBI", "Center 16"},
		{"published, and blamed", "en", "Cyber news\n\nThe NCSC published an advisory on Tuesday, and blamed APT29 for the intrusions.", "NCSC", "APT29"},
		{"a démantelé, et l'a attribué", "fr", "Cyber actu\n\nLe FBI a démantelé le maliciel, et l'a attribué au Centre 16 du FSB.", "FBI", "Center 16"},
	})
}
