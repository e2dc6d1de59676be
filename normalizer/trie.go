package normalizer

// trie is a byte trie over folded keys. Children are kept in per-node
// sorted byte slices; the root has a direct 256-entry table because every
// word start goes through it. Built once in New, read-only afterwards, so
// Find needs no locking.
type trie struct {
	root  [256]int32
	nodes []trieNode
	dense [][256]int32 // direct tables of the nodes with many children
}

type trieNode struct {
	labels []byte
	kids   []int32
	term   int32 // index into Normalizer.keys, or -1
	dense  int32 // index into trie.dense, or -1
}

func newTrie() *trie {
	t := &trie{}
	for i := range t.root {
		t.root[i] = -1
	}
	return t
}

func (t *trie) insert(key string, term int32) {
	if key == "" {
		return
	}
	n := t.root[key[0]]
	if n < 0 {
		n = t.newNode()
		t.root[key[0]] = n
	}
	for i := 1; i < len(key); i++ {
		c := key[i]
		next := t.child(n, c)
		if next < 0 {
			next = t.newNode()
			nd := &t.nodes[n]
			// keep labels sorted so lookups can stop early
			j := 0
			for j < len(nd.labels) && nd.labels[j] < c {
				j++
			}
			nd.labels = append(nd.labels, 0)
			copy(nd.labels[j+1:], nd.labels[j:])
			nd.labels[j] = c
			nd.kids = append(nd.kids, 0)
			copy(nd.kids[j+1:], nd.kids[j:])
			nd.kids[j] = next
		}
		n = next
	}
	t.nodes[n].term = term
}

func (t *trie) newNode() int32 {
	t.nodes = append(t.nodes, trieNode{term: -1, dense: -1})
	return int32(len(t.nodes) - 1)
}

// finish gives the nodes with many children a direct table; call it once
// after the last insert.
func (t *trie) finish() {
	for i := range t.nodes {
		nd := &t.nodes[i]
		if len(nd.labels) < 8 {
			continue
		}
		var tab [256]int32
		for j := range tab {
			tab[j] = -1
		}
		for j, l := range nd.labels {
			tab[l] = nd.kids[j]
		}
		t.dense = append(t.dense, tab)
		nd.dense = int32(len(t.dense) - 1)
	}
}

func (t *trie) child(n int32, c byte) int32 {
	nd := &t.nodes[n]
	if nd.dense >= 0 {
		return t.dense[nd.dense][c]
	}
	for i, l := range nd.labels {
		if l == c {
			return nd.kids[i]
		}
		if l > c {
			return -1
		}
	}
	return -1
}
