package events

import (
	"encoding/hex"
	"hash/fnv"
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// fingerprintRef is Fingerprint written plainly: the words of the
// lower-cased text, each shingle hashed on its own with hash/fnv.
func fingerprintRef(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < ShingleWords {
		return ""
	}
	var sig [SignatureSize]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+ShingleWords <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+ShingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := mix64(h.Sum64())
		k := x % SignatureSize
		if v := uint32(x >> 32); v < sig[k] {
			sig[k] = v
		}
	}
	buf := make([]byte, 4*SignatureSize)
	for k, v := range sig {
		buf[4*k], buf[4*k+1], buf[4*k+2], buf[4*k+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return hex.EncodeToString(buf)
}

// TestFingerprintStreamed: the streamed Fingerprint gives the plain
// formulation's signature on accents, digits, punctuation, case that
// lower-cases to ASCII (K, the Kelvin sign), invalid UTF-8, texts of fewer
// words than a shingle, and random texts.
func TestFingerprintStreamed(t *testing.T) {
	cases := []string{
		"", "one", "one two three", "one two three four", " one, two; three. four! ",
		wire, strings.ToUpper(wire), "La Corée du Nord, l'Iran — et 2024 ! ÉTAT ÉTÉ",
		"bad \xff\xfe bytes\xc3 here and there", "ﬁn ½ ٣ 東京 KELVIN \u212A \u0130stanbul",
		"\u00a0x\u2019y z\u200b w v u",
	}
	rng := rand.New(rand.NewSource(11))
	pieces := []string{"a", "B", "é", "É", "1", " ", ",", "\xff", "東", "\u212A", "ß", "-", "\n"}
	for range 400 {
		var b strings.Builder
		for range rng.Intn(120) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for range 100 {
		b := make([]byte, rng.Intn(200))
		for i := range b {
			b[i] = byte(rng.Intn(256))
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := Fingerprint(s), fingerprintRef(s); got != want {
			t.Fatalf("Fingerprint(%.60q) = %.24s…, want %.24s…", s, got, want)
		}
	}
}
