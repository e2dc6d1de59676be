package extractor

import "testing"

// TestShortDeedNeedsCyberWords: a state accused of a deed named only by a
// short attack noun ("the theft", "the heist") is a claim when the
// sentence or the one before or after it has cyber words ("Hackers drained
// a crypto exchange. The FBI blamed North Korea for the theft."), and not
// otherwise ("accused Russia of the theft of grain"). Sentences written for
// this rule.
func TestShortDeedNeedsCyberWords(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"theft after a hack", "en", "Exchange hit\n\nHackers drained a cryptocurrency exchange in Dubai last week. The FBI blamed North Korea for the theft.", "FBI", "North Korea"},
		{"heist after a hack", "en", "Exchange hit\n\nA bank's payment network was hacked in March. Officials in Dhaka accused North Korea of the heist.", "Bangladesh", "North Korea"},
		{"theft of grain", "en", "Cyber news\n\nUkraine accused Russia of the theft of grain from occupied regions.", "", ""},
		{"braquage après un piratage (long noun, unchanged)", "fr", "Plateforme visée\n\nDes pirates ont vidé une plateforme de cryptomonnaies à Dubaï. Le FBI a imputé le braquage à la Corée du Nord.", "FBI", "North Korea"},
		{"vol de céréales", "fr", "Cyber actu\n\nL'Ukraine a accusé la Russie du vol de céréales dans les régions occupées.", "", ""},
	})
}

// TestNamedAsQualifiedCulprit: "named X as the likely culprit", « a désigné
// X comme le probable auteur »: a qualifier between "as"/« comme » and the
// culprit noun keeps the accusation. Sentences written for this rule.
func TestNamedAsQualifiedCulprit(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"as the likely culprit", "en", "Cyber news\n\nBrazil's Federal Police named the Lazarus Group as the likely culprit of the crypto theft.", "Brazil", "Lazarus Group"},
		{"as the most probable perpetrator", "en", "Cyber news\n\nThe NCSC identified APT29 as the most probable perpetrator of the intrusion.", "NCSC", "APT29"},
		{"as the new sponsor (no accused)", "en", "Cyber news\n\nThe board named Acme Corp as the new sponsor of the cyber programme.", "", ""},
		{"comme le probable auteur", "fr", "Cyber actu\n\nLa police fédérale brésilienne a désigné le groupe Lazarus comme le probable auteur du piratage.", "Brazil", "Lazarus Group"},
		{"comme principal suspect", "fr", "Cyber actu\n\nL'Anssi a identifié APT28 comme le principal suspect de l'intrusion.", "ANSSI", "APT28"},
	})
}
