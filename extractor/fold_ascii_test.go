package extractor

import (
	"testing"
	"unicode"
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
