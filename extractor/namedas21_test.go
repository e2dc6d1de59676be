package extractor

import "testing"

// TestNamedAsSponsor: "named X as the sponsor of Y", "identified X as being
// behind…": naming a state organ in that role accuses it, and a tail of
// three words or more lets the gap hold a long name ("China's Ministry of
// State Security", six tokens, over the four a gap covers). French already
// read « désigné … comme le commanditaire »; its test guards it. Sentences
// written for this rule.
func TestNamedAsSponsor(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"named a long name as the sponsor of", "en", ministryEN("Officials in Canberra named China's Ministry of State Security as the sponsor of APT40."), "Australia", "MSS"},
		{"identified as being behind", "en", ministryEN("The FBI identified North Korea's Reconnaissance General Bureau as being behind the Sony hack."), "FBI", "RGB"},
		{"désigné comme le commanditaire", "fr", ministryFR("Canberra a désigné le ministère chinois de la Sécurité d'État comme le commanditaire du groupe APT40."), "Australia", "MSS"},
		{"soupçonné de longue date par (short tail, short gap)", "fr", ministryFR("Le groupe Lazarus est soupçonné de longue date par Washington d'être lié au régime de Pyongyang."), "United States", "Lazarus Group"},
	})
}
