package extractor

import "testing"

// TestBareAccusationAfterAttack: a state that is the whole object of an
// accusation verb ("Two months later, Tirana blamed Iran and cut diplomatic
// ties.", « Tirana a accusé l'Iran et rompu ses relations ») is blamed for
// the cyberattack the sentence before told; with no cyberattack there
// ("troops shelled the plant") it accuses no one. Sentences written for
// this rule.
func TestBareAccusationAfterAttack(t *testing.T) {
	t.Parallel()
	const en = "Albania cuts ties\n\nThe cyberattack crippled the Albanian government's online services in July. "
	const fr = "L'Albanie rompt\n\nLa cyberattaque a paralysé les services en ligne du gouvernement albanais en juillet. "
	checkAccuserAccused(t, []accuserAccusedCase{
		{"blamed X and cut ties", "en", en + "Two months later, Tirana blamed Iran and cut diplomatic ties.", "Albania", "Iran"},
		{"blamed X.", "en", en + "Albania blamed Iran.", "Albania", "Iran"},
		{"blamed X after shelling (no cyberattack)", "en", "Ukraine\n\nRussian troops shelled the power plant in March. Kyiv blamed Moscow.", "", ""},
		{"a accusé X et rompu", "fr", fr + "Deux mois plus tard, Tirana a accusé l'Iran et rompu ses relations diplomatiques.", "Albania", "Iran"},
		{"a accusé X après un bombardement (pas de cyberattaque)", "fr", "Ukraine\n\nDes troupes russes ont bombardé la centrale en mars. Kiev a accusé Moscou.", "", ""},
	})
}
