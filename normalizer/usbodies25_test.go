package normalizer

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestUSReviewBodies: the Cyber Safety Review Board (CSRB) and the
// National Counterintelligence and Security Center are US organs in the
// table, in English and in French text. Before, neither was found, and
// an article quoting the board's report had no accuser for it.
func TestUSReviewBodies(t *testing.T) {
	t.Parallel()
	checkOrgans(t, []organCase{
		{"board en", "en", "The Cyber Safety Review Board said on Tuesday that the intrusion was preventable.", "CSRB", "US"},
		{"board fr", "fr", "Le Cyber Safety Review Board (CSRB) a conclu mardi que l'intrusion était évitable.", "CSRB", "US"},
		{"counterintelligence en", "en", "The National Counterintelligence and Security Center warned of the campaign.", "NCSC (US)", "US"},
	})
}

// TestMoreOrgans: India's NCIIPC is an organ of India in the table, by its
// name and its acronym. Before, it was not found.
func TestMoreOrgans(t *testing.T) {
	t.Parallel()
	checkOrgans(t, []organCase{
		{"nciipc en", "en", "The National Critical Information Infrastructure Protection Centre flagged the intrusion.", "NCIIPC", "IN"},
		{"nciipc fr", "fr", "Le NCIIPC a signalé l'intrusion.", "NCIIPC", "IN"},
	})
}

// organCase is a text that names one state organ of the table.
type organCase struct{ name, lang, text, want, cc string }

// checkOrgans finds each case's organ in its text, as an agency of its
// state (the tests of organs added to data/entities.tsv share it).
func checkOrgans(t *testing.T, cases []organCase) {
	t.Helper()
	n := testNormalizer(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, m := range n.Find(tc.text, tc.lang) {
				if m.Entity.Name == tc.want {
					found = true
					if m.Entity.Kind != claim.KindAgency || m.Entity.Country != tc.cc {
						t.Errorf("%s: kind %s country %s, want an agency of %s", tc.want, m.Entity.Kind, m.Entity.Country, tc.cc)
					}
				}
			}
			if !found {
				t.Errorf("%s not found in %q", tc.want, tc.text)
			}
		})
	}
}
