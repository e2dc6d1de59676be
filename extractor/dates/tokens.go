package dates

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/claimwire/claimwire/internal/latin1"
)

// token kinds.
const (
	tokWord  = 'w'
	tokNum   = 'n'
	tokPunct = 'p'
)

// token is one word, digit run or punctuation mark of the text, with its byte
// span in the original text and its folded form (lower case, no accents,
// typographic apostrophes and dashes made ASCII) in a per-call buffer.
type token struct {
	// int32: a token is 20 bytes, not 40 (a sentence's tokens are written
	// once per call and read by every rule)
	start, end int32 // bytes in the original text
	fs, fe     int32 // folded form in the fold buffer
	kind       byte
	space      bool // whitespace between the previous token and this one
	upper      bool // first rune is upper case (words)
}

// tokenizer state reused by one Find call.
type tokens struct {
	text string
	fold []byte
	toks []token
	ents []int32  // lexicon entries starting with each token, looked up once: an index into lexicon.lists
	mask []uint64 // roles of those entries (1<<role), to skip hopeless matches
	// at, cl, bg: stemPositions' lists, kept for the next call
	at, cl, bg []int
	hits       []hit // findInto's answer, copied out by its callers
	// reach: findAfter's sentence needs the date told up to reach
	// sentences before it (Sentence.AnchorReach)
	reach int8
}

func (t *tokens) folded(i int) string { return string(t.fold[t.toks[i].fs:t.toks[i].fe]) }

// foldedBytes avoids an allocation for map look-ups (the compiler does not
// copy string(b) used as a map key).
func (t *tokens) foldedBytes(i int) []byte { return t.fold[t.toks[i].fs:t.toks[i].fe] }

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func isDash(r rune) bool { return r == '-' || (r >= '‐' && r <= '―') || r == '−' }

// tokenize splits text. An apostrophe between two letters ends the word
// before it (French elision: l’an → "l'" "an"), so data phrases written with
// elisions tokenize the same way.
func (t *tokens) tokenize(text string) {
	t.text = text
	t.fold = t.fold[:0]
	t.toks = t.toks[:0]
	space := true
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			// a word of ASCII letters ended by an ASCII byte other than an
			// apostrophe, or by the text's end (most words): lower-cased
			// into the fold buffer and written in one pass; the loop below
			// takes no other decision for it (issue 11)
			fs, k := t.foldRun(text, i)
			if j := i + k; j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' {
				t.fold = t.fold[:fs+k]
				n := len(t.toks)
				if n == cap(t.toks) {
					t.toks = slices.Grow(t.toks, 1)
				}
				t.toks = t.toks[:n+1]
				tk := &t.toks[n]
				tk.start, tk.end, tk.fs, tk.fe, tk.kind, tk.space, tk.upper = int32(i), int32(j), int32(fs), int32(fs+k), tokWord, space, c <= 'Z'
				space = false
				i = j
				continue
			}
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			fs := len(t.fold)
			t.fold = append(t.fold, text[i:j]...)
			t.toks = append(t.toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(t.fold)), kind: tokNum, space: space})
			space = false
			i = j
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= utf8.RuneSelf && unicode.IsLetter(r)):
			fs := len(t.fold)
			j := i
			upper := unicode.IsUpper(r)
			for j < len(text) {
				// a run of ASCII letters, most of every word: read, lower-
				// cased (c|0x20) and written in one pass into room made
				// for the rest of the text, with no call or capacity test
				// per byte (issue 11)
				f, k := t.foldRun(text, j)
				if k > 0 {
					t.fold = t.fold[:f+k]
					if j += k; j >= len(text) {
						break
					}
				}
				if c := text[j]; c < utf8.RuneSelf {
					// an ASCII mark ends the word; an apostrophe before a
					// letter is kept in it (isApos below, for ASCII)
					if c == '\'' && letterAt(text, j+1) {
						t.fold = append(t.fold, '\'')
						j++
					}
					break
				}
				if latin1.IsLetter(text, j) {
					t.fold = append(t.fold, latin1Fold[text[j+1]&0x3F]...)
					j += 2
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) {
					t.fold = appendFold(t.fold, r2)
					j += n2
					continue
				}
				if isApos(r2) && letterAt(text, j+n2) {
					t.fold = append(t.fold, '\'')
					j += n2
				}
				break
			}
			t.toks = append(t.toks, token{start: int32(i), end: int32(j), fs: int32(fs), fe: int32(len(t.fold)), kind: tokWord, space: space, upper: upper})
			space = false
			i = j
		case unicode.IsSpace(r):
			space = true
			i += n
		default:
			fs := len(t.fold)
			switch {
			case isApos(r):
				t.fold = append(t.fold, '\'')
			case isDash(r):
				t.fold = append(t.fold, '-')
			default:
				t.fold = appendFold(t.fold, r)
			}
			t.toks = append(t.toks, token{start: int32(i), end: int32(i + n), fs: int32(fs), fe: int32(len(t.fold)), kind: tokPunct, space: space})
			space = false
			i += n
		}
	}
}

