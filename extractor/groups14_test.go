package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSponsorOrganAccused: a state organ said to run or back a group the
// article accuses is accused with it, in the accusation's sentence or in a
// later one; an organ of another state, and one tied to a tool the group
// used rather than to the group, is not. Sentences written for this rule.
func TestSponsorOrganAccused(t *testing.T) {
	t.Parallel()
	checkAccusedActors(t, "2025-02-12", []groupCase{
		{"is run by", "en",
			"Cyber news\n\nGoogle said on Tuesday that Sandworm had broken into the networks of three Polish water utilities last year.\n\nSandworm is run by Russia's military intelligence agency, the GRU, according to Western governments.",
			[]string{"GRU", "Sandworm"}},
		{"dépend du", "fr",
			"Actualité\n\nLa police sud-coréenne a accusé mardi Kimsuky d'avoir piraté les courriels de diplomates.\n\nKimsuky dépend du Bureau général de reconnaissance (RGB), le principal service de renseignement de Pyongyang.",
			[]string{"Kimsuky", "RGB"}},
		{"a tool it associates with", "en",
			"Cyber news\n\nIndia's power ministry said on Monday that RedEcho had tried to break into its grid control centres.\n\nA security firm said RedEcho had used ShadowPad, a malware tool it associates with China's Ministry of State Security.",
			[]string{"RedEcho"}},
	})
}

// checkAccusedActors is checkAccusedGroups counting state organs too, as
// the scorer's accused_groups does.
func checkAccusedActors(t *testing.T, pub string, cases []groupCase) {
	t.Helper()
	checkAccusedKinds(t, pub, cases, claim.KindGroup, claim.KindAgency)
}
