package extractor

import "testing"

// TestNominalAccusation: an accusation told by its noun ("Lithuania's
// accusations against Russia over the cyberattacks", « a porté des
// accusations contre la Russie ») or by "fingered" names its accuser and
// accused; a denial of "the accusations against it" accuses no one.
// Sentences written for this rule.
func TestNominalAccusation(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"levelled accusations against", "en", "Cyber news\n\nLithuania levelled accusations against Russia over the cyberattacks.", "Lithuania", "Russia"},
		{"X's accusations against", "en", "Cyber news\n\nLithuania's accusations against Russia over the cyberattacks drew a rebuke.", "Lithuania", "Russia"},
		{"fingered", "en", "Cyber news\n\nThe US fingered North Korea for the hack.", "United States", "North Korea"},
		{"dismissed the accusations against it", "en", "Cyber news\n\nRussia dismissed the accusations against it as baseless.", "", ""},
		{"a porté des accusations contre", "fr", "Cyber actu\n\nLa Lituanie a porté des accusations contre la Russie au sujet des cyberattaques.", "Lithuania", "Russia"},
	})
}
