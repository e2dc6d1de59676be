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
		if latin1.IsLetter(s, 0) {
			// latin1Fold1: the fold as a byte where it is one
			if f, b := latin1Fold[s[1]&0x3F], latin1Fold1[s[1]&0x3F]; (len(f) == 1) != (b != 0) || b != 0 && f[0] != b {
				t.Fatalf("latin1Fold1(%q) = %q, latin1Fold %q", s, b, f)
			}
			// and foldAppend's answer, alone and between other bytes, is
			// fold's rune by rune
			for _, w := range []string{string(r), "A" + string(r) + "b", string(r) + string(r) + "É’x"} {
				if got, want := string(foldAppend([]byte("pre"), w)), "pre"+foldRunes(w); got != want {
					t.Fatalf("foldAppend(%q) = %q, want %q", w, got, want)
				}
			}
		}
	}
}

// foldRunes is fold written rune by rune with foldRune, the reference for
// foldAppend.
func foldRunes(s string) string {
	var out string
	for _, r := range s {
		out += foldRune(r)
	}
	return out
}
