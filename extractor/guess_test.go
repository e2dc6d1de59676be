package extractor

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/fixtures"
)

// TestGuesserAgrees: the Extractor's guess table gives guessLang's answer on
// the fixture articles, on mixed, short and tied texts, with the embedded
// lexicons and with the example lexicons of testdata added.
func TestGuesserAgrees(t *testing.T) {
	as, err := fixtures.Articles()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "   ", "the", "le", "le the", "Le gouvernement a dit que the group was",
		strings.Repeat("de la ", 900) + " the the the", "der die das und ist nicht", "ÉTAT DE LA MENACE"}
	for _, a := range as {
		texts = append(texts, a.Text, a.Text[:len(a.Text)/7])
	}
	extra, _ := filepath.Glob("testdata/lang/*.json")
	for _, files := range [][]string{nil, extra} {
		lex, err := loadLexicons(files)
		if err != nil {
			t.Fatal(err)
		}
		g := newGuesser(lex)
		for _, s := range texts {
			if got, want := g.guess(s), guessLang(lex, s); got != want {
				t.Fatalf("%d lexicons, text %.40q: guess %q, guessLang %q", len(lex), s, got, want)
			}
		}
	}
}
