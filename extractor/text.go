package extractor

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimwire/claimwire/internal/latin1"
)

// token is a word or punctuation mark with exact byte offsets into the
// article text and its folded form (lower case, accents removed, ’ → ').
type token struct {
	start, end int
	w          string
	word       bool // letters or digits
	upper      bool // starts with an upper-case letter
}

// foldRune maps a rune to its folded form (lower case, no diacritics). It
// covers the Latin letters of French, English and neighbours; other runes are
// lower-cased.
func foldRune(r rune) string {
	if r < utf8.RuneSelf && r != '`' {
		// ASCII (punctuation tokens, capitals): a slice of a constant, where
		// string(unicode.ToLower(r)) allocated each time
		c := byte(r)
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return asciiBytes[c : c+1]
	}
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'À', 'Â', 'Ä', 'Á', 'Ã', 'Å':
		return "a"
	case 'ç', 'Ç':
		return "c"
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return "e"
	case 'î', 'ï', 'í', 'ì', 'Î', 'Ï', 'Í', 'Ì':
		return "i"
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'Ô', 'Ö', 'Ó', 'Ò', 'Õ':
		return "o"
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return "u"
	case 'ÿ', 'ý', 'Ÿ', 'Ý':
		return "y"
	case 'ñ', 'Ñ':
		return "n"
	case 'œ', 'Œ':
		return "oe"
	case 'æ', 'Æ':
		return "ae"
	case '’', '‘', 'ʼ', '´', '`':
		return "'"
	case '‐', '‑', '–':
		return "-"
	}
	if r >= 0x300 && unicode.Is(unicode.Mn, r) {
		return "" // a combining accent (NFD text) folds away like a composed one
	}
	return string(unicode.ToLower(r))
}

// asciiBytes holds every ASCII byte at its own index.
const asciiBytes = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2a\x2b\x2c\x2d\x2e\x2f\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3a\x3b\x3c\x3d\x3e\x3f\x40\x41\x42\x43\x44\x45\x46\x47\x48\x49\x4a\x4b\x4c\x4d\x4e\x4f\x50\x51\x52\x53\x54\x55\x56\x57\x58\x59\x5a\x5b\x5c\x5d\x5e\x5f\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7a\x7b\x7c\x7d\x7e\x7f"

// fold returns s folded rune by rune.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, upper case as foldRune would: a byte each, not its switch
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteString(foldRune(r))
	}
	return b.String()
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isWordRune: letters, digits and combining marks, so that text in
// decomposed form (NFD: "e" + U+0301) stays one word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most runes of the text: no table look-up (issue 11)
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r >= 0x2000 && r < 0x2070 {
		// General Punctuation (’ “ ” – — … and the spaces), the commonest
		// runes outside Latin-1 in news text: none is a letter, a digit or
		// a mark, answered without the three table searches (issue 11;
		// TestIsWordRuneGeneralPunctuation)
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || (r >= 0x300 && unicode.Is(unicode.Mn, r))
}

// elisions are the French clitics written with an apostrophe; the tokenizer
// cuts after them so that "l’OTAN" gives "l'" + "otan".
var elisions = map[string]bool{"l": true, "d": true, "qu": true, "n": true, "s": true, "j": true, "c": true,
	"m": true, "t": true, "jusqu": true, "lorsqu": true, "puisqu": true, "presqu": true, "quoiqu": true}

// tokenize splits text[lo:hi] into tokens with offsets into text.
func tokenize(text string, lo, hi int) []token {
	var tz tokenizer
	return tz.appendTokens(make([]token, 0, (hi-lo)/5+4), text, lo, hi)
}

// appendTokens appends the tokens of text[lo:hi] to toks.
func appendTokens(toks []token, text string, lo, hi int) []token {
	var tz tokenizer
	return tz.appendTokens(toks, text, lo, hi)
}

// asciiKind classes the ASCII bytes for the tokenizer: unicode.IsSpace's
// spaces, isWordRune's letters and digits, and the other marks (one token
// each).
var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch r := rune(c); {
		case unicode.IsSpace(r):
			k[c] = asciiSpaceKind
		case isWordRune(r):
			k[c] = asciiWordKind
		default:
			k[c] = asciiMarkKind
		}
	}
	return k
}()

