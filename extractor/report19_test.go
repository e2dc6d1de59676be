package extractor

import "testing"

// TestReportSubjectSpeaks: an accusation whose subject is a report, with
// no speaker of its own, has the report's source speak, however the
// publishing phrase is dated (« Un rapport publié mercredi par Mandiant
// attribue… », "A report released Wednesday by Mandiant attributes…").
func TestReportSubjectSpeaks(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"fr publié mercredi par", "fr", "Cyber\n\nUn rapport publié mercredi par Mandiant attribue les intrusions à UNC5221.", "mandiant"},
		{"fr publié le 8 mai par", "fr", "Cyber\n\nUn rapport publié le 8 mai par Mandiant attribue les intrusions à UNC5221.", "mandiant"},
		{"en released Wednesday by", "en", "Cyber news\n\nA report released Wednesday by Mandiant attributes the intrusions to UNC5221.", "mandiant"},
	})
}
