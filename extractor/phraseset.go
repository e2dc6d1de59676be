package extractor

// phraseSet is a list of phrases (folded words) indexed by a key of their
// last word: the sentence analysis asks, at many tokens, whether one of the
// front cues, comparison markers or renaming cues ends right before it, and
// compared the words of each phrase of the list in turn (issue 11); only
// the phrases whose last word has the key of the token's word can end there.
type phraseSet struct {
	byLast [phraseBuckets][]int32 // indices into the list by lastWordKey of their last word
	empty  bool                   // a phrase without words: it ends anywhere, so every phrase is tried
}

const phraseBuckets = 64

// lastWordKey spreads words over the buckets by their length and end bytes.
func lastWordKey(w string) int {
	if w == "" {
		return 0
	}
	return (len(w)*7 + int(w[0])*31 + int(w[len(w)-1])) & (phraseBuckets - 1)
}

func newPhraseSet(list [][]string) phraseSet {
	var p phraseSet
	for n, ws := range list {
		if len(ws) == 0 {
			p.empty = true
			continue
		}
		k := lastWordKey(ws[len(ws)-1])
		p.byLast[k] = append(p.byLast[k], int32(n))
	}
	return p
}

// phraseSetEndsAt reports whether a phrase of list, indexed by p, ends
// right before token e and starts at or after token a: phraseEndsAt of any
// of them, the start tested as the callers did.
func (z *analyzer) phraseSetEndsAt(list [][]string, p *phraseSet, e, a int) bool {
	if p.empty {
		for _, ws := range list {
			if z.phraseEndsAt(ws, e) && e-len(ws) >= a {
				return true
			}
		}
		return false
	}
	if e < 1 {
		return false // a phrase of words ends after a token
	}
	for _, n := range p.byLast[lastWordKey(z.w(e-1))] {
		if ws := list[n]; z.phraseEndsAt(ws, e) && e-len(ws) >= a {
			return true
		}
	}
	return false
}
