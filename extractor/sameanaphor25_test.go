package extractor

import (
	"slices"
	"testing"
)

// TestSameGroupFarBack: "attacks by the same group", « des attaques du
// même groupe » (lexicon same_words) name the accused of the last claim
// however many sentences lie between, where a bare "the group" reaches
// three; the allies listed in the subject accuse it. Before, the four
// sentences between left the allies' sentence without an accused. Texts
// written for this rule.
func TestSameGroupFarBack(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"du même groupe", "fr", "La France a attribué mardi au groupe APT28 une série de cyberattaques contre une douzaine d'entités françaises. Un rapport publié le même jour détaille les méthodes employées. Les courriels piégés visaient des élus et des diplomates. Le ministre a promis une réponse ferme. L'ambassade de Russie n'a pas réagi. Plusieurs alliés de la France, dont l'Allemagne et la République tchèque, avaient déjà dénoncé l'an dernier des attaques du même groupe."},
		{"by the same group", "en", "France on Tuesday blamed the APT28 group for a series of cyberattacks on a dozen French entities. A report published the same day details the methods used. The booby-trapped emails targeted lawmakers and diplomats. The minister promised a firm response. The Russian embassy did not respond. Several of France's allies, including Germany and the Czech Republic, had already denounced attacks by the same group last year."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-04-29", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accused != nil && c.Accused.Name == "APT28" {
					got = append(got, c.Accuser.Country)
				}
			}
			for _, cc := range []string{"FR", "DE", "CZ"} {
				if !slices.Contains(got, cc) {
					t.Errorf("%s does not accuse APT28 (accusers %v)", cc, got)
				}
			}
		})
	}
}
