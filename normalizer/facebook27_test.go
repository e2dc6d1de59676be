package normalizer_test

import (
	"testing"

	"github.com/claimwire/claimwire/normalizer"
)

// TestFacebookKeepsItsName: Facebook is reported as Facebook, Meta as Meta.
// Articles written before the 2021 renaming call the company Facebook and so
// do their annotators (two blind gold sets wrote "facebook"); the table had
// folded it into Meta.
func TestFacebookKeepsItsName(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Facebook said it had removed the network.":    "Facebook",
		"Meta said it had removed the network.":        "Meta",
		"Selon Facebook, le réseau venait du Vietnam.": "Facebook",
	} {
		ms := norm.Find(text, "")
		if len(ms) == 0 || ms[0].Entity.Name != want || ms[0].Entity.Kind != "company" {
			t.Errorf("%q: %+v, want company %s", text, ms, want)
		}
	}
}
