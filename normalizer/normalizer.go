// Package normalizer maps names as written in French or English news to
// canonical actors: countries (ISO 3166-1 alpha-2), threat groups (with MITRE
// ids and attributed states), state organs, alliances, companies and media.
//
// Its tables are embedded data files beside this package, one folder per
// language plus language-neutral tables; users extend them with files of
// their own. Adding a language is data plus tests: the languages are the
// folders under data/, and CLDR country names are loaded for each of them.
// The file formats are described in README.md.
package normalizer

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Form says how a mention names its entity; the extractor's rules depend on it
// ("Chinese hackers" ties a state through a demonym, "Beijing denied" is a
// capital used as a metonym for the state).
type Form string

const (
	FormName    Form = "name"    // "la Chine", "Royaume-Uni", "APT40", "NCSC"
	FormAbbrev  Form = "abbrev"  // "U.S.", "UK", "USA"
	FormDemonym Form = "demonym" // "chinois", "Russian", "nord-coréens"
	FormSeat    Form = "seat"    // capital or seat of power: "Pékin", "the Kremlin", "la Maison Blanche"
	FormAlias   Form = "alias"   // another name of a group: "Fancy Bear" for APT28
	FormRule    Form = "rule"    // recognised by a naming rule, not the tables: "Linen Typhoon", "APT45"
)

// Mention is an entity found in a text. Start and End are byte offsets into
// the text given to Find: text[Start:End] == Text.
type Mention struct {
	Start, End int
	Text       string
	Form       Form
	Entity     claim.Entity
	// Prep is the article or preposition written just before the name
	// ("aux" in "aux Etats-Unis", "l'" in "l'ANSSI", "the"), as in the text,
	// from the language's prefix rule; PrepStart is its offset (== Start
	// when Prep is empty). It is not part of Text.
	Prep      string
	PrepStart int
}

// Options configures New.
type Options struct {
	// ExtraFiles are user tables merged over the embedded ones (see README).
	// A file's table is named by the end of its base name (countries.tsv,
	// entities.tsv, groups.tsv, rules.tsv, stop.tsv); a "# lang: xx" line
	// makes the rows below it specific to that language.
	ExtraFiles []string
}

// Validate checks the options without reading the files: every extra file
// must be named after the table it extends.
func (o Options) Validate() error {
	for _, f := range o.ExtraFiles {
		if strings.TrimSpace(f) == "" {
			return fmt.Errorf("%w: empty extra file name", ErrData)
		}
		if tableOf(f) == "" {
			return fmt.Errorf("%w: %s: file name must end in one of %s", ErrData, f, strings.Join(tableNames, ", "))
		}
	}
	return nil
}

// Normalizer resolves names. It is safe for concurrent use once built.
type Normalizer struct {
	ents []entity
	// the meanings of key k are tgts[tgtStart[k]:tgtStart[k+1]]: flat and
	// pointer-free (their strings are offsets into blob, tlangs, tforms),
	// so the collector never scans the ~10k meanings (issue 11)
	tgtStart []uint32
	tgts     []ctarget
	blob     string
	tlangs   []string // lang of ctarget.lang; tlangs[0] is ""
	tforms   []Form   // form of ctarget.form; tforms[0] is ""
	nameBlob string   // the strings of the entities' nameRefs
	trie     *trie
	langs    []string
	byCode   map[string]int32
	prefixes map[string][]string // lang → folded prefixes as read
	// prefixTries[k] holds the prefixes of language n.langs[k], the last
	// one those of every language: prep asks one or two per mention, and
	// a walk of this small trie stops at the first byte no prefix has
	// where a map hashed the whole candidate (issue 11)
	prefixTries []*trie
	families    map[string]familyRule
	personNames map[string]bool // folded names that are also given names
	familyStop  map[string]map[string]bool
	series      []seriesRule
	displays    map[string]map[string]string // lang → code → display name
	// countryNames caches CountryName per data language (and en): code →
	// name, filled on use; the outer map is read-only after New
	countryNames map[string]*sync.Map
	// quick rejections for the naming rules, checked at every word start
	familyLen [65]bool // lengths of family words

	// seriesByFirst is series stable-sorted by the first folded byte of
	// their prefixes, seriesAt[c] the range of those starting with c: a
	// capitalised word is compared with its letter's series only (issue 11)
	seriesByFirst []seriesRule
	seriesAt      [256][2]uint16

	// firstWords[k] is the filter of the first words of the keys a text of
	// language n.langs[k] can match (the last one: of every key, for ""):
	// find walks the trie only from a word it may contain (issue 11)
	firstWords []*wordFilter
	// soloWords[k] and pairWords[k] say, for the same keys, which walks
	// can end in a key (issue 11: seven walks in ten found none): a key
	// matching at a word start is that word (then maybe non-word bytes
	// and its end), whose hash is in soloWords, or that word, the very
	// non-word bytes after it and the whole next word, whose hash (the
	// word hash of those bytes) is in pairWords (pairPrefix)
	soloWords, pairWords []*wordFilter
	pool                 sync.Pool
}

