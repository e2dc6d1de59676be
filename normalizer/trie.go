package normalizer

import "slices"

// trie is a byte trie over folded keys, laid out flat: the children of a
// node are consecutive entries of nodes (sorted by label), so building it
// allocates a few slices rather than two per node, and a lookup scans a
// short run of labels. The root has a direct 256-entry table because every
// word start goes through it; nodes with many children get one too. Built
// once in New from the sorted keys, read-only afterwards, so Find needs no
// locking.
type trie struct {
	root  [256]int32
	nodes []trieNode
	// labels[i] is nodes[i].label: a node's children's labels are
	// consecutive bytes, so child scans one or two cache lines' worth of
	// bytes instead of 16-byte nodes
	labels []byte
	dense  [][256]int32 // direct tables of the nodes with many children
}

// trieNode is 16 bytes; its label is in it, so scanning a node's children
// reads the child found as well.
type trieNode struct {
	first int32  // index of the first child in nodes
	term  int32  // index into Normalizer.keys, or -1
	dense int32  // index into trie.dense, or -1
	n     uint16 // number of children (at most 256)
	label byte   // the byte leading to this node
	// kid is the label of the first child: most nodes past the first
	// bytes have one child, whose label is then read with the node
	// rather than from labels, a cache line elsewhere (issue 11)
	kid byte
}

// denseMin is the child count from which a node gets a direct table.
const denseMin = 8

// buildTrie builds the trie of keys, which must be sorted, distinct and
// non-empty; key i is term i.
func buildTrie(keys []string) *trie {
	t := &trie{}
	for i := range t.root {
		t.root[i] = -1
	}
	// one node per distinct non-empty prefix: in sorted order, a key adds
	// the bytes past its common prefix with the key before it
	size, prev := 0, ""
	for _, k := range keys {
		c := 0
		for c < len(k) && c < len(prev) && k[c] == prev[c] {
			c++
		}
		size += len(k) - c
		prev = k
	}
	t.nodes = make([]trieNode, 0, size)
	// the root's children: one node per distinct first byte
	first := int32(len(t.nodes))
	t.appendKids(keys, 0)
	for i := first; i < int32(len(t.nodes)); i++ {
		t.root[t.nodes[i].label] = i
	}
	t.fill(first, keys, 0, 0)
	// the direct tables, allocated at once once their number is known
	nd := 0
	for i := range t.nodes {
		if t.nodes[i].dense >= 0 {
			nd++
		}
	}
	t.labels = make([]byte, len(t.nodes))
	for i := range t.nodes {
		t.labels[i] = t.nodes[i].label
	}
	t.dense = make([][256]int32, nd)
	nd = 0
	for i := range t.nodes {
		x := &t.nodes[i]
		if x.dense < 0 {
			continue
		}
		tab := &t.dense[nd]
		for k := range tab {
			tab[k] = -1
		}
		for k := x.first; k < x.first+int32(x.n); k++ {
			tab[t.nodes[k].label] = k
		}
		x.dense = int32(nd)
		nd++
	}
	return t
}

// appendKids appends one node per distinct byte keys[*][depth] (keys
// shorter than depth+1 are skipped: they end at the parent) and returns
// their count.
func (t *trie) appendKids(keys []string, depth int) uint16 {
	var n uint16
	for i := 0; i < len(keys); {
		if len(keys[i]) <= depth {
			i++
			continue
		}
		c := keys[i][depth]
		t.nodes = append(t.nodes, trieNode{term: -1, dense: -1, label: c})
		n++
		for i < len(keys) && len(keys[i]) > depth && keys[i][depth] == c {
			i++
		}
	}
	return n
}

// fill completes the nodes first, first+1, … appended for keys at depth
// (keys[*][depth] is their label); base is the term index of keys[0].
func (t *trie) fill(first int32, keys []string, depth int, base int32) {
	node := first
	for i := 0; i < len(keys); {
		if len(keys[i]) <= depth {
			i++
			continue
		}
		c := keys[i][depth]
		j := i
		for j < len(keys) && len(keys[j]) > depth && keys[j][depth] == c {
			j++
		}
		group := keys[i:j]
		// sorted keys: the one ending here, if any, comes first
		if len(group[0]) == depth+1 {
			t.nodes[node].term = base + int32(i)
		}
		kids := int32(len(t.nodes))
		n := t.appendKids(group, depth+1)
		t.nodes[node].first, t.nodes[node].n = kids, n
		if n > 0 {
			t.nodes[node].kid = t.nodes[kids].label
		}
		if n >= denseMin {
			t.nodes[node].dense = 0 // its table is made by buildTrie
		}
		if n > 0 {
			t.fill(kids, group, depth+1, base+int32(i))
		}
		node++
		i = j
	}
}

