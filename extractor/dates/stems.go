package dates

// Stem positions (issue 11): the attack, claim and background stems were
// matched against every word of the text twice (attackDistances, then
// backgroundDistances asked the attack and claim stems again). One scan now
// finds the three position lists, and a word whose first byte starts no stem
// is skipped without comparing it to each stem.

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

// indexStems computes lx.stemFirst; finish calls it once the stems are in.
func (lx *lexicon) indexStems() {
	lx.stemFirst = stemStarts{}
	lx.stemFirst.add(lx.attackStems)
	lx.stemFirst.add(lx.claimStems)
	lx.stemFirst.add(lx.bgStems)
}

// stemPositions returns the token positions of the words starting with an
// attack stem, a claim stem and (when bg) a background stem.
func (m *matcher) stemPositions(bg bool) (at, cl, bgs []int) {
	for i, tk := range m.t.toks {
		if tk.kind != tokWord {
			continue
		}
		f := m.t.foldedBytes(i)
		if len(f) > 0 && !m.lx.stemFirst.has(f[0]) {
			continue
		}
		if bg && hasStem(f, m.lx.bgStems) {
			bgs = append(bgs, i)
		}
		if hasStem(f, m.lx.attackStems) {
			at = append(at, i)
		}
		if hasStem(f, m.lx.claimStems) {
			cl = append(cl, i)
		}
	}
	return at, cl, bgs
}
