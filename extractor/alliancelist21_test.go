package extractor

import "testing"

// TestAllianceOpensTargetList: "targeted NATO members and Ukraine": an
// alliance after an attack verb names no state, and the list it opens goes
// on to the states after it (before, the scan stopped at NATO and the
// claim fell back on the accuser's own country). Sentences written for
// this rule.
func TestAllianceOpensTargetList(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"targeted NATO members and", "en", ministryEN("Laundry Bear also targeted NATO members and Ukraine, the AIVD said."), []string{"UA"}},
		{"a visé des membres de l'Otan et", "fr", ministryFR("Laundry Bear a aussi visé des membres de l'Otan et l'Ukraine, selon l'AIVD."), []string{"UA"}},
	})
}