// asciiWordFold is 1 for the ASCII bytes of words that fold to themselves
// (a-z, 0-9), 2 for the capitals, 0 for any other byte.
var asciiWordFold = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = 2
		case asciiKind[c] == asciiWordKind:
			t[c] = 1
		}
	}
	return t
}()

const (
	asciiMarkKind uint8 = iota
	asciiSpaceKind
	asciiWordKind
)

// tokenizer keeps the buffers of appendTokens for the next article
// (issue 11): the folded forms of the tokens that fold to something else
// than their text (capitals, accents, non-ASCII marks) are written one after
// another into arena, which becomes one string per call, so that folding
// costs one allocation per article instead of one per such token.
type tokenizer struct {
	arena []byte
	fix   []arenaRef
}

// arenaRef is a token whose folded form is arena[off:end].
type arenaRef struct{ tok, off, end int }

// foldAppend appends fold(s) to dst.
func foldAppend(dst []byte, s string) []byte {
	// the ASCII head, most words whole ("China", "GRU"): lower-cased
	// straight into room made once, no append and capacity test a byte
	dst = slices.Grow(dst, len(s))
	n := len(dst)
	head := dst[n : n+len(s)]
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		head[i] = c
	}
	dst = dst[:n+i]
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		if latin1.IsLetter(s, i) {
			// a letter folding to one byte (é → e) written as a byte: the
			// string append called runtime.memmove for each (issue 11)
			if b := latin1Fold1[s[i+1]&0x3F]; b != 0 {
				dst = append(dst, b)
			} else {
				dst = append(dst, latin1Fold[s[i+1]&0x3F]...)
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, foldRune(r)...)
		i += size
	}
	return dst
}

// latin1Fold1 is latin1Fold[k] where that is one byte, 0 where it is not
// (æ → "ae", ß → "ss", and the rest foldAppend takes from latin1Fold).
var latin1Fold1 = func() (t [64]byte) {
	for k, f := range latin1Fold {
		if len(f) == 1 && f[0] != 0 {
			t[k] = f[0]
		}
	}
	return t
}()

// latin1Fold is foldRune of U+00C0 + k for each k below 64.
var latin1Fold = func() (t [64]string) {
	for k := range t {
		t[k] = foldRune(rune(0xC0 + k))
	}
	return t
}()

// isElision reports fold(w) as one of the elisions, without building it.
func isElision(w string) bool {
	var buf [64]byte
	return elisions[string(foldAppend(buf[:0], w))]
}

