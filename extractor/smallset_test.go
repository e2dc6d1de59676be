package extractor

import (
	"slices"
	"testing"
)

// TestSmallIndexIsMap: the indexes the analyser asks instead of three of
// the lexicon's maps (the subject negations, possibility modals and
// place-span openers) answer as the maps for every token of the fixture
// articles and every key, in each lexicon; a map over smallMax, or one
// whose index was not built, is asked itself.
func TestSmallIndexIsMap(t *testing.T) {
	lexs, as := lexiconsAndArticles(t)
	for lang, lx := range lexs {
		lx, err := lx.full()
		if err != nil {
			t.Fatal(err)
		}
		words := []string{"", "n", "ni", "nor", "neither", "neithe", "the", "ne", "from", "de", "could", "pourrait"}
		for _, m := range []map[string]bool{lx.subjectNeg, lx.possModals} {
			for w := range m {
				words = append(words, w, w+"s", w[:len(w)-1])
			}
		}
		for w := range lx.spans {
			words = append(words, w, w+"x")
		}
		for _, a := range as {
			for _, tk := range appendTokens(nil, a.Text, 0, len(a.Text)) {
				words = append(words, tk.w)
			}
		}
		hits := 0
		for _, w := range words {
			for name, c := range map[string]struct {
				m map[string]bool
				x *smallIndex[bool]
			}{"subject negations": {lx.subjectNeg, &lx.subjectNegIdx}, "possibility modals": {lx.possModals, &lx.possModalsIdx}} {
				if len(c.m) > 0 && !c.x.ok {
					t.Fatalf("%s: %s: %d words, not indexed", lang, name, len(c.m))
				}
				if got, want := c.x.get(c.m, w), c.m[w]; got != want {
					t.Fatalf("%s: %s: %q: index %v, map %v", lang, name, w, got, want)
				} else if want {
					hits++
				}
			}
			if got, want := lx.spansIdx.get(lx.spans, w), lx.spans[w]; !slices.Equal(got, want) {
				t.Fatalf("%s: place spans: %q: index %q, map %q", lang, w, got, want)
			}
		}
		if hits == 0 {
			t.Errorf("%s: no word of the sets compared", lang)
		}
	}
	big := map[string]bool{}
	for _, w := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i"} {
		big[w] = true
	}
	if x := newSmallIndex(big); x.ok {
		t.Errorf("a map of %d keys indexed", len(big))
	}
	var none smallIndex[bool]
	for _, w := range []string{"a", "i", "j", ""} {
		x := newSmallIndex(big)
		if x.get(big, w) != big[w] || none.get(map[string]bool{"x": true}, "x") != true {
			t.Errorf("%q: an index not built differs from the map", w)
		}
	}
}
