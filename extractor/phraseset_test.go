package extractor

import (
	"math/rand"
	"testing"
)

// TestPhraseSetEndsAt holds phraseSetEndsAt to the scan of every phrase it
// replaces, on random word sequences over a small vocabulary (so that
// phrases match often) and on the lexicons' own lists.
func TestPhraseSetEndsAt(t *testing.T) {
	vocab := []string{"a", "of", "the", "to", "similar", "front", "for", "x", "behind", "de", "la"}
	r := rand.New(rand.NewSource(1))
	lists := [][][]string{{{"similar", "to"}, {"the", "front", "for"}, {"behind"}, {"a", "x"}, {"to"}}, {}, {{}, {"of"}}}
	for _, lang := range []string{"en", "fr"} {
		lx := mustLexicon(t, lang)
		lists = append(lists, lx.frontCues, lx.comparisonMarkers, lx.renamingCues)
		for _, l := range lx.frontCues {
			vocab = append(vocab, l...)
		}
		for _, l := range lx.comparisonMarkers {
			vocab = append(vocab, l...)
		}
	}
	for n := 0; n < 300; n++ {
		z := &analyzer{}
		for i := 0; i < 12; i++ {
			z.toks = append(z.toks, token{w: vocab[r.Intn(len(vocab))], word: true})
		}
		for _, list := range lists {
			p := newPhraseSet(list)
			for e := 0; e <= len(z.toks); e++ {
				for a := -1; a <= e; a++ {
					want := false
					for _, ws := range list {
						want = want || z.phraseEndsAt(ws, e) && e-len(ws) >= a
					}
					if got := z.phraseSetEndsAt(list, &p, e, a); got != want {
						t.Fatalf("%v at %d from %d in %v: %v, want %v", list, e, a, z.toks, got, want)
					}
				}
			}
		}
	}
}
