package extractor

import (
	"testing"
)

// TestFillInfoIsTokenInfo: fillInfo, the per-article copy of the lexicon's
// records, gives every token of the fixture articles the record tokenInfo
// gives it, in each lexicon (one-byte tokens, words in the table, words
// the filter lets through that are not in it, unknown words).
func TestFillInfoIsTokenInfo(t *testing.T) {
	lexs, as := lexiconsAndArticles(t)
	for lang, lx := range lexs {
		n, known := 0, 0
		for _, a := range as {
			toks := appendTokens(nil, a.Text, 0, len(a.Text))
			info := make([]wordInfo, len(toks)+1)
			for i := range info {
				info[i] = wordInfo{cats: 1, id: -1} // fillInfo must write every record
			}
			cyb := make([]int8, len(toks))
			lx.fillInfo(info, cyb, toks)
			for i := range toks {
				n++
				want := lx.tokenInfo(toks[i].w)
				if info[i] != want {
					t.Fatalf("%s: token %q: fillInfo %+v, tokenInfo %+v", lang, toks[i].w, info[i], want)
				}
				if c := cyb[i]; c != 0 && (c == 2) != lx.cyberWord(toks[i].w) {
					t.Fatalf("%s: token %q: fillInfo's cyber answer %d, cyberWord %v", lang, toks[i].w, c, lx.cyberWord(toks[i].w))
				}
				if want != (wordInfo{}) {
					known++
				}
			}
		}
		if n == 0 || known == 0 {
			t.Errorf("%s: %d tokens, %d known: nothing compared", lang, n, known)
		}
	}
}
