package extractor

import "testing"

// TestSpeakerAfterSummitPlace: an institution named by its demonym after a
// summit's place ("Speaking at a NATO summit in Vilnius, the German
// chancellor accused…") speaks; it is no item of the place's list. Sentences
// written for this rule.
func TestSpeakerAfterSummitPlace(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"summit in X, the German chancellor", "en", "Cyber news\n\nSpeaking at a NATO summit in Vilnius, the German chancellor accused Russia of cyberattacks on Ukraine.", "Germany", "Russia"},
		{"sommet à X, le chancelier allemand", "fr", "Cyber actu\n\nLors d'un sommet de l'OTAN à Vilnius, le chancelier allemand a accusé la Russie de cyberattaques contre l'Ukraine.", "Germany", "Russia"},
	})
}
