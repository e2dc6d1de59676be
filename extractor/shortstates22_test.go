package extractor

import "testing"

// TestShortStateNames: once an article names North Korea, "the North" / «
// au Nord » names it too (Korean news writes so); without that, "the
// North" is no state ("in the North of England"). Sentences written for
// this rule.
func TestShortStateNames(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"the North after Pyongyang", "en", "Cyber news\n\nSeoul said it would tighten controls on Pyongyang's workers abroad. The United Nations estimated that the North had stolen $3 billion in cryptocurrency since 2017.", "UN", "North Korea"},
		{"the North with no Korea", "en", "Cyber news\n\nThe United Nations estimated that the North had stolen $3 billion in cryptocurrency since 2017.", "", ""},
		{"au Nord après la Corée du Nord", "fr", "Cyber actu\n\nSéoul surveille de près la Corée du Nord. Le parquet sud-coréen a imputé au Nord le piratage de l'opérateur KHNP.", "South Korea", "North Korea"},
	})
}
