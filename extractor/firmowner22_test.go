package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestStatePossessiveOfFirm: a state's possessive before a firm names the
// firm's country ("Israel's Check Point said…", "Denmark's SektorCERT"): the
// firm speaks, the state does not. Sentences written for this rule.
func TestStatePossessiveOfFirm(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"Israel's Check Point", "en", "Cyber news\n\nIsrael's Check Point said Iranian hackers had breached the networks.", []string{"Check Point"}},
		{"Denmark's SektorCERT", "en", "Cyber news\n\nDenmark's SektorCERT said Russian hackers hit 22 of the country's energy companies.", []string{"SektorCERT"}},
		{"Britain's NCSC (an organ, unchanged)", "en", "Cyber news\n\nBritain's NCSC said Russian hackers had breached the networks.", []string{"NCSC"}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accuser != nil && !slices.Contains(got, c.Accuser.Name) {
					got = append(got, c.Accuser.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("accusers %v, want %v", got, tc.want)
			}
		})
	}
}
