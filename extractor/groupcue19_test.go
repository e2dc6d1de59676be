package extractor

import "testing"

// TestGroupCueReach: the attacker noun of a group-name cue may stand a
// clause away (« un groupe jusque-là inconnu, qu'il nomme CloudWizard »,
// "a group nobody had documented before, which it calls CloudWizard").
func TestGroupCueReach(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused groups", accusedGroupNames, []slotCase{
		{"fr qu'il nomme", "fr", "Cyber\n\nKaspersky affirme qu'un groupe jusque-là inconnu, qu'il nomme CloudWizard, a espionné des organisations en Ukraine.", "CloudWizard"},
		{"en which it calls", "en", "Cyber news\n\nKaspersky said a group nobody had documented, which it calls CloudWizard, spied on organisations in Ukraine.", "CloudWizard"},
	})
}
