package normalizer_test

import (
	"testing"

	"github.com/claimwire/claimwire/normalizer"
)

// TestSeriesOverTableHead: a name the tables know that heads a series label
// ("TAG", Google's Threat Analysis Group, in "TAG-38") gives way to the
// label the naming rule reads; alone it stays the table's. Before, "TAG-38"
// was Google and Recorded Future's cluster was lost.
func TestSeriesOverTableHead(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want, kind string }{
		{"Recorded Future blamed TAG-38 for the intrusions.", "TAG-38", "group"},
		{"Le rapport attribue à TAG-38 une série d'intrusions.", "TAG-38", "group"},
		{"Google's TAG said the phishing came from APT28.", "Google", "company"},
	} {
		var got, kind string
		for _, m := range norm.Find(tc.text, "") {
			if m.Text == "TAG" || m.Text == "TAG-38" {
				got, kind = m.Entity.Name, string(m.Entity.Kind)
			}
		}
		if got != tc.want || kind != tc.kind {
			t.Errorf("%q: %s (%s), want %s (%s)", tc.text, got, kind, tc.want, tc.kind)
		}
	}
}