func (t *trie) child(n int32, c byte) int32 {
	nd := &t.nodes[n]
	if nd.n == 1 {
		if nd.kid == c {
			return nd.first
		}
		return -1
	}
	if nd.dense >= 0 {
		return t.dense[nd.dense][c]
	}
	// children are sorted by label; most nodes have one
	for i, l := range t.labels[nd.first : nd.first+int32(nd.n)] {
		if l >= c {
			if l == c {
				return nd.first + int32(i)
			}
			break
		}
	}
	return -1
}

// wordFilter is a set of word hashes as a bit table: a word whose bit is
// clear is in no key's first word and needs no trie walk. A third of the
// words of news text start some key ("the", « les », country names), the
// rest were walked a few bytes deep into the trie before failing, each
// byte a likely cache miss (issue 11). 64 Kbit (8 KB) per language: with
// about 3,500 first words a word not among them passes one time in twenty.
type wordFilter [1 << wordFilterBits / 64]uint64

const wordFilterBits = 16

func (f *wordFilter) add(h uint32)      { f[h>>6] |= 1 << (h & 63) }
func (f *wordFilter) has(h uint32) bool { return f[h>>6]&(1<<(h&63)) != 0 }

// Word hashes: FNV-1a over the folded bytes, finished by a multiply whose
// top wordFilterBits bits index the filter (FNV-1a's own top bits hardly
// depend on the last byte). find computes the hash while it scans the
// word, so wordHashStep and wordHashEnd are all it adds per byte.
const (
	wordHashInit  = 2166136261
	wordHashPrime = 16777619
)

func wordHashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * wordHashPrime }
func wordHashEnd(h uint32) uint32          { return (h * 0x9E3779B1) >> (32 - wordFilterBits) }

func wordHash(w string) uint32 {
	h := uint32(wordHashInit)
	for i := 0; i < len(w); i++ {
		h = wordHashStep(h, w[i])
	}
	return wordHashEnd(h)
}

// firstWord is the run of word bytes that starts key: a key can match at a
// word start only if that word is exactly this run (a key ends on a word
// boundary, so it cannot end inside the word, and past the word its next
// byte is not a word byte). "" for a key that starts with another byte.
func firstWord(key string) string {
	w := 0
	for w < len(key) && isWordByte(key[w]) {
		w++
	}
	return key[:w]
}

// pairPrefix is the start of key up to the end of its second word: its
// first word, the non-word bytes after it and the run of word bytes they
// lead to; "" for a key of one word (maybe followed by non-word bytes).
// A key of two words or more matches at a word start only where the text
// holds this prefix followed by a non-word byte or its end (the key's
// second word ends on a word boundary or goes on with a non-word byte), so
// the text's first word, the bytes after it and its whole next word.
func pairPrefix(key string) string {
	w := len(firstWord(key))
	s := w
	for s < len(key) && !isWordByte(key[s]) {
		s++
	}
	if s == len(key) {
		return ""
	}
	e := s
	for e < len(key) && isWordByte(key[e]) {
		e++
	}
	return key[:e]
}

// pairHash is wordHash(string(b[i:e])) for the word b[i:w] whose running
// hash (before wordHashEnd) is h, e the end of pairPrefix's span in the
// text: the non-word bytes after the word and the next word. A word at the
// end of b, or followed by non-word bytes alone, has no such span: a value
// no pairPrefix hash can have is not needed, as pairWords is only a filter,
// so its own hash is returned (soloWords answers for it).
func pairHash(b []byte, w int, h uint32) uint32 {
	for w < len(b) && !isWordByte(b[w]) {
		h = wordHashStep(h, b[w])
		w++
	}
	for w < len(b) && isWordByte(b[w]) {
		h = wordHashStep(h, b[w])
		w++
	}
	return wordHashEnd(h)
}

// hasKey reports whether s is one of t's keys.
func hasKey[S string | []byte](t *trie, s S) bool {
	if len(s) == 0 {
		return false
	}
	node := t.root[s[0]]
	for j := 1; node >= 0 && j < len(s); j++ {
		node = t.child(node, s[j])
	}
	return node >= 0 && t.nodes[node].term >= 0
}

// sortedUnique returns the distinct non-empty strings of ss, sorted, as
// buildTrie wants them.
func sortedUnique(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
