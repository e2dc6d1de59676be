package extractor

import "testing"

// TestRefusalToNameACulprit: « Nous ne désignerons pas de coupable », "We
// will not name a culprit" refuse an attribution: a state named after
// them, in the question the speaker answers ("a possible role of Russia"),
// is accused by nobody. Before, the French sentence accused Russia. Texts
// written for this rule.
func TestRefusalToNameACulprit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"ne désignerons pas de coupable", "fr", "« Nous ne désignerons pas de coupable à ce stade », a déclaré mercredi le ministre français du Numérique, interrogé sur une éventuelle responsabilité de la Russie dans les attaques par déni de service contre des sites publics."},
		{"will not name a culprit", "en", "\"We will not name a culprit at this stage,\" France's digital minister said on Wednesday when asked about a possible role of Russia in the denial-of-service attacks on public websites."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if cs := extract(t, tc.lang, "2024-05-22", "Cyber news\n\n"+tc.text); len(cs) != 0 {
				t.Errorf("%d claims, want none: %+v → %+v", len(cs), cs[0].Accuser, cs[0].Accused)
			}
		})
	}
}
