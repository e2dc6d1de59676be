package extractor

import "testing"

// TestSansQueNegates: « sans que » / « sans qu' » before a clause negates
// the accusation verb of that clause past its subject (new negation
// entries): « …, sans que Paris accuse Moscou », « …, sans que Santiago
// désigne un coupable ». Before, the complementizer stopped the look-back
// at « que », so the verb accused. « La France a accusé la Russie …, sans
// que Moscou réagisse » still accuses (guard). Sentences written for this
// rule, found reading the negative blind-be/fr-006.
func TestSansQueNegates(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2020-09-12", []noClaimCase{
		{"sans que Paris accuse", "fr", "Actualité\n\nLa banque a subi une cyberattaque, sans que Paris accuse Moscou."},
		{"sans que Santiago désigne un coupable", "fr", "Actualité\n\nAu Chili, la banque publique BancoEstado a dû fermer ses agences le 7 septembre après une attaque au rançongiciel REvil, selon la presse chilienne, sans que Santiago désigne un coupable."},
	})
	checkClaimKeys(t, []keyCase{
		{"fr/guard: a accusé …, sans que Moscou réagisse", "fr", "Actualité\n\nLa France a accusé la Russie d'une cyberattaque contre la banque BancoEstado, sans que Moscou réagisse.", []string{"FR>RU>FR"}},
	})
}
