package extractor

import (
	"strings"
	"testing"
)

// TestAffixesInline: hasSuffixIn and hasPrefixIn, which compare a byte
// inline before the rest, answer as strings.HasSuffix and HasPrefix over
// each list for every token of the fixture articles, the lists' own words
// and edge cases (empty words and affixes, an affix longer than the word);
// and cyberWord as hasCyber.
func TestAffixesInline(t *testing.T) {
	lexs, as := lexiconsAndArticles(t)
	ref := func(w string, l []string, f func(string, string) bool) bool {
		for _, a := range l {
			if f(w, a) {
				return true
			}
		}
		return false
	}
	for lang, lx := range lexs {
		lx, err := lx.full()
		if err != nil {
			t.Fatal(err)
		}
		lists := [][]string{lx.partSuffixes, lx.nonPartSuffixes, lx.hackStems, lx.modalPrefixes, lx.infSuffixes,
			lx.hyphenLoc, lx.hyphenTie, lx.hyphenOwner, lx.selfTargetStems, lx.eventTargetStems, lx.progSuffixes,
			{"", "ed"}, {"é", "ée", "x"}, {"abcdefghijklmnop"}}
		words := []string{"", "e", "d", "ed", "é", "ée", "abc"}
		for _, l := range lists {
			for _, a := range l {
				words = append(words, a, "x"+a, a+"x", strings.ToUpper(a))
			}
		}
		for _, a := range as {
			for _, tk := range appendTokens(nil, a.Text, 0, len(a.Text)) {
				words = append(words, tk.w)
			}
		}
		n := 0
		for _, w := range words {
			for _, l := range lists {
				if got, want := hasSuffixIn(w, l), ref(w, l, strings.HasSuffix); got != want {
					t.Fatalf("%s: hasSuffixIn(%q, %q) = %v", lang, w, l, got)
				} else if got {
					n++
				}
				if got, want := hasPrefixIn(w, l), ref(w, l, strings.HasPrefix); got != want {
					t.Fatalf("%s: hasPrefixIn(%q, %q) = %v", lang, w, l, got)
				}
			}
			if got, want := lx.cyberWord(w), hasCyber(lx, w); got != want {
				t.Fatalf("%s: cyberWord(%q) = %v, hasCyber %v", lang, w, got, want)
			}
		}
		if n == 0 {
			t.Errorf("%s: no affix found", lang)
		}
	}
}
