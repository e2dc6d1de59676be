package extractor

import "testing"

// TestComparisonMarkerEndingInJoiner: a French comparison marker ending in
// « à » (« semblable à Sandworm », « contrairement à APT28 ») names the
// yardstick as « à l'instar de » does: « à » also joins lists, and the
// walk back over a list stepped over it. Sentences written for this rule.
func TestComparisonMarkerEndingInJoiner(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"semblable à", "fr", "Cyber actu\n\nCe nouveau groupe, semblable à Sandworm, se consacre au sabotage, selon Mandiant.", "", ""},
		{"contrairement à", "fr", "Cyber actu\n\nContrairement à APT28, ce nouveau groupe se consacre à l'espionnage, selon Mandiant.", "", ""},
		{"contrairement à, puis attribution", "fr", "Cyber actu\n\nContrairement à Sandworm, ce nouveau groupe se consacre à l'espionnage, selon Mandiant, qui l'attribue à la Chine.", "Mandiant", "China"},
		{"similar to (unchanged)", "en", "Cyber news\n\nThe new group, similar to Sandworm, focuses on sabotage, according to Mandiant.", "", ""},
		{"unlike (unchanged)", "en", "Cyber news\n\nUnlike APT28, the new group focuses on espionage, Mandiant said.", "", ""},
	})
}
