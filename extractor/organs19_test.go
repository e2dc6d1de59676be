package extractor

import "testing"

// TestSwissCyberOffice: Switzerland's Federal Office for Cyber Security
// (BACS, « OFCS », the NCSC's successor since 2024) speaks for CH.
func TestSwissCyberOffice(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"fr OFCS", "fr", "Cyber\n\nL'OFCS impute ces attaques par déni de service au groupe prorusse NoName057(16).", "CH"},
		{"en Federal Office for Cyber Security", "en", "Cyber news\n\nThe Federal Office for Cyber Security blamed NoName057(16) for the denial-of-service attacks.", "CH"},
	})
}
