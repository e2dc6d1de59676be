package extractor

import (
	"log/slog"
	"reflect"
	"sync"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// TestLazyLexiconsMatchLoaded checks that the shells New holds give the
// languages, guess words and, once compiled, the lexicons loadLexicons
// compiles at once, and that concurrent first uses share one compile.
func TestLazyLexiconsMatchLoaded(t *testing.T) {
	want, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := openLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d lexicons, want %d", len(got), len(want))
	}
	for lang, w := range want {
		shell := got[lang]
		if shell == nil || shell.lazy == nil {
			t.Fatalf("%s: no lazy shell", lang)
		}
		if !reflect.DeepEqual(shell.guessWords, w.guessWords) {
			t.Errorf("%s: shell's guess words differ from the compiled lexicon's", lang)
		}
		var wg sync.WaitGroup
		lxs := make([]*lexicon, 4)
		for i := range lxs {
			wg.Go(func() {
				lx, err := shell.full()
				if err != nil {
					t.Error(err)
				}
				lxs[i] = lx
			})
		}
		wg.Wait()
		for _, lx := range lxs[1:] {
			if lx != lxs[0] {
				t.Fatalf("%s: compiled more than once", lang)
			}
		}
		// infoTab is a hash table over info whose layout differs from one
		// compile to the next (TestWordTable checks it against info)
		g, l := *lxs[0], *w
		g.infoTab, l.infoTab = nil, nil
		if !reflect.DeepEqual(g, l) {
			t.Errorf("%s: lazily compiled lexicon differs from loadLexicons'", lang)
		}
	}
}

// TestLazyLexiconCompiledOnUse checks that New leaves the embedded
// lexicons to their first article and that extracting an English article
// compiles the English one only.
func TestLazyLexiconCompiledOnUse(t *testing.T) {
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Config{Version: "claimwire/test"}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.lex) < 2 {
		t.Fatalf("%d embedded lexicons, the test wants two or more", len(x.lex))
	}
	a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/a", Lang: "en",
		Text: "The United Kingdom accused Russia of a cyberattack on Ukraine in 2021."}
	if _, err := x.Extract(t.Context(), a); err != nil {
		t.Fatal(err)
	}
	for lang, lx := range x.lex {
		if lx.lazy == nil {
			t.Fatalf("%s: no lazy shell", lang)
		}
		done := lx.lazy.lx != nil
		if want := lang == "en"; done != want {
			t.Errorf("%s compiled: %t, want %t", lang, done, want)
		}
	}
}
