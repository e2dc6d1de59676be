package extractor

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/fixtures"
)

// TestWordTable: the compact table answers what lexicon.info does, for
// every word it has and for the tokens of the fixture articles, most of
// which it has not.
func TestWordTable(t *testing.T) {
	x := newTestExtractor(t)
	as, err := fixtures.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var tz tokenizer
	for lang, shell := range x.lex {
		lx, err := shell.full()
		if err != nil {
			t.Fatal(err)
		}
		if lx.infoTab == nil {
			t.Fatalf("%s: no table", lang)
		}
		words := []string{"", "x", strings.Repeat("a", 300)}
		for w := range lx.info {
			words = append(words, w, w+"s", strings.ToUpper(w))
		}
		for _, fa := range as {
			for _, tok := range tz.appendTokens(nil, fa.Text, 0, len(fa.Text)) {
				words = append(words, tok.w)
			}
		}
		for _, w := range words {
			if got, want := lx.wordInfo(w), lx.info[w]; got != want {
				t.Fatalf("%s: table gives %+v for %q, info %+v", lang, got, w, want)
			}
		}
	}
}

// BenchmarkWordInfo: the per-token look-up of extract on the tokens of
// the fixture articles that pass mayKnow, from the table and from the map.
func BenchmarkWordInfo(b *testing.B) {
	x := newTestExtractor(b)
	as, err := fixtures.Articles()
	if err != nil {
		b.Fatal(err)
	}
	lx, err := x.lex["en"].full()
	if err != nil {
		b.Fatal(err)
	}
	var tz tokenizer
	var ws []string
	for _, fa := range as {
		for _, tok := range tz.appendTokens(nil, fa.Text, 0, len(fa.Text)) {
			if len(tok.w) > 1 && lx.mayKnow(tok.w) {
				ws = append(ws, strings.Clone(tok.w))
			}
		}
	}
	var sink uint64
	b.Run("table", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sink += uint64(lx.wordInfo(ws[i%len(ws)]).cats)
		}
	})
	b.Run("map", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sink += uint64(lx.info[ws[i%len(ws)]].cats)
		}
	})
	_ = sink
}
