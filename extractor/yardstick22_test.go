package extractor

import "testing"

// TestYardstickClause: a clause whose subject is qualified as similar
// ("Security researchers noted that similar flaws have been used in the
// past by groups linked to China", « des failles similaires ont été
// exploitées par le passé par des groupes liés à la Chine ») tells other
// incidents: it accuses no one; and researchers in general ("Security
// researchers") are not the firm named before. Sentences written for this
// rule.
func TestYardstickClause(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"that similar flaws have been used by", "en", "Zero-day patched\n\nMicrosoft released fixes for a zero-day in Windows that attackers had exploited. The company did not say who was behind the attacks. Security researchers noted that similar flaws have been used in the past by groups linked to China and North Korea.", "", ""},
		{"des failles similaires", "fr", "Faille corrigée\n\nMicrosoft a corrigé une faille de Windows exploitée par des attaquants. Selon des chercheurs, des failles similaires ont été exploitées par le passé par des groupes liés à la Chine.", "", ""},
		{"its researchers (the firm's)", "en", "Cyber news\n\nMicrosoft said the flaw was exploited. Its researchers attributed the attacks to Storm-0558.", "Microsoft", "Storm-0558"},
	})
}
