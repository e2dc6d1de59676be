package extractor

import (
	"slices"
	"testing"
)

// TestAllianceOpensTargetList: "targeted NATO members and Ukraine": an
// alliance after an attack verb names no state, and the list it opens goes
// on to the states after it (before, the scan stopped at NATO and the
// claim fell back on the accuser's own country). Sentences written for
// this rule.
func TestAllianceOpensTargetList(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"targeted NATO members and", "en", ministryEN("Laundry Bear also targeted NATO members and Ukraine, the AIVD said.")},
		{"a visé des membres de l'Otan et", "fr", ministryFR("Laundry Bear a aussi visé des membres de l'Otan et l'Ukraine, selon l'AIVD.")},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			var got []string
			for _, v := range cs[0].Victims {
				got = append(got, v.Country)
			}
			if !slices.Equal(got, []string{"UA"}) {
				t.Errorf("victims %v, want [UA]", got)
			}
		})
	}
}
