package dates

import (
	"testing"
	"unicode"

	"github.com/claimwire/claimwire/internal/latin1"
)

// TestLatin1FastPath: latin1.IsLetter holds exactly for the letters of
// Latin-1's upper half, written validly, and latin1Fold is appendFold's
// answer for each.
func TestLatin1FastPath(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r) + "x"
		want := r >= 0xC0 && r <= 0xFF && unicode.IsLetter(r)
		if got := latin1.IsLetter(s, 0); got != want {
			t.Fatalf("latin1.IsLetter(%q) = %v, want %v", s, got, want)
		}
		if want && latin1Fold[s[1]&0x3F] != string(appendFold(nil, r)) {
			t.Fatalf("latin1Fold(%q) = %q, appendFold %q", s, latin1Fold[s[1]&0x3F], appendFold(nil, r))
		}
	}
	for _, s := range []string{"\xc3", "\xc3x", "\xc3\xc3", "\xc3\x00"} {
		if latin1.IsLetter(s, 0) {
			t.Fatalf("latin1.IsLetter(%q): want false", s)
		}
	}
}
