package dates

// Key heads (issue 11): every token of a text was looked up in lx.first,
// hashing its folded form, though most words (the, attack, selon…) start no
// date phrase. A 65,536-bit set of the first two bytes of the keys answers
// "no" for most of them without hashing; a "maybe" still asks the map, so
// the entries found are the same.

// keyHeads holds bit head(k) for every key k of lx.first; all bits when a
// key is empty (it would match an empty token, which head cannot tell).
type keyHeads [1024]uint64

// head is a key's first two bytes; a one-byte key is its byte and 0.
func head(b []byte) uint16 {
	if len(b) == 1 {
		return uint16(b[0]) << 8
	}
	return uint16(b[0])<<8 | uint16(b[1])
}

func (h *keyHeads) set(k string) {
	if k == "" {
		for i := range h {
			h[i] = ^uint64(0)
		}
		return
	}
	x := head([]byte(k[:min(len(k), 2)]))
	h[x>>6] |= 1 << (x & 63)
}

// may reports whether f can be a key of first: false only when no key
// starts with f's first two bytes (or is f's one byte).
func (h *keyHeads) may(f []byte) bool {
	if len(f) == 0 {
		return h[0]&1 != 0 && h[len(h)-1]>>63 != 0 // only an empty key, which sets every bit
	}
	x := head(f)
	return h[x>>6]&(1<<(x&63)) != 0
}

// indexKeys computes lx.keyHeads; finish calls it once the phrases are in.
func (lx *lexicon) indexKeys() {
	lx.keyHeads = keyHeads{}
	for k := range lx.first {
		lx.keyHeads.set(k)
	}
}
