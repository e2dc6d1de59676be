package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/internal/latin1"
)

// TestLatin1FastPath: the letters latin1.IsLetter takes (its own test
// holds it to unicode.IsLetter) are the runes of Latin-1's upper half
// that isWordRune takes, and latin1Fold is foldRune's answer for each.
func TestLatin1FastPath(t *testing.T) {
	for r := rune(0xC0); r <= 0xFF; r++ {
		s := string(r) + "x"
		if got, want := latin1.IsLetter(s, 0), isWordRune(r); got != want {
			t.Fatalf("latin1.IsLetter(%q) = %v, isWordRune %v", s, got, want)
		}
		if latin1.IsLetter(s, 0) && latin1Fold[s[1]&0x3F] != foldRune(r) {
			t.Fatalf("latin1Fold(%q) = %q, foldRune %q", s, latin1Fold[s[1]&0x3F], foldRune(r))
		}
	}
}
