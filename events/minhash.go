package events

import (
	"encoding/hex"
	"hash/fnv"
	"strings"
	"unicode"
)

// Fingerprints are MinHash signatures over word shingles of an article's
// text. Two texts whose shingle sets overlap with Jaccard similarity J agree
// on about J of the signature's slots, so wire copies and syndicated
// articles (same text, other headline, a paragraph cut) score high while two
// independent write-ups of one statement score near zero.
const (
	// ShingleWords is the shingle length: 4 words is long enough that two
	// independent articles on one topic share few shingles.
	ShingleWords = 4
	// SignatureSize is the number of MinHash slots (32 bits each).
	SignatureSize = 64
	// CopyThreshold is the estimated Jaccard similarity from which two
	// articles count as copies of one text.
	CopyThreshold = 0.6
)

// Fingerprint returns the hex MinHash signature of text, or "" for a text
// shorter than one shingle. It is deterministic across runs and machines.
func Fingerprint(text string) string {
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
		x := h.Sum64()
		// k hash functions from one 64-bit hash: h_k = a + k*b (Kirsch–
		// Mitzenmacher), each then mixed so the slots are independent enough.
		a, b := uint32(x), uint32(x>>32)|1
		for k := range sig {
			v := mix32(a + uint32(k)*b)
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	buf := make([]byte, 4*SignatureSize)
	for k, v := range sig {
		buf[4*k], buf[4*k+1], buf[4*k+2], buf[4*k+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return hex.EncodeToString(buf)
}

// mix32 is the murmur3 finaliser.
func mix32(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// Similarity estimates the Jaccard similarity of the texts behind two
// fingerprints: the share of equal slots. Empty or malformed fingerprints
// (or of different sizes) give 0: unknown texts are never called copies.
func Similarity(a, b string) float64 {
	if a == "" || len(a) != len(b) || len(a)%8 != 0 {
		return 0
	}
	same, n := 0, len(a)/8
	for k := 0; k < n; k++ {
		if a[8*k:8*k+8] == b[8*k:8*k+8] {
			same++
		}
	}
	return float64(same) / float64(n)
}
