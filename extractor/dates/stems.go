package dates

import "encoding/binary"

// Stem positions (issue 11): the attack, claim and background stems were
// matched against every word of the text twice (attackDistances, then
// backgroundDistances asked the attack and claim stems again). One scan now
// finds the three position lists, and a word whose first byte starts no stem
// is skipped without comparing it to each stem.

// A word's stems are looked up by its first byte: stemsAt[c] lists every
// stem of the three kinds starting with c (an empty stem in every list),
// with the kinds it belongs to, so a word is compared once to each stem that
// can start it instead of to every stem of each kind in turn.
const (
	stemAttack = 1 << iota
	stemClaim
	stemBg
)

type stemKind struct {
	stem  string
	kinds uint8
	// head is the stem's first eight bytes at most (firstBytes), mask
	// their bits: stemPositions compares a word's first eight bytes with
	// it in one step, where string(f[:n]) == stem called runtime.memequal
	// for each stem of the word's first byte (a few hundred calls a
	// sentence)
	head, mask uint64
}

// firstBytes is b's first eight bytes at most, the first in the low bits.
func firstBytes[S ~string | ~[]byte](b S) uint64 {
	var w uint64
	for i := 0; i < len(b) && i < 8; i++ {
		w |= uint64(b[i]) << (8 * i)
	}
	return w
}

// prefixes reports whether f, whose firstBytes are w, starts with sk.stem.
func (sk *stemKind) prefixes(f []byte, w uint64) bool {
	n := len(sk.stem)
	return len(f) >= n && w&sk.mask == sk.head && (n <= 8 || string(f[8:n]) == sk.stem[8:])
}

// stemStarts is a 256-bit set of the first bytes of every stem of lx.
type stemStarts [4]uint64

func (s *stemStarts) add(stems []string) {
	for _, st := range stems {
		if st == "" {
			// an empty stem starts every word: no byte may be skipped
			for i := range s {
				s[i] = ^uint64(0)
			}
			continue
		}
		s[st[0]>>6] |= 1 << (st[0] & 63)
	}
}

func (s *stemStarts) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// stemHeads holds the first two bytes of every stem (keyHeads' bits): a
// word whose first two bytes start no stem is skipped before its stems are
// compared (most words, whose first byte alone starts some stem). A
// one-byte stem sets every head it starts, an empty one every bit.
func (lx *lexicon) indexStemHeads() {
	h := &lx.stemHeads
	*h = keyHeads{}
	for _, l := range [][]string{lx.attackStems, lx.claimStems, lx.bgStems} {
		for _, st := range l {
			switch len(st) {
			case 0:
				for i := range h {
					h[i] = ^uint64(0)
				}
			case 1:
				for c := 0; c < 256; c++ {
					x := uint16(st[0])<<8 | uint16(c)
					h[x>>6] |= 1 << (x & 63)
				}
			default:
				h.set(st[:2])
			}
		}
	}
}

// indexStems computes lx.stemFirst; finish calls it once the stems are in.
func (lx *lexicon) indexStems() {
	lx.stemFirst = stemStarts{}
	lx.stemFirst.add(lx.attackStems)
	lx.stemFirst.add(lx.claimStems)
	lx.stemFirst.add(lx.bgStems)
	lx.stemsAt = [256][]stemKind{}
	add := func(stems []string, k uint8) {
		for _, st := range stems {
			for c := 0; c < 256; c++ {
				if st != "" && int(st[0]) != c {
					continue
				}
				l := lx.stemsAt[c]
				found := false
				for i := range l {
					if l[i].stem == st {
						l[i].kinds |= k
						found = true
					}
				}
				if !found {
					mask := ^uint64(0)
					if len(st) < 8 {
						mask = 1<<(8*len(st)) - 1
					}
					lx.stemsAt[c] = append(l, stemKind{st, k, firstBytes(st), mask})
				}
			}
		}
	}
	add(lx.attackStems, stemAttack)
	add(lx.claimStems, stemClaim)
	add(lx.bgStems, stemBg)
	lx.indexStemHeads()
}

// stemPositions returns the token positions of the words starting with an
// attack stem, a claim stem and (when bg) a background stem.
// The lists are the pooled tokens' buffers (read before find returns).
func (m *matcher) stemPositions(bg bool) (at, cl, bgs []int) {
	at, cl, bgs = m.t.at[:0], m.t.cl[:0], m.t.bg[:0]
	for i, tk := range m.t.toks {
		if tk.kind != tokWord {
			continue
		}
		f := m.t.foldedBytes(i)
		if len(f) > 0 && !m.lx.stemFirst.has(f[0]) {
			continue
		}
		if len(f) == 0 {
			continue // no first byte to index by; a token is never empty
		}
		if !m.lx.stemHeads.may(f) {
			continue
		}
		var k uint8
		// the word's first eight bytes in one load where the fold buffer
		// has them (the bytes past the word are other tokens' or spare
		// room, and no stem's mask reaches them: prefixes compares a stem
		// only with a word at least as long)
		var w uint64
		if c := f[:cap(f)]; len(c) >= 8 {
			w = binary.LittleEndian.Uint64(c)
		} else {
			w = firstBytes(f)
		}
		sks := m.lx.stemsAt[f[0]]
		for j := range sks {
			if sk := &sks[j]; k|sk.kinds != k && sk.prefixes(f, w) {
				k |= sk.kinds
			}
		}
		if bg && k&stemBg != 0 {
			bgs = append(bgs, i)
		}
		if k&stemAttack != 0 {
			at = append(at, i)
		}
		if k&stemClaim != 0 {
			cl = append(cl, i)
		}
	}
	m.t.at, m.t.cl, m.t.bg = at, cl, bgs
	return at, cl, bgs
}
