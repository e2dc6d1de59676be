package normalizer

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
)

// walk returns the term of key in t, or -1 when key is not a term.
func (t *trie) walk(key string) int32 {
	if key == "" {
		return -1
	}
	n := t.root[key[0]]
	for i := 1; n >= 0 && i < len(key); i++ {
		n = t.child(n, key[i])
	}
	if n < 0 {
		return -1
	}
	return t.nodes[n].term
}

func TestBuildTrie(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	// a small alphabet gives shared prefixes, keys that are prefixes of
	// others and nodes with many children (direct tables)
	alphabet := "ab cdefghijklmn'\xc3\xa9"
	randKey := func() string {
		b := make([]byte, 1+rng.Intn(7))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	for _, size := range []int{0, 1, 2, 50, 3000} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			set := map[string]bool{}
			for len(set) < size {
				set[randKey()] = true
			}
			keys := []string{""} // an empty key takes a term index but no node
			for k := range set {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			tr := buildTrie(keys)
			for i, k := range keys[1:] {
				if got := tr.walk(k); got != int32(i+1) {
					t.Fatalf("key %q: term %d, want %d", k, got, i+1)
				}
			}
			for range 2000 {
				k := randKey()
				if set[k] {
					continue
				}
				if got := tr.walk(k); got != -1 {
					t.Fatalf("non-key %q: term %d, want -1", k, got)
				}
			}
			if size == 3000 && len(tr.dense) == 0 {
				t.Fatal("no node got a direct table")
			}
		})
	}
}
