package extractor

import "testing"

// TestReflexiveIsActive: « des pirates nord-coréens s'étaient introduits
// dans les serveurs des chantiers navals » is an active reflexive verb:
// « s' » before « étaient » makes the pirates its subject, the attackers,
// not the target of a passive. Before, the sentence gave no claim.
// Sentences written for this rule; the guard keeps a true passive's agent
// the accused (its subject's victims are left out here: "chantiers navals
// sud-coréens" as the subject of a passive gave no victim before either).
func TestReflexiveIsActive(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/s'étaient introduits", "fr", "Cyber\n\nLe service de renseignement sud-coréen a affirmé que des pirates nord-coréens s'étaient introduits dans les serveurs des principaux chantiers navals du pays.", []string{"KR>KP>KR"}},
		{"fr/guard: passive", "fr", "Cyber\n\nLe service de renseignement sud-coréen a affirmé que les chantiers navals sud-coréens avaient été piratés par le groupe Lazarus.", []string{"KR>Lazarus Group>"}},
	})
}
