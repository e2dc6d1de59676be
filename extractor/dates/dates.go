// Package dates finds date expressions in French and English sentences and
// returns them with the precision the text gives ("2021", "2021-07",
// "2021-07-19"), never inventing a month or a day.
//
// Language data (month and weekday names, range connectors, early/mid/late
// words, seasons, relative words) lives in embedded files under lang/; adding
// a language is a data file plus tests, no code change.
//
// Conventions, chosen so that an interval is always expressible as two Dates:
//   - early / mid / late YEAR (« début / mi- / fin YEAR », "the beginning of",
//     « au début de l'année ») split the year in thirds: early = YEAR-01..YEAR-04,
//     mid = YEAR-05..YEAR-08, late = YEAR-09..YEAR-12. The first / second half
//     (« premier / second semestre ») are 01..06 / 07..12, quarters Q1..Q4 are
//     three months. « courant 2023 » / "throughout 2023" is the year itself.
//   - early / mid / late MONTH (« mi-juillet », "late March") keeps the month:
//     a Date cannot say "the middle of July" honestly.
//   - seasons are meteorological, northern hemisphere: spring 03..05, summer
//     06..08, autumn 09..11, winter YEAR = YEAR-12..(YEAR+1)-02.
//   - decades ("the 2010s", « les années 2010 ») are YEAR..YEAR+9.
//   - relative words resolve against the reference (publication) date:
//     a weekday is the most recent such day on or before it ("last Monday" /
//     « lundi dernier » strictly before it); a month name without a year is
//     the most recent such month on or before it; "last week" / « la semaine
//     dernière » has no Date precision and gives the month of the day a week
//     before the reference. Without the reference precision needed, relative
//     expressions are dropped rather than guessed. A sentence told after
//     another date (NeedsAnchor: "Six weeks later, on 24 February", "…
//     the previous year") is read from that date instead (AnalyzeAfter).
//   - a year is 1990–2099 written as four digits not glued to other digits,
//     letters or identifiers (CVE-2021-26855, 3.2021, v2019 and "10 000" are
//     not years); a bare year after a count word ("more than 2000") or before
//     a plural noun ("2000 victims") is a number, not a year.
package dates

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// Kind says what a date expression denotes.
type Kind string

const (
	KindPoint    Kind = "point"    // From only (To == From)
	KindRange    Kind = "range"    // From and To
	KindSince    Kind = "since"    // From, open end
	KindUntil    Kind = "until"    // To, open start
	KindRelative Kind = "relative" // resolved against the reference date; From (and To for spans)
)

// Expr is a date expression found in a text. Start and End are byte offsets
// into the text given to Find: text[Start:End] == Text.
type Expr struct {
	Start, End int
	Text       string
	Kind       Kind
	From, To   claim.Date
}

// Parser finds dates. It is safe for concurrent use once built.
type Parser struct {
	langs map[string]*lexicon
	// langList holds langs' lexicons, for lexiconOf: two or three codes
	// compared inline cost less than a map's hash on every call (issue 11)
	langList []*lexicon
	all      *lexicon // every language at once, for lang ""/unknown
	pool     sync.Pool
	none     Sentence // Analyze's answer for a sentence without a date
	// unanchored runs the matcher on sentences with no anchor too (tests:
	// the anchor check must never change what is found)
	unanchored bool
}

// New builds the parser's tables from the embedded language files.
func New() (*Parser, error) {
	data, err := loadLangs()
	if err != nil {
		return nil, err
	}
	return newParser(data)
}

func newParser(data map[string]*langData) (*Parser, error) {
	p := &Parser{langs: map[string]*lexicon{}, all: &lexicon{lang: "*", first: map[string][]*entry{}, numericOrder: "dmy"}}
	names := make([]string, 0, len(data))
	for n := range data {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := data[n]
		lx := &lexicon{lang: n, monthDay: d.MonthDay, numericOrder: d.NumericOrder, first: map[string][]*entry{}}
		if err := buildLexicon(lx, d); err != nil {
			return nil, err
		}
		if err := buildLexicon(p.all, d); err != nil {
			return nil, err
		}
		p.all.monthDay = p.all.monthDay || d.MonthDay
		lx.finish()
		p.langs[n] = lx
	}
	if len(p.langs) == 0 {
		return nil, fmt.Errorf("%w: no language files", ErrLangData)
	}
	p.all.finish()
	for _, n := range names {
		p.langList = append(p.langList, p.langs[n])
	}
	p.pool.New = func() any { return &tokens{} }
	return p, nil
}

// lexiconOf is p.langs[lang], or p.all for a language without one.
func (p *Parser) lexiconOf(lang string) *lexicon {
	for _, lx := range p.langList {
		if len(lx.lang) == len(lang) && (len(lang) != 2 || lx.lang[0] == lang[0] && lx.lang[1] == lang[1]) && (len(lang) == 2 || lx.lang == lang) {
			return lx
		}
	}
	return p.all
}

