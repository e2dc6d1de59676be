package normalizer

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding turns text into the form every table key is stored in: lower case,
// accents stripped, every apostrophe variant written ', every run of
// whitespace and hyphens (including non-breaking and typographic ones)
// written as one space. Matching runs on the folded bytes; offs maps each
// folded byte back to the original byte offset so mentions carry exact
// offsets into the text as given.

const (
	foldSpace = ' '
	foldApos  = '\''
	// foldOther stands for any non-ASCII rune that is neither a letter nor a
	// digit (« » — € …): it is never part of a key and is not a word byte.
	foldOther = 0x01
)

// runeFold holds the folded form of the runes that need more than
// lower-casing: accented Latin letters, ligatures, apostrophes, dashes,
// spaces. Built on the first fold (NFD-decomposing ~1,500 runes costs
// ~5 ms, which every process paid at start-up, `claimwire --help` included);
// read-only afterwards.
var (
	runeFold     map[rune]string
	runeFoldOnce sync.Once
	// latin1Fold is the fold of U+00C0 + k for each k below 64, as fold's
	// rune path gives it: runeFold's entry, else the lower case of a
	// letter, else foldOther (× and ÷)
	latin1Fold [64]string
)

// loadRuneFold builds runeFold and latin1Fold, once.
func loadRuneFold() {
	runeFoldOnce.Do(func() {
		runeFold = buildRuneFold()
		for k := range latin1Fold {
			r := rune(0xC0 + k)
			s, ok := runeFold[r]
			switch {
			case ok:
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				s = string(unicode.ToLower(r))
			default:
				s = string(rune(foldOther))
			}
			latin1Fold[k] = s
		}
	})
}

func buildRuneFold() map[rune]string {
	m := make(map[rune]string, 1024)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			// the canonical decomposition from the NFD tables directly:
			// norm.NFD.String per rune was most of this table's cost,
			// which every process pays on its first fold
			var enc [utf8.UTFMax]byte
			src := enc[:utf8.EncodeRune(enc[:], r)]
			if d := norm.NFD.Properties(src).Decomposition(); d != nil {
				src = d
			}
			var out []rune
			for _, d := range string(src) {
				if unicode.Is(unicode.Mn, d) {
					continue
				}
				out = append(out, unicode.ToLower(d))
			}
			if s := string(out); s != string(r) {
				m[r] = s
			}
		}
	}
	add(0x00C0, 0x024F) // Latin-1 Supplement, Latin Extended-A and -B
	add(0x1E00, 0x1EFF) // Latin Extended Additional (Vietnamese, …)
	add(0x0370, 0x03FF) // Greek: lower case, tonos stripped
	add(0x0400, 0x04FF) // Cyrillic: lower case, й kept as и is acceptable for matching
	for r, s := range map[rune]string{
		'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l", 'ı': "i",
		'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
	} {
		m[r] = s
	}
	for _, r := range []rune{'\u2018', '\u2019', '\u201B', '\u02BC', '\u00B4', '\u2032', '\u02B9', '\uFF07'} {
		m[r] = "'"
	}
	for _, r := range []rune{'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\u2028', '\u2029', '\u0085'} {
		m[r] = " "
	}
	for _, r := range []rune{'\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'} {
		m[r] = "" // soft hyphen and zero-width characters vanish
	}
	return m
}

// asciiFold is the folded byte of each ASCII byte: lower case, space for
// whitespace, hyphen and underscore, ' for the backquote.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		b := byte(c)
		switch {
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == '-' || b == '_':
			b = foldSpace
		case b == '`':
			b = foldApos
		}
		t[c] = b
	}
	return t
}()

// folded is a folded text with its offset map.
type folded struct {
	b    []byte
	offs []int32   // offs[i] is the original offset of the rune that gave b[i]; offs[len(b)] == len(text)
	ms   []Mention // scratch for Find, reused through the pool
	// words are the words of b (maximal runs of isWordByte) with their
	// running hashes, as foldWords finds them while it folds: find reads
	// them instead of scanning b again (issue 11)
	words []foldWord
	// lenient ignores the names' case rules (Resolve's second reading)
	lenient bool
}

