package normalizer

import "testing"

// TestCompactTargets holds the flat meanings to the names they came from:
// every name an entity got from a key (its folded key and the name as
// written) is a meaning of that key with that entity and that text.
func TestCompactTargets(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	if got, want := len(n.tgtStart), 0; got == want {
		t.Fatal("no keys")
	}
	checked := 0
	for id := range n.ents {
		names := n.entNames(id)
		// the last name is the entity's own, added without a key
		for _, nm := range names[:len(names)-1] {
			key := termOf(n.trie, nm.folded)
			if key < 0 {
				t.Errorf("%q: not a key", nm.folded)
				continue
			}
			found := false
			for _, tg := range n.targetsOf(key) {
				found = found || (tg.ent == int32(id) && n.origOf(&tg) == nm.text)
			}
			if !found {
				t.Errorf("%q: no meaning (%d, %q)", nm.folded, id, nm.text)
			}
			checked++
		}
	}
	for i, tg := range n.tgts {
		if int(tg.lang) >= len(n.tlangs) || int(tg.form) >= len(n.tforms) || int(tg.off+tg.n) > len(n.blob) {
			t.Errorf("meaning %d out of range: %+v", i, tg)
		}
	}
	t.Logf("%d names checked, %d meanings, blob %d bytes", checked, len(n.tgts), len(n.blob))
}

// entNames returns the names of entity id as strings.
func (n *Normalizer) entNames(id int) []suggestName {
	var out []suggestName
	for _, r := range n.ents[id].names {
		out = append(out, n.suggestName(r))
	}
	return out
}
