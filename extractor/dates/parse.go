package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ymd is a calendar value with the precision the text gives: m == 0 means
// year precision, d == 0 month precision; y == 0 means "not yet known".
type ymd struct{ y, m, d int }

// class says what role a date usually plays in a news sentence.
type class uint8

const (
	clsPeriod  class = iota + 1 // year, month, season, early/mid/late, last year
	clsDay                      // an explicit calendar day (19 July 2021, le 5 septembre)
	clsRelDay                   // a day named relative to publication: Monday, yesterday, hier
	clsRelWeek                  // last week, cette semaine
	clsDecade                   // the 2010s, les années 2010
)

// relative kinds of an atom.
const (
	relNone = iota
	relWeekday
	relDays       // n days from ref
	relPeriodKind // n units from ref
	relSeason     // season relative to ref
)

// atom is one date phrase before composition and resolution.
type atom struct {
	i, j        int // token span [i, j)
	from, to    ymd
	cls         class
	yearless    bool // month/day without a year: from a range partner or ref
	mod         int  // -1 last, 0 none/this, +1 next
	rel         int
	relN        int
	relUnit     int
	weekday     int
	season      int
	qual        string
	wasYearless bool
	bareDay     bool // a bare day number, only valid as the start of a range ("du 3 au 5 mars")
	future      bool // a yearless day resolved to the weeks after the reference
}

type refDate struct {
	y, m, d int
}

func parseRef(ref string) refDate {
	var r refDate
	if len(ref) >= 4 {
		r.y = atoi(ref[:4])
	}
	if len(ref) >= 7 {
		r.m = atoi(ref[5:7])
	}
	if len(ref) >= 10 {
		r.d = atoi(ref[8:10])
	}
	if r.y == 0 || r.m > 12 || r.d > 31 {
		return refDate{}
	}
	return r
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0
		}
		n = n*10 + int(s[i]-'0')
		if n > 1e6 {
			return 0
		}
	}
	return n
}

type matcher struct {
	lx   *lexicon
	t    *tokens
	mask []uint64 // t.mask, one load nearer for match
	ref  refDate
	// after is the date a sentence opened by a later phrase ("Six weeks
	// later, on 24 February") is told after (AnalyzeAfter; y == 0: none):
	// its yearless days and months are the first on or after it
	after ymd
}

func (m *matcher) n() int { return len(m.t.toks) }

// roles are the roles of the phrases starting at token i (1<<role), none
// past the last token: the one bounds check of every role-bit test.
func (m *matcher) roles(i int) uint64 {
	if uint(i) < uint(len(m.mask)) {
		return m.mask[i]
	}
	return 0
}

// ents are the lexicon entries starting at token i, longest first.
func (m *matcher) ents(i int) []*entry { return m.lx.lists[m.t.ents[i]] }

// match returns the longest phrase of role r (and value val when val >= 0)
// starting at token i, and the index after it. The matcher asks it of most
// roles at every start token, and most tokens start no phrase of the role:
// that answer is inlined (the role bit), the look-up is matchAt's.
func (m *matcher) match(i int, r role, val int) (*entry, int) {
	if m.roles(i)>>r&1 != 0 {
		return m.matchAt(i, r, val)
	}
	return nil, i
}

// matchAt is match once token i starts some phrase of role r.
func (m *matcher) matchAt(i int, r role, val int) (*entry, int) {
	for _, e := range m.ents(i) {
		if e.role != r || (val >= 0 && e.val != val) {
			continue
		}
		if j, ok := m.matchEntry(i, e); ok {
			return e, j
		}
	}
	return nil, i
}

// startingRoles are the roles (1<<role) of the entries whose tokens are
// at i.
func (m *matcher) startingRoles(i int) uint64 {
	toks := m.t.toks
	var next []byte // most phrases fail on their second token: read once
	if i+1 < len(toks) {
		next = m.t.foldedBytes(i + 1)
	}
	st := &m.lx.starts[m.t.ents[i]]
	mk := st.single
	if !st.titled && (next == nil || st.seconds&secondBit(next) == 0) {
		return mk // no phrase of several tokens goes on with the next one
	}
	for _, e := range m.ents(i) {
		b := uint64(1) << e.role
		if mk&b != 0 || e.title && !toks[i].upper {
			continue
		}
		if len(e.toks) > 1 {
			if i+len(e.toks) > len(toks) || len(e.toks[1]) != len(next) || string(next) != e.toks[1] {
				continue
			}
			if _, ok := m.matchEntry(i, e); !ok {
				continue
			}
		}
		mk |= b
	}
	return mk
}

