package extractor

import (
	"sort"
	"testing"

	"github.com/claimwire/claimwire/normalizer"
)

// TestMentionTokens: mapMentions' tokens (a search for the first, then
// startingFrom) give every mention the normaliser finds
// in the fixture texts, in both languages, the tokens the two binary
// searches gave it (or, like them, none), and so does every span of one to
// twelve bytes of the first texts.
func TestMentionTokens(t *testing.T) {
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref := func(toks []token, start, end int) (int, int) {
		t0 := sort.Search(len(toks), func(i int) bool { return toks[i].end > start })
		t1 := sort.Search(len(toks), func(i int) bool { return toks[i].start >= end })
		return t0, t1
	}
	check := func(toks []token, start, end int) {
		g0 := sort.Search(len(toks), func(i int) bool { return toks[i].end > start })
		g1 := startingFrom(toks, g0, end)
		w0, w1 := ref(toks, start, end)
		if (w0 < w1) != (g0 < g1) || w0 < w1 && (g0 != w0 || g1 != w1) {
			t.Fatalf("[%d, %d): tokens [%d, %d), the searches' [%d, %d)", start, end, g0, g1, w0, w1)
		}
	}
	n := 0
	for k, text := range fixtureTexts(t) {
		toks := appendTokens(nil, text, 0, len(text))
		for _, lang := range []string{"en", "fr"} {
			for _, m := range norm.Find(text, lang) {
				check(toks, m.Start, m.End)
				n++
			}
		}
		if k < 20 {
			for start := 0; start < len(text); start++ {
				for end := start + 1; end <= len(text) && end <= start+12; end++ {
					check(toks, start, end)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no mention")
	}
}
