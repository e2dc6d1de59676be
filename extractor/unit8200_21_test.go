package extractor

import "testing"

// TestUnitNameInFrench: « l'unité 8200 », « le Centre 16 du FSB », «
// l'armée informatique ukrainienne » are reported as Unit 8200, Center 16
// and IT Army of Ukraine, the
// common English name the gold convention uses, not as the French words
// written (writtenNames keeps an article's own name only for groups outside
// commongroups.txt; the GRU and PLA units were in it, Unit 8200 was not).
// Sentences written for this rule.
func TestUnitNameInFrench(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"l'unité 8200", "fr", ministryFR("Le New York Times a révélé que l'unité 8200 israélienne était derrière le ver Stuxnet qui a frappé le programme nucléaire iranien."), "New York Times", "Unit 8200"},
		{"Unit 8200", "en", ministryEN("The New York Times reported that Israel's Unit 8200 was behind the Stuxnet worm."), "New York Times", "Unit 8200"},
		{"le Centre 16 du FSB", "fr", ministryFR("Selon le SBU, le Centre 16 du FSB est derrière ces cyberattaques contre l'Ukraine."), "SBU", "Center 16"},
		{"l'armée informatique ukrainienne", "fr", ministryFR("Moscou accuse l'armée informatique ukrainienne d'avoir paralysé les sites de l'aéroport de Moscou."), "Russia", "IT Army of Ukraine"},
	})
}