// fold folds text into f, reusing f's buffers.
func (f *folded) fold(text string) {
	loadRuneFold()
	// ASCII, most of every text, folds to at most one byte per byte: the
	// buffers are sized for that once, and the ASCII loop writes by index
	// with no capacity check per byte (Find's largest cost after the trie)
	if cap(f.b) < len(text) {
		f.b = make([]byte, 0, len(text)+len(text)/8)
	}
	if cap(f.offs) < len(text)+1 {
		f.offs = make([]int32, 0, len(text)+len(text)/8+1)
	}
	b := f.b[:0]
	offs := f.offs[:0]
	lastSpace := true // no leading space
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// a run of ASCII bytes, written into the spare capacity
			n := len(b)
			room := min(cap(b)-n, cap(offs)-len(offs))
			bb, oo := b[n:n+room], offs[n:n+room]
			k := 0
			// at most room bytes are read, so k stays below room; a space
			// after a space is written and then overwritten (k not moved)
			// rather than branched around: spaces come every few bytes,
			// and the branch was mispredicted at each
			for end := min(len(text), i+room); i < end; i++ {
				c := text[i]
				if c >= utf8.RuneSelf {
					break
				}
				fc := asciiFold[c]
				bb[k], oo[k] = fc, int32(i)
				space := fc == foldSpace
				k += 1 - b2i(space && lastSpace)
				lastSpace = space
			}
			b, offs = b[:n+k], offs[:n+k]
			if k == room && i < len(text) && text[i] < utf8.RuneSelf {
				// out of room (a text grown by multi-byte folds): one byte by
				// append, which grows the buffers, then the fast loop again
				fc := asciiFold[text[i]]
				if fc != foldSpace || !lastSpace {
					b = append(b, fc)
					offs = append(offs, int32(i))
					lastSpace = fc == foldSpace
				}
				i++
			}
			continue
		}
		if c := text[i]; c == 0xC3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// a rune of Latin-1's upper half (é, à, ç…), the commonest
			// outside ASCII: its fold from a table, where the map was
			// asked (latin1Fold; none is a space nor empty)
			s := latin1Fold[text[i+1]&0x3F]
			for j := 0; j < len(s); j++ {
				b = append(b, s[j])
				offs = append(offs, int32(i))
			}
			lastSpace = false
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if s, ok := runeFold[r]; ok {
			switch s {
			case "":
			case " ":
				if !lastSpace {
					b = append(b, foldSpace)
					offs = append(offs, int32(i))
					lastSpace = true
				}
			default:
				for j := 0; j < len(s); j++ {
					b = append(b, s[j])
					offs = append(offs, int32(i))
				}
				lastSpace = false
			}
			i += size
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			lr := unicode.ToLower(r)
			var buf [utf8.UTFMax]byte
			n := utf8.EncodeRune(buf[:], lr)
			for j := 0; j < n; j++ {
				b = append(b, buf[j])
				offs = append(offs, int32(i))
			}
			lastSpace = false
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			// a combining accent belongs to the letter before it
		case unicode.IsSpace(r):
			if !lastSpace {
				b = append(b, foldSpace)
				offs = append(offs, int32(i))
				lastSpace = true
			}
		default:
			b = append(b, foldOther)
			offs = append(offs, int32(i))
			lastSpace = false
		}
		i += size
	}
	offs = append(offs, int32(len(text)))
	f.b, f.offs = b, offs
}

// foldWord is a word of a folded text: b[start:end], every byte a word
// byte and none on either side, h its running hash (wordHashStep from
// wordHashInit over its bytes, before wordHashEnd).
type foldWord struct {
	start, end int32
	h          uint32
}

// asciiWordLower is, for each byte, its folded form if it is an ASCII letter
// or digit (a word byte of fold's output), 0 for any other byte.
var asciiWordLower = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if fc := asciiFold[c]; isWordByte(fc) {
			t[c] = fc
		}
	}
	return t
}()

