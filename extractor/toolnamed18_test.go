package extractor

import "testing"

// TestToolCalledByName: a group name given to a tool through a naming cue
// ("a backdoor called CloudSorcerer", "the backdoor, named X,", « la porte
// dérobée, baptisée X ») names the tool, not an accused; a ransomware's
// name stays its gang's. Sentences written for this rule.
func TestToolCalledByName(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"en backdoor called", "en",
			"Cyber news\n\nResearchers at Kaspersky said a backdoor called CloudSorcerer was used by a Chinese group against Russian government agencies.",
			"China"},
		{"en backdoor, named,", "en",
			"Cyber news\n\nResearchers at Kaspersky said the backdoor, named CloudSorcerer, was used by a Chinese group against Russian ministries.",
			"China"},
		{"fr porte dérobée, baptisée,", "fr",
			"Cyber\n\nSelon Kaspersky, la porte dérobée, baptisée CloudSorcerer, a été utilisée par un groupe chinois contre des ministères russes.",
			"China"},
		{"en ransomware called keeps the gang", "en",
			"Cyber news\n\nThe FBI said a ransomware called LockBit hit the hospital.",
			"LockBit"},
	})
}
