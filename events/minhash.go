package events

import (
	"encoding/binary"
	"encoding/hex"
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
//
// A shingle is ShingleWords consecutive words of the lower-cased text
// (runs of letters and digits), each followed by a space, hashed with
// FNV-1a 64. Every article is fingerprinted, so the text is read once,
// lower-cased rune by rune, and each byte of a word goes into the hashes of
// the ShingleWords shingles that contain it at once (independent
// multiplications in registers, no slice of words); TestFingerprintStreamed
// checks the signatures against the plain formulation.
func Fingerprint(text string) string { return fingerprint(text, fnvPrime64, &asciiWord) }

// fingerprint is Fingerprint given the FNV prime and asciiWord as
// arguments: the compiler keeps an argument in a register through the
// word loop, where it wrote the constant and the table's address again
// at every byte (issue 11).
//
//go:noinline
func fingerprint(text string, prime uint64, tbl *[256]byte) string {
	_ = tbl[0] // its nil check here, not at every byte
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
		} else if v, size := lower2At(text, i); v == 0 {
			i += size // a rune that is no letter or digit
			continue
		} else if v == slow2 {
			if r, size := utf8.DecodeRuneInString(text[i:]); !wordRune(unicode.ToLower(r)) {
				i += size
				continue
			}
		}
		h3, h2, h1, h0 = h2, h1, h0, fnvOffset64
		// the word's bytes, lower-cased, into the four hashes: ASCII bytes
		// in a tight loop, other runes encoded after lower-casing
		for i < len(text) {
			// one table read and one test per ASCII byte: its lower-case
			// form, 0 for a byte that ends the word, 0x80 for a byte
			// outside ASCII, read as a rune below
			// (the table and the prime are arguments, held in registers,
			// and the index unsigned, with no bounds check a byte)
			for uint(i) < uint(len(text)) {
				c := tbl[text[i]]
				if c == 0 {
					break
				}
				h0 = (h0 ^ uint64(c)) * prime
				h1 = (h1 ^ uint64(c)) * prime
				h2 = (h2 ^ uint64(c)) * prime
				h3 = (h3 ^ uint64(c)) * prime
				i++
			}
			if i >= len(text) {
				break
			}
			if text[i] < utf8.RuneSelf {
				// an ASCII byte that is no letter or digit (a space, most
				// often): it ends the word and starts no other, so the
				// skip loop above need not read it again (issue 11)
				i++
				break
			}
			// a two-byte rune (Latin accents, Cyrillic, Greek...): its
			// lower-case form from a table, not unicode's look-ups
			if v, _ := lower2At(text, i); v != slow2 {
				if v == 0 {
					break
				}
				if v < utf8.RuneSelf {
					h0 = (h0 ^ uint64(v)) * fnvPrime64
					h1 = (h1 ^ uint64(v)) * fnvPrime64
					h2 = (h2 ^ uint64(v)) * fnvPrime64
					h3 = (h3 ^ uint64(v)) * fnvPrime64
				} else {
					b0, b1 := uint64(0xC0|v>>6), uint64(0x80|v&0x3F)
					h0 = (((h0 ^ b0) * fnvPrime64) ^ b1) * fnvPrime64
					h1 = (((h1 ^ b0) * fnvPrime64) ^ b1) * fnvPrime64
					h2 = (((h2 ^ b0) * fnvPrime64) ^ b1) * fnvPrime64
					h3 = (((h3 ^ b0) * fnvPrime64) ^ b1) * fnvPrime64
				}
				i += 2
				continue
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

// asciiWord is asciiLower without its mark for the bytes outside ASCII:
// the lower-case form of an ASCII letter or digit, 0 for any other byte
// (the word loop's one test; a byte outside ASCII is told after it).
var asciiWord = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		t[c] = asciiLower[c]
	}
	return t
}()

// asciiLower is, for each byte, its lower-case form if it is an ASCII
// letter or digit, 0 for the other ASCII bytes (they end a word), and 0x80
// for the bytes of a rune outside ASCII.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		b := byte(c)
		switch {
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9':
			t[c] = b
		case 'A' <= b && b <= 'Z':
			t[c] = b + 'a' - 'A'
		case b >= utf8.RuneSelf:
			t[c] = utf8.RuneSelf
		}
	}
	return t
}()

// slow2 is lower2At's answer for a position the table does not cover.
const slow2 = 0xFFFF

// lower2At reads a UTF-8 rune at text[i] (a byte outside ASCII) and its
// size: for a two-byte rune, its lower-case form when that is a word rune
// and 0 when it is not; for U+2000..U+203F (typographic spaces, dashes,
// quotes and apostrophes, none a letter or a digit), 0; slow2 for any
// other rune or invalid bytes, and when the table does not hold the answer
// (the caller decodes the rune then).
func lower2At(text string, i int) (uint16, int) {
	c := text[i]
	if i+1 >= len(text) || text[i+1]&0xC0 != 0x80 {
		return slow2, 0
	}
	if c >= 0xC2 && c <= 0xDF {
		return lower2[uint16(c&0x1F)<<6|uint16(text[i+1]&0x3F)], 2
	}
	if c == 0xE2 && text[i+1] == 0x80 && i+2 < len(text) && text[i+2]&0xC0 == 0x80 {
		return 0, 3
	}
	return slow2, 0
}

// lower2 is, for each rune below U+0800 (one or two UTF-8 bytes), its
// lower-case form if that is a letter or a digit, 0 if it is not, and slow2
// if its lower-case form is outside the table: French and most European
// text needs no unicode table look-up per accented letter (issue 11).
var lower2 = func() (t [0x800]uint16) {
	for r := range t {
		l := unicode.ToLower(rune(r))
		switch {
		case l >= 0x800 || l == 0 || l == slow2:
			t[r] = slow2
		case wordRune(l):
			t[r] = uint16(l)
		}
	}
	return t
}()

// wordRune reports whether a lower-cased rune is part of a word.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Fingerprint keeps one register per shingle: it is written for
// ShingleWords == 4 (a compile error otherwise).
const _ = uint(ShingleWords-4) + uint(4-ShingleWords)

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