// foldWords is fold also listing, in f.words, the words of the folded text
// find must look at, found in the same pass: those whose hash is in fw
// (a trie walk may start there) and those whose first byte in text is an
// ASCII capital (a naming rule may); every word for a nil fw. An ASCII
// word's bytes are folded, written and hashed by one loop of its own
// (word), with no call in it; a rune outside ASCII is folded by rune. f.b
// and f.offs are fold's (TestFoldWords holds them, and the words, to fold
// and to a scan of its output).
func (f *folded) foldWords(text string, fw *wordFilter) {
	loadRuneFold()
	st := foldState{bb: f.b[:cap(f.b)], oo: f.offs[:cap(f.offs)], wa: f.words[:0], ws0: -1, lastSpace: true, fw: fw}
	// room: an ASCII byte writes at most one byte, so with room for the
	// rest of the text at each rune outside ASCII (rune sees to it) the
	// loops need no test of their own (the bounds checks stay, never
	// failing). The word list is appended to (endWord): sized for the
	// most words a text can hold, it took six bytes of memory a byte of
	// text
	st.grow(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if asciiWordLower[c] != 0 {
			i = st.word(text, i, &asciiWordLower)
			continue
		}
		if c >= utf8.RuneSelf {
			i = st.rune(text, i)
			if st.n+len(text)-i >= len(st.bb) || st.n+len(text)-i >= len(st.oo) {
				st.grow(len(text) - i) // a fold longer than its rune
			}
			continue
		}
		// another ASCII byte: it ends the word, if one is open
		if st.ws0 >= 0 {
			st.endWord(st.n)
		}
		fc := asciiFold[c]
		space := fc == foldSpace
		if !space || !st.lastSpace {
			st.bb[st.n], st.oo[st.n] = fc, int32(i)
			st.n++
		}
		st.lastSpace = space
		i++
	}
	if st.ws0 >= 0 {
		st.endWord(st.n)
	}
	st.oo[st.n] = int32(len(text))
	f.b, f.offs, f.words = st.bb[:st.n], st.oo[:st.n+1], st.wa
}

// foldState is foldWords' state: the buffers at their full capacity and n
// bytes written, the words listed (wa, appended to), the open word's start
// (-1 for none), its running hash and whether its first byte is an ASCII
// capital.
type foldState struct {
	bb        []byte
	oo        []int32
	wa        []foldWord
	n, ws0    int
	h         uint32
	lastSpace bool
	capital   bool
	fw        *wordFilter
}

// word writes the ASCII letters and digits from text[i] on, folded, into
// the open word or a new one, and returns the offset after them; a single
// space followed by another such word, the commonest gap, is taken in the
// same loop: it closes the word (listed as endWord would) and the next one
// starts. A call of its own: its loops keep their values in registers (a
// loop taking every other ASCII byte as well, spaces after spaces
// excepted, spilled them: +9 k instructions per article).
func (st *foldState) word(text string, i int, tbl *[256]byte) int {
	n, h := st.n, st.h
	if st.ws0 < 0 {
		st.ws0, h, st.capital = n, wordHashInit, text[i]-'A' < 26
	}
	// the rest of the text, and as much room after n (grow's
	// invariant): no bounds check a byte. A word byte and a space after
	// a word are written one for one, so dst[j] is run[j]'s
	run := text[i:]
	dst, do := st.bb[n:n+len(run)], st.oo[n:n+len(run)]
	_ = tbl[0] // its nil check here, not at every byte
	j := 0
	for {
		// (unsigned: the bounds are proved, no check a byte; the table
		// an argument, held in a register)
		k := uint(j)
		for ; k < uint(len(run)); k++ {
			fc := tbl[run[k]]
			if fc == 0 {
				break
			}
			dst[k], do[k] = fc, int32(i+int(k))
			h = (h ^ uint32(fc)) * wordHashPrime
		}
		j = int(k)
		if j+1 >= len(run) || run[j] != ' ' || asciiWordLower[run[j+1]] == 0 {
			break
		}
		// " " and a word: the space is written (none was before it), the
		// word ends there, and the next starts after it
		dst[j], do[j] = foldSpace, int32(i+j)
		st.h = h
		st.endWord(n + j)
		j++
		st.ws0, h, st.capital = n+j, wordHashInit, run[j]-'A' < 26
	}
	st.n, st.h, st.lastSpace = n+j, h, false
	return i + j
}

// endWord closes the open word, which ends at end, and lists it if find
// must look at it.
func (st *foldState) endWord(end int) {
	if st.capital || st.fw == nil || st.fw.has(wordHashEnd(st.h)) {
		st.wa = append(st.wa, foldWord{start: int32(st.ws0), end: int32(end), h: st.h})
	}
	st.ws0 = -1
}

