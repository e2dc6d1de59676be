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
		strings.Repeat("de la ", 900) + " the the the", "der die das und ist nicht", "ÉTAT DE LA MENACE",
		"LE\u00a0GOUVERNEMENT\u2003DE\u0085LA France et\tTHE\vUK", "l\xffe \xc3 la\xc3 les\xe9 \xff",
		"Ça a été dit par LES États et THE OF",
		strings.Repeat("a", 100) + " le " + strings.Repeat("é", 40) + " la"}
	// a cut inside a multi-byte rune at the 4,000-byte limit
	texts = append(texts, strings.Repeat("x", 3999)+"é le la", strings.Repeat("la ", 1333)+"\u00e9té")
	for _, a := range as {
		texts = append(texts, a.Text, a.Text[:len(a.Text)/7])
	}
	extra, _ := filepath.Glob("testdata/lang/*.json")
	// and function words with accents and of many bytes (a user lexicon may
	// have them; the embedded ones are short and ASCII)
	accents := map[string]*lexicon{
		"xx": {guessWords: map[string]bool{"été": true, "où": true, "ça": true, "\ufffd": true}},
		"en": {guessWords: map[string]bool{"the": true, "notwithstanding": true}},
	}
	texts = append(texts, "ÉTÉ OÙ ÇA été", "Été, où ça: the the", "NOTWITHSTANDING the Été", "\xff \xfe été")
	// the same, every word at most 7 bytes: the short-word table, accents
	// included
	short := map[string]*lexicon{
		"xx": {guessWords: map[string]bool{"été": true, "où": true, "ça": true, "\ufffd": true, "ǆ": true, "7bytes!": true}},
		"en": {guessWords: map[string]bool{"the": true, "été": true, "": true, "a b": true}},
	}
	texts = append(texts, "ǅ Ǆ ǆ 7BYTES! 7bytes!! 7bytes A B ÉTÉ\xff", "\xff\xfe\xfd été où", "été été été the the")
	for _, files := range [][]string{nil, extra, {"accents"}, {"short"}} {
		lex, err := loadLexicons(files)
		if files != nil && files[0] == "accents" {
			lex, err = accents, nil
		}
		if files != nil && files[0] == "short" {
			lex, err = short, nil
		}
		if err != nil {
			t.Fatal(err)
		}
		g := newGuesser(lex)
		if (g.short != nil) != (g.maxLen <= 7) {
			t.Fatalf("%d lexicons: longest word %d bytes, short table %v", len(lex), g.maxLen, g.short != nil)
		}
		for _, s := range texts {
			if got, want := g.guess(s), guessLang(lex, s); got != want {
				t.Fatalf("%d lexicons, text %.40q: guess %q, guessLang %q", len(lex), s, got, want)
			}
		}
	}
}

// TestGuesserLatin1 checks guessShort's paths for the runes U+0080–U+00FF
// and U+2000–U+203F (lower-cased and told from spaces without unicode's tables)
// against the reference guess, for every one of them at the start, inside
// and at the end of a word, in upper and lower case, and cut at the 4,000-byte limit.
func TestGuesserLatin1(t *testing.T) {
	var runes []rune
	for r := rune(0x80); r <= 0xFF; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x2000); r <= 0x203F; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		lo := strings.ToLower(string(r))
		lex := map[string]*lexicon{
			"xx": {guessWords: map[string]bool{lo + "a": true, "a" + lo: true, "b" + lo + "c": true, lo: true}},
			"en": {guessWords: map[string]bool{"the": true, "a": true}},
		}
		g := newGuesser(lex)
		if g.short == nil {
			t.Fatalf("U+%04X: no short-word table", r)
		}
		s := string(r)
		for _, text := range []string{
			s + "a " + s + "A the", "a" + s + " A" + s + " the", "b" + s + "c B" + s + "C the",
			s + " " + s + " the", "the" + s + "a" + s + "the a", s + s + s + " " + s + "abcdef" + s,
			"abcde" + s + " abcdef" + s + " abcdefg" + s + " the",
			strings.Repeat("x", 3999) + s + " " + s + " " + s,
		} {
			if got, want := g.guess(text), guessLang(lex, text); got != want {
				t.Fatalf("U+%04X, text %.40q: guess %q, guessLang %q", r, text, got, want)
			}
		}
	}
}
