package events

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestWordsOf: the fast splitter gives the words strings.FieldsFunc gives,
// on accents, digits, punctuation, invalid UTF-8 and random bytes, so
// fingerprints stay what they were.
func TestWordsOf(t *testing.T) {
	ref := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	cases := []string{
		"", " ", "apt28", "la corée du nord, l'iran — et 2024 !",
		"bad \xff\xfe bytes\xc3", "ﬁn ½ ٣ 東京 ", "\u00a0x\u2019y z\u200b",
	}
	rng := rand.New(rand.NewSource(11))
	for range 500 {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = byte(rng.Intn(256))
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := wordsOf(s), ref(s); !slices.Equal(got, want) {
			t.Fatalf("wordsOf(%q) = %q, want %q", s, got, want)
		}
	}
}
