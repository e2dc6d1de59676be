package extractor

import "testing"

// TestParticipleAside: an aside made of a participle and its agent
// ("American officials, quoted by the Washington Post, attributed…") leaves
// the subject before it: the verb after the closing comma is no inverted
// speech verb whose speaker follows (before, Israel, the object, was taken
// for the speaker). Sentences written for this rule; French read it
// already.
func TestParticipleAside(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"quoted by, attributed", "en", ministryEN("American officials, quoted by the Washington Post, attributed the cyberattack to Israel."), "United States", "Israel"},
		{"cited by, said", "en", ministryEN("American officials, cited by the Washington Post, said Israel was behind the cyberattack."), "United States", "Israel"},
		{"cités par, ont attribué", "fr", ministryFR("Des responsables américains, cités par le Washington Post, ont attribué cette cyberattaque à Israël."), "United States", "Israel"},
	})
}
