package extractor

import "testing"

// TestLoneQueOpensClause: « que » joins a list only inside « ainsi que »;
// alone after a comma it opens a relative clause whose subject speaks
// (« L'intrusion au ministère estonien, que Tallinn a imputée à APT28 »):
// before, Tallinn was read as listed with the targeted Estonian ministry,
// so a victim, and the claim had no accuser. Sentences written for this
// rule; the English object relative worked already.
func TestLoneQueOpensClause(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"which X blamed on", "en", ministryEN("The breach of the Estonian ministry, which Tallinn blamed on APT28, exposed thousands of emails."), "Estonia", "APT28"},
		{"que X a imputée à", "fr", ministryFR("L'intrusion au ministère estonien, que Tallinn a imputée à APT28, a exposé des milliers de courriels."), "Estonia", "APT28"},
		{"ainsi que still lists", "fr", ministryFR("Des sites en Allemagne ainsi que la Pologne ont été visés par des pirates liés à la Russie, selon l'ANSSI."), "ANSSI", "Russia"},
	})
	// the list of « ainsi que » keeps both targets
	cs := extract(t, "fr", "2025-10-08", ministryFR("Des sites en Allemagne ainsi que la Pologne ont été visés par des pirates liés à la Russie, selon l'ANSSI."))
	if len(cs) == 0 || len(cs[0].Victims) != 2 {
		t.Errorf("« ainsi que » list: claims %+v, want one with two victims", cs)
	}
}
