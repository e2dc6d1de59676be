package extractor

import "testing"

// TestComparisonVerbWithObject: a comparison verb, its object and a
// comparison preposition before a group ("Analysts also compared the case
// with Volt Typhoon", « Des analystes ont aussi comparé l'affaire avec Volt
// Typhoon ») make the group a yardstick (new lexicon keys comparison_verbs,
// comparison_preps). Before, the earlier accuser accused it too. "The FBI
// compared notes and attributed it to APT41" still accuses (guard: an
// accusation word between stops the look-back). Sentences written for this
// rule, found reading blind-be/en-004. (Since TestYardstickVictim, the
// comparison sentence's "American infrastructure" is no victim either.)
func TestComparisonVerbWithObject(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nMandiant said in March last year that a Chinese espionage group it tracks as UNC3886 had exploited a FortiOS flaw to spy on government organisations. "
	fr := "Actualité\n\nMandiant a indiqué en mars de l'an dernier qu'un groupe d'espionnage chinois qu'il suit sous le nom UNC3886 avait exploité une faille FortiOS pour espionner des administrations. "
	checkClaimKeys(t, []keyCase{
		{"en/compared the case with", "en", en + "Analysts also compared the case with Volt Typhoon, the campaign against American infrastructure that dominated a congressional hearing in Washington last week.", []string{"Mandiant>UNC3886>"}},
		{"fr/comparé l'affaire avec", "fr", fr + "Des analystes ont aussi comparé l'affaire avec Volt Typhoon, la campagne contre des infrastructures américaines.", []string{"Mandiant>UNC3886>"}},
		{"en/guard: compared notes and attributed it to", "en", "Cyber news\n\nHackers broke into the ministry's network in March. The FBI compared notes and attributed it to APT41.", []string{"FBI>APT41>"}},
	})
}