// matchEntry reports whether e's tokens are at i.
func (m *matcher) matchEntry(i int, e *entry) (int, bool) {
	toks := m.t.toks
	if i+len(e.toks) > len(toks) || (e.title && !toks[i].upper) {
		return i, false
	}
	for k := 1; k < len(e.toks); k++ {
		if string(m.t.foldedBytes(i+k)) != e.toks[k] {
			return i, false
		}
	}
	return i + len(e.toks), true
}

// endsAt reports whether a phrase of role r ends just before token i.
func (m *matcher) endsAt(i int, r role) bool {
	for k := 1; k <= m.lx.maxLen && i-k >= 0; k++ {
		if e, j := m.match(i-k, r, -1); e != nil && j == i {
			return true
		}
	}
	return false
}

// endLen is the length in tokens of the longest phrase of role r ending
// just before token i, or 0.
func (m *matcher) endLen(i int, r role) int {
	best := 0
	for k := 1; k <= m.lx.maxLen && i-k >= 0; k++ {
		if e, j := m.match(i-k, r, -1); e != nil && j == i {
			best = k
		}
	}
	return best
}

func (m *matcher) known(i int) bool { return len(m.ents(i)) > 0 }

func (m *matcher) isPunct(i int, c byte) bool {
	return i < m.n() && m.t.toks[i].kind == tokPunct && m.t.fold[m.t.toks[i].fs] == c && m.t.toks[i].fe-m.t.toks[i].fs == 1
}

// adjacent reports whether token i directly follows token i-1 (no space).
func (m *matcher) adjacent(i int) bool { return i < m.n() && i > 0 && !m.t.toks[i].space }

func (m *matcher) num(i int) (v, digits int, ok bool) {
	if i >= m.n() || i < 0 || m.t.toks[i].kind != tokNum {
		return 0, 0, false
	}
	tk := m.t.toks[i]
	if n := int(tk.end - tk.start); n > 4 {
		return 0, n, false
	}
	return atoi(m.t.text[tk.start:tk.end]), int(tk.end - tk.start), true
}

// yearTok reports whether token i is lexically a year: four digits in
// 1990–2099 not glued to other digits, letters or identifiers (CVE-2021-26855,
// 3.2021, v2019, 2,021, 2021%). dashBefore / dashAfter allow a dash glued on
// that side (mid-2021, 2011-2018).
func (m *matcher) yearTok(i int, dashBefore, dashAfter bool) (int, bool) {
	v, digits, ok := m.num(i)
	if !ok || digits != 4 || v < 1990 || v > 2099 {
		return 0, false
	}
	text := m.t.text
	tk := m.t.toks[i]
	start, end := int(tk.start), int(tk.end)
	if start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		before := text[:start-n]
		rb, _ := utf8.DecodeLastRuneInString(before)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return 0, false
		case isDash(r):
			if !dashBefore && (unicode.IsLetter(rb) || unicode.IsDigit(rb)) {
				return 0, false
			}
		case r == '.' || r == ',' || r == '/' || r == ':':
			if unicode.IsDigit(rb) {
				return 0, false
			}
		case r == '$' || r == '€' || r == '£' || r == '#' || r == '+' || r == '@' || r == '_' || r == '\\' || r == '=' || r == '&' || r == '°':
			return 0, false
		}
	}
	if end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		ra, _ := utf8.DecodeRuneInString(text[end+n:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return 0, false
		case isDash(r):
			if unicode.IsLetter(ra) || (unicode.IsDigit(ra) && !dashAfter) {
				return 0, false
			}
		case r == '.' || r == ',' || r == '/' || r == ':':
			if unicode.IsDigit(ra) {
				return 0, false
			}
		case r == '%' || r == '€' || r == '$' || r == '£' || r == '_' || r == '@' || r == '°':
			return 0, false
		}
	}
	return v, true
}

// bareYearOK applies the context rules for a year standing alone: not a
// count ("more than 2000", "plus de 2000"), not a product ("Server 2019"),
// not a number followed by its noun ("2000 victims") unless a word such as
// "in" / « en » introduces it.
func (m *matcher) bareYearOK(i int) bool {
	strong := m.endsAt(i, roleStrong)
	// "since at least 2007" is a since phrase, "at least 2000" a count: the
	// longer phrase ending before the number decides.
	if q := m.endLen(i, roleQuantity); q > 0 && q >= max(m.endLen(i, roleSince), m.endLen(i, roleUntil)) {
		return false
	}
	if i > 0 {
		p := m.t.toks[i-1]
		if p.kind == tokWord && p.upper && !m.known(i-1) {
			return false
		}
		if p.kind == tokNum && !strong {
			return false
		}
	}
	if i+1 < m.n() {
		nx := m.t.toks[i+1]
		if nx.kind == tokNum && !strong {
			return false
		}
		if nx.kind == tokWord && !nx.upper && !strong && !m.known(i+1) {
			f := m.t.foldedBytes(i + 1)
			if len(f) >= 3 && (f[len(f)-1] == 's' || f[len(f)-1] == 'x') {
				return false
			}
		}
	}
	return true
}

