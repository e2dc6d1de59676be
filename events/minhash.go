package events

import (
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
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
	words := wordsOf(strings.ToLower(text))
	if len(words) < ShingleWords {
		return ""
	}
	var sig [SignatureSize]uint32
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	// One-permutation MinHash: each shingle's 64-bit hash picks one slot
	// (its low bits) and competes there with its high bits, so a shingle
	// costs one hash instead of SignatureSize. Slots no shingle reached keep
	// the empty value and are skipped by Similarity.
	for i := 0; i+ShingleWords <= len(words); i++ {
		// FNV-1a 64 of the shingle's words, each followed by a space,
		// computed inline: hash/fnv's Write took a []byte copy of each word
		h := uint64(fnvOffset64)
		for _, w := range words[i : i+ShingleWords] {
			for j := 0; j < len(w); j++ {
				h ^= uint64(w[j])
				h *= fnvPrime64
			}
			h ^= ' '
			h *= fnvPrime64
		}
		x := mix64(h)
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

// wordsOf splits s into its runs of letters and digits, as
// strings.FieldsFunc with "not a letter or digit" does, with an ASCII fast
// path: every article is fingerprinted.
func wordsOf(s string) []string {
	words := make([]string, 0, len(s)/6)
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// FNV-1a 64-bit parameters, as in hash/fnv.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// mix64 is the murmur3 64-bit finaliser: FNV's low bits alone are poorly
// spread.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Similarity estimates the Jaccard similarity of the texts behind two
// fingerprints: the share of equal slots among those either text reached.
// Empty or malformed fingerprints (or of different sizes) give 0: unknown
// texts are never called copies.
func Similarity(a, b string) float64 {
	if a == "" || len(a) != len(b) || len(a)%8 != 0 {
		return 0
	}
	const empty = "ffffffff"
	same, used := 0, 0
	for k := 0; k < len(a)/8; k++ {
		x, y := a[8*k:8*k+8], b[8*k:8*k+8]
		if x == empty && y == empty {
			continue
		}
		used++
		if x == y {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}
