package extractor

import "testing"

// TestNothingToSuggestRefuses: "there was \"nothing at this stage\" to
// suggest the involvement of a state actor such as APT29", « rien à ce
// stade ne permettait de soupçonner… »: a refusal whose words are split by
// up to four others (lexicon "nothing * to suggest", « rien * ne
// permettait ») accuses nobody. Before, both gave a claim against APT29.
// Texts written for this rule.
func TestNothingToSuggestRefuses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"nothing * to suggest", "en", "The British Library said on Thursday that a cyber incident had knocked its website offline. A spokesman for Britain's National Cyber Security Centre said there was \"nothing at this stage\" to suggest the involvement of a state actor such as APT29."},
		{"rien * ne permettait", "fr", "La British Library a indiqué jeudi qu'un incident informatique avait mis son site hors ligne. Un porte-parole du centre britannique de cybersécurité a affirmé que rien à ce stade ne permettait de soupçonner l'implication d'un acteur étatique comme APT29."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2023-11-03", "Cyber news\n\n"+tc.text) {
				t.Errorf("claim %+v → %+v, want none", c.Accuser, c.Accused)
			}
		})
	}
}
