package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/fixtures"
)

// TestSmallSetIsMap: inSmallSet, the scan negatedAt asks for subject
// negations, answers as the set's map for every token of the fixture
// articles and every word of the set, in each lexicon; and a set over
// smallSetMax, or one without its list, is asked of the map.
func TestSmallSetIsMap(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := fixtures.Articles()
	if err != nil || len(as) == 0 {
		t.Fatalf("fixture articles: %d, %v", len(as), err)
	}
	for lang, lx := range lexs {
		lx, err := lx.full()
		if err != nil {
			t.Fatal(err)
		}
		if len(lx.subjectNeg) > 0 && lx.subjectNegList == nil {
			t.Errorf("%s: %d subject negations and no list", lang, len(lx.subjectNeg))
		}
		words := []string{"", "n", "ni", "nor", "neither", "neithe", "the", "ne"}
		for w := range lx.subjectNeg {
			words = append(words, w, w+"s", w[:len(w)-1])
		}
		for _, a := range as {
			for _, tk := range appendTokens(nil, a.Text, 0, len(a.Text)) {
				words = append(words, tk.w)
			}
		}
		hits := 0
		for _, w := range words {
			got, want := inSmallSet(lx.subjectNeg, lx.subjectNegList, w), lx.subjectNeg[w]
			if got != want {
				t.Fatalf("%s: %q: inSmallSet %v, map %v", lang, w, got, want)
			}
			if want {
				hits++
			}
		}
		if len(lx.subjectNeg) > 0 && hits == 0 {
			t.Errorf("%s: no word of the set compared", lang)
		}
	}
	big := map[string]bool{"a": true, "b": true, "c": true, "d": true, "e": true, "f": true}
	if l := smallSetList(big); l != nil {
		t.Errorf("a set of %d: list %q", len(big), l)
	}
	for _, w := range []string{"a", "f", "g", ""} {
		if inSmallSet(big, nil, w) != big[w] || inSmallSet(map[string]bool{"x": true}, nil, "x") != true {
			t.Errorf("%q: inSmallSet without a list differs from the map", w)
		}
	}
}
