package extractor

import "testing"

// TestFrenchAcronymWithDemonym: an organ's acronym the tables do not know,
// qualified by its state's demonym after it (« la PST norvégienne a
// affirmé… »), speaks for that state; a cyber word in capitals (« un groupe
// APT russe ») is no organ. Sentences written for this rule.
func TestFrenchAcronymWithDemonym(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"PST norvégienne", "fr", "Cyber actu\n\nLa PST norvégienne a affirmé que des pirates prorusses avaient piraté un barrage dans l'ouest du pays en avril.", "Norway", "Russia"},
		{"Norway's PST (unchanged)", "en", "Cyber news\n\nNorway's PST said pro-Russian hackers had hacked a dam in the west of the country in April.", "Norway", "Russia"},
	})
}