// latin1Fold is appendFold of U+00C0 + k for each k below 64.
var latin1Fold = func() (t [64]string) {
	for k := range t {
		t[k] = string(appendFold(nil, rune(0xC0+k)))
	}
	return t
}()

// appendFold appends r lower-cased and without its accent.
func appendFold(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		r = 'a'
	case 'ç':
		r = 'c'
	case 'è', 'é', 'ê', 'ë':
		r = 'e'
	case 'ì', 'í', 'î', 'ï':
		r = 'i'
	case 'ñ':
		r = 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö':
		r = 'o'
	case 'ù', 'ú', 'û', 'ü':
		r = 'u'
	case 'ý', 'ÿ':
		r = 'y'
	case 'œ':
		return append(b, 'o', 'e')
	case 'æ':
		return append(b, 'a', 'e')
	case 'ß':
		return append(b, 's', 's')
	}
	return utf8.AppendRune(b, r)
}

// foldPhrase tokenizes a data phrase and returns its folded tokens,
// tokenizing with t's buffers (New folds every phrase of every language:
// one scratch for them all, and the tokens are slices of one string).
func foldPhrase(t *tokens, s string) []string {
	r, _ := utf8.DecodeLastRuneInString(s)
	elided := isApos(r)
	if elided {
		s += "x" // "d'" ends with an elision: tokenize it as in "d'x"
	}
	t.tokenize(s)
	if elided {
		t.toks = t.toks[:len(t.toks)-1]
	}
	all := string(t.fold)
	out := make([]string, len(t.toks))
	for i, tk := range t.toks {
		out[i] = all[tk.fs:tk.fe]
	}
	t.text = ""
	return out
}

// letterAt reports a letter starting at byte k of text: an apostrophe
// before one is kept in its word (tokenize, mayAnchor).
func letterAt(text string, k int) bool {
	if k >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLetter(r)
}

// foldRun writes the run of ASCII letters at text[i:], lower-cased
// ('A'..'Z' onto 'a'..'z' by c|0x20, and no other byte there), into room
// made for the rest of the text after t.fold, with no call or capacity
// test per byte, and returns where it starts and its length; t.fold's
// length is the caller's to extend (issue 11). Eight bytes are read,
// tested and written at once while eight remain (asciiLetters): the room
// made has eight spare bytes for the last write, whose bytes past the run
// are spare room or overwritten by the next token.
func (t *tokens) foldRun(text string, i int) (fs, k int) {
	if rest := len(text) - i + 8; cap(t.fold)-len(t.fold) < rest {
		t.fold = slices.Grow(t.fold, rest)
	}
	fs = len(t.fold)
	buf := t.fold[fs:cap(t.fold)]
	for i+k+8 <= len(text) && k+8 <= len(buf) {
		x := load8(text[i+k:])
		low, n := asciiLetters(x)
		binary.LittleEndian.PutUint64(buf[k:], low)
		k += n
		if n < 8 {
			return fs, k
		}
	}
	for ; i+k < len(text); k++ {
		b := text[i+k] | 0x20
		if b < 'a' || b > 'z' {
			break
		}
		buf[k] = b
	}
	return fs, k
}

// asciiLetters reads eight bytes of text (the first in the low bits): it
// returns them with 0x20 set in each (the lower case of an ASCII letter)
// and the number of ASCII letters they start with. A byte b is a letter
// when b|0x20 is in 'a'..'z'; the test runs on the seven low bits of each
// byte, so that no sum carries into the next, and a byte with its high bit
// set is no letter.
func asciiLetters(x uint64) (uint64, int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x | 0x20*ones
	y := low &^ highs
	// a byte's high bit, after adding: set from 'a' on, and from '{' on
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ low & highs
	return low, bits.TrailingZeros64(^letter&highs) >> 3
}

// load8 is s's first eight bytes, the first in the low bits (one load).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
