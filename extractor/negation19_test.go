package extractor

import "testing"

// TestNegationClosedAfterTrigger: a French negation opened by its clitic
// before the trigger closes after it (« n'ont accusé personne », « n'ont
// désigné aucun suspect »): the speakers accuse no one, and do not take the
// accused of the sentence before. « ne … que » still accuses. The English
// sentences say the same and already held.
func TestNegationClosedAfterTrigger(t *testing.T) {
	t.Parallel()
	lead := "Cyber\n\nMicrosoft a attribué mardi une vague d'attaques contre des serveurs SharePoint à Linen Typhoon.\n\n"
	leadEN := "Cyber news\n\nMicrosoft on Tuesday attributed a wave of attacks on SharePoint servers to Linen Typhoon.\n\n"
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"fr n'ont accusé personne", "fr", lead + "Une attaque a visé un hôpital lyonnais. Les autorités françaises n'ont accusé personne.", "microsoft"},
		{"fr n'ont désigné aucun suspect", "fr", lead + "Une attaque a visé un hôpital lyonnais. Les autorités françaises n'ont désigné aucun suspect.", "microsoft"},
		{"fr ne … que accuses", "fr", lead + "Paris n'accuse que Moscou de l'attaque contre l'hôpital lyonnais.", "FR,microsoft"},
		{"en have not named a suspect", "en", leadEN + "A hospital in Lyon was hit. French authorities have not named a suspect.", "microsoft"},
	})
}

// TestEnergyFirmsAsVictims: « énergéticiens polonais » names Polish
// targets as "energy firms in Poland" does.
func TestEnergyFirmsAsVictims(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"fr énergéticiens polonais", "fr", "Cyber\n\nCisco Talos indique que le groupe UAT-4356 a déployé un nouveau wiper contre des énergéticiens polonais.", "PL"},
		{"en energy firms in Poland", "en", "Cyber news\n\nCisco Talos said UAT-4356 deployed a new wiper against energy firms in Poland.", "PL"},
	})
}