// New builds a Normalizer from the embedded tables and opts.ExtraFiles.
// It reads CLDR names for every language folder and builds the gazetteer
// trie: about 9 ms and 4.8 MB allocated (BenchmarkNew), so build one
// per process and share it. Without extra files it is the one built from
// the embedded tables at go generate time (compiled.go): nothing is parsed.
func New(opts Options) (*Normalizer, error) {
	if len(opts.ExtraFiles) == 0 {
		return compiled(), nil
	}
	return newFromFS(embedded, opts)
}

// newFromFS builds from the tables under data/ in fsys; tests use it to add
// a language folder without touching the code.
func newFromFS(fsys fs.FS, opts Options) (*Normalizer, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	n := &Normalizer{
		prefixes:    map[string][]string{},
		families:    map[string]familyRule{},
		personNames: map[string]bool{},
		familyStop:  map[string]map[string]bool{},
	}
	b := newBuilder(n)
	b.skipDups = fsys == fs.FS(embedded)
	langs, err := dataLangs(fsys)
	if err != nil {
		return nil, err
	}
	for _, l := range langs {
		b.langs[l] = true
	}
	if err := b.loadData(fsys, langs); err != nil {
		return nil, err
	}
	for i, f := range opts.ExtraFiles {
		if err := b.loadExtra(f, i+1); err != nil {
			return nil, err
		}
	}
	if err := b.resolvePending(); err != nil {
		return nil, err
	}
	// CLDR is read last but sits in the lowest layer: curated rows and user
	// files override it whatever the order.
	all := make([]string, 0, len(b.langs))
	for l := range b.langs {
		if l != "" {
			all = append(all, l)
		}
	}
	sort.Strings(all)
	b.addCLDR(all)
	n.langs = all
	n.countryNames = map[string]*sync.Map{"en": {}}
	for _, l := range all {
		n.countryNames[l] = &sync.Map{}
	}
	n.byCode = b.byCode
	n.displays = b.displays
	for code, id := range b.byCode {
		if d := b.displays["en"][code]; d != "" {
			n.ents[id].Name = d
		} else if d := b.displays[""][code]; d != "" {
			n.ents[id].Name = d
		}
	}
	n.prefixTries = make([]*trie, len(n.langs)+1)
	var every []string
	for k, l := range n.langs {
		n.prefixTries[k] = buildTrie(sortedUnique(n.prefixes[l]))
	}
	for _, ps := range n.prefixes {
		every = append(every, ps...)
	}
	n.prefixTries[len(n.langs)] = buildTrie(sortedUnique(every))
	n.seriesByFirst = slices.Clone(n.series)
	slices.SortStableFunc(n.seriesByFirst, func(a, b seriesRule) int { return int(a.folded[0]) - int(b.folded[0]) })
	for k, sr := range n.seriesByFirst {
		c := sr.folded[0]
		if n.seriesAt[c][1] == 0 {
			n.seriesAt[c][0] = uint16(k)
		}
		n.seriesAt[c][1] = uint16(k + 1)
	}
	for w := range n.families {
		if len(w) <= 64 {
			n.familyLen[len(w)] = true
		}
	}
	sorted := make([]string, 0, len(b.keys))
	for k, e := range b.keys {
		if len(e.targets) > 0 {
			sorted = append(sorted, k)
		}
	}
	sort.Strings(sorted)
	// each entity's names (its keys, then its own name) in one backing
	// array, counted first, rather than 1,500 slices grown by appends
	count := make([]int32, len(n.ents))
	total := len(n.ents)
	for _, k := range sorted {
		for _, t := range b.keys[k].targets {
			if t.ent >= 0 {
				count[t.ent]++
				total++
			}
		}
	}
	names := make([]nameRef, total)
	nb := newNameBlob()
	for i := range n.ents {
		c := int(count[i]) + 1
		n.ents[i].names, names = names[:0:c], names[c:]
	}
	n.compactTargets(b, sorted)
	for _, k := range sorted {
		e := b.keys[k]
		for _, t := range e.targets {
			if t.ent >= 0 {
				ent := &n.ents[t.ent]
				ent.names = append(ent.names, nb.ref(k, t.orig))
			}
		}
	}
	n.trie = buildTrie(sorted)
	n.firstWords = make([]*wordFilter, len(n.langs)+1)
	n.soloWords = make([]*wordFilter, len(n.langs)+1)
	n.pairWords = make([]*wordFilter, len(n.langs)+1)
	for k := range n.firstWords {
		n.firstWords[k], n.soloWords[k], n.pairWords[k] = &wordFilter{}, &wordFilter{}, &wordFilter{}
	}
	for _, k := range sorted {
		w := firstWord(k)
		if w == "" {
			continue // a key starting with punctuation: find starts only at words
		}
		h := wordHash(w)
		// the walk's second filter: the key's first word alone, or its
		// first two words with what separates them
		second := n.soloWords
		if p := pairPrefix(k); p != "" {
			second = n.pairWords
			h = wordHash(p)
		}
		n.firstWords[len(n.langs)].add(wordHash(w))
		second[len(n.langs)].add(h)
		for l, lang := range n.langs {
			for _, t := range b.keys[k].targets {
				if t.lang == "" || t.lang == lang {
					n.firstWords[l].add(wordHash(w))
					second[l].add(h)
					break
				}
			}
		}
	}
	for i := range n.ents {
		e := &n.ents[i]
		e.names = append(e.names, nb.ref(foldString(e.Name), e.Name))
	}
	n.nameBlob = string(nb.b)
	n.pool.New = newFolded
	return n, nil
}

