package extractor

import "testing"

// TestQuestionClauseSuspends: a trigger in a clause a question word opens
// ("Asked whether the Kremlin had any link to the gang, …", « Interrogé
// pour savoir si Moscou avait un lien avec le gang, … ») is asked about,
// not asserted, however far the word stands before it in its clause (the
// negation window reached three words). Before, the English sentence made
// the Kremlin and the official accuse LockBit; the French one is a guard
// (its multiword « savoir si » was already read). Texts written for this
// rule.
func TestQuestionClauseSuspends(t *testing.T) {
	t.Parallel()
	lead := map[string]string{
		"en": "LockBit leader named\n\nThe NCA said LockBit had attacked thousands of organisations, more than 200 of them in the UK. ",
		"fr": "Le chef de LockBit identifié\n\nLa NCA a indiqué que LockBit avait attaqué des milliers d'organisations, dont plus de 200 au Royaume-Uni. ",
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"asked whether", "en", "Asked whether the Kremlin had any link to the gang, a UK official said there was no evidence pointing that way."},
		{"whether far", "en", "Asked whether Moscow ever had a direct link to the gang, the official said no."},
		{"savoir si", "fr", "Interrogé pour savoir si Moscou avait un lien avec le gang, un responsable britannique a répondu par la négative."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2024-05-07", lead[tc.lang]+tc.text) {
				if c.Accuser != nil && (c.Accuser.Country == "RU" || c.Accuser.Country == "GB" && c.Accuser.Name != "National Crime Agency") {
					t.Errorf("claim %s → %s from the question", c.Accuser.Name, c.Accused.Name)
				}
			}
		})
	}
}
