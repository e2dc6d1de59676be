package extractor

import "testing"

// TestFarComparison: a group compared with six words after the marker is
// the yardstick, not the accused ("resembles one abused in 2021 by
// Hafnium", « semblable à celle exploitée en 2021 par Hafnium »).
// Sentences written for this rule.
func TestFarComparison(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused groups", accusedGroupNames, []slotCase{
		{"en compared six words on", "en", "Cyber news\n\nMicrosoft said Storm-2603 exploited the SharePoint flaw, which resembles one abused in 2021 by Hafnium.", "Storm-2603"},
		{"fr comparé six mots plus loin", "fr", "Cyber\n\nSelon Microsoft, Storm-2603 a exploité la faille SharePoint, semblable à celle exploitée en 2021 par Hafnium.", "Storm-2603"},
	})
}