// newFolded is the pool's constructor of fold buffers.
func newFolded() any { return &folded{b: make([]byte, 0, 4096), offs: make([]int32, 0, 4097)} }

// Langs returns the languages with data (the folders under data/ and the
// languages named by extra files).
func (n *Normalizer) Langs() []string {
	if n == nil {
		return nil
	}
	return append([]string(nil), n.langs...)
}

// useLang returns the language filter for lang: "" (every language) when
// lang is empty or has no data.
func (n *Normalizer) useLang(lang string) string {
	l := normLang(lang)
	for _, k := range n.langs {
		if k == l {
			return l
		}
	}
	return ""
}

// Find returns the non-overlapping known mentions in text (longest match
// first), in text order. lang ("fr", "en", "") selects language-specific
// forms; language-neutral ones (group names, acronyms) always apply.
func (n *Normalizer) Find(text, lang string) []Mention {
	if n == nil || n.trie == nil {
		return nil // a Normalizer not built by New knows no names
	}
	lang = n.useLang(lang)
	f := n.pool.Get().(*folded)
	defer n.pool.Put(f)
	f.foldWords(text, n.firstWords[n.langIndex(lang)])
	f.ms = n.find(text, f, lang, f.ms[:0])
	if len(f.ms) == 0 {
		return nil
	}
	out := make([]Mention, len(f.ms))
	copy(out, f.ms)
	clear(f.ms)
	for i := range out {
		ownIDs(&out[i].Entity)
	}
	return out
}

// AppendFind appends the mentions Find returns to dst and returns the
// extended slice. Unlike Find's, their entities' IDs maps (the candidates'
// too) are the Normalizer's own, shared by every call: the caller may read
// them but must not modify them, and copies them (maps.Clone) before
// handing an entity to code that might. The extractor calls it once per
// article into a buffer it reuses: cloning the maps of every mention was
// most of Find's allocations (issue 11).
func (n *Normalizer) AppendFind(dst []Mention, text, lang string) []Mention {
	if n == nil || n.trie == nil {
		return dst
	}
	lang = n.useLang(lang)
	f := n.pool.Get().(*folded)
	defer n.pool.Put(f)
	f.foldWords(text, n.firstWords[n.langIndex(lang)])
	return n.find(text, f, lang, dst)
}

// ownIDs gives e (and each of its candidates) its own copy of its IDs
// map, which find left shared with the tables.
func ownIDs(e *claim.Entity) {
	e.IDs = maps.Clone(e.IDs)
	for i := range e.Candidates {
		e.Candidates[i].IDs = maps.Clone(e.Candidates[i].IDs)
	}
}

