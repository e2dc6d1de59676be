package dates

import (
	"slices"
	"testing"
)

// TestKeyTable: every first word of every lexicon finds its own entry
// list, and words that are not keys (keys cut, lengthened or changed by a
// byte, other words) find none, as a map look-up would.
func TestKeyTable(t *testing.T) {
	p := newParserT(t)
	lexicons := map[string]*lexicon{"*": p.all}
	for n, lx := range p.langs {
		lexicons[n] = lx
	}
	for name, lx := range lexicons {
		t.Run(name, func(t *testing.T) {
			if len(lx.first) == 0 {
				t.Fatal("no keys")
			}
			for k, es := range lx.first {
				id := lx.keys.get([]byte(k))
				if id == 0 || !slices.Equal(lx.lists[id], es) {
					t.Fatalf("get(%q) = list %d, want the key's own", k, id)
				}
				for _, other := range []string{k + "x", k[:len(k)-1], "x" + k, k + "'", "\x00" + k} {
					if _, isKey := lx.first[other]; !isKey && lx.keys.get([]byte(other)) != 0 {
						t.Errorf("get(%q) found a list; not a key", other)
					}
				}
			}
			for _, w := range []string{"", "the", "attaque", "zzzz", "cyberattack", "2021x"} {
				_, isKey := lx.first[w]
				if got := lx.keys.get([]byte(w)) != 0; got != isKey {
					t.Errorf("get(%q) found = %v, want %v", w, got, isKey)
				}
			}
		})
	}
	var empty keyTable
	if empty.get([]byte("may")) != 0 {
		t.Error("empty table found a key")
	}
}