// contextBefore reports a word that makes an ambiguous month name a month
// ("in May", not "Theresa May").
func (m *matcher) contextBefore(i int) bool {
	return m.endsAt(i, roleStrong) || m.endsAt(i, roleContext) || m.endsAt(i, roleSince) ||
		m.endsAt(i, roleUntil) || m.endsAt(i, roleRangeOpen) || m.endsAt(i, roleRangeSep) ||
		m.endsAt(i, roleQual) || m.endsAt(i, roleLastBefore) || m.endsAt(i, roleNextBefore) || m.endsAt(i, roleThis)
}

// skipComma skips one comma at i.
func (m *matcher) skipComma(i int) int {
	if m.isPunct(i, ',') {
		return i + 1
	}
	return i
}

// dayNum parses a day of month at i with an optional glued ordinal suffix
// ("19", "1er", "3rd").
func (m *matcher) dayNum(i int) (int, int, bool) {
	v, digits, ok := m.num(i)
	if !ok || digits > 2 || v < 1 || v > 31 {
		return 0, i, false
	}
	// a day glued to a letter or followed by a decimal is not a day
	j := i + 1
	if j < m.n() && m.adjacent(j) {
		if _, k := m.match(j, roleOrdinal, -1); k > j {
			j = k
		} else if m.t.toks[j].kind == tokWord || m.t.toks[j].kind == tokNum {
			return 0, i, false
		}
	}
	if i > 0 && m.adjacent(i) && m.t.toks[i-1].kind != tokPunct {
		return 0, i, false
	}
	return v, j, true
}

// monthAt parses a month name (full, or abbreviated when numbers are next to
// it) at i.
func (m *matcher) monthAt(i int) (e *entry, j int) {
	if e, j = m.match(i, roleMonth, -1); e != nil {
		return e, j
	}
	return m.match(i, roleMonthAbbr, -1)
}

// optYear parses an optional year after a month or a day-month, glued with
// an optional comma or connector ("July 19, 2021", "19 juillet 2021").
func (m *matcher) optYear(j int) (int, int) {
	if _, k2 := m.match(j, roleConnector, -1); k2 > j {
		if y, ok := m.yearTok(k2, false, false); ok {
			return y, k2 + 1
		}
	}
	k := m.skipComma(j)
	if y, ok := m.yearTok(k, false, false); ok {
		return y, k + 1
	}
	return 0, j
}

// dayMonth parses "19 juillet [2021]", "19th of July [2021]", "July 19[, 2021]".
func (m *matcher) dayMonth(i int) (atom, bool) {
	if d, j, ok := m.dayNum(i); ok {
		k := j
		if _, k2 := m.match(k, roleConnector, -1); k2 > k {
			k = k2
		}
		if e, k3 := m.monthAt(k); e != nil {
			y, end := m.optYear(k3)
			if y == 0 {
				y, end, _ = m.relYearAfter(k3) // « le 12 janvier de l'an dernier »
			}
			if y != 0 && !validDay(y, e.val, d) {
				return atom{}, false
			}
			a := atom{i: i, j: end, from: ymd{y, e.val, d}, cls: clsDay, yearless: y == 0}
			a.to = a.from
			return a, true
		}
	}
	if m.lx.monthDay {
		if e, k := m.monthAt(i); e != nil {
			if d, k2, ok := m.dayNum(k); ok {
				// "May 2021" is a month; "May 20, 2021" a day; "May 20" a day
				if _, yok := m.yearTok(k, false, false); !yok {
					y, end := m.optYear(k2)
					if y == 0 {
						y, end, _ = m.relYearAfter(k2) // "January 12 last year"
					}
					if y != 0 && !validDay(y, e.val, d) {
						return atom{}, false
					}
					a := atom{i: i, j: end, from: ymd{y, e.val, d}, cls: clsDay, yearless: y == 0}
					a.to = a.from
					return a, true
				}
			}
		}
	}
	return atom{}, false
}

