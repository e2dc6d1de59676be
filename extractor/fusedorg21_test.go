package extractor

import "testing"

// TestFusedAcronymOrganisation: one word fusing a name and a run of three
// capitals ("SektorCERT said…", "…, ZachXBT said") names an organisation
// (or an investigator's handle) that speaks, with no firm cue around it;
// a person's name ("McCaul") fuses no such run, and a tool's name before a
// tool noun ("the CrimsonRAT implant") stays a tool. Sentences written for
// this rule.
func TestFusedAcronymOrganisation(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"X said", "en", ministryEN("SektorCERT said Sandworm was probably involved in some of the attacks on Danish utilities."), "SektorCERT", "Sandworm"},
		{"…, X said", "en", ministryEN("Russia-linked hackers were behind attacks on Danish energy firms, SektorCERT said."), "SektorCERT", "Russia"},
		{"selon X", "fr", ministryFR("Selon SektorCERT, Sandworm est derrière une partie des attaques contre des entreprises danoises."), "SektorCERT", "Sandworm"},
		{"a person (no org)", "en", ministryEN("McCaul said China was behind the hack of the ministry."), "", ""},
		{"a tool before a tool noun", "en", ministryEN("The group dropped the CrimsonRAT implant, Cisco Talos said, attributing the attacks to Transparent Tribe."), "Cisco Talos", "Transparent Tribe"},
	})
}
