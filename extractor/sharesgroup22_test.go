package extractor

import "testing"

// TestGroupSharingWithIsSituated: a group something "shares infrastructure
// with" / « partage une infrastructure avec » situates the accused, it is
// not accused itself. Sentences written for this rule.
func TestGroupSharingWithIsSituated(t *testing.T) {
	t.Parallel()
	checkOnlyAccused(t, "UNC3886", []struct{ name, lang, text string }{
		{"shares infrastructure with", "en", "Cyber news\n\nMandiant attributed the intrusions to UNC3886, a cluster that shares infrastructure with APT15."},
		{"which shares code with", "en", "Cyber news\n\nMandiant attributed the intrusions to UNC3886, which shares code with APT15."},
		{"partage une infrastructure avec", "fr", "Cyber actu\n\nMandiant attribue les intrusions à UNC3886, un groupe qui partage une infrastructure avec APT15."},
	})
}