// numeric parses ISO dates (2021-07-19, 2021-07) and numeric dates
// (19/07/2021, 07/2021) written without spaces.
func (m *matcher) numeric(i int) (atom, bool) {
	v, digits, ok := m.num(i)
	if !ok {
		return atom{}, false
	}
	glued := func(k int) bool { return k < m.n() && !m.t.toks[k].space }
	if digits == 4 {
		if !(m.isPunct(i+1, '-') && glued(i+1) && glued(i+2)) {
			return atom{}, false
		}
		mo, md, ok := m.num(i + 2)
		if !ok || md != 2 || mo < 1 || mo > 12 {
			return atom{}, false
		}
		if _, ok := m.yearTok(i, false, true); !ok {
			return atom{}, false
		}
		if m.isPunct(i+3, '-') && glued(i+3) && glued(i+4) {
			d, dd, ok := m.num(i + 4)
			if !ok || dd != 2 || !validDay(v, mo, d) {
				return atom{}, false
			}
			// 2015-04-08T10:00Z is a day; 2015-04-08x or 2015-04-08-1 is not a date
			isoTime := i+6 < m.n() && glued(i+5) && glued(i+6) && string(m.t.foldedBytes(i+5)) == "t" && m.t.toks[i+6].kind == tokNum
			if !isoTime && i+5 < m.n() && glued(i+5) && m.t.toks[i+5].kind != tokPunct {
				return atom{}, false
			}
			if !isoTime && i+6 < m.n() && glued(i+5) && glued(i+6) && m.t.toks[i+6].kind == tokNum {
				return atom{}, false
			}
			a := atom{i: i, j: i + 5, from: ymd{v, mo, d}, cls: clsDay}
			a.to = a.from
			return a, true
		}
		if i+3 < m.n() && glued(i+3) && (m.t.toks[i+3].kind != tokPunct || (glued(i+4) && m.t.toks[i+4].kind == tokNum)) {
			return atom{}, false
		}
		a := atom{i: i, j: i + 3, from: ymd{v, mo, 0}, cls: clsPeriod}
		a.to = a.from
		return a, true
	}
	if digits > 2 || !(i+2 < m.n() && glued(i+1) && glued(i+2)) {
		return atom{}, false
	}
	if i > 0 && glued(i) && m.t.toks[i-1].kind != tokWord && !m.isPunct(i-1, '(') {
		return atom{}, false
	}
	sep := m.t.fold[m.t.toks[i+1].fs]
	if m.t.toks[i+1].kind != tokPunct || (sep != '/' && sep != '.') {
		return atom{}, false
	}
	b, bd, ok := m.num(i + 2)
	if !ok {
		return atom{}, false
	}
	if bd == 4 { // 07/2021
		if sep != '/' || v < 1 || v > 12 {
			return atom{}, false
		}
		if _, ok := m.yearTok(i+2, false, false); !ok && !(b >= 1990 && b <= 2099 && i+3 == m.n()) {
			if b < 1990 || b > 2099 || (i+3 < m.n() && glued(i+3) && m.t.toks[i+3].kind == tokNum) {
				return atom{}, false
			}
		}
		a := atom{i: i, j: i + 3, from: ymd{b, v, 0}, cls: clsPeriod}
		a.to = a.from
		return a, true
	}
	if bd > 2 || !(i+4 < m.n() && glued(i+3) && glued(i+4)) || !m.isPunct(i+3, sep) {
		return atom{}, false
	}
	y, yd, ok := m.num(i + 4)
	if !ok || yd != 4 || y < 1990 || y > 2099 {
		return atom{}, false
	}
	if i+5 < m.n() && glued(i+5) && (m.t.toks[i+5].kind != tokPunct || (i+6 < m.n() && glued(i+6) && m.t.toks[i+6].kind == tokNum)) {
		return atom{}, false
	}
	d, mo := v, b
	if m.lx.numericOrder == "mdy" {
		d, mo = b, v
	}
	if mo > 12 && d <= 12 { // the order is obvious from the numbers
		d, mo = mo, d
	}
	if !validDay(y, mo, d) {
		return atom{}, false
	}
	a := atom{i: i, j: i + 5, from: ymd{y, mo, d}, cls: clsDay}
	a.to = a.from
	return a, true
}

