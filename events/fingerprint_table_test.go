package events

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Fingerprint reads two-byte runes and U+2000..U+203F from a table: every
// such rune, between words and inside them, and invalid or cut sequences
// must give the fingerprint of the plain reference (minhash_test.go).
func TestFingerprintRuneTable(t *testing.T) {
	var cases []string
	files, _ := filepath.Glob("../fixtures/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, string(b))
	}
	// every rune below U+0800 and the typographic block, between words
	var all strings.Builder
	for r := rune(0x80); r < 0x800; r++ {
		all.WriteString("mot ")
		all.WriteRune(r)
		all.WriteString("x Ÿ ")
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		all.WriteString("l")
		all.WriteRune(r)
		all.WriteString("OTAN est ")
	}
	cases = append(cases, all.String())
	// random bytes and runes, invalid sequences and cut runes included
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "B", " ", "é", "É", "’", "\u00a0", "\u2014", "ß", "İ", "K", "\xc3", "\xe2\x80", "\xe2", "\x80", "\xdf\xbf", "\u0800", "Ω", "Ж", "1", "-", "日本"}
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := rng.IntN(80); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for i, c := range cases {
		if got, want := Fingerprint(c), fingerprintRef(c); got != want {
			t.Fatalf("case %d (%q...): fingerprint differs from the reference", i, c[:min(len(c), 40)])
		}
	}
}
