package dates

// Anchors (issue 11): two sentences in three that the extractor asks about
// hold no date, yet nearly every one holds a word a date phrase may start
// with ("the" of "the previous year", « de » of « de 2019 à 2021 », "a" of
// "a week ago"), so each token was looked up among the phrases' first words
// and the matcher tried the starts, word by word. Every date expression the
// matcher returns holds a digit or a phrase of one of the anchor roles
// below: a year, a day or a numeric date are digits; a month, weekday,
// season, relative day or period is named; a count ("three years ago",
// « il y a deux ans ») needs its unit. Each phrase of those roles gives its
// longest word as its anchor ("previous" of "the previous year", "week" of
// "this week", not "the" or "this"), and a sentence with no digit and no
// anchor word has no date: it is answered after tokenizing, with no phrase
// look-up and no matching. TestAnchorsChangeNothing holds find to that.

// anchorRoles are the roles of which every date expression holds a phrase
// or else a digit (see expr, atomAt, word, named, qualified, count).
const anchorRoles = 1<<roleMonth | 1<<roleMonthAbbr | 1<<roleWeekday | 1<<roleSeason |
	1<<roleDayRel | 1<<rolePeriod | 1<<roleUnit

// indexAnchors computes lx.anchors; finish calls it.
func (lx *lexicon) indexAnchors() {
	lx.anchors = anchorSet{}
	for _, es := range lx.first {
		for _, e := range es {
			if anchorRoles&(1<<e.role) == 0 {
				continue
			}
			best := ""
			for _, w := range e.toks {
				// the last of equal length: "week" of "this week", « année »
				// of « cette année », the noun rather than its determiner
				if len(w) >= len(best) {
					best = w
				}
			}
			lx.anchors.add([]byte(best))
		}
	}
}

// anchored reports a digit or possibly an anchor word among the tokens of
// t. A word ending with an apostrophe is asked without it too: a phrase's
// first word is found that way ("Monday's", find).
func (lx *lexicon) anchored(t *tokens) bool {
	for i := range t.toks {
		if t.toks[i].kind == tokNum {
			return true
		}
		f := t.foldedBytes(i)
		if lx.anchors.may(f) {
			return true
		}
		if n := len(f); n > 1 && f[n-1] == '\'' && lx.anchors.may(f[:n-1]) {
			return true
		}
	}
	return false
}

// anchorSet is a 65,536-bit set of hashes of the anchor words. A word
// whose bit is clear is no anchor; a set bit is an anchor or, rarely, a
// word hashed alike: then the matcher runs and finds what it finds, so no
// exact look-up is needed to keep the results.
type anchorSet [1024]uint64

// anchorHash hashes every byte of a word: a few of them (first, middle,
// last and length) let "security" pass as "saturday".
func anchorHash(f []byte) uint16 {
	h := fnv1a(f)
	return uint16(h ^ h>>16)
}

func (s *anchorSet) add(f []byte) {
	if len(f) == 0 {
		return // a phrase token is never empty
	}
	h := anchorHash(f)
	s[h>>6] |= 1 << (h & 63)
}

func (s *anchorSet) may(f []byte) bool {
	if len(f) == 0 {
		return false
	}
	h := anchorHash(f)
	return s[h>>6]&(1<<(h&63)) != 0
}
