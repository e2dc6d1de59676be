package extractor

import "testing"

// TestAttributedByAgentToObject: "attributed by Kyiv to Russia", «
// attribuée par Kiev aux services russes », « attribué cette fois par
// Téhéran à l'État hébreu »: after the agent, the attribution's object is
// accused. Before, the agent list ran on through « à » and made the object
// a second speaker, and the participle in apposition ("An attack,
// attributed by Kyiv to Russia, crippled…") accused no one. Sentences
// written for this rule.
func TestAttributedByAgentToObject(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"apposed participle", "en", ministryEN("An attack, attributed by Kyiv to Russia, crippled the country's largest mobile operator."), "Ukraine", "Russia"},
		{"was attributed by … to", "en", ministryEN("The attack was attributed by Kyiv to Russian intelligence."), "Ukraine", "Russia"},
		{"a été attribuée par … à", "fr", ministryFR("L'attaque a été attribuée par Kiev à la Russie."), "Ukraine", "Russia"},
		{"participe apposé", "fr", ministryFR("Une attaque d'une ampleur inédite, attribuée par Kiev aux services russes, a paralysé le premier opérateur mobile du pays."), "Ukraine", "Russia"},
		{"attribué cette fois par … à", "fr", ministryFR("Le même scénario s'était reproduit en décembre 2023, attribué cette fois encore par Téhéran à l'État hébreu."), "Iran", "Israel"},
		{"two agents then the object", "fr", ministryFR("La cyberattaque a été attribuée par la France et l'Allemagne au GRU."), "France", "GRU"},
	})
}
