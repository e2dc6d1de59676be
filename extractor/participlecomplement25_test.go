package extractor

import (
	"slices"
	"testing"
)

// TestParticipleAfterAttackComplement: a word of saying in participle form
// after an attack noun and its complement (« le piratage massif des
// serveurs Microsoft Exchange découvert en mars », "the massive hack of
// Microsoft Exchange servers discovered in March") qualifies the noun and
// names no speaker, even behind an aside between the auxiliary and the
// accusation verb; « découvert », « fait », « dit »… are French
// participles (irregular_participles). Before, China and Microsoft were
// read as speakers and the European Union and NATO accused no one. Texts
// written for this rule.
func TestParticipleAfterAttackComplement(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"découvert en mars", "fr", "L'alerte intervient deux jours après que les États-Unis, le Royaume-Uni, l'Union européenne et l'OTAN ont, dans des déclarations coordonnées, accusé la Chine d'être derrière le piratage massif des serveurs Microsoft Exchange découvert en mars."},
		{"discovered in March", "en", "The alert came two days after the United States, Britain, the European Union and NATO had, in coordinated statements, accused China of being behind the massive hack of Microsoft Exchange servers discovered in March."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2021-07-22", "Cyber news\n\n"+tc.text) {
				if c.Accuser == nil || c.Accused == nil {
					continue
				}
				if c.Accuser.Country == "CN" || c.Accuser.Name == "Microsoft" {
					t.Errorf("%s speaks", c.Accuser.Name)
				}
				if c.Accused.Country == "CN" {
					got = append(got, c.Accuser.Name)
				}
			}
			for _, n := range []string{"EU", "NATO"} {
				if !slices.Contains(got, n) {
					t.Errorf("%s does not accuse China (accusers %v)", n, got)
				}
			}
		})
	}
}
