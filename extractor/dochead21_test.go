package extractor

import "testing"

// TestDemonymDocumentSpeaks: a nationality adjective right beside a
// statement or report noun ("the Dutch statement", "the American
// indictment", « le communiqué chinois ») names the state whose document
// speaks, as "the Dutch government" does. Before, a demonym spoke only
// beside an institution noun. Sentences written for this rule.
func TestDemonymDocumentSpeaks(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"the demonym statement blamed", "en", ministryEN("The Dutch statement blamed Russia's GRU for the hack of the ministry."), "Netherlands", "GRU"},
		{"according to the demonym statement", "en", ministryEN("According to the Chinese statement, the NSA hacked the university's servers."), "China", "NSA"},
		{"according to the demonym indictment", "en", ministryEN("According to the American indictment, the men worked for APT31."), "United States", "APT31"},
		{"selon le communiqué demonym", "fr", ministryFR("Selon le communiqué chinois, la NSA a piraté les serveurs de l'université."), "China", "NSA"},
		{"le communiqué demonym accuse", "fr", ministryFR("Le communiqué néerlandais accuse le GRU russe du piratage du ministère."), "Netherlands", "GRU"},
		{"a demonym company (unchanged)", "en", ministryEN("A Dutch company blamed Russia's GRU for the hack of the ministry."), "", "GRU"},
	})
}
