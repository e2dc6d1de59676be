package extractor

import "testing"

// TestFrontFor: "X is a front for Israel", « CyberAv3ngers est un faux nez
// des Gardiens de la révolution », « une façade d'Israël »: the state or
// organ a group fronts for is the accused (cue_right phrases). Before, the
// front nouns only marked disguises ("posing as"). Sentences written for
// this rule.
func TestFrontFor(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"is a front for", "en", ministryEN("Iranian officials say Predatory Sparrow is a front for Israel."), "Iran", "Israel"},
		{"which … say is a front for", "en", ministryEN("The attack was claimed by Predatory Sparrow, which Iranian officials say is a front for Israel."), "Iran", "Israel"},
		{"a front for an organ", "en", ministryEN("Microsoft says CyberAv3ngers is a front for the IRGC."), "Microsoft", "IRGC"},
		{"est une façade d'", "fr", ministryFR("Téhéran affirme que Predatory Sparrow est une façade d'Israël."), "Iran", "Israel"},
		{"un faux nez des", "fr", ministryFR("Selon Microsoft, CyberAv3ngers est un faux nez des Gardiens de la révolution."), "Microsoft", "IRGC"},
	})
}
