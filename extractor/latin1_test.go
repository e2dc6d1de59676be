package extractor

import (
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/internal/latin1"
)

// TestLatin1FastPath: latin1.IsLetter holds exactly for the runes of
// Latin-1's upper half that isWordRune takes, written validly, and
// latin1Fold is foldRune's answer for each.
func TestLatin1FastPath(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r) + "x"
		want := r >= 0xC0 && r <= 0xFF && isWordRune(r)
		if got := latin1.IsLetter(s, 0); got != want {
			t.Fatalf("latin1.IsLetter(%q) = %v, want %v", s, got, want)
		}
		if want && latin1Fold[s[1]&0x3F] != foldRune(r) {
			t.Fatalf("latin1Fold(%q) = %q, foldRune %q", s, latin1Fold[s[1]&0x3F], foldRune(r))
		}
	}
	// a lead byte alone, at the end or before a byte that continues nothing
	for _, s := range []string{"\xc3", "\xc3x", "\xc3\xc3", "\xc3\x00"} {
		if latin1.IsLetter(s, 0) {
			t.Fatalf("latin1.IsLetter(%q): want false", s)
		}
		if r, _ := utf8.DecodeRuneInString(s); r != utf8.RuneError {
			t.Fatalf("%q decodes as %q", s, r)
		}
	}
}
