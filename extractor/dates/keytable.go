package dates

// Key table (issue 11): every token of every analysed sentence is looked up
// among the lexicon's first words. A Go map hashed each token and probed
// its groups; the keys are a few hundred short words fixed once New has
// run, so an open-addressing table sized to a quarter full, hashed with
// FNV-1a over the folded bytes, finds a key or its absence in one or two
// slot comparisons.

// keyTable maps the keys of lexicon.first to their list numbers.
type keyTable struct {
	mask  uint32
	slots []keySlot // a power of two; id 0 marks an empty slot
}

type keySlot struct {
	key string
	id  int32
}

// newKeyTable builds the table of m, whose ids are > 0.
func newKeyTable(m map[string]int32) keyTable {
	n := 8
	for n < 4*len(m) {
		n *= 2
	}
	t := keyTable{mask: uint32(n - 1), slots: make([]keySlot, n)}
	for k, id := range m {
		h := fnv1a(k) & t.mask
		for t.slots[h].id != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = keySlot{k, id}
	}
	return t
}

// get returns the id of key b, or 0.
func (t *keyTable) get(b []byte) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	for h := fnv1a(b) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.id == 0 || s.key == string(b) {
			return s.id
		}
	}
}

func fnv1a[S ~string | ~[]byte](b S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h
}
