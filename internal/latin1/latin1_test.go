package latin1

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsLetterAsUnicode: IsLetter is unicode.IsLetter for every rune
// U+0080–U+00FF written in UTF-8, and false for other two-byte runes.
func TestIsLetterAsUnicode(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r) + "x"
		want := r >= 0xC0 && r <= 0xFF && unicode.IsLetter(r)
		if got := IsLetter(s, 0); got != want {
			t.Errorf("%U: %v, want %v", r, got, want)
		}
		if utf8.RuneLen(r) != 2 {
			t.Fatalf("%U is not two bytes", r)
		}
	}
	if IsLetter("\xc3", 0) {
		t.Error("a cut rune is no letter")
	}
}
