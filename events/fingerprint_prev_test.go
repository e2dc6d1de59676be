package events

import (
	"encoding/binary"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fingerprintPrev is Fingerprint before the two-byte rune table: every rune
// outside ASCII decoded and lower-cased by package unicode. The table must
// not change a fingerprint (they are stored with the claims).
func fingerprintPrev(text string) string {
	var sig [SignatureSize]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	// h0..h3 are the running hashes of the shingles starting at the
	// current word and at the one, two and three words before it (four
	// registers: ShingleWords is 4, checked below), shifted at each word
	// start rather than picked by a switch on the word count, a branch
	// per word; words counts the words seen
	var h0, h1, h2, h3 uint64
	words := 0
	for i := 0; i < len(text); {
		// skip to the next word: its first rune is a letter or a digit
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiLower[c] == 0 {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !wordRune(unicode.ToLower(r)) {
			i += size
			continue
		}
		h3, h2, h1, h0 = h2, h1, h0, fnvOffset64
		// the word's bytes, lower-cased, into the four hashes: ASCII bytes
		// in a tight loop, other runes encoded after lower-casing
		for i < len(text) {
			// one table read and one test per ASCII byte: its lower-case
			// form, 0 for a byte that ends the word, 0x80 for a byte
			// outside ASCII, read as a rune below
			c := asciiLower[text[i]]
			if c-1 < utf8.RuneSelf-1 {
				h0 = (h0 ^ uint64(c)) * fnvPrime64
				h1 = (h1 ^ uint64(c)) * fnvPrime64
				h2 = (h2 ^ uint64(c)) * fnvPrime64
				h3 = (h3 ^ uint64(c)) * fnvPrime64
				i++
				continue
			}
			if c == 0 {
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			r = unicode.ToLower(r)
			if !wordRune(r) {
				break
			}
			var enc [utf8.UTFMax]byte
			for _, x := range enc[:utf8.EncodeRune(enc[:], r)] {
				h0 = (h0 ^ uint64(x)) * fnvPrime64
				h1 = (h1 ^ uint64(x)) * fnvPrime64
				h2 = (h2 ^ uint64(x)) * fnvPrime64
				h3 = (h3 ^ uint64(x)) * fnvPrime64
			}
			i += size
		}
		// the word ends (at a non-word rune or the end of the text)
		h0 = (h0 ^ ' ') * fnvPrime64
		h1 = (h1 ^ ' ') * fnvPrime64
		h2 = (h2 ^ ' ') * fnvPrime64
		h3 = (h3 ^ ' ') * fnvPrime64
		words++
		if words < ShingleWords {
			continue
		}
		// the shingle starting ShingleWords-1 words ago is complete.
		// One-permutation MinHash: each shingle's 64-bit hash picks one
		// slot (its low bits) and competes there with its high bits, so
		// a shingle costs one hash instead of SignatureSize. Slots no
		// shingle reached keep the empty value and are skipped by
		// Similarity.
		x := mix64(h3)
		k := x % SignatureSize
		if v := uint32(x >> 32); v < sig[k] {
			sig[k] = v
		}
	}
	if words < ShingleWords {
		return ""
	}
	// hex into a stack buffer: one allocation, the string. The slots'
	// bytes, big-endian, through hex.Encode: a byte at a time where a
	// shift and a mask per digit cost a tenth of the fingerprint
	var raw [4 * SignatureSize]byte
	for k, v := range sig {
		binary.BigEndian.PutUint32(raw[4*k:], v)
	}
	var out [8 * SignatureSize]byte
	hex.Encode(out[:], raw[:])
	return string(out[:])
}

func TestFingerprintMatchesPrevious(t *testing.T) {
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
		if got, want := Fingerprint(c), fingerprintPrev(c); got != want {
			t.Fatalf("case %d (%q...): fingerprint differs from the reference", i, c[:min(len(c), 40)])
		}
	}
}

var (
	_ = binary.BigEndian
	_ = hex.Encode
	_ = unicode.ToLower
	_ = utf8.RuneSelf
)
