// Package strtab is a read-only string-keyed table for hot look-ups: the
// extractor's per-token lexicon look-up and the model's per-feature weight
// look-up (issue 11: a Go map access, a general string hash then the
// probe, was a tenth to a quarter of their cost).
//
// Open addressing over a compact slot array: a slot is the top bits of the
// key's hash and its index (tag<<16 | index+1, 0 empty), so a probe reads 4
// bytes and the key is compared only when the bits agree. The keys sit end
// to end in one string, compared in a few kilobytes read together rather
// than in strings spread across the heap.
package strtab

// Max is the most keys a Table indexes (16-bit indices); New returns nil
// past it and the caller keeps its map.
const Max = 1<<16 - 1

// Table maps strings to values of type V; Get of a key not in it gives the
// zero V, as a map does.
type Table[V any] struct {
	slots []uint32
	mask  uint32
	text  string   // the keys end to end, key k at text[ends[k-1]:ends[k]]
	ends  []uint32 // (ends[-1] read as 0)
	vals  []V
}

// New indexes m; nil when it has too many keys or bytes.
func New[V any](m map[string]V) *Table[V] {
	if len(m) > Max {
		return nil
	}
	n := 0
	for k := range m {
		n += len(k)
	}
	if int64(n) >= 1<<32 {
		return nil
	}
	size := 64
	for size < 3*len(m) { // at most a third full: probes stay short
		size *= 2
	}
	t := &Table[V]{slots: make([]uint32, size), mask: uint32(size - 1)}
	t.ends = make([]uint32, 0, len(m))
	t.vals = make([]V, 0, len(m))
	text := make([]byte, 0, n)
	for k, v := range m {
		h := Hash(k)
		tag, p := uint32(h>>48), uint32(h)&t.mask
		for t.slots[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = tag<<16 | uint32(len(t.vals)+1)
		text = append(text, k...)
		t.ends = append(t.ends, uint32(len(text)))
		t.vals = append(t.vals, v)
	}
	t.text = string(text)
	return t
}

// Get is m[key].
func (t *Table[V]) Get(key string) V { return t.GetHashed(key, Hash(key)) }

// GetHashed is Get for a caller that has Hash(key) already (the extractor
// hashes each token once, for its own filter and for the table).
func (t *Table[V]) GetHashed(key string, h uint64) V {
	if k := t.index(key, h); k >= 0 {
		return t.vals[k]
	}
	var zero V
	return zero
}

// PtrHashed is GetHashed's value in the table, nil for a key not in it. A
// caller copying the value into memory of its own copies it from there: a
// record returned by value comes back in registers, which Go writes to the
// stack field by field and reads back whole, a store-forwarding stall for
// a hot loop (issue 11). The value must not be changed.
func (t *Table[V]) PtrHashed(key string, h uint64) *V {
	if k := t.index(key, h); k >= 0 {
		return &t.vals[k]
	}
	return nil
}

// index is the index in vals of key, whose hash is h, or -1.
func (t *Table[V]) index(key string, h uint64) int {
	tag, p := uint32(h>>48), uint32(h)&t.mask
	for {
		s := t.slots[p]
		if s == 0 {
			return -1
		}
		if s>>16 == tag {
			k := s&0xffff - 1
			start := uint32(0)
			if k > 0 {
				start = t.ends[k-1]
			}
			if end := t.ends[k]; int(end-start) == len(key) {
				// keys of 4 to 16 bytes compared as Hash reads them:
				// two overlapping words, inline, where == called
				// runtime.memequal at every hit (issue 11)
				n, kt := len(key), t.text[start:end]
				switch {
				case n >= 8 && n <= 16:
					if le64(kt[:8]) == le64(key[:8]) && le64(kt[n-8:]) == le64(key[n-8:]) {
						return int(k)
					}
				case n >= 4 && n < 8:
					if le32(kt[:4]) == le32(key[:4]) && le32(kt[n-4:]) == le32(key[n-4:]) {
						return int(k)
					}
				case kt == key:
					return int(k)
				}
			}
		}
		p = (p + 1) & t.mask
	}
}

// Hash hashes a key from its length and its first and last eight bytes
// (four, or each byte, for shorter ones), read as whole words: keys are
// short and the table compares the key itself, so the hash only has to
// spread them; inlined, it costs a fraction of a general string hash.
func Hash(s string) uint64 {
	n := len(s)
	h := uint64(n) * 0x9E3779B97F4A7C15
	switch {
	case n >= 8:
		h ^= le64(s[:8])*0xC2B2AE3D27D4EB4F ^ le64(s[n-8:])*0x165667B19E3779F9
	case n >= 4:
		h ^= (le32(s[:4])<<32 | le32(s[n-4:])) * 0xC2B2AE3D27D4EB4F
	default:
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

func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}