// appendTokens appends the tokens of text[lo:hi] to toks (Extract reuses
// one article's token slice and tz for the next).
func (tz *tokenizer) appendTokens(toks []token, text string, lo, hi int) []token {
	tz.arena, tz.fix = tz.arena[:0], tz.fix[:0]
	// text ends at hi (the offsets are unchanged): the byte loops below
	// test j < len(text), which also spares them a bounds check a byte
	text = text[:hi]
	i := lo
	for i < hi {
		var r rune
		size := 1
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of the text: a table, not the rune look-ups
			switch asciiKind[c] {
			case asciiSpaceKind:
				i++
				continue
			case asciiWordKind:
				// a word of ASCII letters and digits ended by an ASCII byte
				// other than a hyphen or an apostrophe (a space, a comma, a
				// stop), most of every text: the general loop below takes
				// no other decision for it, and its tests of each byte for
				// the rest cost half the tokenizer (issue 11). Anything
				// else starts again below.
				j, fl := i+1, asciiWordFold[c]
				for j < len(text) {
					k := asciiWordFold[text[j]]
					if k == 0 {
						break
					}
					fl |= k
					j++
				}
				if j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '-' || text[j] == '\'') {
					break
				}
				n := len(toks)
				if n == cap(toks) {
					toks = growTokens(toks)
				}
				toks = toks[:n+1]
				t := &toks[n]
				t.start, t.end, t.w, t.word, t.upper = i, j, text[i:j], true, c-'A' < 26
				if fl&2 != 0 {
					// capitals: the word lower-cased into the arena, its
					// form set with the others' at the end (folded)
					off := len(tz.arena)
					tz.arena = append(tz.arena, text[i:j]...)
					for k, b := range tz.arena[off:] {
						if b-'A' < 26 {
							tz.arena[off+k] = b + 'a' - 'A'
						}
					}
					tz.fix = append(tz.fix, arenaRef{tok: n, off: off, end: len(tz.arena)})
				}
				i = j
				continue
			case asciiMarkKind:
				if c == '-' && i > lo && text[i-1] == '.' && i+1 < hi && text[i+1] < utf8.RuneSelf && asciiKind[text[i+1]] == asciiWordKind {
					// "U.S.-based", "U.K.-backed": the hyphen after an
					// abbreviation joins a compound, it is no dash closing a
					// dateline or opening an aside; "-based" is one word, as
					// the second part of "US-based" is no word of its own
					j := i + 1
					for j < hi && text[j] < utf8.RuneSelf && asciiKind[text[j]] == asciiWordKind {
						j++
					}
					toks = tz.folded(toks, text, token{start: i, end: j, word: true})
					i = j
					continue
				}
				// push, by hand: marks are the commonest tokens after words
				n := len(toks)
				if n == cap(toks) {
					toks = growTokens(toks)
				}
				toks = toks[:n+1]
				t := &toks[n]
				t.start, t.end, t.w, t.word, t.upper = i, i+1, foldRune(rune(c)), false, false
				i++
				if c == '.' && i > lo+1 && text[i-2] < utf8.RuneSelf && asciiKind[text[i-2]] == asciiWordKind && i < hi {
					// "the U.K.'s NCSC": the possessive of an abbreviation
					// is the same one token as after a word
					if r, size := utf8.DecodeRuneInString(text[i:hi]); isApos(r) && i+size < hi && (text[i+size] == 's' || text[i+size] == 'S') &&
						(i+size+1 >= hi || !isWordRune(rune(text[i+size+1]))) {
						toks = push(toks, i, i+size+1, "'s", true, false)
						i += size + 1
					}
				}
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:hi])
			if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\ufeff' {
				i += size // a byte-order mark is kept in the text but is no token
				continue
			}
			if !isWordRune(r) {
				toks = tz.folded(toks, text, token{start: i, end: i + size}) // not ASCII
				i += size
				continue
			}
		}
		start := i
		j := i
		// folds: a capital or a byte outside ASCII among the bytes taken,
		// noted as they are read
		folds := false
		fl := uint8(0) // asciiWordFold's bits of the bytes of the run below
		for j < hi {
			// the ASCII letters and digits, most of the word: one table
			// read and an or per byte (issue 11)
			for j < len(text) {
				k := asciiWordFold[text[j]]
				if k == 0 {
					break
				}
				fl |= k
				j++
			}
			if j >= hi {
				break
			}
			var r rune
			size := 1
			if c := text[j]; c < utf8.RuneSelf {
				if asciiKind[c] == asciiWordKind {
					folds = folds || c-'A' < 26
					j++
					continue
				}
				r = rune(c)
			} else {
				if latin1.IsLetter(text, j) {
					folds = true // isWordRune's answer, without the decoding
					j += 2
					continue
				}
				r, size = utf8.DecodeRuneInString(text[j:hi])
				if isWordRune(r) {
					folds = true
					j += size
					continue
				}
			}
			if r == '-' || r == '‑' {
				// keep hyphenated words whole ("state-sponsored", "nord-coréen")
				if n, _ := utf8.DecodeRuneInString(text[j+size : hi]); j+size < hi && isWordRune(n) {
					folds = folds || r >= utf8.RuneSelf
					j += size
					continue
				}
			}
			if isApos(r) && j+size < hi {
				n, _ := utf8.DecodeRuneInString(text[j+size : hi])
				if isWordRune(n) {
					if isElision(text[start:j]) {
						folds = folds || r >= utf8.RuneSelf
						j += size // "l'" is its own token
						break
					}
					if (n == 's' || n == 'S') && (j+size+1 >= hi || !isWordRune(rune(text[j+size+1]))) {
						break // possessive: "China" + "'s"
					}
					folds = folds || r >= utf8.RuneSelf
					j += size // "Xi'an", "don't"
					continue
				}
			}
			break
		}
		folds = folds || fl&2 != 0
		upper := 'A' <= r && r <= 'Z'
		if r >= utf8.RuneSelf {
			upper = unicode.IsUpper(r)
		}
		// the token written here, not by a closure: one that appended to
		// toks kept toks in memory for the whole loop (issue 11)
		if !folds {
			// push, by hand (it is not inlined): most tokens are these
			n := len(toks)
			if n == cap(toks) {
				toks = growTokens(toks)
			}
			toks = toks[:n+1]
			t := &toks[n]
			t.start, t.end, t.w, t.word, t.upper = start, j, text[start:j], true, upper
		} else {
			toks = tz.folded(toks, text, token{start: start, end: j, word: true, upper: upper})
		}
		i = j
		if i < hi && (text[i] == '\'' || text[i] >= utf8.RuneSelf) { // an apostrophe's first byte: no decoding after most words
			// possessive 's as one token
			if r, size := utf8.DecodeRuneInString(text[i:hi]); isApos(r) && i+size < hi && (text[i+size] == 's' || text[i+size] == 'S') &&
				(i+size+1 >= hi || !isWordRune(rune(text[i+size+1]))) {
				toks = push(toks, i, i+size+1, "'s", true, false)
				i += size + 1
			}
		}
	}
	if len(tz.fix) > 0 {
		folded := string(tz.arena)
		for _, f := range tz.fix {
			toks[f.tok].w = folded[f.off:f.end]
		}
	}
	return toks
}

