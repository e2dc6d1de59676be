package extractor

import (
	"strings"
	"testing"
)

// TestExonerationEndsAt checks the buffered phrase look-up against joining
// the words with spaces, at every token of a text holding each exoneration
// phrase, words of other phrases and words longer than the stack buffer.
func TestExonerationEndsAt(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	joined := func(z *analyzer, p, a int) bool {
		phrase := ""
		for t := p; t >= a && t > p-5; t-- {
			if z.isPunct(t) {
				return false
			}
			if phrase == "" {
				phrase = z.w(t)
			} else {
				phrase = z.w(t) + " " + phrase
			}
			if z.lx.exonerations[phrase] {
				return true
			}
		}
		return false
	}
	long := strings.Repeat("x", 150)
	for lang, lx := range lexs {
		t.Run(lang, func(t *testing.T) {
			if len(lx.exonerations) == 0 {
				t.Skip("no exonerations")
			}
			var b strings.Builder
			found := 0
			for p := range lx.exonerations {
				b.WriteString("Officials found " + p + " the group. " + long + " " + p + " " + long + " " + long + " " + p + ", ")
				// a phrase's last word after long words: the phrase outgrows the buffer
				b.WriteString(long + " " + long + " " + p[strings.LastIndexByte(p, ' ')+1:] + ". ")
			}
			text := b.String()
			toks := appendTokens(nil, text, 0, len(text))
			// the class bits, as extract sets them (exonerationEndsAt reads
			// clsPhraseLast first)
			info := make([]wordInfo, len(toks))
			for i := range toks {
				info[i] = lx.tokenInfo(toks[i].w)
			}
			z := &analyzer{lx: lx, toks: toks, info: info}
			for p := range toks {
				for _, a := range []int{0, p - 1, p} {
					if a < 0 {
						continue
					}
					got, want := z.exonerationEndsAt(p, a), joined(z, p, a)
					if got != want {
						t.Errorf("token %d %q (from %d): %v, want %v", p, toks[p].w, a, got, want)
					}
					if got {
						found++
					}
				}
			}
			if found == 0 {
				t.Error("no exoneration found")
			}
		})
	}
}
