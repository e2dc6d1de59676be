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
	1<<roleDayRel | 1<<rolePeriod | 1<<roleUnit | 1<<roleHoliday

// indexAnchors computes lx.anchors and lx.anchorHeads; finish calls it.
func (lx *lexicon) indexAnchors() {
	lx.anchors = anchorSet{}
	lx.anchorHeads = keyHeads{}
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
			if best != "" {
				lx.anchorHeads.set(best)
			}
		}
	}
}

// mayWord reports that the folded word f is possibly an anchor word: its
// first two bytes start one (anchorHeads, exact) and its hash's bit is set
// (anchors, which a few other words share).
func (lx *lexicon) mayWord(f []byte) bool {
	return len(f) > 0 && lx.anchorHeads.may(f) && lx.anchors.may(f)
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
		if lx.mayWord(f) {
			return true
		}
		if n := len(f); n > 1 && f[n-1] == '\'' && lx.mayWord(f[:n-1]) {
			return true
		}
	}
	return false
}

// mayAnchor is anchored(t) for t the tokens of text, read off the text
// without tokenizing it (issue 11): half the sentences the extractor asks
// about have no anchor, and tokenize wrote their tokens and folded forms
// only for anchored to look them up. A word of ASCII letters ended by an
// ASCII byte other than an apostrophe (most words) is found eight bytes at
// a time (asciiLetters) and hashed only when its first two bytes, lower-
// cased, start an anchor word (few words); any other word is cut and folded
// as tokenize cuts and folds it into a stack buffer and asked as anchored
// asks it. TestMayAnchorIsAnchored holds the two equal.
func (lx *lexicon) mayAnchor(text string) bool {
	const offset, prime = 2166136261, 16777619
	var enc [2 * utf8.UTFMax]byte
	var wbuf [64]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c >= '0' && c <= '9' {
			return true // a number token
		}
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			j := i
			for j+8 <= len(text) {
				_, n := asciiLetters(load8(text[j:]))
				if j += n; n < 8 {
					break
				}
			}
			for j < len(text) && text[j]|0x20 >= 'a' && text[j]|0x20 <= 'z' {
				j++
			}
			if j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' {
				// the word is text[i:j], folded to its bytes|0x20
				x := uint16(c|0x20) << 8
				if j-i > 1 {
					x |= uint16(text[i+1] | 0x20)
				}
				if lx.anchorHeads[x>>6]&(1<<(x&63)) != 0 {
					h := uint32(offset)
					for k := i; k < j; k++ {
						h = (h ^ uint32(text[k]|0x20)) * prime
					}
					if lx.anchors.hasHash(h) {
						return true
					}
				}
				i = j
				continue
			}
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
			if lx.mayWord(f) {
				return true
			}
			i += n
			continue
		}
		// any other word: tokenize's loop, folding into f (apos: it ends
		// with an elision's apostrophe)
		f, apos := wbuf[:0], false
		j := i
		for j < len(text) {
			for j < len(text) {
				b := text[j] | 0x20
				if b < 'a' || b > 'z' {
					break
				}
				f = append(f, b)
				j++
			}
			if j >= len(text) {
				break
			}
			if b := text[j]; b < utf8.RuneSelf {
				if b == '\'' && letterAt(text, j+1) {
					f, apos = append(f, '\''), true
					j++
				}
				break
			}
			if latin1.IsLetter(text, j) {
				f = append(f, latin1Fold[text[j+1]&0x3F]...)
				j += 2
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r2) {
				f = appendFold(f, r2)
				j += n2
				continue
			}
			if isApos(r2) && letterAt(text, j+n2) {
				f, apos = append(f, '\''), true
				j += n2
			}
			break
		}
		if lx.mayWord(f) || (apos && len(f) > 1 && lx.mayWord(f[:len(f)-1])) {
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
