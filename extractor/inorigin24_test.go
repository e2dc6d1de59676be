package extractor

import "testing"

// TestRussianInOrigin: "the cyberattack … was Russian in origin" names the
// attack's state as « d'origine russe » does: a cue ending its clause
// ("in origin", lexicon cue_left) takes the attack its subject names, and
// the demonym right before it is the origin, not a nationality. Texts
// written for this rule; the French one passed before and guards it.
func TestRussianInOrigin(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"said that … in origin", "en", "Dutch officials said on Tuesday that the cyberattack that paralysed the port of Rotterdam was Russian in origin."},
		{"likely … in origin, said", "en", "The cyberattack that paralysed the port of Rotterdam last week was most likely Russian in origin, Dutch officials said on Tuesday."},
		{"d'origine russe", "fr", "La cyberattaque qui a paralysé le port de Rotterdam était d'origine russe, ont affirmé mardi les autorités néerlandaises."},
	} {
		checkPair(t, tc.name, tc.lang, "2024-05-02", tc.text, "NL", "RU")
	}
}
