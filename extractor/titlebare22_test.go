package extractor

import "testing"

// TestTitleBareAccusedBeforeLead: a title whose whole object is a state
// ("Canada blames China", « Le Canada accuse la Chine ») accuses it of the
// cyberattack its lead tells, as a sentence after one does. Sentences
// written for this rule.
func TestTitleBareAccusedBeforeLead(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"title then hacking lead", "en", "Canada blames China\n\nOttawa on Monday denounced a hacking campaign targeting lawmakers.", "Canada", "China"},
		{"titre puis piratage", "fr", "Le Canada accuse la Chine\n\nOttawa a dénoncé lundi une campagne de piratage visant des députés.", "Canada", "China"},
		{"title then no cyberattack", "en", "Canada blames China\n\nOttawa on Monday criticised new tariffs on steel.", "", ""},
	})
}