// push appends the token (start, end, w, word, upper) to toks, written field
// by field into toks' room. A token literal appended is built on the stack
// and copied whole: while the collector marks, that copy runs the bulk
// write barrier (runtime.wbMove) over the token, where a field written
// takes one plain barrier (issue 11: 0.6 % of extraction CPU in
// appendTokens' copies)
func push(toks []token, start, end int, w string, word, upper bool) []token {
	n := len(toks)
	if n == cap(toks) {
		toks = growTokens(toks)
	}
	toks = toks[:n+1]
	t := &toks[n]
	t.start, t.end, t.w, t.word, t.upper = start, end, w, word, upper
	return toks
}

// growTokens makes room for one more token.
func growTokens(toks []token) []token { return slices.Grow(toks, 1) }

// folded appends tok, whose folded form fold(text[tok.start:tok.end]) is
// not its text (a capital ASCII letter or a byte outside ASCII: fold
// returns any other string itself): the form is written into the arena
// and set by appendTokens once the arena is one string.
func (tz *tokenizer) folded(toks []token, text string, tok token) []token {
	off := len(tz.arena)
	tz.arena = foldAppend(tz.arena, text[tok.start:tok.end])
	tz.fix = append(tz.fix, arenaRef{tok: len(toks), off: off, end: len(tz.arena)})
	return push(toks, tok.start, tok.end, tok.w, tok.word, tok.upper)
}

// span is a sentence: text[start:end], trimmed, plus quote bookkeeping.
type span struct {
	start, end int
	para       int  // paragraph index (blank-line or line separated)
	inQuote    bool // starts inside an open quotation
	openQuote  bool // a quotation is still open at its end
}

// segment splits text into sentences with exact offsets. Rules: a line break
// ends a sentence unless the line looks wrapped; . ! ? … end a sentence when
// followed by a capital, a digit or an opening quote, except after an
// abbreviation; closing quotes and brackets after the stop stay with the
// sentence ("… 2018. »"); sentences glued without a space ("américaine.Les")
// are split.
func segment(text string, lx *lexicon) []span { return appendSpans(nil, text, lx) }

