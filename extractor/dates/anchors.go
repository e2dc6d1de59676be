package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimwire/claimwire/internal/latin1"
)

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

// mayAnchor is anchored(t) for t the tokens of text, read off the text
// without tokenizing it (issue 11): half the sentences the extractor asks
// about have no anchor, and tokenize wrote their tokens and folded forms
// only for anchored to hash them again. The words are cut and folded as
// tokenize cuts and folds them, each folded byte going straight into
// FNV-1a (fnv1a's, anchorBit); TestMayAnchorIsAnchored holds the two equal.
func (lx *lexicon) mayAnchor(text string) bool {
	const offset, prime = 2166136261, 16777619
	var enc [2 * utf8.UTFMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c >= '0' && c <= '9' {
			return true // a number token
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !(c|0x20 >= 'a' && c|0x20 <= 'z') && !(c >= utf8.RuneSelf && unicode.IsLetter(r)) {
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			// a mark: a token of its own, folded as tokenize folds it
			var f []byte
			switch {
			case isApos(r):
				f = append(enc[:0], '\'')
			case isDash(r):
				f = append(enc[:0], '-')
			default:
				f = appendFold(enc[:0], r)
			}
			if lx.anchors.may(f) {
				return true
			}
			i += n
			continue
		}
		// a word: tokenize's loop, hashing instead of writing; apos: it
		// ends with an elision's apostrophe, prev the hash before it
		h, size := uint32(offset), 0
		prev, apos := h, false
		j := i
		for j < len(text) {
			for j < len(text) {
				b := text[j] | 0x20
				if b < 'a' || b > 'z' {
					break
				}
				h = (h ^ uint32(b)) * prime
				size++
				j++
			}
			if j >= len(text) {
				break
			}
			if b := text[j]; b < utf8.RuneSelf {
				if b == '\'' && letterAt(text, j+1) {
					prev, h, apos = h, (h^'\'')*prime, true
					size++
					j++
				}
				break
			}
			if latin1.IsLetter(text, j) {
				f := latin1Fold[text[j+1]&0x3F]
				for k := 0; k < len(f); k++ {
					h = (h ^ uint32(f[k])) * prime
					size++
				}
				j += 2
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) {
				for _, b := range appendFold(enc[:0], r2) {
					h = (h ^ uint32(b)) * prime
					size++
				}
				j += n2
				continue
			}
			if isApos(r2) && letterAt(text, j+n2) {
				prev, h, apos = h, (h^'\'')*prime, true
				size++
				j += n2
			}
			break
		}
		if lx.anchors.hasHash(h) || (apos && size > 1 && lx.anchors.hasHash(prev)) {
			return true
		}
		i = j
	}
	return false
}

// anchorSet is a 65,536-bit set of hashes of the anchor words. A word
// whose bit is clear is no anchor; a set bit is an anchor or, rarely, a
// word hashed alike: then the matcher runs and finds what it finds, so no
// exact look-up is needed to keep the results.
type anchorSet [1024]uint64

// anchorBit is the bit of a word whose FNV-1a hash (fnv1a) is h: every
// byte of the word counts, where a few of them (first, middle, last and
// length) let "security" pass as "saturday".
func anchorBit(h uint32) uint16 { return uint16(h ^ h>>16) }

func (s *anchorSet) add(f []byte) {
	if len(f) == 0 {
		return // a phrase token is never empty
	}
	x := anchorBit(fnv1a(f))
	s[x>>6] |= 1 << (x & 63)
}

// hasHash is may for a word whose FNV-1a hash (fnv1a) is h.
func (s *anchorSet) hasHash(h uint32) bool {
	x := anchorBit(h)
	return s[x>>6]&(1<<(x&63)) != 0
}

func (s *anchorSet) may(f []byte) bool {
	return len(f) > 0 && s.hasHash(fnv1a(f))
}
