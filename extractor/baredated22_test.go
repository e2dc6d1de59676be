package extractor

import "testing"

// TestBareObjectThenDate: a state that is the whole object of "blamed",
// followed only by a date ("Albania blamed Iran in September and cut
// ties", « l'Albanie a accusé l'Iran en septembre »), after a sentence
// telling a cyberattack, is accused of it as "Tirana blamed Iran and cut
// ties" is; a state deep in the clause before a date is not the object.
// Sentences written for this rule.
func TestBareObjectThenDate(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"blamed X in September", "en", "Cyber news\n\nThe cyberattack on the Albanian government happened in July 2022. Albania blamed Iran in September and cut diplomatic ties.", "Albania", "Iran"},
		{"blamed X on Wednesday", "en", "Cyber news\n\nA cyberattack knocked out the ministry's servers last week. Tirana blamed Iran on Wednesday.", "Albania", "Iran"},
		{"a place deep in the clause before a date (no accused)", "en", "Cyber news\n\nA cyberattack hit Tbilisi last year. Prosecutors accused the hackers of targeting media networks in Georgia in 2019.", "", ""},
		{"accusé X en septembre", "fr", "Cyber actu\n\nLa cyberattaque contre le gouvernement albanais a eu lieu en juillet 2022. L'Albanie a accusé l'Iran en septembre et rompu ses relations diplomatiques.", "Albania", "Iran"},
		{"accusé X mercredi", "fr", "Cyber actu\n\nUne cyberattaque a paralysé les serveurs du ministère la semaine dernière. Tirana a accusé l'Iran mercredi.", "Albania", "Iran"},
	})
}
