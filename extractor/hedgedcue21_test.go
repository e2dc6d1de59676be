package extractor

import "testing"

// TestHedgedResponsibility: responsibility told in the subjunctive after an
// impersonal hedge (« il est probable que la Russie soit responsable », «
// juge très probable que la Russie soit derrière »), in the passé composé
// (« a été à l'origine »), or with a hedge between the copula and the cue,
// quoted or not ("was \"most likely\" responsible", « était « très
// probablement » responsable »). A negation still clears it. Sentences
// written for this rule.
func TestHedgedResponsibility(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"was quoted hedge responsible", "en", ministryEN("Poland's digital minister said Russia was \"most likely\" responsible for the hack of the PAP news agency."), "Poland", "Russia"},
		{"was not behind (negated)", "en", ministryEN("Poland's digital minister said Russia was not behind the hack of the PAP news agency."), "", ""},
		{"il est probable que … soit responsable", "fr", ministryFR("Le ministre polonais du numérique a affirmé qu'il est probable que la Russie soit responsable du piratage."), "Poland", "Russia"},
		{"juge très probable que … soit derrière", "fr", ministryFR("Le ministre polonais du numérique juge très probable que la Russie soit derrière le piratage."), "Poland", "Russia"},
		{"était « très probablement » responsable", "fr", ministryFR("Le ministre polonais du numérique a affirmé que la Russie était « très probablement » responsable du piratage de l'agence PAP."), "Poland", "Russia"},
		{"a été à l'origine", "fr", ministryFR("Selon Varsovie, la Russie a été à l'origine du piratage de l'agence PAP."), "Poland", "Russia"},
		{"n'était pas responsable (negated)", "fr", ministryFR("Le ministre polonais a affirmé que la Russie n'était pas responsable du piratage."), "", ""},
	})
}
