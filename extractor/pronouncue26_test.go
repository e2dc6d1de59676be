package extractor

import "testing"

// TestPronounBeforeLeftCue: a subject pronoun right before a cue whose
// subject is accused ("…countries that support Kyiv, and it is involved
// in attacks in Sweden", « et il est impliqué dans des attaques ») is that
// subject: the scan for the accused stops there instead of taking the
// state named further back. Before, both sentences accused Ukraine. Texts
// written for this rule; the group named before stays accused (guard).
func TestPronounBeforeLeftCue(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"it is involved", "en", "NoName057(16) takedown\n\nEuropol announced an operation against NoName057(16) on Wednesday. According to Europol, NoName057(16) went after countries that support Kyiv, and it is involved in attacks in Sweden."},
		{"il est impliqué", "fr", "Coup de filet contre NoName057(16)\n\nEuropol a annoncé mercredi une opération contre le collectif NoName057(16). Selon Europol, NoName057(16) a visé les pays qui soutiennent Kiev, et il est impliqué dans des attaques en Suède."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			group := false
			for _, c := range extract(t, tc.lang, "2025-07-17", tc.text) {
				if c.Accused != nil && c.Accused.Country == "UA" {
					t.Errorf("Ukraine accused by %s", c.Accuser.Name)
				}
				group = group || c.Accused != nil && c.Accused.Name == "NoName057(16)"
			}
			if !group {
				t.Error("NoName057(16) no longer accused")
			}
		})
	}
}
