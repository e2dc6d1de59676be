package extractor

import "testing"

// TestGovernmentAsPassiveAgent: a government named by its demonym as the
// agent of a passive attack verb is the accused, not the target, with a
// verb of several words, a hedge between auxiliary and participle, or the
// French noun before its demonym ("were most likely carried out by the
// Moroccan government", « a été perpétré par le gouvernement marocain »).
// Sentences written for this rule.
func TestGovernmentAsPassiveAgent(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"carried out by", "en", "Cyber news\n\nCitizen Lab said the hacking was carried out by the Russian government.", "Citizen Lab", "Russia"},
		{"most likely carried out by", "en", "Cyber news\n\nA report by the Citizen Lab concluded that the Pegasus infections were most likely carried out by the Moroccan government.", "Citizen Lab", "Morocco"},
		{"carried out against (the target)", "en", "Cyber news\n\nCitizen Lab said the hacking was carried out against the Moroccan government by Pegasus users.", "", ""},
		{"perpétré par", "fr", "Cyber actu\n\nSelon Citizen Lab, le piratage a probablement été perpétré par le gouvernement marocain.", "Citizen Lab", "Morocco"},
		{"mené par", "fr", "Cyber actu\n\nSelon Citizen Lab, le piratage a été mené par le gouvernement marocain.", "Citizen Lab", "Morocco"},
	})
}
