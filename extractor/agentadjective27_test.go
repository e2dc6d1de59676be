package extractor

import "testing"

// TestAgentInstitutionAdjective: an adjective between the agent's
// institution noun and its state's demonym (« imputé à APT28 par le parquet
// fédéral allemand ») keeps the agent. Before, the passive accusation had
// no accuser and gave no claim; the English twin ("by Germany's federal
// prosecutor") is a guard. Texts written for this test.
func TestAgentInstitutionAdjective(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Le piratage du Bundestag a été imputé à APT28 par le parquet fédéral allemand."},
		{"fr", "Le vol a été attribué à Lazarus par le service national sud-coréen."},
		{"en", "The Bundestag hack was attributed to APT28 by Germany's federal prosecutor."},
	} {
		cs := extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text)
		found := false
		for _, c := range cs {
			found = found || c.Accuser != nil && c.Accuser.Country != ""
		}
		if !found {
			t.Errorf("%.50q: no claim with a state's accuser: %v", tc.text, claimKeys(cs))
		}
	}
}