// Langs returns the languages the parser has data for.
func (p *Parser) Langs() []string {
	out := make([]string, 0, len(p.langs))
	for n := range p.langs {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// hit is an Expr with what the selection rules need.
type hit struct {
	Expr
	cls     class
	rel     bool
	future  bool // after the reference: announced, never a claim date
	written bool // a range written with words or a dash, not one phrase like "early 2021"
	ti, tj  int  // token span
	dist    int  // tokens to the nearest attack word; -1 when the sentence has none
	cdist   int  // tokens to the nearest claim word (said, accused); -1 when none
	bdist   int  // tokens to the nearest background word (founded, sanctioned) outside the hit; -1 when none
	// sayLead: a word of saying at most sayLeadMax tokens before the hit,
	// no attack word between them nor right after the hit ("was blamed by
	// the FBI in December 2014 for…", « l'accusait en décembre d'avoir… »)
	sayLead bool
	// attackFirst: an attack word and no word of saying before the hit ("A
	// cyberattack disrupted petrol stations on Monday, and an official said…")
	attackFirst bool
	// earliest: a since written with a word of the earliest known point
	// ("as early as March 2021", « dès août 2023 »)
	earliest bool
	// opens: the hit opens the sentence or a clause after a colon or a
	// semicolon, its preposition aside ("In 2018 …", « … par le passé :
	// en 2021, la police avait affirmé … »)
	opens bool
	// incident: the date names the time of an attack noun it modifies:
	// the noun right after it ("the 2015 hack", "the 2015 and 2016
	// blackouts") or before it across a connector (« l'attaque de 2015 »,
	// "the outbreak of 2017"). Beside a statement's or a sanction's date
	// ("the 2015 hack …, and in October 2020 the EU imposed sanctions")
	// only such dates are the attack's.
	incident bool
	// relAttack: the hit is told in a relative clause opened on an attack
	// noun (relativeAttack): "the hack, which took place last Friday"
	relAttack bool
	// rebased: an anchored period counted from another date than the
	// reference (anchorRelative)
	rebased bool
	// found: a word telling when the intrusion was found stands at most
	// three tokens before the hit, no punctuation between, and the hit
	// writes its year ("discovered in 2021", « découverte en 2021 », "first
	// identified in October 2022")
	found bool
}

// Find returns the date expressions in text, in text order. lang selects
// the language tables ("" or an unknown language uses all of them); ref is
// the publication date relative words are resolved against (may be "").
func (p *Parser) Find(text, lang string, ref claim.Date) []Expr {
	t := p.pool.Get().(*tokens)
	defer p.pool.Put(t)
	hs := p.findInto(t, text, lang, ref, false)
	if len(hs) == 0 {
		return nil
	}
	out := make([]Expr, len(hs))
	for i, h := range hs {
		out[i] = h.Expr
	}
	clear(hs) // the pool keeps no text alive
	return out
}

func (p *Parser) find(text, lang string, ref claim.Date, withDist bool) []hit {
	t := p.pool.Get().(*tokens)
	defer p.pool.Put(t)
	hs := p.findInto(t, text, lang, ref, withDist)
	if len(hs) == 0 {
		return nil
	}
	out := slices.Clone(hs)
	clear(hs)
	return out
}

// findInto is find with the hits in t's buffer (t.hits), valid until t is
// used again: Analyze copies them into its answer in one allocation, where
// appending them to a new slice grew it hit by hit (issue 11).
func (p *Parser) findInto(t *tokens, text, lang string, ref claim.Date, withDist bool) []hit {
	return p.findAfter(t, text, lang, ref, "", withDist)
}

// findAfter is findInto for a sentence told after the date after (see
// AnalyzeAfter; "" for none).
func (p *Parser) findAfter(t *tokens, text, lang string, ref, after claim.Date, withDist bool) []hit {
	t.reach = 0
	if len(text) > maxText {
		return nil // token offsets are int32; no sentence comes near
	}
	lx := p.lexiconOf(lang)
	if !p.unanchored && !lx.mayAnchor(text) {
		return nil // no expression can match: no tokens, no look-up, no matching
	}
	t.tokenize(text)
	if n := len(t.toks); cap(t.ents) < n || cap(t.mask) < n {
		t.ents, t.mask = make([]int32, 0, n+n/2), make([]uint64, 0, n+n/2) // grown once, not by append
	}
	// written by index into room made above, not appended (issue 11)
	n := len(t.toks)
	t.ents, t.mask = t.ents[:n], t.mask[:n]
	for i := range t.toks {
		f := t.foldedBytes(i)
		var id int32
		if lx.keyHeads.may(f) {
			id = lx.keys.get(f)
		}
		if id == 0 && len(f) > 1 && f[len(f)-1] == '\'' && lx.keyHeads.may(f[:len(f)-1]) {
			id = lx.keys.get(f[:len(f)-1]) // "Monday's", "2022's" stay whole
		}
		t.ents[i], t.mask[i] = id, lx.masks[id]
	}
	m := &matcher{lx: lx, t: t, mask: t.mask, ref: parseRef(string(ref))}
	var outer claim.Date // the date told before, for "the previous year" (AnalyzeAfter)
	if after != "" {
		if a := dateYMD(after); a.y != 0 && m.ref.y != 0 && !m.ref.before(a) {
			outer = after
			if lx.opensLater(t) {
				m.after = a
			}
		}
	}
	hits := t.hits[:0]
	for i := 0; i < m.n(); {
		k := t.toks[i].kind
		if k == tokWord && t.mask[i]&startRoles != 0 && lx.phrasal[t.ents[i]] {
			// "the", « l' », "in" start phrases ("the previous year") but
			// seldom one in the text: the roles of the phrases that match
			// here, so that the token is skipped below and match does not
			// look again (issue 11). match finds nothing for a role without
			// such a phrase either way.
			t.mask[i] = m.startingRoles(i)
		}
		if k == tokPunct || (k == tokWord && t.mask[i]&startRoles == 0) {
			i++
			continue
		}
		h, j, ok := m.expr(i)
		if ok {
			hits = append(hits, h)
		}
		if j <= i {
			j = i + 1
		}
		i = j
	}
	if len(hits) > 1 {
		shareYear(text, hits)
	}
	if withDist && len(hits) > 0 {
		// a lone date needs its distance to the saying too: "Late last
		// month the Justice Department charged…" dates the statement
		bg := len(m.lx.bgStems) > 0
		at, cl, bgs := m.stemPositions(bg)
		m.attackDistances(hits, at, cl)
		m.markIncidents(hits, at)
		m.markFound(hits)
		if bg {
			m.backgroundDistances(hits, bgs)
		}
	}
	if withDist && (len(hits) > 1 || len(hits) == 1 && (outer != "" || lx.samePeriods != nil && !hasYear(hits[0].Text))) {
		// after the distances: a statement's date is known by its saying
		anchorRelative(t, lx, hits, m.ref, outer)
	}
	if withDist && outer == "" && len(hits) > 0 {
		t.reach = lx.toldAfter(t, hits)
		hits = slices.DeleteFunc(hits, func(h hit) bool { return h.Kind == "" })
	}
	t.hits = hits
	return hits
}

// maxText is the longest text Find reads: token offsets are int32.
const maxText = 1<<31 - 1

// exprOpenRoles are the roles of the words expr tries first at a token.
const exprOpenRoles = 1<<rolePastBefore | 1<<roleSince | 1<<roleUntil | 1<<roleRangeOpen

// startRoles are the roles a date expression can begin with; a word with
// none of them (the, de, in…) is skipped at once.
const startRoles = 1<<roleMonth | 1<<roleMonthAbbr | 1<<roleWeekday | 1<<roleDayRel | 1<<rolePeriod |
	1<<roleNumber | 1<<roleAgoBefore | 1<<roleLastBefore | 1<<roleThis | 1<<roleNextBefore | 1<<roleQual |
	1<<roleSeason | 1<<roleSince | 1<<roleUntil | 1<<roleRangeOpen | 1<<roleDecadeBefore | 1<<rolePastBefore | 1<<roleHoliday

// attackDistances sets each hit's distance in tokens to the nearest attack
// word (dist) and to the nearest word of saying or accusing (cdist).
// at and cl are the positions of the attack and claim words (stemPositions).
func (m *matcher) attackDistances(hs []hit, at, cl []int) {
	for k := range hs {
		hs[k].dist = nearest(at, hs[k].ti, hs[k].tj)
		hs[k].cdist = nearest(cl, hs[k].ti, hs[k].tj)
		hs[k].attackFirst = len(at) > 0 && at[0] < hs[k].ti && (len(cl) == 0 || cl[0] > hs[k].ti)
		comp := hs[k].tj < len(m.t.toks) && m.lx.claimComps[string(m.t.foldedBytes(hs[k].tj))]
		hs[k].sayLead = sayLead(at, cl, hs[k].ti, hs[k].tj, comp)
		hs[k].relAttack = m.relativeAttack(at, cl, hs[k].ti)
	}
}

// markIncidents sets the incident mark of each year or month (see hit)
// given the positions at of the attack words. A date coordinated right
// before an incident date shares its noun ("the 2015 and 2016 attacks").
func (m *matcher) markIncidents(hs []hit, at []int) {
	if len(at) == 0 {
		return
	}
	attackAt := func(i int) bool {
		_, ok := slices.BinarySearch(at, i)
		return i >= 0 && ok
	}
	connector := func(i int) bool {
		return i >= 0 && m.t.toks[i].kind == tokWord && m.lx.masks[m.t.ents[i]]&(1<<roleConnector) != 0
	}
	for k := len(hs) - 1; k >= 0; k-- {
		h := &hs[k]
		if h.cls != clsPeriod || h.Kind == KindSince || h.Kind == KindUntil || h.rel {
			continue
		}
		switch {
		case attackAt(h.tj):
			h.incident = true
		case k+1 < len(hs) && hs[k+1].incident && hs[k+1].ti-h.tj == 1:
			h.incident = true
		default:
			i := h.ti - 1
			if !connector(i) {
				continue
			}
			if connector(i - 1) {
				i-- // "of the", « de la »
			}
			h.incident = attackAt(i - 1)
		}
	}
}

// markFound sets found on the hits right after a discovery word (lang data
// "discovery_stems"): a point or a relative period, not a since or until.
func (m *matcher) markFound(hs []hit) {
	if len(m.lx.foundStems) == 0 {
		return
	}
	var found claim.Date
	for k := range hs {
		h := &hs[k]
		if h.Kind == KindSince && h.rel && found != "" && m.ref.y > 0 && h.From.Precision() == claim.PrecisionYear {
			// « découverte en 2021, durait depuis près de deux ans »: the
			// duration counts back from the finding, not from publication
			h.From = claim.Date(fmt.Sprintf("%04d", rebaseYear(dateYMD(found), dateYMD(h.From), m.ref)))
		}
		if h.Kind == KindSince || h.Kind == KindUntil || h.cls == clsDecade {
			continue
		}
		for i := h.ti - 1; i >= 0 && i >= h.ti-3; i-- {
			tk := m.t.toks[i]
			if tk.kind != tokWord {
				break
			}
			f := m.t.foldedBytes(i)
			if slices.ContainsFunc(m.lx.foundStems, func(st string) bool { return len(f) >= len(st) && string(f[:len(st)]) == st }) {
				// a finding dated by its written year only: "found last
				// year" beside "since at least 2019" is left open
				if hasYear(h.Text) {
					h.found, found = true, h.From
				}
				break
			}
		}
	}
}

// relativeAttack reports a relative pronoun (lang data "relatives") at
// most eight tokens before ti, with no punctuation between, that opens a
// clause on an attack word at most two tokens before it ("the hack, which",
// "the cyberattack that", « la cyberattaque qui »), and no word of saying
// from that attack word to ti: a day told there ("the hack, which took
// place last Friday", "the cyberattack that disrupted petrol stations on
// Tuesday") is the deed's. A relative clause with its own saying ("the
// attack, which Germany blamed on Russia on Monday") dates the saying.
func (m *matcher) relativeAttack(at, cl []int, ti int) bool {
	if len(m.lx.relatives) == 0 {
		return false
	}
	for r := ti - 1; r >= 0 && r >= ti-8; r-- {
		if m.t.toks[r].kind == tokPunct {
			return false
		}
		if !m.lx.relatives[string(m.t.foldedBytes(r))] {
			continue
		}
		p := -1
		for _, q := range at {
			if q < r && r-q <= 2 {
				p = q
			}
		}
		if p < 0 {
			return false
		}
		for _, q := range cl {
			if p < q && q < ti {
				return false
			}
		}
		return true
	}
	return false
}

// sayLeadMax is how many tokens a word of saying may stand before the date
// it governs: the verb, its object or agent ("by the FBI"), a preposition.
const sayLeadMax = 5

// sayLead reports a word of saying (positions cl) at most sayLeadMax tokens
// before span [ti, tj), with no attack word (positions at) between them nor
// in the two tokens after the span: the date then modifies the saying, not
// a deed told after it ("said hackers in May stole…" has one right after),
// unless an accusation's complement opens right after the span (comp:
// "accused Russia in 2018 of hacking").
func sayLead(at, cl []int, ti, tj int, comp bool) bool {
	c := -1
	for _, p := range cl {
		if p < ti && ti-p <= sayLeadMax {
			c = p
		}
	}
	if c < 0 {
		return false
	}
	for _, p := range at {
		if c < p && p < ti || !comp && tj <= p && p < tj+2 {
			return false
		}
	}
	return true
}

// shareYear gives a month written without its year the year of the month
// coordinated right after it: "in April and May 2015", « en avril et mai
// 2015 » (not April of the reference year).
func shareYear(text string, hs []hit) {
	for k := len(hs) - 2; k >= 0; k-- {
		a, b := &hs[k], &hs[k+1]
		if len(a.From) != 7 || a.To != a.From || hasYear(a.Text) || !hasYear(b.Text) || len(b.From) < 4 || a.End > b.Start {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(text[a.End:b.Start])) {
		case "and", "or", ",", "et", "ou", "&":
		default:
			continue
		}
		d := claim.Date(string(b.From[:4]) + string(a.From[4:]))
		a.From, a.To = d, d
	}
}

// anchorRelative counts a relative period the language data marks as told
// from another date ("the previous year", « l'année précédente ») and a
// month named after an anchoring word ("the previous December") from the
// date of a past statement or act before it (opening the sentence, right
// after its word of saying, or dated by a background word: « l'a désigné en
// 2021 comme responsable du piratage survenu l'année précédente » is 2020),
// instead of from publication: "In 2023, the NIS said
// hackers had stolen $700 million the previous year" is 2022, "In March
// 2015, prosecutors blamed… attacks the previous December" is 2014-12. The
// nearest year before it that dates something else keeps them on the
// reference: "2.4 million intrusions a day in 2024, twice the figure of the
// year before" compares, it dates no attack of its own.
//
// outer is the date told before the sentence (AnalyzeAfter; "" for none):
// a relative period told from another date with none before it in the
// sentence counts from it ("Vitiuk also said that Sandworm had broken
// into another operator the previous year", told after the December 2023
// attack, is 2022).
//
// A period of offset 0 ("the same year", « en octobre de la même année »,
// "later that month") is told from the date named just before it, whatever
// that dates, or else from outer; with neither it names no date and is
// dropped (the reference's year would be a guess): anchorRelative sets its
// Kind "" and the caller drops it.
func anchorRelative(t *tokens, lx *lexicon, hs []hit, ref refDate, outer claim.Date) {
	if lx.anchoredPeriods == nil && lx.anchoredBefore == nil {
		return
	}
	for k := 0; k < len(hs); k++ {
		h := &hs[k]
		var anchor claim.Date
		// "in March 2022 and again the following year", « de mars 2022
		// jusqu'à l'année suivante »: a phrase told forward from another
		// date follows the act dated before it, whatever dates that act
		told := h.From
		if h.Kind == KindUntil {
			told = h.To // « jusqu'à l'année suivante »: the end is the phrase
		}
		fy := dateYMD(told)
		forward := told != "" && ref.before(fy) && lx.anchoredTail(t, h.ti, h.tj)
		same := lx.sameTail(t, h.ti, h.tj) && h.Kind != KindSince && h.Kind != KindUntil
		dated := false // a year written before it in the sentence
		for a := k - 1; a >= 0; a-- {
			if hs[a].Kind == KindPoint && hasYear(hs[a].Text) {
				if hs[a].opens || hs[a].sayLead || hs[a].background() || forward {
					anchor = hs[a].From
				}
				if same && anchor == "" {
					anchor = hs[a].From // "the 2015 hack …, and the same year"
				}
				dated = true
				break
			}
		}
		if anchor == "" && !dated && outer != "" && lx.anchoredTail(t, h.ti, h.tj) {
			anchor = outer
		}
		if anchor == "" {
			if same {
				h.Kind = ""
			}
			continue
		}
		ay := dateYMD(anchor)
		if h.Kind == KindUntil {
			if forward && told.Precision() == claim.PrecisionYear {
				h.To = claim.Date(fmt.Sprintf("%04d", rebaseYear(ay, fy, ref)))
				h.future = false
			}
			continue
		}
		switch {
		case inSet(lx.anchoredPeriods, t, h.ti, h.tj) && h.From.Precision() == claim.PrecisionYear:
			// the phrase was resolved from the reference: keep its offset
			d := claim.Date(fmt.Sprintf("%04d", rebaseYear(ay, dateYMD(h.From), ref)))
			h.From, h.To = d, d
		case inSet(lx.anchoredPeriods, t, h.ti, h.tj) && h.From.Precision() == claim.PrecisionMonth && ay.m > 0:
			r := rebaseMonth(ay, dateYMD(h.From), ref)
			d := claim.Date(fmt.Sprintf("%04d-%02d", r.y, r.m))
			h.From, h.To = d, d
		case !inSet(lx.anchoredPeriods, t, h.ti, h.tj) && lx.anchoredTail(t, h.ti, h.tj) && h.From.Precision() >= claim.PrecisionMonth && h.From == h.To && h.Kind != KindUntil:
			// « en octobre de la même année », "in October that same
			// year": the month (or day) of the year told from
			d := claim.Date(fmt.Sprintf("%04d", rebaseYear(ay, dateYMD(h.From), ref)) + string(h.From[4:]))
			h.From, h.To = d, d
		case h.Kind == KindRelative && !h.rel && h.From.Precision() == claim.PrecisionMonth && h.From == h.To && lx.anchoredAt(t, h.ti):
			mo := dateYMD(h.From).m
			y := ay.y - 1
			if ay.m > mo {
				y = ay.y // "in March 2015 … the previous January" is 2015-01
			}
			d := claim.Date(fmt.Sprintf("%04d-%02d", y, mo))
			h.From, h.To = d, d
		default:
			continue
		}
		h.future = false // before a date the sentence tells as past
		h.rebased = true
	}
}

// sameTail is anchoredTail for the periods of offset 0 (samePeriods).
func (lx *lexicon) sameTail(t *tokens, i, j int) bool {
	for s := i; s < j && s <= i+3; s++ {
		if inSet(lx.samePeriods, t, s, j) {
			return true
		}
	}
	return false
}

// before reports the reference earlier than d, by year then month: a
// date resolved forward from publication.
func (r refDate) before(d ymd) bool { return d.y > r.y || d.y == r.y && d.m > r.m }

// rebaseYear is the year of d, resolved from the reference r, told from
// anchor instead ("the year before" in a 2021 statement is 2020).
func rebaseYear(anchor, d ymd, r refDate) int { return anchor.y + d.y - r.y }

// rebaseMonth is the month of d, resolved from the reference r, told from
// anchor's month instead.
func rebaseMonth(anchor, d ymd, r refDate) ymd {
	n := anchor.y*12 + anchor.m - 1 + (d.y*12 + d.m) - (r.y*12 + r.m)
	return ymd{n / 12, n%12 + 1, 0}
}

// anchoredTail reports an anchored period ending the tokens [i, j), the
// whole span or after up to three words before it ("until the following
// year", « jusqu'à l'année suivante »).
func (lx *lexicon) anchoredTail(t *tokens, i, j int) bool {
	for s := i; s < j && s <= i+3; s++ {
		if inSet(lx.anchoredPeriods, t, s, j) {
			return true
		}
	}
	return false
}

// inSet reports the folded tokens [i, j), joined by one space, a key of
// set: the key is built in a stack buffer and looked up without a string
// being made (a phrase of more than 96 bytes is no key).
func inSet(set map[string]bool, t *tokens, i, j int) bool {
	if len(set) == 0 {
		return false
	}
	var buf [96]byte
	b := buf[:0]
	for k := i; k < j && k < len(t.toks); k++ {
		f := t.foldedBytes(k)
		if len(b)+len(f)+1 > len(buf) {
			return false
		}
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, f...)
	}
	return set[string(b)]
}

// anchoredAt reports an anchoredBefore phrase ending right before token i.
func (lx *lexicon) anchoredAt(t *tokens, i int) bool {
	for _, ph := range lx.anchoredBefore {
		s := i - len(ph)
		if s < 0 {
			continue
		}
		ok := true
		for k, w := range ph {
			ok = ok && t.folded(s+k) == w
		}
		if ok {
			return true
		}
	}
	return false
}

func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// backgroundDistances sets each hit's distance to the nearest background
// word outside it; bg are the background words' positions (stemPositions).
// attackDistances, run before, has set dist and attackFirst.
func (m *matcher) backgroundDistances(hs []hit, bg []int) {
	for k := range hs {
		hs[k].bdist = nearestOutside(bg, hs[k].ti, hs[k].tj)
	}
}

// background reports a date that dates a founding, a sanction or a
// publication rather than the attack: a background word closer than any
// attack word (or as close), within three tokens.
func (h hit) background() bool {
	return h.bdist >= 0 && h.bdist <= 3 && (h.dist < 0 || h.bdist <= h.dist)
}

// nearestOutside is nearest over the positions outside [ti, tj), without
// a list of them.
func nearestOutside(positions []int, ti, tj int) int { return distance(positions, ti, tj, false) }

// nearest is the distance in tokens from span [ti, tj) to the closest of
// positions, or -1.
func nearest(positions []int, ti, tj int) int { return distance(positions, ti, tj, true) }

// distance is nearest, a position inside the span counting as 0 when
// inside is set and being skipped otherwise.
func distance(positions []int, ti, tj int, inside bool) int {
	best := -1
	for _, a := range positions {
		d := 0
		switch {
		case a < ti:
			d = ti - a
		case a >= tj:
			d = a - tj + 1
		case !inside:
			continue
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

// expr parses a composite expression at i: since / until / range / a single
// atom. It returns the index after what it consumed (> i when it consumed
// something that is not a date, such as "between 2 and 5 million").
func (m *matcher) expr(i int) (hit, int, bool) {
	// the phrases below all open with a since, until, range or "over the
	// past" word: a token with none of those roles skips them, not a
	// match call each (issue 11)
	if m.roles(i)&exprOpenRoles != 0 {
		// "over the past three years", « depuis deux ans », « au cours des trois
		// dernières années »: since that many units before the reference.
		// (the since word, matched once, also opens the since below)
		_, jp := m.match(i, rolePastBefore, -1)
		es, js := m.match(i, roleSince, -1)
		for _, j := range [...]int{jp, js} {
			if j > i {
				if n, unit, k, ok := m.count(j); ok {
					if _, k2 := m.match(k, roleAgoAfter, -1); k2 == k {
						a := agoAtom(i, k, n, unit)
						if m.resolve(&a) {
							return m.mkHit(i, k, KindSince, a.from, ymd{}, a), k, true
						}
						return hit{}, k, false
					}
				}
			}
		}
		if e, j := es, js; j > i {
			a, ok := m.afterWord(j)
			if !ok && e.val != sincePoint {
				// « dès » folds to the article « des »: only a plain since
				// governs an event
				a, ok = m.sinceEvent(j)
			}
			if ok {
				if h, k, ok := m.closedSince(i, a); ok {
					return h, k, true
				}
				if m.resolve(&a) {
					h := m.mkHit(i, a.j, KindSince, a.from, ymd{}, a)
					h.earliest = e.val == sincePoint
					return h, a.j, true
				}
			}
		}
		if _, j := m.match(i, roleUntil, -1); j > i {
			if a, ok := m.afterWord(j); ok && m.resolve(&a) {
				return m.mkHit(i, a.j, KindUntil, ymd{}, a.to, a), a.j, true
			}
		}
		if e, j := m.match(i, roleRangeOpen, -1); e != nil {
			a, ok := m.atomAt(j, true)
			if !ok {
				if d, k, dok := m.dayNum(j); dok {
					a, ok = atom{i: j, j: k, from: ymd{0, 0, d}, bareDay: true, cls: clsDay}, true
				}
			}
			if ok {
				if _, k := m.match(a.j, roleRangeSep, e.val); k > a.j {
					b, bok := m.atomAt(k, true)
					if !bok {
						return hit{}, k, false // "between 2 and 5 million": a number range
					}
					if h, ok := m.rangeHit(i, a, b); ok {
						return h, b.j, true
					}
					return hit{}, b.j, false
				}
				if a.bareDay {
					return hit{}, j, false
				}
				// "from 2014 onwards"
				if _, k := m.match(a.j, roleSinceAfter, -1); k > a.j && m.resolve(&a) {
					return m.mkHit(i, k, KindSince, a.from, ymd{}, a), k, true
				}
				// "from 2017" alone is the year 2017, judged like any bare year.
				if m.bareYear(a) && !m.bareYearOK(a.i) {
					return hit{}, a.j, false
				}
				if m.resolve(&a) {
					return m.pointHit(a), a.j, true
				}
				return hit{}, a.j, false
			}
		}
	}
	// 2011-2018, 2011 to 2018
	if y1, ok := m.yearTok(i, false, true); ok {
		if _, k := m.match(i+1, roleDashSep, -1); k > i+1 {
			if y2, ok := m.yearTok(k, true, false); ok && y2 > y1 && !m.endsAt(i, roleQuantity) {
				a := atom{i: i, j: i + 1, from: ymd{y1, 0, 0}, to: ymd{y1, 0, 0}, cls: clsPeriod}
				b := atom{i: k, j: k + 1, from: ymd{y2, 0, 0}, to: ymd{y2, 0, 0}, cls: clsPeriod}
				if h, ok := m.rangeHit(i, a, b); ok {
					return h, k + 1, true
				}
			}
		}
	}
	a, ok := m.atomAt(i, false)
	if !ok {
		return hit{}, i + 1, false
	}
	if !m.resolve(&a) {
		return hit{}, a.j, false
	}
	return m.pointHit(a), a.j, true
}

// closedSince reads an end after the start a of a since expression begun
// at token i: "from at least October 2016 through October 2022", « depuis
// au moins 2016 jusqu'en 2022 » name both ends, a range.
func (m *matcher) closedSince(i int, a atom) (hit, int, bool) {
	for _, r := range []role{roleUntil, roleDashSep} {
		_, k := m.match(a.j, r, -1)
		if k <= a.j {
			continue
		}
		b, ok := m.afterWord(k)
		if !ok {
			continue
		}
		if h, ok := m.rangeHit(i, a, b); ok {
			return h, b.j, true
		}
	}
	return hit{}, 0, false
}

// afterWord parses the atom after since / until, allowing a connector
// between ("since the 1990s").
func (m *matcher) afterWord(j int) (atom, bool) {
	a, ok := m.atomAt(j, true)
	if !ok {
		if _, k := m.match(j, roleConnector, -1); k > j {
			a, ok = m.atomAt(k, true)
		}
	}
	// « jusqu'à 2000 victimes » is a count: a bare year still obeys the
	// count rules (the since / until word itself is a strong context).
	if ok && m.bareYear(a) && !m.bareYearOK(a.i) {
		return atom{}, false
	}
	return a, ok
}

// sinceEventMax is how many words a since may govern before the date of
// the event they name ("since Russia's full-scale invasion in February 2022").
const sinceEventMax = 9

// sinceEvent parses the date of an event a since word governs ("since the
// invasion in February 2022", « depuis le début de la guerre en Ukraine en
// 2022 »): the first date after a context word within sinceEventMax words
// of j, none of them a number or a punctuation mark (an apostrophe or a
// hyphen aside). A date that opens or closes a range ("between 2021 and
// 2022") is no event's. The span starts at that date, open-ended, as
// "since February 2022" would.
func (m *matcher) sinceEvent(j int) (atom, bool) {
	for k := j; k < m.n() && k <= j+sinceEventMax; k++ {
		tk := m.t.toks[k]
		if k > j && (m.endsAt(k, roleStrong) || m.endsAt(k, roleContext)) && !m.endsAt(k, roleRangeOpen) && !m.endsAt(k, roleRangeSep) && !m.endsAt(k, roleUntil) {
			if a, ok := m.atomAt(k, true); ok && !a.bareDay && a.cls != clsDecade && !(m.bareYear(a) && !m.bareYearOK(a.i)) {
				return a, true
			}
		}
		if tk.kind == tokNum {
			return atom{}, false
		}
		if tk.kind == tokPunct {
			r, _ := utf8.DecodeRuneInString(m.t.text[tk.start:tk.end])
			if !isApos(r) && !isDash(r) {
				return atom{}, false
			}
		}
	}
	return atom{}, false
}

// bareYear reports an atom that is a year written alone.
func (m *matcher) bareYear(a atom) bool {
	return a.cls == clsPeriod && a.rel == relNone && a.qual == "" && a.j == a.i+1 && m.t.toks[a.i].kind == tokNum
}

// rangeHit joins two atoms; a start without a year takes the end's ("from
// March to May 2021"), a bare day takes the end's month ("du 3 au 5 mars").
func (m *matcher) rangeHit(i int, a, b atom) (hit, bool) {
	if a.bareDay {
		if b.from.d == 0 || b.from.m == 0 {
			return hit{}, false
		}
		a.from = ymd{b.from.y, b.from.m, a.from.d}
		a.to = a.from
		a.yearless, a.mod, a.bareDay = b.yearless, b.mod, false
		if a.from.d > b.from.d && b.from.y != 0 {
			return hit{}, false
		}
	}
	if a.yearless && b.yearless && b.rel == relNone {
		// "from January through March": the end is placed first, the start
		// takes its year.
		if !m.resolve(&b) {
			return hit{}, false
		}
	}
	if a.yearless && b.rel == relNone && b.from.y != 0 {
		y := b.from.y
		if b.from.m != 0 && a.from.m > b.from.m {
			y--
		}
		a.from.y, a.to.y = y, y
		a.yearless = false
		if a.from.d != 0 && !validDay(a.from.y, a.from.m, a.from.d) {
			return hit{}, false
		}
	}
	if !m.resolve(&a) || !m.resolve(&b) {
		return hit{}, false
	}
	if a.from.y != 0 && m.ref.before(b.from) && inSet(m.lx.anchoredPeriods, m.t, b.i, b.j) {
		// "from March 2022 until the following year", « de mars 2022
		// jusqu'à l'année suivante »: the end is told from the start
		// (the phrase is looked up only for an end after the reference)
		if b.from.m == 0 {
			y := rebaseYear(a.from, b.from, m.ref)
			b.from, b.to = ymd{y, 0, 0}, ymd{y, 0, 0}
		} else if a.from.m != 0 {
			b.from = rebaseMonth(a.from, b.from, m.ref)
			b.to = b.from
		}
	}
	if b.to.endKey().before(a.from) {
		return hit{}, false
	}
	h := m.mkHit(i, b.j, KindRange, a.from, b.to, a)
	h.written = true
	return h, true
}

func (m *matcher) pointHit(a atom) hit {
	k := KindPoint
	switch {
	case a.rel != relNone || a.wasYearless:
		k = KindRelative
	case a.from != a.to:
		k = KindRange
	}
	return m.mkHit(a.i, a.j, k, a.from, a.to, a)
}

func (m *matcher) mkHit(i, j int, k Kind, from, to ymd, a atom) hit {
	start, end := int(m.t.toks[i].start), int(m.t.toks[j-1].end)
	if r, n := utf8.DecodeLastRuneInString(m.t.text[start:end]); isApos(r) && end-n > start {
		end -= n // "Monday's": the possessive is not part of the date
	}
	fd, td := toDate(from), claim.Date("")
	if to == from {
		td = fd // a point: one string
	} else {
		td = toDate(to)
	}
	return hit{
		Expr:   Expr{Start: start, End: end, Text: m.t.text[start:end], Kind: k, From: fd, To: td},
		cls:    a.cls,
		rel:    a.rel != relNone,
		future: a.future,
		ti:     i,
		tj:     j,
		dist:   -1,
		cdist:  -1,
		bdist:  -1,
		opens:  m.opens(i),
	}
}

// opens reports a hit at token i that opens the sentence or a clause after
// a colon or a semicolon, at most one word (its preposition) before it.
func (m *matcher) opens(i int) bool {
	if i <= 1 {
		return true
	}
	// "And in February 2024, …": an opener word first
	if i == 2 && m.lx.openers[string(m.t.foldedBytes(0))] {
		return true
	}
	for _, k := range []int{i - 1, i - 2} {
		if m.isPunct(k, ':') || m.isPunct(k, ';') {
			return true
		}
	}
	return false
}

func toDate(v ymd) claim.Date {
	switch {
	case v.y == 0:
		return ""
	case v.y < 0 || v.y > 9999 || v.m < 0 || v.m > 99 || v.d < 0 || v.d > 99:
		return toDateSlow(v)
	case v.m == 0 && v.y >= yearsFrom && v.y < yearsFrom+len(years)/4:
		// a year alone, the commonest date: a slice of a constant
		k := (v.y - yearsFrom) * 4
		return claim.Date(years[k : k+4])
	case v.d == 0 && v.m >= 1 && v.m <= 12 && v.y >= yearsFrom && v.y < yearsFrom+len(years)/4:
		// a month of a year, as often: a slice of months, no allocation
		k := ((v.y-yearsFrom)*12 + v.m - 1) * 7
		return claim.Date(months[k : k+7])
	}
	// fmt.Sprintf was a twentieth of Find (issue 11)
	var buf [10]byte
	b := append(buf[:0], byte('0'+v.y/1000), byte('0'+v.y/100%10), byte('0'+v.y/10%10), byte('0'+v.y%10))
	if v.m != 0 {
		b = append(b, '-', byte('0'+v.m/10), byte('0'+v.m%10))
		if v.d != 0 {
			b = append(b, '-', byte('0'+v.d/10), byte('0'+v.d%10))
		}
	}
	return claim.Date(b)
}

// toDateSlow is toDate for values no text gives (a year past 9999).
func toDateSlow(v ymd) claim.Date {
	switch {
	case v.m == 0:
		return claim.Date(fmt.Sprintf("%04d", v.y))
	case v.d == 0:
		return claim.Date(fmt.Sprintf("%04d-%02d", v.y, v.m))
	}
	return claim.Date(fmt.Sprintf("%04d-%02d-%02d", v.y, v.m, v.d))
}

// months holds the months of the years of years written "YYYY-MM", one
// after the other (7 bytes each).
var months = func() string {
	b := make([]byte, 0, len(years)/4*12*7)
	for k := 0; k < len(years); k += 4 {
		for m := 1; m <= 12; m++ {
			b = append(b, years[k:k+4]...)
			b = append(b, '-', byte('0'+m/10), byte('0'+m%10))
		}
	}
	return string(b)
}()

// years holds the years yearsFrom.. written as four digits, one after the other.
const (
	yearsFrom = 1980
	years     = "19801981198219831984198519861987198819891990199119921993199419951996199719981999" +
		"20002001200220032004200520062007200820092010201120122013201420152016201720182019" +
		"20202021202220232024202520262027202820292030203120322033203420352036203720382039" +
		"20402041204220432044204520462047204820492050205120522053205420552056205720582059" +
		"20602061206220632064206520662067206820692070207120722073207420752076207720782079" +
		"20802081208220832084208520862087208820892090209120922093209420952096209720982099" +
		"2100"
)

// ClaimDate returns the date an accusation was made, from a sentence: a day
// named relative to ref ("on Monday", « mardi dernier », yesterday / hier,
// today / aujourd’hui) first, then an explicit full date that does not
// follow an attack word ("the attack of Oct. 28" is the deed's), then "last
// week" (month precision). "" when none: the caller falls back to the publication
// date. Dates inside since / until / range expressions are attack periods,
// not claim dates.
func (p *Parser) ClaimDate(sentence, lang string, ref claim.Date) claim.Date {
	return p.Analyze(sentence, lang, ref).ClaimDate()
}

// Sentence is one sentence's date expressions, tokenised and found once:
// ClaimDate and AttackPeriod both read them, so a caller wanting both pays
// for one pass. Safe for concurrent reads.
type Sentence struct {
	text string
	hits []hit
	// reach: how many sentences back the date it is told from may be
	// (AnchorReach; 0: it is told from publication)
	reach int8
}

// NeedsAnchor reports a sentence whose dates are told from the date told
// before it rather than from publication: it opens with a later phrase
// ("Six weeks later, on 24 February", « Trois mois plus tard, le 19
// août ») and names a day or month without its year, or it names a
// relative period told from another date ("the previous year", « l'année
// précédente ») with no date before it in the sentence. The caller then
// asks AnalyzeAfter with that date (see AnchorReach).
func (s *Sentence) NeedsAnchor() bool { return s.reach > 0 }

// AnchorReach is how many sentences back the date a sentence that
// NeedsAnchor is told from may be found: 1, the sentence just before ("Six
// weeks later", "A month earlier" follow what was just told, dated or not:
// an undated sentence between tells the news), or 3 for a period of
// offset 0 ("the same month", « en octobre de la même année »), which
// names the last date told, whatever is told in between, and for a year
// ("the previous year", « l'année précédente »: the year of the act being
// told); 0 when it needs none.
func (s *Sentence) AnchorReach() int { return int(s.reach) }

// AnalyzeAfter is Analyze for a sentence told after the date after (the
// date of the sentence before it, see NeedsAnchor): when the sentence
// opens with a later phrase, its days and months written without a year
// are the first on or after that date (not after ref); a relative period
// told from another date with none before it in the sentence counts from
// that date. An after later than ref is ignored.
func (p *Parser) AnalyzeAfter(sentence, lang string, ref, after claim.Date) *Sentence {
	t := p.pool.Get().(*tokens)
	defer p.pool.Put(t)
	hs := p.findAfter(t, sentence, lang, ref, after, true)
	if len(hs) == 0 {
		return &p.none
	}
	s := &Sentence{text: sentence, hits: slices.Clone(hs)}
	clear(hs)
	return s
}

// LastDate is the last date the sentence names as a point in time (a day,
// a month, a year, resolved; not a span, a since or an until, nor a date
// announced ahead): the date a sentence after it may be told from
// (AnalyzeAfter). "" when it names none.
func (s *Sentence) LastDate() claim.Date {
	for k := len(s.hits) - 1; k >= 0; k-- {
		h := s.hits[k]
		if (h.Kind == KindPoint || h.Kind == KindRelative) && h.From == h.To && !h.future && h.cls != clsDecade && h.From.Valid() {
			return h.From
		}
	}
	return ""
}

// toldAfter is AnchorReach of the hits hs found in the tokens t.
func (lx *lexicon) toldAfter(t *tokens, hs []hit) int8 {
	var reach int8
	later, asked := false, false
	for k := range hs {
		h := &hs[k]
		if h.Kind == "" {
			return 3 // "the same year" with no date to count from (anchorRelative)
		}
		if h.Kind != KindSince && h.Kind != KindUntil && !h.rebased && lx.anchoredTail(t, h.ti, h.tj) {
			dated := false
			for a := k - 1; a >= 0; a-- {
				dated = dated || hasYear(hs[a].Text)
			}
			if !dated {
				// "the previous year" names the year of the act being told,
				// dated a few sentences back maybe; "a month earlier"
				// follows what was just told, the news when undated
				reach = max(reach, 1)
				if h.From.Precision() == claim.PrecisionYear {
					reach = 3
				}
			}
		}
		if (h.cls == clsDay || h.cls == clsPeriod) && (h.Kind == KindPoint || h.Kind == KindRelative) && !h.rel && !hasYear(h.Text) && h.From.Precision() >= claim.PrecisionMonth {
			if !asked {
				later, asked = lx.opensLater(t), true
			}
			if later {
				reach = max(reach, 1)
			}
		}
	}
	return reach
}

// opensLater reports a sentence that opens, after an opener word at most,
// with a count of days, weeks or months and a later_after phrase ("Six
// weeks later", "Weeks later", "A few days later", « Quelques semaines plus
// tard »), the count at most three words, or with a relative period told
// from another date ("Later that month", « L'année suivante »).
func (lx *lexicon) opensLater(t *tokens) bool {
	if len(lx.laterAfter) == 0 || len(t.toks) == 0 {
		return false
	}
	i0 := 0
	if lx.openers[t.folded(0)] {
		i0 = 1
	}
	for n := 1; n <= 4 && i0+n <= len(t.toks); n++ {
		if inSet(lx.anchoredPeriods, t, i0, i0+n) {
			return true // "Later that month, on 24 September", « La même année, … »
		}
	}
	for i := i0; i < len(t.toks) && i <= i0+3; i++ {
		if t.toks[i].kind == tokPunct {
			return false
		}
		unit := false
		for _, e := range lx.lists[t.ents[i]] {
			unit = unit || e.role == roleUnit && len(e.toks) == 1 && (e.val == unitDay || e.val == unitWeek || e.val == unitMonth)
		}
		if !unit {
			continue
		}
		for _, ph := range lx.laterAfter {
			ok := i+1+len(ph) <= len(t.toks)
			for k := 0; ok && k < len(ph); k++ {
				ok = t.toks[i+1+k].kind == tokWord && t.folded(i+1+k) == ph[k]
			}
			if ok {
				return true
			}
		}
		return false
	}
	return false
}

// ExprEnd returns the end (a byte offset in the sentence) of the date
// expression that covers byte off, or -1 when none does: a caller reading
// the sentence's grammar can step over "in September", « mardi dernier ».
func (s *Sentence) ExprEnd(off int) int {
	for _, h := range s.hits {
		if h.Start <= off && off < h.End {
			return h.End
		}
	}
	return -1
}

// Analyze finds the date expressions of a sentence for ClaimDate and
// AttackPeriod (same arguments as theirs).
func (p *Parser) Analyze(sentence, lang string, ref claim.Date) *Sentence {
	t := p.pool.Get().(*tokens)
	defer p.pool.Put(t)
	hs := p.findInto(t, sentence, lang, ref, true)
	if len(hs) == 0 {
		if t.reach > 0 {
			return &Sentence{text: sentence, reach: t.reach} // "The same year, …": its date is told before
		}
		// most sentences: one shared answer, not an allocation each (its
		// text is read only for a hit)
		return &p.none
	}
	var s *Sentence
	if len(hs) == 1 {
		// the commonest dated sentence: the answer and its hit in one
		// allocation
		b := &sentenceOne{}
		b.hit[0] = hs[0]
		b.s = Sentence{text: sentence, hits: b.hit[:]}
		s = &b.s
	} else {
		s = &Sentence{text: sentence, hits: slices.Clone(hs)}
	}
	s.reach = t.reach
	clear(hs) // the pool keeps no text alive
	return s
}

// sentenceOne is a Sentence with room for its one hit.
type sentenceOne struct {
	s   Sentence
	hit [1]hit
}

// ClaimDate is Parser.ClaimDate of the analysed sentence.
func (s *Sentence) ClaimDate() claim.Date {
	h, ok := claimHit(s.hits)
	if !ok {
		return ""
	}
	return h.From
}

// SaidDate is ClaimDate without a date that belongs to an attack clause
// told before any word of saying ("A cyberattack disrupted petrol stations
// on Monday, and an official said…": Monday dates the attack, not the
// statement). "" when the sentence names no other.
func (p *Parser) SaidDate(sentence, lang string, ref claim.Date) claim.Date {
	return p.Analyze(sentence, lang, ref).SaidDate()
}

// SaidDate is Parser.SaidDate of the analysed sentence.
func (s *Sentence) SaidDate() claim.Date {
	h, ok := claimHit(s.hits)
	// sentence-initial ("On Tuesday, …", « Jeudi dernier, … ») or close to
	// the saying also dates the statement
	if !ok || h.attackFirst {
		return ""
	}
	return h.From
}

// YearlessAttackDate is the first date the sentence names without its year
// (a month, a day, a weekday, "last week", resolved against publication)
// that stands nearer an attack word than any word of saying: "The outage
// hit the region on Dec. 23", "the attack that crippled hospitals … in
// May"; with the text it was read from. "" when it names none.
func (s *Sentence) YearlessAttackDate() (claim.Date, string) {
	for _, h := range s.hits {
		if h.cls == clsRelDay || h.cls == clsRelWeek || h.future || hasYear(h.Text) || h.From.Precision() < claim.PrecisionMonth || h.dist < 0 || h.cdist >= 0 && h.cdist <= h.dist {
			continue
		}
		return h.From, h.Text
	}
	return "", ""
}

// OnlyDate is the one date the sentence names, when it names one: a point
// of month or day precision, not announced ahead ("Microsoft first
// disclosed the breach last July", « En septembre, le FBI avait démantelé
// le réseau »). A statement made "at the time" of that sentence's event is
// of that date. "" when the sentence names none, several, a span, or a
// year alone.
func (s *Sentence) OnlyDate() claim.Date {
	if len(s.hits) != 1 {
		return ""
	}
	h := s.hits[0]
	if h.future || h.written || h.From != h.To || h.Kind == KindSince || h.Kind == KindUntil || h.From.Precision() < claim.PrecisionMonth {
		return ""
	}
	return h.From
}

func claimHit(hs []hit) (hit, bool) {
	for _, want := range []class{clsRelDay, clsDay, clsRelWeek} {
		best := -1
		for k, h := range hs {
			if h.cls != want || h.future || h.relAttack || (h.Kind != KindPoint && h.Kind != KindRelative) || h.From.Precision() < claim.PrecisionMonth {
				continue
			}
			if want == clsDay && attackDate(h) {
				continue
			}
			// the first, unless a later one belongs to the saying rather than
			// to the attack ("the attack on Friday was blamed … on Monday")
			if best < 0 || (!saidWhen(hs[best]) && saidWhen(h)) {
				best = k
			}
		}
		if best >= 0 {
			return hs[best], true
		}
	}
	for _, h := range hs {
		if saidMonth(h) {
			return h, true
		}
	}
	return hit{}, false
}

// StatementDate is the month or year a past statement was made, when the
// sentence names no day of saying: a point date opening the sentence (or
// a clause after a colon) or within four tokens of a word of saying, and
// nearer it than any attack word ("En octobre 2018, le Royaume-Uni avait
// accusé…", "Washington accused Beijing in July 2021 of…", "In 2020
// prosecutors charged…"); or a month told at most five tokens after a word
// of saying with no attack word between nor right after it ("was blamed
// by the FBI in December 2014 for…", « l'accusait en décembre d'avoir… »,
// the last such month before publication). "" when none: the caller keeps
// the publication date.
func (s *Sentence) StatementDate() claim.Date {
	if _, ok := claimHit(s.hits); ok {
		return ""
	}
	if h, ok := statementHit(s.hits); ok {
		return h.From
	}
	return ""
}

func statementHit(hs []hit) (hit, bool) {
	for _, h := range hs {
		// a month without its year opening the sentence ("In February,
		// X said…", « En juillet, l'UE avait… ») or right after a word of
		// saying (« l'accusait en décembre d'avoir… ») is the last such
		// month before publication: it dates the statement as one with its
		// year
		month := h.From.Precision() == claim.PrecisionMonth
		bareMonth := h.Kind == KindRelative && month && (h.opens || h.sayLead)
		// "had named the group as early as March 2021", « Dès août 2023,
		// Microsoft l'accusait… »: the earliest point of a saying is when
		// it was made
		early := h.Kind == KindSince && h.earliest && month
		// "Last year, ESET attributed…", « L'an dernier, le FBI a accusé… »:
		// a year told relative to publication opening the sentence dates
		// the statement as "In 2023, ESET attributed…" does; so does one
		// right after the saying ("accused Russia last year of…", « a
		// accusé l'an dernier la Russie »), as "in 2016" there does
		relYear := h.rel && (h.opens || h.sayLead) && h.From.Precision() == claim.PrecisionYear && h.From == h.To
		// "In February 2021 the company published research tying…": a
		// word both of saying and of background (publish) after a date
		// opening the sentence is the saying, as "In 2019, Mandiant
		// published a report…" dates the report
		bg := h.background() && !(h.opens && h.cdist >= 0 && h.cdist <= h.bdist)
		if h.cls != clsPeriod || h.rel && !relYear || h.future || h.written || (h.Kind != KindPoint && !bareMonth && !early && !relYear) || (h.From != h.To && !early) || bg || h.attackFirst {
			// attackFirst: "The campaign began in August 2021, officials
			// said": the saying reports the dated clause, it is not dated
			continue
		}
		if h.cdist >= 0 && (h.dist < 0 || h.cdist <= h.dist) && (h.opens || h.cdist <= 4) {
			return h, true
		}
		// a month told right after the saying and its agent, the deed
		// further on ("was blamed by the FBI in December 2014 for the
		// attack"): the attack word may be nearer, the month is the saying's
		if month && h.sayLead {
			return h, true
		}
	}
	return hit{}, false
}

// saidMonth reports a month named relative to publication ("late last
// month", « au début du mois ») nearer a word of saying than any attack
// word: it dates the statement, with month precision, not the attacks. A
// span of months ("late last year", « fin de l'année dernière ») names no
// month of saying: its first month would be invented. In an attack clause
// told before any word of saying ("Hackers drained … earlier this month,
// the FBI stated") the month is the attack's, as a day there is.
func saidMonth(h hit) bool {
	return h.rel && h.cls == clsPeriod && h.Kind == KindRelative && h.From.Precision() == claim.PrecisionMonth && h.From == h.To &&
		h.cdist >= 0 && (h.dist < 0 || h.cdist < h.dist) && !h.attackFirst
}

// attackDate reports a date right after an attack word (at most two tokens
// on) and nearer it than any word of saying: "the attack of Oct. 28", « la
// cyberattaque du 12 mars » name the deed's day, not the statement's; and,
// in a sentence with a word of saying, a date nearer the deed's word than
// the saying's ("The FBI said Lazarus stole $1.5 billion from Bybit on
// February 21").
func attackDate(h hit) bool {
	return h.dist >= 0 && (h.dist <= 2 && h.cdist < 0 || h.cdist >= 0 && h.dist < h.cdist)
}

// saidWhen reports a date nearer a word of saying than any attack word.
func saidWhen(h hit) bool { return h.cdist >= 0 && (h.dist < 0 || h.cdist <= h.dist) }

// AttackPeriod returns when the attacks happened, from a sentence, and the
// text it was read from. Candidates are each since / until / range written
// as such ("between 2011 and 2018", « depuis 2019 »), then the span of every
// year, month or season named ("in 2015 … in 2017" → 2015..2017; decades only
// when nothing finer is named), then an explicit day that is not the claim
// date. When the sentence has attack words (lang data "attack_stems"), the
// candidate nearest one wins ("monitored since 2015, it targeted firms in
// 2017" → 2017); otherwise the first in that order. Days relative to
// publication (Monday, hier) are claim dates, never attack periods. A past
// statement dated by its year alone ("In 2018 Britain blamed…") dates a deed
// the sentence gives no date of its own (statedYear), and closes a since
// it tells ("In 2022, agencies said … since May 2021" is 2021-05..2022).
// nil when none.
func (p *Parser) AttackPeriod(sentence, lang string, ref claim.Date) (*claim.Period, string) {
	return p.Analyze(sentence, lang, ref).AttackPeriod()
}

// AttackPeriod is Parser.AttackPeriod of the analysed sentence.
func (s *Sentence) AttackPeriod() (*claim.Period, string) {
	sentence, hs := s.text, s.hits
	// the lists below live on the stack for the few hits a sentence has
	// (they were a third of AttackPeriod's time, issue 11)
	var keepBuf, selBuf [8]hit
	var candBuf [8]attackCand
	keep := keepBuf[:0] // s.hits stay whole for the next reader
	st, stated := hit{}, false
	if _, ok := claimHit(hs); !ok {
		st, stated = statementHit(hs)
	}
	for _, h := range hs {
		if !h.background() && !saidMonth(h) && !h.future && !(stated && h.Start == st.Start) {
			keep = append(keep, h)
		}
	}
	hs = keep
	if len(hs) == 0 {
		return statedYear(st, stated)
	}
	type cand = attackCand
	cands := candBuf[:0]
	ch, hasClaimDay := claimHit(hs)
	for _, h := range hs {
		if h.cls == clsRelDay && (h.relAttack || attackDay(h, ch, hasClaimDay)) {
			// « la cyberattaque qui a forcé … à interrompre vendredi dernier »
			// beside « a confirmé lundi »: the other day is the attack's
			cands = append(cands, cand{claim.Period{Start: h.From, End: h.From}, h.Text, h.dist, false, false})
			continue
		}
		if h.cls == clsRelDay || h.cls == clsRelWeek && !attackWeek(h) && !h.relAttack {
			continue
		}
		if h.cls == clsRelWeek {
			// "the attacks that disrupted bank websites earlier this week"
			cands = append(cands, cand{claim.Period{Start: h.From, End: h.From}, h.Text, h.dist, false, false})
			continue
		}
		switch {
		case h.Kind == KindSince:
			cands = append(cands, cand{claim.Period{Start: h.From}, h.Text, h.dist, false, false})
		case h.Kind == KindUntil:
			cands = append(cands, cand{claim.Period{End: h.To}, h.Text, h.dist, false, false})
		case h.written:
			cands = append(cands, cand{claim.Period{Start: h.From, End: h.To}, h.Text, h.dist, h.opens, true})
		}
	}
	for _, want := range []class{clsPeriod, clsDecade} {
		sel := selBuf[:0]
		for _, h := range hs {
			if h.cls == want && !h.written && h.Kind != KindSince && h.Kind != KindUntil {
				sel = append(sel, h)
			}
		}
		if len(sel) > 1 {
			// beside the dates of attack nouns, a date nearer a word of
			// saying than any attack word is a statement's or a sanction's
			if slices.ContainsFunc(sel, func(h hit) bool { return h.incident }) {
				sel = slices.DeleteFunc(sel, func(h hit) bool { return !h.incident && h.cdist >= 0 && h.cdist < h.dist })
			}
		}
		if len(sel) > 0 {
			per, text, dist := envelope(sentence, sel)
			cands = append(cands, cand{per, text, dist, false, false})
			break
		}
	}
	if len(cands) == 0 {
		ch, hasClaim := claimHit(hs)
		sel := selBuf[:0]
		for _, h := range hs {
			if h.cls == clsDay && !h.written && !(hasClaim && h.Start == ch.Start) {
				sel = append(sel, h)
			}
		}
		if len(sel) == 0 {
			return statedYear(st, stated)
		}
		per, text, _ := envelope(sentence, sel)
		return &per, text
	}
	best := 0
	for k, c := range cands {
		if c.dist >= 0 && (cands[best].dist < 0 || c.dist < cands[best].dist) {
			best = k
		}
	}
	if k, ok := scopeCand(cands); ok {
		best = k
	}
	if k, ok := holdingRange(cands, best); ok {
		best = k
	}
	per := cands[best].per // the one candidate returned is allocated
	if p, text, ok := spanToUntil(sentence, hs, per); ok {
		return &p, text
	}
	if p, text, ok := foundSpan(sentence, hs, per); ok {
		return &p, text
	}
	if stated && per.End == "" && per.Start != "" && len(st.From) >= 4 && string(st.From[:4]) >= string(per.Start[:4]) {
		// "In 2022, federal agencies said the hackers had been using Maui
		// since May 2021": the span runs to the statement that tells it
		per.End = claim.Date(string(st.From)[:4])
	}
	return &per, cands[best].text
}

// foundSpan joins a since and the date an intrusion was found, when the
// period chosen is one of them: "discovered in 2021 that its systems had
// been compromised since 2019", « L'intrusion, découverte en 2021, durait
// depuis au moins 2019 », "first identified in October 2022, although the
// hackers had been in since August 2021" run from the since to the finding.
func foundSpan(sentence string, hs []hit, per claim.Period) (claim.Period, string, bool) {
	f := slices.IndexFunc(hs, func(h hit) bool { return h.found && h.From != "" && h.To != "" })
	s := slices.IndexFunc(hs, func(h hit) bool { return h.Kind == KindSince && h.From != "" })
	if f < 0 || s < 0 {
		return claim.Period{}, "", false
	}
	fh, sh := hs[f], hs[s]
	if !(per.Start == sh.From && per.End == "" || per.Start == fh.From && per.End == fh.To) {
		return claim.Period{}, "", false
	}
	a, b := min(fh.Start, sh.Start), max(fh.End, sh.End)
	if string(sh.From[:4]) > string(fh.To[:4]) || a < 0 || b > len(sentence) {
		return claim.Period{}, "", false
	}
	return claim.Period{Start: sh.From, End: fh.To}, sentence[a:b], true
}

// spanToUntil joins the period chosen, a point or a since, and an until
// told after it in the sentence into one span ("began in 2019 and continued
// until last year", « a commencé en 2019 et s'est poursuivie jusqu'à l'an
// dernier »): the start is the point's, the end the until's. It joins them
// whichever of the two was chosen, when the point is the nearest date
// before the until and not after its end.
func spanToUntil(sentence string, hs []hit, per claim.Period) (claim.Period, string, bool) {
	for k := 1; k < len(hs); k++ {
		u, p := hs[k], hs[k-1]
		if u.Kind != KindUntil || p.Kind != KindPoint && p.Kind != KindSince || p.End > u.Start {
			continue
		}
		if p.From == "" || u.To == "" || string(p.From[:4]) > string(u.To[:min(4, len(u.To))]) {
			continue
		}
		chosen := per.Start == "" && per.End == u.To || per.Start == p.From && (per.End == "" || per.End == p.To)
		if !chosen {
			continue
		}
		if p.Start < 0 || u.End > len(sentence) {
			continue
		}
		return claim.Period{Start: p.From, End: u.To}, sentence[p.Start:u.End], true
	}
	return claim.Period{}, "", false
}

// statedYear is the attack period of a sentence whose only date is that of
// a past statement given by its year alone ("In 2018 Britain blamed the GRU
// for an attempt to…", « en 2016, les autorités avaient accusé la Russie
// d'attaques… »): the deed it tells, dated by nothing else, is of that year.
// A statement dated by its month names no year of the deed more surely
// than its own, but the month itself is not the deed's: nil then.
func statedYear(st hit, stated bool) (*claim.Period, string) {
	if !stated || st.From.Precision() != claim.PrecisionYear {
		return nil, ""
	}
	return &claim.Period{Start: st.From, End: st.From}, st.Text
}

// attackCand is a candidate of AttackPeriod: a period, the text it was
// read from and its distance to the nearest attack word; opens: a range
// written at the head of the sentence; written: a range written with words
// or a dash.
type attackCand struct {
	per     claim.Period
	text    string
	dist    int
	opens   bool
	written bool
}

// scopeCand picks a range written at the head of the sentence that holds
// every other candidate: it frames the whole sentence, and the dates inside
// it name episodes of the span ("Between 2015 and 2019, they attacked
// Ukraine's grid, launched NotPetya in 2017 and…" is 2015..2019). A since
// there does not: "Tracked since 2015 by researchers, the group targeted
// telecom firms in 2018" dates the tracking.
func scopeCand(cands []attackCand) (int, bool) {
	if len(cands) < 2 || !cands[0].opens {
		return 0, false
	}
	sc := cands[0].per
	for _, c := range cands[1:] {
		if !within(c.per, sc) {
			return 0, false
		}
	}
	return 0, true
}

// holdingRange picks a range written with words or a dash ("between 2021
// and 2022", « entre 2021 et 2022 ») that holds the candidate chosen, when
// they differ: a sentence that dates one deed by a year and another by a
// span around it ("targeted MPs in 2021 and breached the commission
// between 2021 and 2022") tells the span of both.
func holdingRange(cands []attackCand, best int) (int, bool) {
	for k, c := range cands {
		if k != best && c.written && c.per.Start != "" && c.per.End != "" && c.per != cands[best].per && within(cands[best].per, c.per) {
			return k, true
		}
	}
	return 0, false
}

// within reports a period whose ends both fall inside span (an open end of
// span holds anything on its side).
func within(p, span claim.Period) bool {
	in := func(d claim.Date) bool {
		if d == "" {
			return false
		}
		n := min(len(d), 4)
		y := string(d[:n])
		return (span.Start == "" || y >= string(span.Start[:min(len(span.Start), 4)])) &&
			(span.End == "" || y <= string(span.End[:min(len(span.End), 4)]))
	}
	return in(p.Start) && in(p.End)
}

// attackDay reports a day named relative to publication that dates the
// attack, not the statement: nearer an attack word than any word of
// saying, and either another day dates the saying or the attack clause
// comes first ("Websites went down on Monday, and officials said…"); or,
// beside a day of saying, no word of saying within sayLeadMax tokens of it.
func attackDay(h, claimDay hit, hasClaimDay bool) bool {
	if h.future {
		return false
	}
	other := hasClaimDay && claimDay.Start != h.Start
	if other && saidWhen(claimDay) && (h.cdist < 0 || h.cdist > sayLeadMax) {
		// « a indiqué mardi que le groupe avait tenté vendredi de couper
		// le courant »: beside the saying's day, a day no word of saying
		// stands near tells the deed, whatever its verb
		return true
	}
	if h.dist < 0 || (h.cdist >= 0 && h.dist >= h.cdist) {
		return false
	}
	return other || h.attackFirst
}

// attackWeek reports a week named relative to publication ("earlier this
// week", « la semaine dernière ») nearer an attack word than any word of
// saying: it dates the attacks (month precision).
func attackWeek(h hit) bool {
	return h.cls == clsRelWeek && h.From.Precision() == claim.PrecisionMonth && h.dist >= 0 && (h.cdist < 0 || h.dist < h.cdist)
}

// envelope spans from the earliest start to the latest end of hs; dist is
// the smallest distance to an attack word.
func envelope(sentence string, hs []hit) (claim.Period, string, int) {
	from, to := hs[0].From, hs[0].To
	dist := hs[0].dist
	if to == "" {
		to = from
	}
	for _, h := range hs[1:] {
		if h.dist >= 0 && (dist < 0 || h.dist < dist) {
			dist = h.dist
		}
		f, t := h.From, h.To
		if t == "" {
			t = f
		}
		if f != "" && (from == "" || dateYMD(f).before(dateYMD(from))) {
			from = f
		}
		if t != "" && (to == "" || dateYMD(to).endKey().before(dateYMD(t).endKey())) {
			to = t
		}
	}
	first, last := hs[0], hs[len(hs)-1]
	return claim.Period{Start: from, End: to}, sentence[first.Start:last.End], dist
}

func dateYMD(d claim.Date) ymd {
	s := string(d)
	var v ymd
	if len(s) >= 4 {
		v.y = atoi(s[:4])
	}
	if len(s) >= 7 {
		v.m = atoi(s[5:7])
	}
	if len(s) >= 10 {
		v.d = atoi(s[8:10])
	}
	return v
}
