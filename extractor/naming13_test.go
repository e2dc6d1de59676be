package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAccusedNameAsWrittenAndCanonical: an accused group named by one of
// its other names keeps both forms — Text as the article writes it, Name as
// the group tables give it (with its ids) — so analysts and the STIX export
// join one actor across vendors' names, and whoever wants the article's own
// name reads Text. Putting the written name into Name instead was measured
// (naming variants, alias13): it lost accused groups on the dev and
// validation pools, whose writers use the common name. Sentences written
// for this test.
func TestAccusedNameAsWrittenAndCanonical(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text      string
		text2, canon, mitreID string
	}{
		{"vendor name, English", "en",
			"Cyber news\n\nMicrosoft on Tuesday blamed Linen Typhoon, a Chinese state-sponsored group, for intrusions into SharePoint servers of European ministries.",
			"Linen Typhoon", "APT27", "G0027"},
		{"vendor code, French", "fr",
			"Actualité\n\nProofpoint a attribué mardi à TA453, un groupe lié à l'Iran, une campagne d'hameçonnage contre des chercheurs européens.",
			"TA453", "APT35", "G0059"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs := extract(t, tc.lang, "2025-07-22", tc.text)
			var got *claim.Entity
			for _, c := range cs {
				if c.Stance == claim.StanceAccusation && c.Accused != nil && c.Accused.Kind == claim.KindGroup {
					got = c.Accused
					break
				}
			}
			if got == nil {
				t.Fatalf("no accused group in %d claims", len(cs))
			}
			if got.Text != tc.text2 || got.Name != tc.canon || got.IDs["mitre"] != tc.mitreID {
				t.Errorf("accused = text %q name %q mitre %q, want %q %q %q", got.Text, got.Name, got.IDs["mitre"], tc.text2, tc.canon, tc.mitreID)
			}
		})
	}
}
