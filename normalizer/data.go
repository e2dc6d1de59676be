package normalizer

import (
	"bufio"
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data
var embedded embed.FS

// ErrData is returned (wrapped, with file and line) when a table is malformed.
var ErrData = errors.New("normalizer: bad table")

// Table files, recognised by the end of their base name.
const (
	tableCountries = "countries.tsv"
	tableEntities  = "entities.tsv"
	tableGroups    = "groups.tsv"
	tableRules     = "rules.tsv"
	tableStop      = "stop.tsv"
)

var tableNames = []string{tableCountries, tableEntities, tableGroups, tableRules, tableStop}

// Match modes of a name, written as a one-character marker before it.
const (
	modeFold  byte = 0   // case-insensitive (default)
	modeCap   byte = '^' // first letter upper case in the text ("Paris", not "paris")
	modeExact byte = '=' // same case as written ("US", "TAG", "EU")
)

// Layers below the curated files (layer 0): CLDR's country names override
// the generated galaxy table (a group alias that is also a country name
// stays the country), and every curated row overrides both.
const (
	layerGalaxy = -2
	layerCLDR   = -1
)

// tableGalaxy is the group table generated from the MISP galaxy
// (internal/gengroups); data/groups.tsv holds the curated corrections.
const tableGalaxy = "galaxy-groups.tsv"

// target is one meaning of a folded key.
type target struct {
	ent   int32 // index into Normalizer.ents; -1 for a stop phrase
	form  Form
	mode  byte
	lang  string // "" = every language
	layer int
	orig  string // the name as written in the data
}

type keyEntry struct {
	targets []target
}

type entity struct {
	claim.Entity
	names []nameRef
}

type suggestName struct {
	folded string
	text   string
}

// nameRef is a suggestName as offsets into Normalizer.nameBlob: no
// pointers, so the ~7k names are never scanned by the collector (issue 11).
type nameRef struct {
	fOff, fLen, tOff, tLen uint32
}

type familyRule struct {
	word    string // as written, e.g. "Typhoon"
	country string
}

type seriesRule struct {
	prefix    string // as written, case-sensitive, e.g. "APT", "Storm-"
	folded    string // folded prefix without trailing space
	canonical string
	country   string
}

// builder collects tables before the trie is built.
type builder struct {
	n        *Normalizer
	keys     map[string]*keyEntry
	byCode   map[string]int32
	byName   map[string]int32 // kind + ":" + lower(name)
	pending  []pendingRef
	langs    map[string]bool
	displays map[string]map[string]string // lang → code → name
	removed  map[removal]int              // "-name" rows → their layer; names of that layer or below stay removed
	// removedKeys: the keys of removed, so that addKey looks a name up in
	// removed only when one of its rows was removed
	removedKeys map[string]bool
	// slabs addKey takes new key entries and first meanings from
	entrySlab  []keyEntry
	targetSlab []target
	// groups from the generated galaxy table, and those a curated row has
	// corrected since
	galaxyEnt, corrected map[int32]bool
	// skipDups leaves out the duplicate check of the embedded tables: they
	// cannot change after the build and TestEveryTableFileValid
	// checks them, while checking them in every process was a quarter of
	// New's time. User files are always checked.
	skipDups bool
}

type removal struct {
	key string
	ent int32
}

// pendingRef is a countries.tsv row that names an entity (@EU) rather than a
// country code; it is resolved once every table is read.
type pendingRef struct {
	ref, file string
	line      int
	form      Form
	names     []string
	lang      string
	layer     int
}

func newBuilder(n *Normalizer) *builder {
	return &builder{
		n:        n,
		keys:     make(map[string]*keyEntry, 8192),
		byCode:   make(map[string]int32, 300),
		byName:   make(map[string]int32, 1024),
		langs:    map[string]bool{},
		displays: map[string]map[string]string{},
		removed:  map[removal]int{},

		removedKeys: map[string]bool{},

		galaxyEnt: map[int32]bool{},
		corrected: map[int32]bool{},
	}
}

// dataLangs lists the data/<lang>/ folders of fsys: the languages known.
func dataLangs(fsys fs.FS) ([]string, error) {
	des, err := fs.ReadDir(fsys, "data")
	if err != nil {
		return nil, fmt.Errorf("normalizer: embedded data: %w", err)
	}
	var out []string
	for _, de := range des {
		if de.IsDir() {
			out = append(out, de.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// tableOf returns the table type of a file name, or "".
func tableOf(name string) string {
	base := strings.ToLower(filepath.Base(name))
	for _, t := range tableNames {
		if strings.HasSuffix(base, t) {
			return t
		}
	}
	return ""
}

// addCLDR adds every ISO 3166-1 country with its CLDR names in langs.
func (b *builder) addCLDR(langs []string) {
	en := display.Regions(language.English)
	namers := make(map[string]display.Namer, len(langs))
	for _, l := range langs {
		if tag, err := language.Parse(l); err == nil {
			namers[l] = display.Regions(tag)
		}
	}
	var regions []language.Region
	for c1 := 'A'; c1 <= 'Z'; c1++ {
		for c2 := 'A'; c2 <= 'Z'; c2++ {
			code := string([]rune{c1, c2})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.String() != code || notCountry[code] {
				continue
			}
			if name := en.Name(r); name != "" && name != code {
				regions = append(regions, r)
			}
		}
	}
	// full names per language, so that "Saint-Martin (partie néerlandaise)"
	// does not also claim "Saint-Martin", the full name of another country
	full := map[string]map[string]bool{}
	for l, nm := range namers {
		full[l] = map[string]bool{}
		for _, r := range regions {
			full[l][foldString(nm.Name(r))] = true
		}
	}
	for _, r := range regions {
		code := r.String()
		id := b.country(code)
		b.n.ents[id].Name = stripParen(en.Name(r))
		// in language order, not the map's: the meanings of a key keep
		// one order from run to run, so tables_gen.go is reproducible
		for _, l := range langs {
			nm, ok := namers[l]
			if !ok {
				continue
			}
			local := nm.Name(r)
			if local == "" || local == code {
				continue
			}
			for k, v := range cldrVariants(local) {
				if k > 0 && full[l][foldString(v)] {
					continue
				}
				b.addKey(v, target{ent: id, form: FormName, mode: modeCap, lang: l, layer: layerCLDR, orig: v})
			}
		}
	}
}

// notCountry lists codes CLDR counts as countries that are not ISO 3166-1
// countries: the United Nations and the euro zone (entities of their own),
// and the exceptionally reserved codes (Ascension, Clipperton, Diego
// Garcia, Ceuta and Melilla, Canary Islands, Tristan da Cunha). Kosovo (XK)
// is kept: the press names it as a state.
var notCountry = map[string]bool{
	"UN": true, "EZ": true, "EU": true, "QO": true, "XA": true, "XB": true, "ZZ": true,
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
}

// cldrVariants splits CLDR's "Myanmar (Birmanie)" into both names and
// "Congo - Kinshasa" into its written form.
func cldrVariants(s string) []string {
	out := []string{s}
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		out = append(out, s[:i], s[i+2:len(s)-1])
	}
	return out
}

func stripParen(s string) string {
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return s[:i]
	}
	return s
}

// country returns the entity index of a country code, creating it.
func (b *builder) country(code string) int32 {
	if id, ok := b.byCode[code]; ok {
		return id
	}
	b.n.ents = append(b.n.ents, entity{Entity: claim.Entity{Name: code, Kind: claim.KindState, Country: code}})
	id := int32(len(b.n.ents) - 1)
	b.byCode[code] = id
	return id
}

// addKey records one meaning of a name. A name given again in a later layer
// (a later file) replaces its earlier meanings; two meanings in the same
// layer make it ambiguous.
func (b *builder) addKey(name string, t target) {
	// folded into a pooled buffer: most names fold to a key already seen
	// (New adds ~10k names for ~5k keys), and a lookup needs no string
	f := foldPool.Get().(*folded)
	defer foldPool.Put(f)
	f.fold(name)
	kb := f.b
	for len(kb) > 0 && kb[len(kb)-1] == foldSpace {
		kb = kb[:len(kb)-1]
	}
	if len(kb) == 0 || !isWordByte(kb[0]) {
		return
	}
	if b.removedKeys[string(kb)] {
		if l, ok := b.removed[removal{string(kb), t.ent}]; ok && l >= t.layer {
			return // removed by a row of this layer or a later one
		}
	}
	e := b.keys[string(kb)]
	if e == nil {
		// ~5k keys: entries come from a slab rather than one allocation each
		if len(b.entrySlab) == 0 {
			b.entrySlab = make([]keyEntry, 512)
		}
		e = &b.entrySlab[0]
		b.entrySlab = b.entrySlab[1:]
		b.keys[string(kb)] = e
	}
	// a later layer hides an earlier one only for the languages both cover:
	// the French demonym "philippines" must not hide CLDR's English name
	overlap := func(o target) bool { return o.lang == "" || t.lang == "" || o.lang == t.lang }
	kept := e.targets[:0]
	for _, o := range e.targets {
		if o.layer < t.layer && overlap(o) {
			continue
		}
		kept = append(kept, o)
	}
	e.targets = kept
	for _, o := range e.targets {
		if o.layer > t.layer && overlap(o) {
			return
		}
	}
	for i, o := range e.targets {
		if o.ent == t.ent && o.lang == t.lang && !(o.mode == modeExact && t.mode == modeExact && o.orig != t.orig) {
			// the same meaning written twice ("Hidden Cobra|=HIDDEN COBRA"):
			// keep the more permissive match mode, the later row's form
			if permissive(o.mode) > permissive(t.mode) {
				t.mode, t.orig = o.mode, o.orig
			}
			e.targets[i] = t
			return
		}
	}
	if cap(e.targets) == 0 {
		// most keys have one meaning: it goes in a slab too (a second one
		// makes append move the key's meanings to an array of their own)
		if len(b.targetSlab) == 0 {
			b.targetSlab = make([]target, 512)
		}
		e.targets = b.targetSlab[:0:1]
		b.targetSlab = b.targetSlab[1:]
	}
	e.targets = append(e.targets, t)
}

// permissive ranks match modes: folded matches more than capitalised, which
// matches more than exact case.
func permissive(m byte) int {
	switch m {
	case modeFold:
		return 2
	case modeCap:
		return 1
	}
	return 0
}

// removeKey drops the meaning ent of name (a "-name" in a data file).
func (b *builder) removeKey(name string, ent int32, layer int) {
	k := foldString(name)
	if l, ok := b.removed[removal{k, ent}]; !ok || l < layer {
		b.removed[removal{k, ent}] = layer
		b.removedKeys[k] = true
	}
	e := b.keys[k]
	if e == nil {
		return
	}
	out := e.targets[:0]
	for _, t := range e.targets {
		if t.ent != ent {
			out = append(out, t)
		}
	}
	e.targets = out
}

// splitMarker separates a name's marker from the name.
func splitMarker(s string) (mode byte, remove bool, name string) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") && len(s) > 1 {
		remove, s = true, strings.TrimSpace(s[1:])
	}
	if s != "" && (s[0] == modeCap || s[0] == modeExact) {
		mode, s = s[0], strings.TrimSpace(s[1:])
	}
	return mode, remove, s
}

func splitList(s string) []string {
	if s == "-" || s == "" {
		return nil
	}
	return splitTrim(s, "|")
}

// fields splits a row on runs of tabs.
func fields(line string) []string {
	return splitTrim(line, "\t")
}

// splitTrim returns the non-empty trimmed parts of s between seps (nil for
// none), counted first so that each row costs one allocation: New splits
// every row of every table.
func splitTrim(s, sep string) []string {
	n := 0
	for p := range strings.SplitSeq(s, sep) {
		if strings.TrimSpace(p) != "" {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for p := range strings.SplitSeq(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadData reads the tables of fsys: language-neutral ones in data/, then
// each data/<lang>/.
func (b *builder) loadData(fsys fs.FS, langs []string) error {
	dirs := []struct{ dir, lang string }{{"data", ""}}
	for _, l := range langs {
		dirs = append(dirs, struct{ dir, lang string }{"data/" + l, l})
	}
	if data, err := fs.ReadFile(fsys, path.Join("data", tableGalaxy)); err == nil {
		// first, so the curated rows of the same groups replace its
		// COUNTRY and IDS and their names replace its names
		if err := b.loadTable(path.Join("data", tableGalaxy), tableGroups, data, "", layerGalaxy); err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("normalizer: %s: %w", tableGalaxy, err)
	}
	for _, d := range dirs {
		// groups and entities first so countries.tsv can refer to them
		for _, t := range []string{tableEntities, tableGroups, tableCountries, tableRules, tableStop} {
			p := path.Join(d.dir, t)
			data, err := fs.ReadFile(fsys, p)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return fmt.Errorf("normalizer: %s: %w", p, err)
			}
			if err := b.loadTable(p, t, data, d.lang, 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadExtra reads a user file. Its table is named by the end of its base
// name; its language by a "# lang: xx" line (default: every language).
func (b *builder) loadExtra(file string, layer int) error {
	t := tableOf(file)
	if t == "" {
		return fmt.Errorf("%w: %s: file name must end in one of %s", ErrData, file, strings.Join(tableNames, ", "))
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("normalizer: extra file: %w", err)
	}
	return b.loadTable(file, t, data, dirLang(file), layer)
}

// dirLang is the language a user file's folder names, as in the embedded
// layout (".../fr/countries.tsv"): a two-letter ISO 639-1 code, else "".
func dirLang(file string) string {
	d := filepath.Base(filepath.Dir(file))
	if len(d) != 2 || d != strings.ToLower(d) {
		return ""
	}
	if _, err := language.ParseBase(d); err != nil {
		return ""
	}
	return d
}

func (b *builder) loadTable(file, table string, data []byte, lang string, layer int) error {
	if lang != "" {
		b.langs[lang] = true
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	dups := newDupCheck()
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if ln == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		trim := strings.TrimSpace(line)
		if trim == "" {
			continue
		}
		if strings.HasPrefix(trim, "#") {
			if v, ok := directive(trim, "lang"); ok {
				lang = normLang(v)
				if lang != "" {
					b.langs[lang] = true
				}
			}
			continue
		}
		// a '#' after whitespace starts a trailing comment
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		if i := strings.Index(line, "\t#"); i >= 0 {
			line = line[:i]
		}
		f := fields(line)
		if !b.skipDups || layer > 0 {
			if err := dups.row(table, f, lang, ln); err != nil {
				return fmt.Errorf("%w: %s:%d: %v", ErrData, file, ln, err)
			}
		}
		var err error
		switch table {
		case tableCountries:
			err = b.countryRow(file, ln, f, lang, layer)
		case tableEntities, tableGroups:
			err = b.entityRow(f, lang, layer, table == tableGroups)
		case tableRules:
			err = b.ruleRow(f, lang)
		case tableStop:
			for _, s := range f {
				for _, name := range splitList(s) {
					mode, _, nm := splitMarker(name)
					b.addKey(nm, target{ent: -1, mode: mode, lang: lang, layer: layer, orig: nm})
				}
			}
		}
		if err != nil {
			return fmt.Errorf("%w: %s:%d: %v", ErrData, file, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrData, file, err)
	}
	return nil
}

// directive parses "# key: value".
func directive(line, key string) (string, bool) {
	s := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	if !strings.HasPrefix(strings.ToLower(s), key+":") {
		return "", false
	}
	return strings.TrimSpace(s[len(key)+1:]), true
}

// normLang reduces "fr-FR", "FR" or "fr_CA" to "fr".
func normLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return l
}

var forms = map[string]Form{
	"name": FormName, "abbrev": FormAbbrev, "demonym": FormDemonym, "seat": FormSeat, "alias": FormAlias,
}

// countryRow: CODE FORM NAMES. CODE is an ISO alpha-2 code or @NAME of an
// entity; FORM is name, abbrev, demonym, seat or display.
func (b *builder) countryRow(file string, ln int, f []string, lang string, layer int) error {
	if len(f) < 3 {
		return fmt.Errorf("want CODE<TAB>FORM<TAB>NAMES, got %d fields", len(f))
	}
	code, formS, names := f[0], strings.ToLower(f[1]), splitList(strings.Join(f[2:], "|"))
	if formS == "display" {
		if !isCode(code) {
			return fmt.Errorf("display row needs a country code, got %q", code)
		}
		if len(names) != 1 {
			return fmt.Errorf("display row needs exactly one name")
		}
		key := lang
		if b.displays[key] == nil {
			b.displays[key] = map[string]string{}
		}
		b.displays[key][code] = names[0]
		// a display name is also a name to find
		b.addNames(b.country(code), FormName, []string{"^" + names[0]}, lang, layer)
		return nil
	}
	form, ok := forms[formS]
	if !ok {
		return fmt.Errorf("unknown form %q (want name, abbrev, demonym, seat, display)", f[1])
	}
	if strings.HasPrefix(code, "@") {
		b.pending = append(b.pending, pendingRef{ref: code[1:], file: file, line: ln, form: form, names: names, lang: lang, layer: layer})
		return nil
	}
	if !isCode(code) {
		return fmt.Errorf("bad country code %q (want ISO 3166-1 alpha-2 or @NAME)", code)
	}
	id := b.country(code)
	b.addNames(id, form, names, lang, layer)
	return nil
}

func (b *builder) addNames(id int32, form Form, names []string, lang string, layer int) {
	for _, nm := range names {
		mode, remove, s := splitMarker(nm)
		if s == "" {
			continue
		}
		if remove {
			vs, nv := spacedVariants(s)
			for _, v := range vs[:nv] {
				b.removeKey(v, id, layer)
			}
			continue
		}
		vs, nv := spacedVariants(s)
		for _, v := range vs[:nv] {
			b.addKey(v, target{ent: id, form: form, mode: mode, lang: lang, layer: layer, orig: s})
		}
	}
}

// spacedVariants adds "APT 28" for "APT28": letters glued to digits are
// written both ways in the press.
func spacedVariants(s string) ([2]string, int) {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if i > 0 && j > i && j == len(s) {
		return [2]string{s, s[:i] + " " + s[i:]}, 2
	}
	return [2]string{s}, 1
}

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// entityRow: KIND NAME COUNTRY IDS ALIASES.
func (b *builder) entityRow(f []string, lang string, layer int, groups bool) error {
	if len(f) < 2 {
		return fmt.Errorf("want KIND<TAB>NAME<TAB>COUNTRY<TAB>IDS<TAB>ALIASES, got %d fields", len(f))
	}
	for len(f) < 5 {
		f = append(f, "-")
	}
	kind := claim.Kind(strings.ToLower(f[0]))
	if !kind.Valid() || kind == claim.KindUnknown {
		return fmt.Errorf("unknown kind %q (want state, agency, intergov, company, group, media)", f[0])
	}
	if groups && kind != claim.KindGroup {
		return fmt.Errorf("groups table row of kind %q", kind)
	}
	name := f[1]
	country := f[2]
	if country != "-" && !isCode(country) {
		return fmt.Errorf("bad country %q (want ISO 3166-1 alpha-2 or -)", country)
	}
	key := string(kind) + ":" + strings.ToLower(name)
	// the alias list and the folded name, once per row (New reads every
	// row of every table)
	aliases := splitList(strings.Join(f[4:], "|"))
	folded := foldString(name)
	id, ok := b.byName[key]
	if !ok {
		b.n.ents = append(b.n.ents, entity{Entity: claim.Entity{Name: name, Kind: kind}})
		id = int32(len(b.n.ents) - 1)
		b.byName[key] = id
		// the canonical name is a name of its own, unless the alias list
		// gives it with a marker (a name that is also a common word)
		listed := false
		for _, a := range aliases {
			if _, _, s := splitMarker(a); foldedEqual(s, folded) {
				listed = true
			}
		}
		if !listed {
			b.addNames(id, FormName, []string{name}, "", layer)
		}
	}
	e := &b.n.ents[id]
	if layer == layerGalaxy {
		b.galaxyEnt[id] = true
	} else if b.galaxyEnt[id] && !b.corrected[id] {
		// the first curated row of a group the galaxy also has is a
		// correction: its COUNTRY wins, "-" included (a gang the galaxy
		// places in a country is no state's; the galaxy's ids stay)
		b.corrected[id] = true
		e.Country = ""
	}
	if country != "-" {
		e.Country = country
	}
	if f[3] != "-" {
		for _, kv := range strings.Split(f[3], ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok || k == "" || v == "" {
				return fmt.Errorf("bad id %q (want key=value[,key=value])", kv)
			}
			if !idKeys[k] {
				return fmt.Errorf("unknown id key %q (want mitre, parent, sponsor, front or members)", k)
			}
			if e.IDs == nil {
				e.IDs = map[string]string{}
			}
			e.IDs[k] = v
			if k == "mitre" {
				// ATT&CK ids are written in reports ("G0007"): find them too
				b.addKey(v, target{ent: id, form: FormAlias, mode: modeExact, lang: "", layer: layer, orig: v})
			}
		}
	}
	for _, a := range aliases {
		mode, remove, s := splitMarker(a)
		if s == "" {
			continue
		}
		if remove {
			vs, nv := spacedVariants(s)
			for _, v := range vs[:nv] {
				b.removeKey(v, id, layer)
			}
			continue
		}
		form := aliasForm(kind, folded, s)
		vs, nv := spacedVariants(s)
		for _, v := range vs[:nv] {
			b.addKey(v, target{ent: id, form: form, mode: mode, lang: lang, layer: layer, orig: s})
		}
	}
	return nil
}

// idKeys are the keys of the IDS column (see README): a misspelt one would
// silently drop the id.
var idKeys = map[string]bool{"mitre": true, "parent": true, "sponsor": true, "front": true, "members": true}

// aliasForm: a group's other names are aliases; an organ's upper-case short
// name is an abbreviation; anything else is a name.
func aliasForm(kind claim.Kind, foldedName, alias string) Form {
	if foldedEqual(alias, foldedName) {
		return FormName
	}
	if kind == claim.KindGroup {
		return FormAlias
	}
	if len(alias) <= 8 && strings.ToUpper(alias) == alias {
		return FormAbbrev
	}
	return FormName
}

// ruleRow: prefix | family | familystop | series.
func (b *builder) ruleRow(f []string, lang string) error {
	if len(f) < 2 {
		return fmt.Errorf("want RULE<TAB>ARGS")
	}
	switch strings.ToLower(f[0]) {
	case "prefix":
		for _, p := range splitList(strings.Join(f[1:], "|")) {
			fp := foldString(p)
			if !strings.HasSuffix(fp, "'") {
				fp += " "
			}
			b.n.prefixes[lang] = appendUnique(b.n.prefixes[lang], fp)
		}
	case "family":
		if len(f) < 3 {
			return fmt.Errorf("want family<TAB>WORD<TAB>COUNTRY|-")
		}
		c := f[2]
		if c == "-" {
			c = ""
		} else if !isCode(c) {
			return fmt.Errorf("bad country %q", c)
		}
		for _, w := range splitList(f[1]) {
			b.n.families[foldString(w)] = familyRule{word: w, country: c}
		}
	case "familystop":
		if b.n.familyStop[lang] == nil {
			b.n.familyStop[lang] = map[string]bool{}
		}
		for _, w := range splitList(strings.Join(f[1:], "|")) {
			b.n.familyStop[lang][foldString(w)] = true
		}
	case "personname":
		for _, w := range splitList(strings.Join(f[1:], "|")) {
			b.n.personNames[foldString(w)] = true
		}
	case "series":
		canon := f[1]
		country := ""
		if len(f) >= 3 && f[2] != "-" {
			if !isCode(f[2]) {
				return fmt.Errorf("bad country %q", f[2])
			}
			country = f[2]
		}
		fp := strings.TrimRight(foldString(f[1]), " ")
		if fp == "" {
			return fmt.Errorf("empty series prefix")
		}
		b.n.series = append(b.n.series, seriesRule{prefix: strings.TrimRight(f[1], "- "), folded: fp, canonical: canon, country: country})
	default:
		return fmt.Errorf("unknown rule %q (want prefix, family, familystop, series, personname)", f[0])
	}
	return nil
}

func appendUnique(ss []string, s string) []string {
	for _, o := range ss {
		if o == s {
			return ss
		}
	}
	return append(ss, s)
}

// resolvePending attaches @NAME rows to their entities.
func (b *builder) resolvePending() error {
	for _, p := range b.pending {
		var id int32 = -1
		for _, k := range []claim.Kind{claim.KindIntergov, claim.KindAgency, claim.KindGroup, claim.KindCompany, claim.KindMedia, claim.KindState} {
			if i, ok := b.byName[string(k)+":"+strings.ToLower(p.ref)]; ok {
				id = i
				break
			}
		}
		if id < 0 {
			return fmt.Errorf("%w: %s:%d: unknown entity @%s", ErrData, p.file, p.line, p.ref)
		}
		b.addNames(id, p.form, p.names, p.lang, p.layer)
	}
	return nil
}
