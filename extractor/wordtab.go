package extractor

// wordTable is lexicon.info made for the one look-up per token that
// extract does (issue 11: most tokens are function and cue words the
// lexicon lists, a map access each was a tenth of the string hashing of
// an article). Open addressing over a compact slot array: a slot is the
// top bits of the word's hash and its index in words, so the probe reads
// 4 bytes of a 16 KB array, and the word is compared only when the bits
// agree. get(w) is info[w], the zero wordInfo for a word not in it.
type wordTable struct {
	slots []uint32 // tag<<16 | index+1, 0 empty
	mask  uint32
	// the words end to end in one string, word k at text[ends[k-1]:ends[k]]
	// (ends[-1] read as 0): compared in a few kilobytes read together,
	// not in strings allocated one by one across the heap
	text  string
	ends  []uint32
	infos []wordInfo
}

// wordTableMax is the most words a wordTable indexes (16-bit indices); a
// lexicon with more keeps using its map.
const wordTableMax = 1<<16 - 1

// newWordTable indexes info; nil when it has too many words or bytes.
func newWordTable(info map[string]wordInfo) *wordTable {
	if len(info) > wordTableMax {
		return nil
	}
	n := 0
	for w := range info {
		n += len(w)
	}
	if int64(n) >= 1<<32 {
		return nil
	}
	size := 64
	for size < 3*len(info) { // at most a third full: probes stay short
		size *= 2
	}
	t := &wordTable{slots: make([]uint32, size), mask: uint32(size - 1)}
	t.ends = make([]uint32, 0, len(info)+1)
	t.infos = make([]wordInfo, 0, len(info))
	var text []byte
	for w, wi := range info {
		h := wordHash(w)
		tag, p := uint32(h>>48), uint32(h)&t.mask
		for t.slots[p] != 0 {
			p = (p + 1) & t.mask
		}
		t.slots[p] = tag<<16 | uint32(len(t.infos)+1)
		text = append(text, w...)
		t.ends = append(t.ends, uint32(len(text)))
		t.infos = append(t.infos, wi)
	}
	t.text = string(text)
	return t
}

func (t *wordTable) get(w string) wordInfo {
	h := wordHash(w)
	tag, p := uint32(h>>48), uint32(h)&t.mask
	for {
		s := t.slots[p]
		if s == 0 {
			return wordInfo{}
		}
		if s>>16 == tag {
			k := s&0xffff - 1
			start := uint32(0)
			if k > 0 {
				start = t.ends[k-1]
			}
			if end := t.ends[k]; int(end-start) == len(w) && t.text[start:end] == w {
				return t.infos[k]
			}
		}
		p = (p + 1) & t.mask
	}
}

// wordHash hashes a token from its length and its first and last eight
// bytes (four, or each byte, for shorter ones), read as whole words: the
// tokens are short, and the table compares the word itself. Inlined, it
// costs a fraction of a general string hash.
func wordHash(w string) uint64 {
	n := len(w)
	h := uint64(n) * 0x9E3779B97F4A7C15
	switch {
	case n >= 8:
		h ^= le64(w[:8])*0xC2B2AE3D27D4EB4F ^ le64(w[n-8:])*0x165667B19E3779F9
	case n >= 4:
		h ^= (le32(w[:4])<<32 | le32(w[n-4:])) * 0xC2B2AE3D27D4EB4F
	default:
		for i := 0; i < n; i++ {
			h ^= uint64(w[i]) << (8 * i)
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
