package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestGroupSharingWithIsSituated: a group something "shares infrastructure
// with" / « partage une infrastructure avec » situates the accused, it is
// not accused itself. Sentences written for this rule.
func TestGroupSharingWithIsSituated(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"shares infrastructure with", "en", "Cyber news\n\nMandiant attributed the intrusions to UNC3886, a cluster that shares infrastructure with APT15."},
		{"which shares code with", "en", "Cyber news\n\nMandiant attributed the intrusions to UNC3886, which shares code with APT15."},
		{"partage une infrastructure avec", "fr", "Cyber actu\n\nMandiant attribue les intrusions à UNC3886, un groupe qui partage une infrastructure avec APT15."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil {
					got = append(got, c.Accused.Name)
				}
			}
			if len(got) != 1 || got[0] != "UNC3886" {
				t.Errorf("accused %v, want [UNC3886]", got)
			}
		})
	}
}