func (n *Normalizer) find(text string, f *folded, lang string, out []Mention) []Mention {
	b := f.b
	prevEnd := 0
	var rm Mention
	li := n.langIndex(lang)
	fw, pt := n.firstWords[li], n.prefixTries[li]
	sw, pw := n.soloWords[li], n.pairWords[li]
	// the words foldWords listed, from position i on (a word starting
	// before i is inside what was taken already): the words a trie walk
	// or a naming rule may start at; at any other word the loop before
	// foldWords took no decision, only moving past it
	i := 0
	for _, wd := range f.words {
		if int(wd.start) < i {
			continue
		}
		i = int(wd.start)
		w, h := int(wd.end), wd.h
		if fw.has(wordHashEnd(h)) && (sw.has(wordHashEnd(h)) || pw.has(pairHash(b, w, h))) {
			end, key := n.longest(text, f, i, lang)
			if end > 0 && end < len(b) && text[f.offs[end]] == '-' {
				// a name the tables know heading a series label: "TAG-38"
				// is Recorded Future's cluster, not Google's TAG
				if rend := n.rules(text, f, i, lang, &rm); rend > end {
					n.prep(text, f, i, pt, prevEnd, &rm)
					out = append(out, rm)
					prevEnd = rm.End
					i = rend
					continue
				}
			}
			if end > 0 {
				if n.personLike(text, f, i, end) {
					i = end
					continue
				}
				if m, ok := n.mention(text, f, i, end, key, lang); ok {
					n.prep(text, f, i, pt, prevEnd, &m)
					out = append(out, m)
					prevEnd = m.End
				}
				i = end
				continue
			}
		}
		// rules' first test (a capital) here: most words fail it, and the
		// call cost more than the test (issue 11)
		if c := text[f.offs[i]]; c >= 'A' && c <= 'Z' {
			if end := n.rules(text, f, i, lang, &rm); end > 0 {
				n.prep(text, f, i, pt, prevEnd, &rm)
				out = append(out, rm)
				prevEnd = rm.End
				i = end
				continue
			}
		}
		// the rest of this word starts nothing, nor the non-word byte
		// ending it
		i = w + 1
	}
	return out
}

// longest walks the trie from folded position i and returns the end of the
// longest key that ends on a word boundary and has a meaning valid for lang
// and for the case written in the text.
func (n *Normalizer) longest(text string, f *folded, i int, lang string) (int, int32) {
	b := f.b
	node := n.trie.root[b[i]]
	bestEnd, bestKey := 0, int32(-1)
	for j := i + 1; node >= 0; j++ {
		nd := &n.trie.nodes[node]
		if nd.term >= 0 && (j == len(b) || !isWordByte(b[j]) || !isWordByte(b[j-1])) {
			if n.anyValid(text, f, i, j, nd.term, lang) {
				bestEnd, bestKey = j, nd.term
			}
		}
		if j >= len(b) {
			break
		}
		node = n.trie.child(node, b[j])
	}
	return bestEnd, bestKey
}

func (n *Normalizer) anyValid(text string, f *folded, i, j int, key int32, lang string) bool {
	orig := text[f.offs[i]:f.offs[j]]
	ts := n.targetsOf(key)
	for k := range ts {
		if n.valid(&ts[k], orig, lang, f.lenient) {
			return true
		}
	}
	return false
}

// sameLang is a == b for two language codes, read inline: the codes are
// two bytes ("fr", "en"), and == called runtime.memequal for each target a
// name search validates (issue 11).
func sameLang(a, b string) bool {
	return len(a) == len(b) && (len(a) != 2 || a[0] == b[0] && a[1] == b[1]) && (len(a) == 2 || a == b)
}

func (n *Normalizer) valid(t *ctarget, orig, lang string, lenient bool) bool {
	if t.lang != 0 && lang != "" && !sameLang(n.tlangs[t.lang], lang) {
		return false
	}
	if lenient {
		return true
	}
	switch t.mode {
	case modeCap:
		r, _ := utf8.DecodeRuneInString(orig)
		return unicode.IsUpper(r)
	case modeExact:
		want := n.origOf(t)
		return sameCase(want, orig) || titleOfCaps(want, orig)
	}
	return true
}

// titleOfCaps reports a name of several words the data writes in capitals
// ("COBALT MIRAGE", a vendor's style) written in title case ("Cobalt
// Mirage"), as the press writes it: each word a capital then lower case.
// One-word capitals ("TAG", "US") keep their exact case.
func titleOfCaps(want, written string) bool {
	if !strings.Contains(want, " ") || len(want) != len(written) {
		return false
	}
	start := true
	for i := 0; i < len(want); i++ {
		w, x := want[i], written[i]
		switch {
		case w == ' ':
			if x != ' ' {
				return false
			}
			start = true
			continue
		case w >= 'A' && w <= 'Z':
			if start && x != w || !start && x != w+'a'-'A' {
				return false
			}
		case w >= 'a' && w <= 'z':
			return false // not all capitals
		default:
			if x != w {
				return false
			}
		}
		start = false
	}
	return true
}

