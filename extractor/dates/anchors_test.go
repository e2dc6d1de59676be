package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAnchorsChangeNothing: the anchor check only skips sentences where the
// matcher finds nothing. Every line and sentence of the fixture articles,
// in every language table and against references of each precision, gives
// the same hits with the check as without it.
func TestAnchorsChangeNothing(t *testing.T) {
	p, all := newParserT(t), newParserT(t)
	all.unanchored = true
	texts := append([]string{benchArticle, benchNoDate}, fixtureLines(t, "../../fixtures/articles/*.txt", "../../fixtures/eval-own/*/*.txt")...)
	skipped := 0
	for _, lang := range []string{"en", "fr", ""} {
		for _, ref := range []claim.Date{"2025-01-10", "2021-07", "2019", ""} {
			for _, s := range texts {
				got, want := p.find(s, lang, ref, true), all.find(s, lang, ref, true)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("find(%q, %q, %q):\nwith anchors %+v\nwithout      %+v", s, lang, ref, got, want)
				}
				if len(want) == 0 {
					skipped++
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no sentence without a date: the test reads nothing")
	}
}

// TestMayAnchorIsAnchored: mayAnchor, which reads the text, answers as
// anchored does on the text's tokens, for every lexicon, on the fixture
// articles (lines and sentences) and on marks, elisions and spaces
// tokenize treats apart.
func TestMayAnchorIsAnchored(t *testing.T) {
	p := newParserT(t)
	texts := []string{benchArticle, benchNoDate, "", "'", "l'", "l’an", "l'an dernier", "Monday's", "d’", "aujourd’hui",
		"qu'il", "it's", "rock'n'roll", "x'", "'s", "‘Monday’", "mardi–jeudi", "lundi—", "\u00a0mars\u202f", "\v\fjuin",
		"٢٠٢١", "ǅ", "Straße", "œuvre", "ÉTÉ", "Ⱥ", "élu'", "a'b'c", "O’Neill’s", "été’"}
	texts = append(texts, fixtureLines(t, "../../fixtures/articles/*.txt")...)
	lexs := []*lexicon{p.all}
	for _, lx := range p.langs {
		lexs = append(lexs, lx)
	}
	var tk tokens
	for _, lx := range lexs {
		for _, s := range texts {
			tk.tokenize(s)
			if got, want := lx.mayAnchor(s), lx.anchored(&tk); got != want {
				t.Fatalf("%s: mayAnchor(%q) = %v, anchored = %v", lx.lang, s, got, want)
			}
		}
	}
}

func FuzzMayAnchor(f *testing.F) {
	for _, s := range []string{"l’an dernier", "Monday's", "il y a 3 jours", "été’", "x'y", "\u00a0"} {
		f.Add(s)
	}
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	var tk tokens
	f.Fuzz(func(t *testing.T, s string) {
		for _, lx := range append([]*lexicon{p.all}, p.langs["en"], p.langs["fr"]) {
			tk.tokenize(s)
			if got, want := lx.mayAnchor(s), lx.anchored(&tk); got != want {
				t.Fatalf("%s: mayAnchor(%q) = %v, anchored = %v", lx.lang, s, got, want)
			}
		}
	})
}

// fixtureLines is every line of the files the patterns match, each followed
// by its sentences split after ". ": the texts the equivalence tests compare
// on. The first pattern must match at least one file.
func fixtureLines(t *testing.T, patterns ...string) []string {
	t.Helper()
	var texts []string
	for i, pat := range patterns {
		files, err := filepath.Glob(pat)
		if err != nil || (i == 0 && len(files) == 0) {
			t.Fatalf("no fixture texts for %s: %v", pat, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				texts = append(texts, line)
				texts = append(texts, strings.SplitAfter(line, ". ")...)
			}
		}
	}
	return texts
}
