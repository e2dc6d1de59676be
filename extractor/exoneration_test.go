package extractor

import (
	"strings"
	"testing"
)

// TestExonerationPhrases: every exoneration phrase of each lexicon is a
// matcher category match covering exactly its words, between other words
// and between very long ones, so exonerated sees where it ends.
func TestExonerationPhrases(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 150)
	for lang, lx := range lexs {
		t.Run(lang, func(t *testing.T) {
			n := 0
			for _, ps := range lx.byFirst {
				for _, p := range ps {
					if p.cat != catExoneration {
						continue
					}
					n++
					for _, pad := range []string{"officials", long} {
						// an elision ends its word: « aucune preuve d'officials »
						text := strings.ReplaceAll(pad+" "+strings.Join(p.words, " ")+" "+pad, "' ", "'")
						toks := appendTokens(nil, text, 0, len(text))
						info := make([]wordInfo, len(toks))
						for i := range toks {
							info[i] = lx.tokenInfo(toks[i].w)
						}
						found := false
						for _, mt := range lx.matchAll(toks, info, 0, len(toks), nil) {
							found = found || mt.cat == catExoneration && mt.i == 1 && mt.j == 1+len(p.words)
						}
						if !found {
							t.Errorf("%q: no exoneration match over its words in %q", strings.Join(p.words, " "), text)
						}
					}
				}
			}
			if n == 0 {
				t.Error("no exoneration phrase in the lexicon")
			}
		})
	}
}
