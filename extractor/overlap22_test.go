package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestNoOverlapClearsGroup: a group named right after "no overlap with" / «
// aucun recoupement avec » is cleared, not accused ("Its researchers found
// no overlap with Gamaredon" after an attribution to Sandworm). Sentences
// written for this rule.
func TestNoOverlapClearsGroup(t *testing.T) {
	t.Parallel()
	checkOnlyAccused(t, "Sandworm", []struct{ name, lang, text string }{
		{"no overlap with", "en", "Cyber news\n\nESET attributed the attack to Sandworm. Its researchers found no overlap with Gamaredon."},
		{"aucun recoupement avec", "fr", "Cyber actu\n\nESET a attribué l'attaque à Sandworm. Ses chercheurs n'ont trouvé aucun recoupement avec Gamaredon."},
		{"aucun point commun avec", "fr", "Cyber actu\n\nESET a attribué l'attaque à Sandworm. Ses chercheurs n'ont relevé aucun point commun avec Gamaredon."},
	})
}

// checkOnlyAccused checks that each case's accusations accuse want alone.
func checkOnlyAccused(t *testing.T, want string, cases []struct{ name, lang, text string }) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil {
					got = append(got, c.Accused.Name)
				}
			}
			if len(got) != 1 || got[0] != want {
				t.Errorf("accused %v, want [%s]", got, want)
			}
		})
	}
}
