package extractor

import "testing"

// TestOrganOfOrgan: an agency in apposition to another agency by a cue of
// the accused ("the National Cyber Security Centre, part of the GCSB", « le
// NCSC, rattaché au GCSB ») names where the organ sits in its government:
// the parent organ is no accused, and an article about an unattributed
// ransomware attack gives no claim. A unit or group so placed ("Unit 74455,
// part of the GRU") keeps its parent accused. Articles written for this
// rule.
func TestOrganOfOrgan(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"part of (negative)", "en", "Hospital outage\n\nPolice and the National Cyber Security Centre, part of the GCSB, are assisting the health board.\nThe attack comes a week after Ireland's health service shut down its IT systems following a separate ransomware incident, and analysts warned that hospitals remain easy targets.", "", ""},
		{"unit part of", "en", ministryEN("The NSA said Unit 74455, part of the GRU, hacked Ukraine's grid."), "NSA", "GRU"},
		{"rattaché au (negative)", "fr", "Un hôpital paralysé\n\nLe rançongiciel a paralysé l'hôpital mardi. La police et le NCSC, rattaché au GCSB, aident l'hôpital.", "", ""},
		{"unité rattachée au", "fr", ministryFR("Selon la NSA, l'unité 74455, rattachée au GRU, a piraté le réseau électrique ukrainien."), "NSA", "GRU"},
	})
}
