package extractor

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFoldRuneASCII: the ASCII fast path of foldRune answers what its
// general path (unicode.ToLower, the backtick as an apostrophe) would.
func TestFoldRuneASCII(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		want := string(unicode.ToLower(r))
		if r == '`' {
			want = "'"
		}
		if got := foldRune(r); got != want {
			t.Fatalf("%q: %q want %q", r, got, want)
		}
	}
}

// TestTokenFoldedForms: the tokenizer writes the folded forms of its tokens
// into one arena per call; each must still be fold of the token's text
// (foldRune of a punctuation mark), whatever the mix of capitals, accents,
// decomposed letters and non-ASCII marks.
func TestTokenFoldedForms(t *testing.T) {
	for _, text := range []string{
		"L’OTAN a accusé la Russie « sans preuve » — Élysée, ŒUVRE, Æsir.",
		"The U.S. blamed China's APT41 for the hack; Xi'an-based «firm».",
		"De\u0301ja\u0300 vu: l'e\u0301quipe NORD-CORÉEN…",
		"Qu’il y ait\u00a0des “quotes” ‘here’ and ʼthereʼ `tick` ‐–‑ dashes.",
		"ÀÉÎÕÜ ÇÑŸ çñÿ ÝÁ",
	} {
		for _, tok := range tokenize(text, 0, len(text)) {
			want := fold(text[tok.start:tok.end])
			if !tok.word {
				r, _ := utf8.DecodeRuneInString(text[tok.start:tok.end])
				want = foldRune(r)
			}
			if tok.w != want {
				t.Errorf("%q: token %q folded %q, want %q", text, text[tok.start:tok.end], tok.w, want)
			}
		}
	}
}
