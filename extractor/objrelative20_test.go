package extractor

import "testing"

// TestObjectRelative: in an object relative clause after a named
// antecedent (« l'Iran, qu'elle accuse d'avoir… », « une entreprise
// espagnole, qu'ils attribuent au groupe Lazarus »), the subject pronoun is
// the main clause's subject and the antecedent is the object: before, the
// pronoun was left unresolved and the French claims lost their accuser or
// their accused. Sentences written for this rule; English read them
// already.
func TestObjectRelative(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"which it accused of", "en", ministryEN("Albania cut diplomatic ties with Iran, which it accused of orchestrating a cyberattack on its government."), "Albania", "Iran"},
		{"qu'elle accuse d'avoir", "fr", ministryFR("L'Albanie a rompu ses relations avec l'Iran, qu'elle accuse d'avoir orchestré une cyberattaque contre son gouvernement."), "Albania", "Iran"},
		{"qu'ils attribuent à", "fr", ministryFR("Les chercheurs d'ESET ont analysé une attaque contre une entreprise aérospatiale espagnole, qu'ils attribuent au groupe nord-coréen Lazarus."), "ESET", "Lazarus Group"},
		{"which they attribute to", "en", ministryEN("ESET researchers analysed an attack on a Spanish aerospace company, which they attribute to North Korea's Lazarus group."), "ESET", "Lazarus Group"},
	})
}