// grow makes room for rest more input bytes of ASCII after n and the
// offset of the text's end after them.
func (st *foldState) grow(rest int) {
	if need := st.n + rest + 1; need > len(st.bb) || need > len(st.oo) {
		size := need + need/8
		bb := make([]byte, size)
		copy(bb, st.bb[:st.n])
		oo := make([]int32, size)
		copy(oo, st.oo[:st.n])
		st.bb, st.oo = bb, oo
	}
}

// rune folds the rune outside ASCII at text[i] as fold does, tracks the
// words through the bytes it writes, and returns the offset after it.
func (st *foldState) rune(text string, i int) int {
	from := st.n
	c := text[i]
	if c == 0xC3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		// Latin-1's upper half (é, à, ç…): at most two bytes from two,
		// letters (word bytes, in the open word or a new one) but for ×
		// and ÷ (foldOther, which ends it)
		s := latin1Fold[text[i+1]&0x3F]
		st.lastSpace = false
		if s[0] == foldOther {
			st.put(s, i)
			if st.ws0 >= 0 {
				st.endWord(from)
			}
			return i + 2
		}
		if st.ws0 < 0 {
			st.ws0, st.h, st.capital = st.n, wordHashInit, false
		}
		for j := 0; j < len(s); j++ {
			st.bb[st.n], st.oo[st.n] = s[j], int32(i)
			st.h = wordHashStep(st.h, s[j])
			st.n++
		}
		return i + 2
	} else {
		r, size := utf8.DecodeRuneInString(text[i:])
		if s, ok := runeFold[r]; ok {
			switch s {
			case "":
			case " ":
				st.space(i)
			default:
				st.put(s, i)
				st.lastSpace = false
			}
		} else {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				var buf [utf8.UTFMax]byte
				k := utf8.EncodeRune(buf[:], unicode.ToLower(r))
				st.put(string(buf[:k]), i)
				st.lastSpace = false
			case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			case unicode.IsSpace(r):
				st.space(i)
			default:
				st.put(string(rune(foldOther)), i)
				st.lastSpace = false
			}
		}
		i += size
	}
	for k := from; k < st.n; k++ {
		if x := st.bb[k]; isWordByte(x) {
			if st.ws0 < 0 {
				st.ws0, st.h, st.capital = k, wordHashInit, false
			}
			st.h = wordHashStep(st.h, x)
		} else if st.ws0 >= 0 {
			st.endWord(k)
		}
	}
	return i
}

// put writes s, the fold of the rune at text[i], after the n bytes written.
func (st *foldState) put(s string, i int) {
	if need := st.n + len(s) + 1; need > len(st.bb) || need > len(st.oo) {
		st.grow(len(s))
	}
	for j := 0; j < len(s); j++ {
		st.bb[st.n], st.oo[st.n] = s[j], int32(i)
		st.n++
	}
}

// space writes a space for the rune at text[i] unless one was just written.
func (st *foldState) space(i int) {
	if !st.lastSpace {
		st.put(" ", i)
		st.lastSpace = true
	}
}

// foldString returns the folded form of s, trimmed of spaces, as stored in
// the tables.
func foldString(s string) string {
	// New folds every name of every table (~100k calls): reuse the buffers
	f := foldPool.Get().(*folded)
	f.fold(s)
	b := f.b
	for len(b) > 0 && b[len(b)-1] == foldSpace {
		b = b[:len(b)-1]
	}
	out := string(b)
	if cap(f.b) <= 1<<16 { // a long text's buffers are not kept
		foldPool.Put(f)
	}
	return out
}

// foldedEqual reports whether s folds to want (foldString(s) == want)
// without making the string.
func foldedEqual(s, want string) bool {
	f := foldPool.Get().(*folded)
	f.fold(s)
	b := f.b
	for len(b) > 0 && b[len(b)-1] == foldSpace {
		b = b[:len(b)-1]
	}
	eq := string(b) == want
	if cap(f.b) <= 1<<16 {
		foldPool.Put(f)
	}
	return eq
}

var foldPool = sync.Pool{New: func() any { return &folded{b: make([]byte, 0, 64), offs: make([]int32, 0, 65)} }}

// isWordByte reports whether a folded byte is part of a word: ASCII letters
// and digits and every byte of a non-ASCII letter.
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes is isWordByte as a table: one load where three comparisons
// were, at every byte find and longest read.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
	}
	return t
}()

// b2i is 1 for true, 0 for false (compiled to a flag move, no branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
