package extractor

import (
	"math/rand"
	"slices"
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

// TestPhraseSetStartingWith: the phrases of a list that start at a token
// (wordsAt) are all among candidates of its word, in the list's order.
func TestPhraseSetStartingWith(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for _, lang := range []string{"en", "fr"} {
		lx := mustLexicon(t, lang)
		for _, list := range [][][]string{lx.selfClaims, lx.countryAnaphors} {
			var vocab []string
			for _, ws := range list {
				vocab = append(vocab, ws...)
			}
			p := newPhraseSetFirst(list)
			for n := 0; n < 300; n++ {
				z := &analyzer{}
				for i := 0; i < 10; i++ {
					z.toks = append(z.toks, token{w: vocab[r.Intn(len(vocab))], word: true})
				}
				for s := range z.toks {
					var want, got []int
					for k, ws := range list {
						if s+len(ws) <= len(z.toks) && z.wordsAt(s, ws) {
							want = append(want, k)
						}
					}
					for _, k := range p.candidates(z.w(s)) {
						if ws := list[k]; s+len(ws) <= len(z.toks) && z.wordsAt(s, ws) {
							got = append(got, int(k))
						}
					}
					if !slices.Equal(got, want) {
						t.Fatalf("%s at %d of %v: %v, want %v", lang, s, z.toks, got, want)
					}
				}
			}
		}
	}
}
