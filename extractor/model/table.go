package model

// weightTable maps the feature names of one role to their weights, for
// Raw: every candidate of every article looks up each of its features, and
// a map access (a general string hash, then the probe) was most of the
// model's cost (issue 11). Open addressing over a compact slot array
// (tag<<16 | index+1, 0 empty), the name compared only when the tag
// agrees; a name not in it weighs 0, as in the map.
type weightTable struct {
	slots   []uint32
	mask    uint32
	names   []string
	weights []float64
}

// newWeightTable indexes ws; nil when it has too many names for 16-bit
// indices (Raw then reads the map).
func newWeightTable(ws map[string]float64) *weightTable {
	if len(ws) >= 1<<16-1 {
		return nil
	}
	size := 64
	for size < 3*len(ws) { // at most a third full: probes stay short
		size *= 2
	}
	t := &weightTable{slots: make([]uint32, size), mask: uint32(size - 1)}
	for name, w := range ws {
		h := nameHash(name)
		tag, p := uint32(h>>48), uint32(h)&t.mask
		for t.slots[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = tag<<16 | uint32(len(t.names)+1)
		t.names = append(t.names, name)
		t.weights = append(t.weights, w)
	}
	return t
}

func (t *weightTable) get(name string) float64 {
	h := nameHash(name)
	tag, p := uint32(h>>48), uint32(h)&t.mask
	for {
		s := t.slots[p]
		if s == 0 {
			return 0
		}
		if s>>16 == tag {
			if k := s&0xffff - 1; t.names[k] == name {
				return t.weights[k]
			}
		}
		p = (p + 1) & t.mask
	}
}

// nameHash hashes a feature name from its length and its first, middle
// and last eight bytes, read as whole words (shorter names byte by byte):
// the table compares the name itself, so the hash only has to spread the
// names, and inlined it costs a fraction of a general string hash.
func nameHash(s string) uint64 {
	n := len(s)
	h := uint64(n) * 0x9E3779B97F4A7C15
	if n >= 8 {
		m := n/2 - 4
		h ^= le64(s[:8])*0xC2B2AE3D27D4EB4F ^ le64(s[m:m+8])*0xD6E8FEB86659FD93 ^ le64(s[n-8:])*0x165667B19E3779F9
	} else {
		for i := 0; i < n; i++ {
			h ^= uint64(s[i]) << (8 * i)
		}
		h *= 0xC2B2AE3D27D4EB4F
	}
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