// sameCase reports whether the letters of written have the case of the
// letters of want, letter by letter (non-letters are skipped on both sides).
// When the letter counts differ (a ligature, a decomposed accent) it falls
// back to "no lower case in the text where the data has none".
func sameCase(want, written string) bool {
	i, j := 0, 0
	for {
		var rw, rx rune
		for i < len(want) {
			r, n := utf8.DecodeRuneInString(want[i:])
			i += n
			if unicode.IsLetter(r) {
				rw = r
				break
			}
		}
		for j < len(written) {
			r, n := utf8.DecodeRuneInString(written[j:])
			j += n
			if unicode.IsLetter(r) {
				rx = r
				break
			}
		}
		if rw == 0 && rx == 0 {
			return true
		}
		if rw == 0 || rx == 0 {
			return allUpperOrNone(want, written)
		}
		if unicode.IsUpper(rw) != unicode.IsUpper(rx) {
			return false
		}
	}
}

func allUpperOrNone(want, written string) bool {
	for _, r := range want {
		if unicode.IsLower(r) {
			return true // the data has lower case: letter counts cannot be compared
		}
	}
	for _, r := range written {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// mention builds the Mention of key at folded [i, end). Stop phrases give
// no mention.
func (n *Normalizer) mention(text string, f *folded, i, end int, key int32, lang string) (Mention, bool) {
	start, stop := int(f.offs[i]), int(f.offs[end])
	orig := text[start:stop]
	// pointers to the valid targets: a target is 72 bytes, and copying
	// each one read was most of mention's own time
	var buf [4]*ctarget
	valid := buf[:0]
	ts := n.targetsOf(key)
	for k := range ts {
		if t := &ts[k]; n.valid(t, orig, lang, f.lenient) {
			valid = append(valid, t)
		}
	}
	ent, form, ok := n.entityOf(orig, valid)
	if !ok {
		return Mention{}, false
	}
	return Mention{Start: start, End: stop, Text: orig, Form: form, Entity: ent, PrepStart: start}, true
}

// entityOf turns the meanings of a name into one entity; several distinct
// entities become an entity with Candidates.
func (n *Normalizer) entityOf(orig string, ts []*ctarget) (claim.Entity, Form, bool) {
	var ids []int32
	var form Form
	for _, t := range ts {
		if t.ent < 0 {
			return claim.Entity{}, "", false // a stop phrase wins
		}
		dup := false
		for _, id := range ids {
			dup = dup || id == t.ent
		}
		if !dup {
			ids = append(ids, t.ent)
			if form == "" {
				form = n.tforms[t.form]
			}
		}
	}
	if len(ids) == 0 {
		return claim.Entity{}, "", false
	}
	// the entities share the tables' IDs maps: Find and Resolve copy them
	// before returning, AppendFind's callers read them only
	if len(ids) == 1 {
		e := n.ents[ids[0]].Entity
		e.Text = orig
		return e, form, true
	}
	e := claim.Entity{Text: orig, Name: n.origOf(ts[0])}
	for k, id := range ids {
		c := n.ents[id].Entity
		c.Text = orig
		if k == 0 {
			e.Kind, e.Country = c.Kind, c.Country
		} else {
			if c.Kind != e.Kind {
				e.Kind = claim.KindUnknown
			}
			if c.Country != e.Country {
				e.Country = ""
			}
		}
		e.Candidates = append(e.Candidates, c)
	}
	return e, form, true
}

// entityCopy returns the canonical entity with its own IDs map, so callers
// may modify what they get.
func (n *Normalizer) entityCopy(id int32) claim.Entity {
	e := n.ents[id].Entity
	e.IDs = maps.Clone(e.IDs)
	return e
}

// prep fills m.Prep with the language's article or preposition written just
// before folded position i, if any (and not inside the previous mention).
// Prefixes are at most two words ("de la", "de l'"): the one or two tokens
// before the name are looked up in the language's prefix set, longest first.
func (n *Normalizer) prep(text string, f *folded, i int, pt *trie, prevEnd int, m *Mention) {
	b := f.b
	if i < 2 || (b[i-1] != foldSpace && b[i-1] != foldApos) {
		return
	}
	// token boundaries: k1 starts the last token, k2 the one before it
	k1 := i - 1
	for k1 > 0 && isWordByte(b[k1-1]) {
		k1--
	}
	if k1 == i-1 {
		return
	}
	k2 := -1
	if k1 >= 2 && b[k1-1] == foldSpace && isWordByte(b[k1-2]) {
		k2 = k1 - 2
		for k2 > 0 && isWordByte(b[k2-1]) {
			k2--
		}
	}
	for _, s := range [2]int{k2, k1} {
		if s < 0 {
			continue
		}
		if !hasKey(pt, b[s:i]) {
			continue
		}
		ps := int(f.offs[s])
		if ps < prevEnd {
			continue
		}
		m.Prep = trimPrep(text[ps:m.Start])
		m.PrepStart = ps
		return
	}
}

// trimPrep is strings.TrimRight(strings.TrimRightFunc(p, unicode.IsSpace),
// "-\u00A0\u202F"): the hyphen and the no-break spaces a prefix may be
// written with, trimmed rune by rune (TrimRight with a cutset outside ASCII
// was a tenth of prep).
func trimPrep(p string) string {
	if n := len(p); n >= 2 && p[n-1] == ' ' && p[n-2] > ' ' && p[n-2] < utf8.RuneSelf && p[n-2] != '-' {
		// "the ", "de la ": one ASCII space after an ASCII byte that is no
		// space nor hyphen, the commonest prefix, trimmed at once
		return p[:n-1]
	}
	p = strings.TrimRightFunc(p, unicode.IsSpace)
	for len(p) > 0 {
		r, size := utf8.DecodeLastRuneInString(p)
		if r != '-' && r != '\u00A0' && r != '\u202F' {
			break
		}
		p = p[:len(p)-size]
	}
	return p
}

// langIndex is the index in firstWords and prefixTries of lang, a language
// useLang returned.
func (n *Normalizer) langIndex(lang string) int {
	for k, l := range n.langs {
		if l == lang {
			return k
		}
	}
	return len(n.langs)
}

// hasPrefix reports whether the folded p is a prefix of lang ("": of any
// language).
func (n *Normalizer) hasPrefix(p, lang string) bool {
	return hasKey(n.prefixTries[n.langIndex(lang)], p)
}

// rules applies the naming rules at folded position i: a series ("APT45",
// "Storm-0558", "UNC3886") or a family ("Linen Typhoon").
// It fills *m and returns the folded end of the name, or 0.
func (n *Normalizer) rules(text string, f *folded, i int, lang string, m *Mention) int {
	b := f.b
	// every rule needs a capital letter here (APT, UNC, Storm-, "Linen
	// Typhoon"): most words stop at this test
	if c := text[f.offs[i]]; c < 'A' || c > 'Z' {
		return 0
	}
	at := n.seriesAt[b[i]]
	for k := int(at[0]); k < int(at[1]); k++ {
		s := &n.seriesByFirst[k]
		if !hasPrefixAt(b, i, s.folded) {
			continue
		}
		j := i + len(s.folded)
		if j < len(b) && b[j] == foldSpace {
			j++
		}
		d := j
		for d < len(b) && b[d] >= '0' && b[d] <= '9' {
			d++
		}
		if d == j || d-j > 6 || (d < len(b) && isWordByte(b[d])) {
			continue
		}
		start, stop := int(f.offs[i]), int(f.offs[d])
		orig := text[start:stop]
		if !strings.HasPrefix(orig, s.prefix) {
			continue // the prefix is case-sensitive: "apt" is not "APT"
		}
		name := s.canonical + string(b[j:d])
		*m = Mention{Start: start, End: stop, Text: orig, Form: FormRule, PrepStart: start,
			Entity: claim.Entity{Text: orig, Name: name, Kind: claim.KindGroup, Country: s.country}}
		return d
	}
	w1 := i
	for w1 < len(b) && isWordByte(b[w1]) {
		w1++
	}
	if w1+1 >= len(b) || b[w1] != foldSpace {
		return 0
	}
	// family words are capitalised: look no further unless the next word is
	if c := text[f.offs[w1+1]]; c < 'A' || c > 'Z' {
		return 0
	}
	w2 := w1 + 1
	for w2 < len(b) && isWordByte(b[w2]) {
		w2++
	}
	if w2-w1-1 > 64 || !n.familyLen[w2-w1-1] {
		return 0
	}
	fam, ok := n.families[string(b[w1+1:w2])]
	if !ok {
		return 0
	}
	first := string(b[i:w1])
	for _, l := range n.langs {
		if (lang == "" || l == lang) && n.familyStop[l][first] {
			return 0
		}
	}
	if n.familyStop[""][first] {
		return 0
	}
	for k := 0; k < len(first); k++ {
		if first[k] >= '0' && first[k] <= '9' {
			return 0
		}
	}
	start, stop := int(f.offs[i]), int(f.offs[w2])
	word := text[start:int(f.offs[w1])]
	famText := text[int(f.offs[w1+1]):stop]
	r1, _ := utf8.DecodeRuneInString(word)
	r2, _ := utf8.DecodeRuneInString(famText)
	if !unicode.IsUpper(r1) || !unicode.IsUpper(r2) {
		return 0
	}
	orig := text[start:stop]
	*m = Mention{Start: start, End: stop, Text: orig, Form: FormRule, PrepStart: start,
		Entity: claim.Entity{Text: orig, Name: word + " " + fam.word, Kind: claim.KindGroup, Country: fam.country}}
	return w2
}

// Label reports whether name, alone, has the shape of a vendor's tracking
// label as the naming rules read one: a series ("UNC1151", "TA453",
// "Storm-0558"; not "APT44") or a family name ("Linen Typhoon", "Fighting
// Ursa"). The extractor keeps such a label as written when an article uses
// no other name of the group: the vendor's cluster need not be the group
// the tables merge it into, and writers name it as the article does.
func (n *Normalizer) Label(name string) bool {
	if n == nil || n.trie == nil {
		return false
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	f := n.pool.Get().(*folded)
	defer n.pool.Put(f)
	f.fold(name)
	if len(f.b) == 0 {
		return false
	}
	var m Mention
	end := n.rules(name, f, 0, "", &m)
	// Mandiant's APT numbers are the common names the other vendors' labels
	// are mapped to (APT44 is Sandworm's), not a label of their own
	return end > 0 && end == len(f.b) && !(strings.HasPrefix(name, "APT") && len(name) > 3 && name[3] >= '0' && name[3] <= '9')
}

// personLike reports whether the name at folded [i, end) is one that is
// also a given name ("Jordan", "Chad", from the personname rule) followed
// by a capitalised word, as in "Jordan Smith": then it is a person.
func (n *Normalizer) personLike(text string, f *folded, i, end int) bool {
	if len(n.personNames) == 0 || end+1 >= len(f.b) || text[f.offs[end]] != ' ' {
		return false // "Jordan-Israel", "Jordan, Israel" are lists, not people
	}
	// the capital first: a test of a byte for most mentions (a word in
	// lower case follows them), where the map look-up was asked of each
	r, _ := utf8.DecodeRuneInString(text[f.offs[end+1]:])
	return unicode.IsUpper(r) && n.personNames[string(f.b[i:end])]
}

func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func hasPrefixAt(b []byte, i int, p string) bool {
	return len(b)-i >= len(p) && string(b[i:i+len(p)]) == p
}

// Resolve maps a whole phrase ("aux Etats-Unis", "Volt Typhoon", "le GRU")
// to its entity. Text of the result is the phrase as given (trimmed). When
// the phrase matches nothing with the case rules of running text, it is
// read again ignoring them, so that "china" or "us" typed in a form resolve.
func (n *Normalizer) Resolve(text, lang string) (claim.Entity, bool) {
	if n == nil || n.trie == nil {
		return claim.Entity{}, false
	}
	lang = n.useLang(lang)
	text = strings.TrimSpace(text)
	if text == "" {
		return claim.Entity{}, false
	}
	f := n.pool.Get().(*folded)
	defer n.pool.Put(f)
	f.foldWords(text, n.firstWords[n.langIndex(lang)])
	ms := n.find(text, f, lang, nil)
	if len(ms) == 0 {
		// a phrase typed by a person ("china", "us" in a picker) may ignore
		// the case rules that protect running text from common words
		f.lenient = true
		ms = n.find(text, f, lang, nil)
		f.lenient = false
	}
	if len(ms) == 0 {
		return claim.Entity{}, false
	}
	// several mentions of one entity ("APT28 (Fancy Bear)") are that
	// entity, if only punctuation stands between them
	for k := 1; k < len(ms); k++ {
		if ms[k].Entity.Key() != ms[0].Entity.Key() || len(ms[k].Entity.Candidates) > 0 || hasWord(text[ms[k-1].End:ms[k].Start]) {
			return claim.Entity{}, false
		}
	}
	m := ms[0]
	m.End = ms[len(ms)-1].End
	// everything around the name must be an article or punctuation; the
	// article may be of any loaded language ("the Kremlin" asked as French)
	before := text[:m.PrepStart]
	if m.Prep == "" {
		if p := foldString(text[:m.Start]); p != "" {
			if !strings.HasSuffix(p, "'") {
				p += " "
			}
			if n.hasPrefix(p, "") {
				before = ""
			}
		}
	}
	if hasWord(before) || hasWord(text[m.End:]) {
		return claim.Entity{}, false
	}
	m.Entity.Text = text
	ownIDs(&m.Entity)
	return m.Entity, true
}

// Country maps a country name, abbreviation, demonym or seat in any loaded
// language to its alpha-2 code. An upper-case alpha-2 code is accepted as is.
func (n *Normalizer) Country(text string) (string, bool) {
	if n == nil || n.byCode == nil {
		return "", false
	}
	t := strings.TrimSpace(text)
	if isCode(t) {
		if _, ok := n.byCode[t]; ok {
			return t, true
		}
	}
	e, ok := n.Resolve(t, "")
	if !ok || e.Kind != claim.KindState || e.Country == "" {
		return "", false
	}
	return e.Country, true
}

// CountryName returns the country's name in lang (CLDR), e.g. ("AT","en") → "Austria".
// Curated display names (data/<lang>/countries.tsv "display" rows) replace
// CLDR's odd ones ("Hong Kong" for "Hong Kong SAR China"). Unknown codes give "".
func (n *Normalizer) CountryName(code, lang string) string {
	if n == nil || n.byCode == nil {
		return ""
	}
	code = strings.ToUpper(strings.TrimSpace(code))
	if _, ok := n.byCode[code]; !ok {
		return ""
	}
	l := normLang(lang)
	if l == "" {
		l = "en"
	}
	// the extractor names every victim country this way: CLDR's lookup
	// (a tag parse and a search per call) was 9 % of extraction, so the
	// answers of the data languages are kept
	cache := n.countryNames[l]
	if cache != nil {
		if s, ok := cache.Load(code); ok {
			return s.(string)
		}
	}
	s := n.countryName(code, l)
	if cache != nil {
		cache.Store(code, s)
	}
	return s
}

// countryName is CountryName's answer for a known code and a normalised
// language.
func (n *Normalizer) countryName(code, l string) string {
	if d := n.displays[l][code]; d != "" {
		return d
	}
	tag, err := language.Parse(l)
	if err != nil {
		tag = language.English
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return ""
	}
	if s := display.Regions(tag).Name(r); s != "" {
		return s
	}
	return display.Regions(language.English).Name(r)
}

// Suggest returns up to limit entities whose names or aliases start with or
// contain query, in French or English, for the review page's pickers. Exact
// names come first, then prefixes, then word prefixes, then substrings.
// Text of each result is the name that matched.
func (n *Normalizer) Suggest(query string, limit int) []claim.Entity {
	if n == nil {
		return nil
	}
	q := foldString(query)
	if q == "" || limit <= 0 {
		return nil
	}
	type hit struct {
		id    int32
		score int
		text  string
	}
	var hits []hit
	for id := range n.ents {
		e := &n.ents[id]
		best, text := 99, ""
		for _, r := range e.names {
			nm := n.suggestName(r)
			s := 99
			switch {
			case nm.folded == q:
				s = 0
			case strings.HasPrefix(nm.folded, q):
				s = 1
			case strings.Contains(nm.folded, " "+q) || strings.Contains(nm.folded, "'"+q):
				s = 2
			case strings.Contains(nm.folded, q):
				s = 3
			}
			if s < best || (s == best && len(nm.text) < len(text)) {
				best, text = s, nm.text
			}
		}
		if best < 99 {
			hits = append(hits, hit{int32(id), best, text})
		}
	}
	// best match first; among equals the shorter name ("États-Unis" before
	// "États fédérés de Micronésie"), then alphabetical order
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score < hits[j].score
		}
		if len(hits[i].text) != len(hits[j].text) {
			return len(hits[i].text) < len(hits[j].text)
		}
		return n.ents[hits[i].id].Name < n.ents[hits[j].id].Name
	})
	if len(hits) == 0 {
		return nil
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]claim.Entity, len(hits))
	for i, h := range hits {
		out[i] = n.entityCopy(h.id)
		out[i].Text = h.text
	}
	return out
}

// String describes the tables, for logs.
func (n *Normalizer) String() string {
	return fmt.Sprintf("normalizer: %d entities, %d names, languages %v", len(n.ents), len(n.tgtStart)-1, n.langs)
}