// appendSpans is segment appending to out (extract reuses one article's
// slice for the next).
func appendSpans(out []span, text string, lx *lexicon) []span {
	para := 0
	depth := 0 // quotation depth
	start := -1
	startDepth := 0
	emit := func(end int) {
		if start < 0 {
			return
		}
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, span{start: s, end: e, para: para, inQuote: startDepth > 0, openQuote: depth > 0})
		}
		start = -1
	}
	i := 0
	for i < len(text) {
		if start >= 0 {
			// inside a sentence, the ASCII bytes the switch below ignores
			j := i
			// eight bytes at a time while none can be a stop (issue 11:
			// this loop was a byte, a table read and a test per byte of
			// every sentence, 1.2 % of extraction); the byte loop then
			// finds the stop in the block that may hold one
			j = skipPlain8(text, j)
			for j < len(text) {
				if c := text[j]; !segmentStop[c] {
					j++
					continue
				}
				// a letter of Latin-1 (à…ÿ, À…ß: 0xC3 and a continuation
				// byte) is no stop either, and starts none of the runes
				// the switch below acts on: skipped here, then the
				// blocks again, where each was a rune decoded and a
				// switch (French text has one every few words)
				if text[j] == 0xC3 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
					j = skipPlain8(text, j+2)
					continue
				}
				break
			}
			if i = j; i >= len(text) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
				startDepth = depth
			} else {
				if r == '\n' {
					// blank lines between sentences still count as paragraph breaks
				}
				i += size
				continue
			}
		}
		switch {
		case r == '\n' || r == '\r':
			j, nl := i, 0
			for j < len(text) {
				c := text[j]
				if c == '\n' {
					nl++
				} else if c != ' ' && c != '\t' && c != '\r' {
					break
				}
				j++
			}
			if nl >= 2 || j >= len(text) || !wrapped(text, start, i, j) {
				emit(i)
				para++
				depth = 0 // quotations do not run across paragraphs
			}
			i = j
			continue
		case r == '«' || r == '“':
			if r == '«' && depth > 0 && i > 0 && !unicode.IsSpace(lastRune(text[:i])) {
				depth-- // « used as a closing mark right after a word
			} else {
				depth++
			}
		case r == '»' || r == '”':
			if depth > 0 {
				depth--
			}
		case r == '"':
			if depth > 0 && (i == 0 || !unicode.IsSpace(lastRune(text[:i]))) {
				depth--
			} else {
				depth++
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			k := i + size
			for k < len(text) {
				c, s := utf8.DecodeRuneInString(text[k:])
				if c == '.' || c == '!' || c == '?' || c == '…' {
					k += s
					continue
				}
				break
			}
			// closing marks that belong to this sentence
			for k < len(text) {
				c, s := utf8.DecodeRuneInString(text[k:])
				if c == '»' || c == '”' || c == ')' || c == ']' || c == '’' || (c == '"' && depth > 0) {
					if depth > 0 && c != ')' && c != ']' {
						depth--
					}
					k += s
					continue
				}
				if (c == ' ' || c == '\u00a0' || c == '\u202f') && depth > 0 {
					// French: ". »"
					n, ns := utf8.DecodeRuneInString(text[k+s:])
					if n == '»' {
						depth--
						k += s + ns
						continue
					}
				}
				break
			}
			if k >= len(text) {
				i = k
				continue
			}
			n, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsSpace(n) {
				m := k
				for m < len(text) && (text[m] == ' ' || text[m] == '\t' || text[m] == '\r') {
					m++
				}
				if m < len(text) && text[m] == '\n' {
					i = k // the line break decides
					continue
				}
				next, _ := utf8.DecodeRuneInString(text[m:])
				if r == '.' && k == i+size && isAbbrev(text, start, i, m, lx) {
					i = k
					continue
				}
				if unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“\"'‘(—–-[", next) {
					emit(k)
					i = k
					continue
				}
				i = k
				continue
			}
			if r == '.' && k == i+size && glued(text, start, i, k) {
				emit(k)
				i = k
				continue
			}
			i = k
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// skipPlain8 returns the start of the first block of eight bytes from j on
// that may hold a segmentStop byte, or of the last bytes short of eight:
// every byte before it is no stop. A block may hold one when a byte is a
// stop ('\n', '\r', '"', '.', '!', '?', a byte outside ASCII) and for a few
// others ('#', the control bytes), which the byte loop reads on: never
// skipped past a stop. Each block is read as one word and its bytes tested
// together (the "has a byte less than n" and "has a zero byte" tests of
// Anderson's bit hacks, exact as to whether any byte qualifies);
// TestSkipPlain8 holds it to segmentStop.
func skipPlain8(text string, j int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; j+8 <= len(text); j += 8 {
		b := text[j : j+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		ctl := (x - 0x20*ones) &^ x // a byte below 0x20 ('\n', '\r')
		q := x ^ 0x23*ones          // '!' and '"' become 2 and 1 ('#' 0)
		quote := (q - 3*ones) &^ q
		d := x ^ '.'*ones
		dot := (d - ones) &^ d
		m := x ^ '?'*ones
		mark := (m - ones) &^ m
		if (x|ctl|quote|dot|mark)&highs != 0 { // x's own high bits: outside ASCII
			break
		}
	}
	return j
}

// segmentStop marks the bytes segment's byte loop stops at: the ASCII
// bytes its switch acts on and every byte outside ASCII (one table read
// per byte, where a comparison came first, issue 11).
var segmentStop = func() (t [256]bool) {
	for _, c := range []byte{'\n', '\r', '"', '.', '!', '?'} {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = true
	}
	return t
}()

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\ufeff' {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' {
			break
		}
		e -= size
	}
	return s, e
}

