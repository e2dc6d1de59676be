package extractor

// phraseSet is a list of phrases (folded words) indexed by a key of their
// last word (or, made by newPhraseSetFirst, of their first): the sentence
// analysis asks, at many tokens, whether one of the front cues, comparison
// markers or renaming cues ends right before it (or a self-claim or country
// anaphor starts at it), and compared the words of each phrase of the list
// in turn (issue 11); only the phrases whose last (first) word has the key
// of the token's word can end (start) there. A key's indices are in list
// order, so a caller reads the phrases that can match in the list's order.
type phraseSet struct {
	byKey [phraseBuckets][]int32 // indices into the list by wordKey of their last (first) word
	all   []int32                // every index, in order, when empty
	empty bool                   // a phrase without words: it ends anywhere, so every phrase is tried
}

const phraseBuckets = 64

// wordKey spreads words over the buckets by their length and end bytes.
func wordKey(w string) int {
	if w == "" {
		return 0
	}
	return (len(w)*7 + int(w[0])*31 + int(w[len(w)-1])) & (phraseBuckets - 1)
}

func newPhraseSet(list [][]string) phraseSet { return indexPhrases(list, true) }

// newPhraseSetFirst indexes list by the first word of each phrase.
func newPhraseSetFirst(list [][]string) phraseSet { return indexPhrases(list, false) }

func indexPhrases(list [][]string, last bool) phraseSet {
	var p phraseSet
	for n, ws := range list {
		p.all = append(p.all, int32(n))
		if len(ws) == 0 {
			p.empty = true
			continue
		}
		w := ws[0]
		if last {
			w = ws[len(ws)-1]
		}
		k := wordKey(w)
		p.byKey[k] = append(p.byKey[k], int32(n))
	}
	if !p.empty {
		p.all = nil // only the keyed lists are read
	}
	return p
}

// candidates returns the indices of the phrases that may end (or, for a set
// made by newPhraseSetFirst, start) with word w, in list order: every one
// when the list holds a phrase without words.
func (p *phraseSet) candidates(w string) []int32 {
	if p.empty {
		return p.all
	}
	return p.byKey[wordKey(w)]
}

// phraseSetEndsAt reports whether a phrase of list, indexed by p, ends
// right before token e and starts at or after token a: phraseEndsAt of any
// of them, the start tested as the callers did.
func (z *analyzer) phraseSetEndsAt(list [][]string, p *phraseSet, e, a int) bool {
	if e < 1 && !p.empty {
		return false // a phrase of words ends after a token
	}
	w := ""
	if e >= 1 {
		w = z.w(e - 1)
	}
	for _, n := range p.candidates(w) {
		if ws := list[n]; z.phraseEndsAt(ws, e) && e-len(ws) >= a {
			return true
		}
	}
	return false
}
