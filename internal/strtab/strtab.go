// Package strtab is a read-only string-keyed table for hot look-ups: the
// extractor's per-token lexicon look-up and the model's per-feature weight
// look-up (issue 11: a Go map access, a general string hash then the
// probe, was a tenth to a quarter of their cost).
//
// Open addressing over a compact slot array: a slot is the top bits of the
// key's hash and its index (tag<<16 | index+1, 0 empty), so a probe reads 4
// bytes and the key is compared only when the bits agree, as two words and
// a length read from one record (entry); only keys over 16 bytes are
// compared in the string that holds the keys end to end.
package strtab

// Max is the most keys a Table indexes (16-bit indices); New returns nil
// past it and the caller keeps its map.
const Max = 1<<16 - 1

// Table maps strings to values of type V; Get of a key not in it gives the
// zero V, as a map does.
type Table[V any] struct {
	slots []uint32
	mask  uint32
	text  string  // the keys end to end, read only for keys over 16 bytes
	ents  []entry // the keys, by index
	vals  []V
}

// entry is a key as a probe compares it: its words (words) and length,
// one record read where the key's end offsets and its bytes in text were
// two more loads, a slice and, for most keys, a call of runtime.memequal.
type entry struct {
	head, tail uint64
	start, n   uint32
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
	t.ents = make([]entry, 0, len(m))
	t.vals = make([]V, 0, len(m))
	text := make([]byte, 0, n)
	for k, v := range m {
		h := Hash(k)
		tag, p := uint32(h>>48), uint32(h)&t.mask
		for t.slots[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = tag<<16 | uint32(len(t.vals)+1)
		hd, tl := words(k)
		t.ents = append(t.ents, entry{head: hd, tail: tl, start: uint32(len(text)), n: uint32(len(k))})
		text = append(text, k...)
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
	if p := t.PtrHashed(key, h); p != nil {
		return *p
	}
	var zero V
	return zero
}

// PtrHashed is GetHashed's value in the table, nil for a key not in it. A
// caller copying the value into memory of its own copies it from there: a
// record returned by value comes back in registers, which Go writes to the
// stack field by field and reads back whole, a store-forwarding stall for
// a hot loop (issue 11). The value must not be changed.
//
// The probe is written here, not in a function PtrHashed calls: the
// extractor asks at most tokens of an article, and the call between the
// two (neither is small enough to inline) was a tenth of a look-up.
func (t *Table[V]) PtrHashed(key string, h uint64) *V {
	tag, p := uint32(h>>48), uint32(h)&t.mask
	// words(key), written out: too large to inline, it was a call a probe
	var hd, tl uint64
	switch n := len(key); {
	case n >= 8:
		hd, tl = le64(key[:8]), le64(key[n-8:])
	case n >= 4:
		hd = le32(key[:4])<<32 | le32(key[n-4:])
	default:
		for i := 0; i < n; i++ {
			hd |= uint64(key[i]) << (8 * i)
		}
	}
	for {
		s := t.slots[p]
		if s == 0 {
			return nil
		}
		if s>>16 == tag {
			k := s&0xffff - 1
			// words and length equal are the key equal up to 16 bytes
			if e := &t.ents[k]; e.head == hd && e.tail == tl && int(e.n) == len(key) &&
				(len(key) <= 16 || t.text[e.start:e.start+e.n] == key) {
				return &t.vals[k]
			}
		}
		p = (p + 1) & t.mask
	}
}

// words are the bytes of a key as two words which, with its length, tell
// keys of up to 16 bytes apart: its first and last eight bytes (the same
// for a key of eight), overlapping below sixteen; for 4 to 7 bytes, its
// first and last four in one word, as Hash reads them; for fewer, its
// bytes.
func words(s string) (head, tail uint64) {
	n := len(s)
	switch {
	case n >= 8:
		return le64(s[:8]), le64(s[n-8:])
	case n >= 4:
		return le32(s[:4])<<32 | le32(s[n-4:]), 0
	}
	for i := 0; i < n; i++ {
		head |= uint64(s[i]) << (8 * i)
	}
	return head, 0
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