func validDay(y, mo, d int) bool {
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// modBefore parses "last", "next", "this" / « ce » before a weekday, month
// or season.
func (m *matcher) modBefore(i int) (int, int, bool) {
	if m.roles(i)&(1<<roleLastBefore|1<<roleNextBefore|1<<roleThis) == 0 {
		return 0, i, false // no modifier starts here: three match calls spared
	}
	if _, j := m.match(i, roleLastBefore, -1); j > i {
		return -1, j, true
	}
	if _, j := m.match(i, roleNextBefore, -1); j > i {
		return 1, j, true
	}
	if _, j := m.match(i, roleThis, -1); j > i {
		return 0, j, true
	}
	return 0, i, false
}

// modPrevWeek is the modifier of a weekday followed by "last week", «
// de la semaine dernière »: that day of the calendar week before.
const modPrevWeek = -2

func (m *matcher) modAfter(j int) (int, int, bool) {
	if _, k := m.match(j, rolePrevWeek, -1); k > j {
		return modPrevWeek, k, true
	}
	if _, k := m.match(j, roleLastAfter, -1); k > j {
		return -1, k, true
	}
	if _, k := m.match(j, roleNextAfter, -1); k > j {
		return 1, k, true
	}
	return 0, j, false
}

// word parses the atoms that start with a word at i.
func (m *matcher) word(i int) (atom, bool) {
	// "last Monday", "this summer", « ce lundi »
	if mod, j, ok := m.modBefore(i); ok {
		if a, ok := m.named(j, mod, true); ok {
			if a.rel != relNone || (a.yearless && mod != 0) {
				a.i = i // "last Monday", "this summer", "last March": the modifier is part of it
			}
			return a, true
		}
	}
	if a, ok := m.named(i, 0, false); ok {
		return a, true
	}
	// early 2021, mi-2021, au début de l'année 2021, fin mars, late last year
	// every qualifier phrase is tried, longest first: « à la fin de l'année
	// dernière » is "à la fin de" + a relative year.
	if i >= m.n() {
		return atom{}, false
	}
	// most words start no qualifier: the role bit first, and each entry's
	// role before its tokens are compared
	var quals []*entry
	if m.roles(i)&(1<<roleQual) != 0 {
		quals = m.ents(i)
	}
	for _, e := range quals {
		if e.role != roleQual {
			continue
		}
		j, ok := m.matchEntry(i, e)
		if !ok {
			continue
		}
		if m.isPunct(j, '-') {
			j++
		}
		if _, k := m.match(j, roleYearWord, -1); k > j {
			if a, ok := m.qualified(k, e.str); ok {
				a.i = i
				return a, true
			}
		}
		if a, ok := m.qualified(j, e.str); ok {
			a.i = i
			return a, true
		}
	}
	// the next four open with a decade, relative day, period or "ago"
	// word: one look at the token's roles for the four match calls
	if m.roles(i)&(1<<roleDecadeBefore|1<<roleDayRel|1<<rolePeriod|1<<roleAgoBefore) != 0 {
		// les années 2010
		if _, j := m.match(i, roleDecadeBefore, -1); j > i {
			if y, ok := m.yearTok(j, false, false); ok && y%10 == 0 {
				return atom{i: i, j: j + 1, from: ymd{y, 0, 0}, to: ymd{y + 9, 0, 0}, cls: clsDecade}, true
			}
		}
		if e, j := m.match(i, roleDayRel, -1); e != nil {
			return atom{i: i, j: j, cls: clsRelDay, rel: relDays, relN: e.val}, true
		}
		if e, j := m.match(i, rolePeriod, -1); e != nil {
			a := atom{i: i, j: j, cls: clsPeriod, rel: relPeriodKind, relN: e.val, relUnit: e.unit}
			if e.unit == unitWeek || e.unit == unitDay {
				a.cls = clsRelWeek
			}
			return a, true
		}
		// il y a trois jours
		if _, j := m.match(i, roleAgoBefore, -1); j > i {
			if n, unit, k, ok := m.count(j); ok {
				return agoAtom(i, k, n, unit), true
			}
		}
	}
	// two years ago
	if n, unit, k, ok := m.count(i); ok {
		if _, k2 := m.match(k, roleAgoAfter, -1); k2 > k {
			return agoAtom(i, k2, n, unit), true
		}
	}
	return atom{}, false
}

func agoAtom(i, j, n, unit int) atom {
	a := atom{i: i, j: j, rel: relPeriodKind, relN: -n, relUnit: unit, cls: clsPeriod}
	switch unit {
	case unitDay:
		a.rel, a.cls = relDays, clsRelDay
	case unitWeek:
		a.cls = clsRelWeek
	}
	return a
}

// count parses "3 days", "trois jours".
func (m *matcher) count(i int) (n, unit, j int, ok bool) {
	if v, digits, ok := m.num(i); ok && digits <= 3 {
		n, j = v, i+1
	} else if e, k := m.match(i, roleNumber, -1); e != nil {
		n, j = e.val, k
	} else {
		return 0, 0, i, false
	}
	if _, k := m.match(j, roleLastAfter, -1); k > j {
		j = k // « trois dernières années »
	}
	e, k := m.match(j, roleUnit, -1)
	if e == nil || n <= 0 {
		return 0, 0, i, false
	}
	return n, e.val, k, true
}

// named parses a weekday, month or season name at i (with a modifier mod
// already read when hasMod).
func (m *matcher) named(i, mod int, hasMod bool) (atom, bool) {
	if m.roles(i)&(1<<roleWeekday|1<<roleMonth|1<<roleMonthAbbr|1<<roleSeason|1<<roleHoliday) == 0 {
		return atom{}, false // no weekday, month, season or holiday starts here: five match calls spared
	}
	if e, j := m.match(i, roleHoliday, -1); e != nil {
		// "Christmas Eve [2023]", « la veille de Noël [2023] »: a day as
		// "December 24 [2023]" is
		y, end := m.optYear(j)
		a := atom{i: i, j: end, from: ymd{y, e.val / 100, e.val % 100}, cls: clsDay, yearless: y == 0}
		a.to = a.from
		return a, true
	}
	if e, j := m.match(i, roleWeekday, -1); e != nil && !m.inName(i, e) {
		// "Monday, July 19, 2021", « lundi 19 juillet 2021 »: the weekday adds nothing
		k := m.skipComma(j)
		if _, k2 := m.match(k, roleConnector, -1); k2 > k {
			if a, ok := m.dayMonth(k2); ok {
				a.i = i
				return a, true
			}
		}
		if a, ok := m.dayMonth(k); ok {
			a.i = i
			return a, true
		}
		if !hasMod {
			if md, k, ok := m.modAfter(j); ok {
				mod, j = md, k
			}
		} else if _, k := m.match(j, rolePrevWeek, -1); k > j && mod == 0 {
			mod, j = modPrevWeek, k // "on Friday last week": "on" is a neutral modifier
		}
		return atom{i: i, j: j, cls: clsRelDay, rel: relWeekday, weekday: e.val, mod: mod}, true
	}
	if e, j := m.monthAt(i); e != nil {
		if a, ok := m.dayMonth(i); ok {
			return a, true
		}
		if y, end := m.optYear(j); y != 0 {
			a := atom{i: i, j: end, from: ymd{y, e.val, 0}, cls: clsPeriod}
			a.to = a.from
			return a, true
		}
		if e.role == roleMonthAbbr {
			return atom{}, false
		}
		if !hasMod {
			if a, ok := m.monthOfRelYear(i, j, e.val); ok {
				return a, true
			}
		}
		if !hasMod {
			if md, k, ok := m.modAfter(j); ok {
				mod, j, hasMod = md, k, true
			}
		}
		if e.ambig && !hasMod && !m.contextBefore(i) {
			return atom{}, false
		}
		a := atom{i: i, j: j, from: ymd{0, e.val, 0}, cls: clsPeriod, yearless: true, mod: mod}
		a.to = a.from
		return a, true
	}
	if e, j := m.match(i, roleSeason, -1); e != nil && !m.elidedBefore(i) {
		k := j
		if _, k2 := m.match(k, roleConnector, -1); k2 > k {
			k = k2
		} else if _, k2 := m.match(k, roleYearWord, -1); k2 > k {
			k = k2
		}
		if y, ok := m.yearTok(k, false, false); ok {
			f, t := seasonSpan(y, e.val)
			return atom{i: i, j: k + 1, from: f, to: t, cls: clsPeriod}, true
		}
		if !hasMod {
			if md, k, ok := m.modAfter(j); ok {
				mod, j, hasMod = md, k, true
			}
		}
		if !hasMod {
			return atom{}, false // « a été » is not summer
		}
		return atom{i: i, j: j, cls: clsPeriod, rel: relSeason, season: e.val, mod: mod}, true
	}
	return atom{}, false
}

// monthOfRelYear parses a month name ending at j followed by a year told
// from the reference: "February last year", "March of this year", « février
// de l'an dernier ». The month is of that year, whatever its place in the
// calendar against the reference's month. A phrase told from another date
// of the sentence ("the previous year") is left to anchorRelative.
func (m *matcher) monthOfRelYear(i, j, month int) (atom, bool) {
	y, end, ok := m.relYearAfter(j)
	if !ok {
		return atom{}, false
	}
	a := atom{i: i, j: end, from: ymd{y, month, 0}, cls: clsPeriod}
	a.to = a.from
	return a, true
}

// relYearAfter parses a year told from the reference right at j, after an
// optional connector: "last year", "of this year", « de l'an dernier »
// (a month or a day of that year: "February last year", "January 12 last
// year", « le 12 janvier de l'an dernier »); end is the token after it. A
// phrase told from another date of the sentence ("the previous year") is
// left to anchorRelative.
func (m *matcher) relYearAfter(j int) (y, end int, ok bool) {
	if m.ref.y == 0 {
		return 0, j, false
	}
	k := j
	if _, k2 := m.match(k, roleConnector, -1); k2 > k {
		k = k2
	}
	e, end := m.match(k, rolePeriod, -1)
	if e == nil && k > j+1 {
		// "of the same year": the longest connector ("of the") took the
		// period's own article
		e, end = m.match(j+1, rolePeriod, -1)
		k = j + 1
	}
	if e == nil || e.unit != unitYear || e.val != 0 && inSet(m.lx.anchoredPeriods, m.t, k, end) {
		// « en octobre de la même année » is read here as of the
		// reference's year, which anchorRelative then moves to the year
		// of the date it is told from; "the previous year" is left to it
		return 0, j, false
	}
	return m.ref.y + e.val, end, true
}

// elidedBefore reports token i written right after the elided preposition
// « d' » (« Jeux d'hiver de 2018 », « université d'été »): a season there
// qualifies a noun, it is no date; the year after it is one alone.
func (m *matcher) elidedBefore(i int) bool {
	if i == 0 || !m.adjacent(i) {
		return false
	}
	prev := m.t.text[m.t.toks[i-1].start:m.t.toks[i-1].end]
	// « d' » (of), not the article « l' » of « l'hiver 2018 »
	return strings.EqualFold(prev, "d'") || strings.EqualFold(prev, "d’")
}

// inName reports a capitalised weekday that ends a name: "Patch Tuesday",
// "Black Friday", "Cyber Monday" (a capitalised word before it that the
// tables do not know, and that is not an acronym such as "FBI").
func (m *matcher) inName(i int, e *entry) bool {
	if !e.title || i == 0 || m.t.toks[i-1].kind != tokWord || !m.t.toks[i-1].upper || m.known(i-1) {
		return false
	}
	prev := m.t.text[m.t.toks[i-1].start:m.t.toks[i-1].end]
	for _, r := range prev {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// qualified parses what follows early/mid/late: a year, a month, a relative
// year or a season.
func (m *matcher) qualified(j int, q string) (atom, bool) {
	if y, ok := m.yearTok(j, true, false); ok {
		return atom{i: j, j: j + 1, from: ymd{y, 0, 0}, to: ymd{y, 0, 0}, cls: clsPeriod, qual: q}, true
	}
	if mod, k, ok := m.modBefore(j); ok {
		if a, ok := m.named(k, mod, true); ok && a.rel != relWeekday {
			a.qual = q
			return a, true
		}
	}
	if a, ok := m.named(j, 0, false); ok && a.rel != relWeekday {
		a.qual = q
		return a, true
	}
	if e, k := m.match(j, rolePeriod, -1); e != nil && (e.unit == unitYear || e.unit == unitMonth) {
		return atom{i: j, j: k, cls: clsPeriod, rel: relPeriodKind, relN: e.val, relUnit: e.unit, qual: q}, true
	}
	return atom{}, false
}

func seasonSpan(y, s int) (ymd, ymd) {
	switch s {
	case 1:
		return ymd{y, 3, 0}, ymd{y, 5, 0}
	case 2:
		return ymd{y, 6, 0}, ymd{y, 8, 0}
	case 3:
		return ymd{y, 9, 0}, ymd{y, 11, 0}
	default: // meteorological winter: December of y to February of y+1
		return ymd{y, 12, 0}, ymd{y + 1, 2, 0}
	}
}

// atomAt parses one atom at token i. inRange relaxes the context rules for
// a bare year (the range words already say it is a date).
func (m *matcher) atomAt(i int, ctx bool) (atom, bool) {
	if i >= m.n() {
		return atom{}, false
	}
	tk := m.t.toks[i]
	switch tk.kind {
	case tokNum:
		if a, ok := m.numeric(i); ok {
			return a, true
		}
		if a, ok := m.dayMonth(i); ok {
			return a, true
		}
		if a, ok := m.word(i); ok { // "3 days ago"
			return a, true
		}
		// 2010s
		if i+1 < m.n() && m.adjacent(i+1) {
			if _, k := m.match(i+1, roleDecadeSuffix, -1); k > i+1 {
				if v, digits, ok := m.num(i); ok && digits == 4 && v%10 == 0 && v >= 1990 && v <= 2090 &&
					(k >= m.n() || m.t.toks[k].space || m.t.toks[k].kind == tokPunct) {
					return atom{i: i, j: k, from: ymd{v, 0, 0}, to: ymd{v + 9, 0, 0}, cls: clsDecade}, true
				}
			}
		}
		if y, ok := m.yearTok(i, ctx, false); ok && (ctx || m.bareYearOK(i)) {
			return atom{i: i, j: i + 1, from: ymd{y, 0, 0}, to: ymd{y, 0, 0}, cls: clsPeriod}, true
		}
	case tokWord:
		return m.word(i)
	}
	return atom{}, false
}

// resolve fills what an atom leaves to the reference date and applies its
// qualifier. ok is false when the atom cannot be placed (no reference).
func (m *matcher) resolve(a *atom) bool {
	r := m.ref
	switch a.rel {
	case relWeekday:
		if r.d == 0 {
			return false
		}
		t := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
		wd := int(t.Weekday())
		var delta int
		switch a.mod {
		case modPrevWeek:
			// weeks run Monday to Sunday: "Friday last week" said on a
			// Wednesday is nine days before, said on a Saturday eight
			delta = -(((wd+6)%7 - (a.weekday+6)%7) + 7)
		case -1:
			delta = -((wd - a.weekday + 7) % 7)
			if delta == 0 {
				delta = -7
			}
		case 1:
			delta = (a.weekday - wd + 7) % 7
			if delta == 0 {
				delta = 7
			}
		default:
			delta = -((wd - a.weekday + 7) % 7)
		}
		a.from = dayOf(t.AddDate(0, 0, delta))
		a.to = a.from
	case relDays:
		if r.d == 0 {
			return false
		}
		a.from = dayOf(time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, a.relN))
		a.to = a.from
	case relPeriodKind:
		switch a.relUnit {
		case unitYear:
			if r.y == 0 {
				return false
			}
			a.from = ymd{r.y + a.relN, 0, 0}
		case unitMonth:
			if r.m == 0 {
				return false
			}
			t := time.Date(r.y, time.Month(r.m)+time.Month(a.relN), 1, 0, 0, 0, 0, time.UTC)
			a.from = ymd{t.Year(), int(t.Month()), 0}
		case unitWeek, unitDay:
			// a week has no Date precision: its month, taken from the day a
			// week (or n weeks / days) before the reference.
			if r.d == 0 {
				return false
			}
			days := 7 * a.relN
			if a.relUnit == unitDay {
				days = a.relN
			}
			t := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
			a.from = ymd{t.Year(), int(t.Month()), 0}
		}
		a.to = a.from
	case relSeason:
		if r.m == 0 {
			return false
		}
		y := r.y
		if a.season == 4 && r.m <= 2 {
			y-- // January is in the winter that began last December
		}
		f, t := seasonSpan(y, a.season)
		if a.mod == -1 && (t.y > r.y || (t.y == r.y && t.m >= r.m)) {
			f, t = seasonSpan(y-1, a.season)
		} else if a.mod == 1 && (f.y < r.y || (f.y == r.y && f.m <= r.m)) {
			f, t = seasonSpan(y+1, a.season)
		}
		a.from, a.to = f, t
	}
	if a.yearless {
		if r.m == 0 {
			return false
		}
		fill := func(d *ymd) {
			if d.y != 0 {
				return
			}
			if af := m.after; af.y != 0 && a.mod == 0 {
				// "Six weeks later, on 24 February", told after 12 January
				// 2022: the first 24 February on or after it, when that is
				// not after the reference
				y := af.y
				if d.m < af.m || d.m == af.m && d.d != 0 && af.d != 0 && d.d < af.d {
					y++
				}
				if y < r.y || y == r.y && (d.m < r.m || d.m == r.m && (d.d == 0 || r.d == 0 || d.d <= r.d)) {
					d.y = y
					return
				}
			}
			y := r.y
			after := d.m > r.m || (d.m == r.m && d.d != 0 && r.d != 0 && d.d > r.d)
			switch {
			case a.mod == -1 && (after || (d.m == r.m && d.d == 0)):
				y--
			case a.mod == 1 && !after:
				y++
			case a.mod == 0 && after && !soon(r, *d):
				y--
			case a.mod == 0 && after:
				a.future = true // "the elections of 26 September", a few days ahead
			}
			d.y = y
		}
		fill(&a.from)
		fill(&a.to)
		a.yearless, a.wasYearless = false, true
		if a.from.d != 0 && !validDay(a.from.y, a.from.m, a.from.d) {
			return false
		}
	}
	if a.qual != "" && a.qual != "whole" && a.from.m == 0 && a.from == a.to {
		s := qualSpans[a.qual]
		a.from = ymd{a.from.y, s[0], 0}
		a.to = ymd{a.from.y, s[1], 0}
	}
	return a.from.y != 0
}

// soon reports a day of the reference year at most 31 days after the
// reference: a yearless day that close ahead is an announced date ("the
// elections of 26 September" in a paper of 25 September), not a day eleven
// months back.
func soon(r refDate, d ymd) bool {
	if r.d == 0 || d.d == 0 || !validDay(r.y, d.m, d.d) {
		return false
	}
	ref := time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
	t := time.Date(r.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
	return t.After(ref) && t.Sub(ref) <= 31*24*time.Hour
}

func dayOf(t time.Time) ymd { return ymd{t.Year(), int(t.Month()), t.Day()} }

// before compares first instants.
func (a ymd) before(b ymd) bool {
	if a.y != b.y {
		return a.y < b.y
	}
	if a.m != b.m {
		return a.m < b.m
	}
	return a.d < b.d
}

// endKey is the last instant a value covers, for comparing range ends.
func (a ymd) endKey() ymd {
	e := a
	if e.m == 0 {
		e.m = 12
	}
	if e.d == 0 {
		e.d = 31
	}
	return e
}
