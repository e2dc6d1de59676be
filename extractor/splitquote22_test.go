package extractor

import "testing"

// TestSplitQuotationSubject: a quotation split by its speaker keeps its
// subject before the speaker for a responsibility cue after it
// ("\"Russia,\" the Polish minister said, \"is behind…\"", « « La Russie »,
// a déclaré le ministre polonais, « est derrière… » »). Sentences written
// for this rule.
func TestSplitQuotationSubject(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"comma inside the marks", "en", "Cyber news\n\n\"Russia,\" the Polish minister said, \"is behind these cyberattacks on our hospitals.\"", "Poland", "Russia"},
		{"comma outside the marks", "en", "Cyber news\n\n\"Russia\", the Polish minister said, \"is behind these cyberattacks on our hospitals.\"", "Poland", "Russia"},
		{"guillemets et incise", "fr", "Cyber actu\n\n« La Russie », a déclaré le ministre polonais, « est derrière ces cyberattaques contre nos hôpitaux. »", "Poland", "Russia"},
		{"incise dans la citation (inchangé)", "fr", "Cyber actu\n\n« La Russie, a déclaré le ministre polonais, est derrière ces cyberattaques contre nos hôpitaux. »", "Poland", "Russia"},
	})
}
