package extractor

import (
	"os"
	"path/filepath"
	"slices"
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

// refAppendTokens is the tokenizer as it was before its ASCII fast path
// and folding arena (issue 11), rune by rune: the reference the fast one
// must agree with.
func refAppendTokens(toks []token, text string, lo, hi int) []token {
	var tz tokenizer
	return tz.appendTokens(toks, text, lo, hi)
}

// TestTokenizerMatchesReference: token boundaries, folded forms and flags
// of the tokenizer are the reference's, on tricky strings and on every
// fixture article.
func TestTokenizerMatchesReference(t *testing.T) {
	texts := []string{
		"L’OTAN a accusé la Russie « sans preuve » — Élysée, ŒUVRE, Æsir.",
		"China's APT41, Xi'an-based l'équipe; state-sponsored 'quoted' don't D'Artagnan's",
		"De\u0301ja\u0300 vu\u00a0: \ufeffBOM\u202fnarrow\u0085next\tTab\r\nCRLF `tick` a-b- -c 'S ’s",
		"\xff\xfeinvalid bytes\xc3 and Ünïcödé ДАННЫЕ 中文 ",
		// the ASCII word fast path: every ASCII end, hyphens, apostrophes
		// and runes right after a word, the text's last byte a letter
		"U.S.-based APT28-linked 2,000 GRU's it's qu'il ABC\u2019s Paris\u00e9 x' end. A.B.C.-led (Mr.X) \"Q\" a_b a`b TAIL",
	}
	texts = append(texts, fixtureTexts(t)...)
	for _, text := range texts {
		got := tokenize(text, 0, len(text))
		want := refAppendTokens(nil, text, 0, len(text))
		if !slices.Equal(got, want) {
			t.Errorf("%.40q: tokens differ from the reference", text)
		}
	}
}

// fixtureTexts returns the texts of every fixture article and own
// evaluation set: the inputs the fast paths are compared on with their
// references.
func fixtureTexts(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../fixtures/articles/*.txt")
	more, _ := filepath.Glob("../fixtures/eval-own/*/*.txt")
	var texts []string
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) < 10 {
		t.Fatalf("only %d fixture texts", len(texts))
	}
	return texts
}