// wrapped reports whether a single line break at nl (next line at next)
// continues the sentence: the line ends with a lower-case letter or a comma
// and the next starts with a lower-case letter.
func wrapped(text string, start, nl, next int) bool {
	if next >= len(text) {
		return false
	}
	prev := lastRune(strings.TrimRight(text[start:nl], " \t\r"))
	n, _ := utf8.DecodeRuneInString(text[next:])
	return (unicode.IsLower(prev) || prev == ',') && unicode.IsLower(n)
}

// isAbbrev reports whether the full stop at dot ends an abbreviation rather
// than the sentence ("U.S.", "Mr.", "M. Hong", "Dec. 27"), next being the
// first rune after the spaces.
func isAbbrev(text string, start, dot, next int, lx *lexicon) bool {
	j := dot
	for j > start {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if isWordRune(r) || r == '.' || r == '-' {
			j -= size
			continue
		}
		break
	}
	// the word before the stop folded into a buffer on the stack, and the
	// next word folded only when asked: fold built a string at every full
	// stop after a capital or an accent (issue 11)
	var buf [32]byte
	w := foldAppend(buf[:0], text[j:dot])
	if len(w) == 0 {
		return false
	}
	if bytes.IndexByte(w, '.') >= 0 { // U.S, U.K, J.-C
		return !lx.starters[nextWord(text, next)] && !lx.starterCap(text, next)
	}
	if utf8.RuneCount(w) == 1 && unicode.IsUpper(firstRune(text[j:dot])) {
		return true // initial: "M. Hong", "John F. Kennedy"
	}
	return lx.abbrevs[string(w)]
}

// starterCap is true for the lexicon's capitalised_starters, function
// words that typically open a sentence ("The", "Le"), followed by a space.
func (lx *lexicon) starterCap(text string, i int) bool {
	w := text[i:]
	for _, s := range lx.capStarters {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func nextWord(text string, i int) string {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		j += size
	}
	return fold(text[i:j])
}

// glued reports a sentence end written without a space: "word.Next" where
// the word is lower case (3+ letters) and the next word is capitalised then
// lower case.
func glued(text string, start, dot, next int) bool {
	if next+1 >= len(text) {
		return false
	}
	n, ns := utf8.DecodeRuneInString(text[next:])
	n2, _ := utf8.DecodeRuneInString(text[next+ns:])
	if !unicode.IsUpper(n) || !unicode.IsLower(n2) {
		return false
	}
	cnt := 0
	for j := dot; j > start; {
		r, size := utf8.DecodeLastRuneInString(text[start:j])
		if !unicode.IsLower(r) {
			break
		}
		cnt++
		j -= size
	}
	return cnt >= 3
}
