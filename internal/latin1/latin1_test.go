package latin1

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsLetterAsUnicode: IsLetter is unicode.IsLetter for every rune
// U+0080–U+00FF written in UTF-8, and false for other two-byte runes and
// for a lead byte alone, at the end or before a byte that continues
// nothing (the callers' tokenizers rely on both).
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
	for _, s := range []string{"\xc3", "\xc3x", "\xc3\xc3", "\xc3\x00"} {
		if IsLetter(s, 0) {
			t.Errorf("IsLetter(%q): a cut rune is no letter", s)
		}
		if r, _ := utf8.DecodeRuneInString(s); r != utf8.RuneError {
			t.Fatalf("%q decodes as %q", s, r)
		}
	}
}
