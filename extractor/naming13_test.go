package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAccusedNameAsWrittenAndCanonical: an accused group named by one of
// its other names keeps the table's ids, so analysts and the STIX export
// join one actor across vendors' names. Its Name is the table's canonical
// name when the article writes a common name (or two names) of it, but a
// vendor's tracking label the article uses alone ("Linen Typhoon", "TA453")
// stays the Name: the vendor's cluster need not be the group the tables merge
// it into, and writers name it as the article does (issue 10, session 14:
// five readable sets gained accused groups, dev, train and validation
// unchanged; session 13 had measured the written name for every alias, which
// lost). Mandiant's APT numbers are common names, not labels. Sentences
// written for this test.
func TestAccusedNameAsWrittenAndCanonical(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text      string
		text2, canon, mitreID string
	}{
		{"vendor name alone, English", "en",
			"Cyber news\n\nMicrosoft on Tuesday blamed Linen Typhoon, a Chinese state-sponsored group, for intrusions into SharePoint servers of European ministries.",
			"Linen Typhoon", "Linen Typhoon", "G0027"},
		{"vendor code alone, French", "fr",
			"Actualité\n\nProofpoint a attribué mardi à TA453, un groupe lié à l'Iran, une campagne d'hameçonnage contre des chercheurs européens.",
			"TA453", "TA453", "G0059"},
		{"vendor code beside a common name", "en",
			"Cyber news\n\nProofpoint on Tuesday blamed TA453 for phishing emails sent to nuclear experts in Europe. The group is better known as Charming Kitten.",
			"TA453", "APT35", "G0059"},
		{"APT number is a common name", "en",
			"Cyber news\n\nMandiant on Tuesday blamed APT44 for intrusions into water utilities in Poland.",
			"APT44", "Sandworm", "G0034"},
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
