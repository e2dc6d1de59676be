package extractor

import "testing"

// TestKindFeatIndex: every kind with a feature reads its own, named as the
// map of kind strings named it, and another kind reads featKindOther.
func TestKindFeatIndex(t *testing.T) {
	m := kindNames("kind=")
	if got := featNames[kindFeat(m, "")]; got != "kind=none" {
		t.Errorf(`kind "": %q`, got)
	}
	for _, k := range featKinds {
		if got, want := featNames[kindFeat(m, k)], "kind="+string(k); got != want {
			t.Errorf("kind %q: %q, want %q", k, got, want)
		}
	}
	if got := kindFeat(m, "other-kind"); got != featKindOther {
		t.Errorf("other kind: %v, want featKindOther", got)
	}
}
