package extractor

import "testing"

// TestCoordinatedTargets: the nationality of each target listed after the
// first object of an attack verb is a victim too, however long the first
// noun phrase (« une entreprise de logistique polonaise et des
// fournisseurs d'énergie ukrainiens », "a Polish logistics company, its
// warehouse software vendor and several Ukrainian energy suppliers"); a
// demonym of speakers after a comma ends the list. Sentences written for
// this rule.
func TestCoordinatedTargets(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"comma list", "en", ministryEN("ESET said Sandworm targeted a Polish logistics company, its warehouse software vendor and several Ukrainian energy suppliers."), []string{"PL", "UA"}},
		{"speakers after a comma", "en", ministryEN("Sandworm targeted a Polish logistics company, Ukrainian officials said."), []string{"PL"}},
		{"et", "fr", ministryFR("D'après ESET, Sandworm a visé une entreprise de logistique polonaise et des fournisseurs d'énergie ukrainiens."), []string{"PL", "UA"}},
		{"liste", "fr", ministryFR("D'après ESET, Sandworm a visé une entreprise de logistique polonaise, son éditeur de logiciels et des fournisseurs d'énergie ukrainiens."), []string{"PL", "UA"}},
	})
}
