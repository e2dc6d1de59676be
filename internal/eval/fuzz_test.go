package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzSplitCommand: --cmd is split like a POSIX shell; the words, quoted
// back, split again to the same words.
func FuzzSplitCommand(f *testing.F) {
	for _, s := range []string{`claimwire extract --lang fr`, `python3 "my tool.py" 'a b' c\ d`, `"unclosed`, `'x`, `a\`, `"a\"b\$c"`, "\t\n "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words, err := SplitCommand(s)
		if err != nil {
			if !strings.Contains(err.Error(), "no closing quotation") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
		again, err := SplitCommand(strings.Join(quoted, " "))
		if err != nil || strings.Join(again, "\x00") != strings.Join(words, "\x00") || len(again) != len(words) {
			t.Fatalf("%q → %q → %q (%v)", s, words, again, err)
		}
	})
}

// FuzzParseGold: a gold annotation file either fails to decode or scores
// against itself without panicking, giving the same sets each time.
func FuzzParseGold(f *testing.F) {
	files, _ := filepath.Glob("testdata/gold/*.json")
	for _, p := range files[:min(len(files), 4)] {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","url":"https://e/a","accusers":["UK",""],"accused_states":["cn"],"claim_months":["2021-13"],"attack_years":[1e400]}`))
	f.Add([]byte(`{"accused_groups":[{"name":null}],"victims":[1,2]}`))
	s, err := NewScorer(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := ParseGold(b)
		if err != nil {
			return
		}
		// scoring is score.py's to the letter (even an empty name counts), so
		// the invariant is only that it is a function of the file
		a, b2 := s.GoldSets(g), s.GoldSets(g)
		if len(a) != len(b2) {
			t.Fatal("gold sets differ between two calls")
		}
		for slot, set := range a {
			if strings.Join(set.sorted(), "\x00") != strings.Join(b2[slot].sorted(), "\x00") {
				t.Fatalf("slot %s differs between two calls", slot)
			}
		}
		_ = g.URL()
		_ = g.PublishedDate()
	})
}
