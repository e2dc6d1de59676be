package normalizer_test

import (
	"testing"

	"github.com/claimwire/claimwire/normalizer"
)

// TestTitleCaseOfCapitalNames: a vendor name of several words the data
// writes in capitals ("COBALT MIRAGE", "GOLD SOUTHFIELD") is found written
// in title case, as the press writes it; one-word capitals keep their case
// ("Tag" is no TAG). Before, "Cobalt Mirage" was read as APT15's "Mirage".
func TestTitleCaseOfCapitalNames(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Secureworks tied it to Cobalt Mirage last year.": "Cobalt Mirage",
		"Secureworks said Gold Southfield ran it.":        "Gold Southfield",
		"The Tag was removed.":                            "",
	} {
		got := ""
		for _, m := range norm.Find(text, "en") {
			if m.Entity.Kind == "group" || m.Text == "Tag" {
				got = m.Text
			}
		}
		if got != want {
			t.Errorf("%q: mention %q, want %q", text, got, want)
		}
	}
}
