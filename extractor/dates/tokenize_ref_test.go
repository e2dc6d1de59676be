package dates

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenizeMatchesReference: tokenize's ASCII word path gives the
// tokens and folded forms of the general loop (refTokenize, tokenize
// before that path), on tricky strings and every fixture line.
func TestTokenizeMatchesReference(t *testing.T) {
	texts := append([]string{
		"L'an dernier, l’OTAN; Monday's APT28-linked 2,000 don't Xi'an É Ünïcödé x' end. TAIL",
		"mid-2021 \"Q\" (a) a_b a`b Z",
		benchArticle, benchNoDate,
	}, fixtureLines(t, "../../fixtures/articles/*.txt", "../../fixtures/eval-own/*/*.txt")...)
	var got, want tokens
	for _, text := range texts {
		got.tokenize(text)
		want.refTokenize(text)
		if !slices.Equal(got.toks, want.toks) || string(got.fold) != string(want.fold) {
			t.Fatalf("%.60q: tokens differ from the reference", text)
		}
	}
}

// refTokenize is tokenize as it was before its ASCII word path, kept as
// the reference the path is held to.
func (t *tokens) refTokenize(text string) {
	t.text = text
	t.fold = t.fold[:0]
	t.toks = t.toks[:0]
	space := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			fs := len(t.fold)
			t.fold = append(t.fold, text[i:j]...)
			t.toks = append(t.toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(t.fold)), kind: tokNum, space: space})
			space = false
			i = j
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= utf8.RuneSelf && unicode.IsLetter(r)):
			fs := len(t.fold)
			j := i
			upper := unicode.IsUpper(r)
			for j < len(text) {
				// a run of ASCII letters, most of every word: read, lower-
				// cased (c|0x20) and written in one pass into room made
				// for the rest of the text, with no call or capacity test
				// per byte (issue 11)
				if rest := len(text) - j; cap(t.fold)-len(t.fold) < rest {
					t.fold = slices.Grow(t.fold, rest)
				}
				f := len(t.fold)
				buf := t.fold[f:cap(t.fold)]
				k := 0
				for ; j+k < len(text); k++ {
					c := text[j+k] | 0x20 // 'A'..'Z' onto 'a'..'z', and no other byte there
					if c < 'a' || c > 'z' {
						break
					}
					buf[k] = c
				}
				if k > 0 {
					t.fold = t.fold[:f+k]
					if j += k; j >= len(text) {
						break
					}
				}
				if c := text[j]; c < utf8.RuneSelf {
					// an ASCII mark ends the word; an apostrophe before a
					// letter is kept in it (isApos below, for ASCII)
					if c == '\'' && letterAt(text, j+1) {
						t.fold = append(t.fold, '\'')
						j++
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					t.fold = appendFold(t.fold, r2)
					j += n2
					continue
				}
				if isApos(r2) && letterAt(text, j+n2) {
					t.fold = append(t.fold, '\'')
					j += n2
				}
				break
			}
			t.toks = append(t.toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(t.fold)), kind: tokWord, space: space, upper: upper})
			space = false
			i = j
		case unicode.IsSpace(r):
			space = true
			i += n
		default:
			fs := len(t.fold)
			switch {
			case isApos(r):
				t.fold = append(t.fold, '\'')
			case isDash(r):
				t.fold = append(t.fold, '-')
			default:
				t.fold = appendFold(t.fold, r)
			}
			t.toks = append(t.toks, token{start: int32(i), end: int32(i + n), fs: int32(fs), fe: int32(len(t.fold)), kind: tokPunct, space: space})
			space = false
			i += n
		}
	}
}
