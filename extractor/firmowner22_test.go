package extractor

import "testing"

// TestStatePossessiveOfFirm: a state's possessive before a firm names the
// firm's country ("Israel's Check Point said…", "Denmark's SektorCERT"): the
// firm speaks, the state does not. Sentences written for this rule.
func TestStatePossessiveOfFirm(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"Israel's Check Point", "en", "Cyber news\n\nIsrael's Check Point said Iranian hackers had breached the networks.", []string{"Check Point"}},
		{"Denmark's SektorCERT", "en", "Cyber news\n\nDenmark's SektorCERT said Russian hackers hit 22 of the country's energy companies.", []string{"SektorCERT"}},
		{"Britain's NCSC (an organ, unchanged)", "en", "Cyber news\n\nBritain's NCSC said Russian hackers had breached the networks.", []string{"NCSC"}},
	})
}
