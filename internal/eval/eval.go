// Package eval scores claim extraction against gold annotations in the
// format of ../shared/eval/SCHEMA.md: a folder of NAME.txt + NAME.json.
//
// The scoring is the one of score.py, rule for rule, so that `claimwire
// eval` and the Python scorer give the same numbers: per slot (accusers,
// accused states, accused groups, victim countries, claim months, attack
// years) article-level sets are compared and true / false positives and
// false negatives are pooled over all articles (micro averages). Names are
// canonicalised by folding (lower case, no accents, letters and digits only)
// and an alias table (embedded aliases.json, extended with Options.AliasFiles).
package eval

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slots, in score.py's order.
var Slots = []string{"accusers", "accused_states", "accused_groups", "victim_countries", "claim_months", "attack_years"}

// stateKinds are the accuser kinds whose country is their key.
var stateKinds = map[string]bool{
	"state": true, "government": true, "agency": true, "official": true, "person": true,
	"court": true, "country": true, "military": true, "ministry": true,
}

//go:embed aliases.json
var defaultAliases []byte

// Errors.
var (
	ErrGoldDir = errors.New("eval: gold directory")
	ErrAliases = errors.New("eval: alias table")
)

// Options configures a Scorer.
type Options struct {
	// AliasFiles are extra alias tables ({"canonical": ["alias", …]}) read
	// after the embedded one; a later file wins on a shared alias.
	AliasFiles []string
	// NoDefaultAliases leaves out the embedded table (to score with exactly
	// the table of another scorer).
	NoDefaultAliases bool
}

// Scorer canonicalises names and scores claims. Safe for concurrent use.
type Scorer struct {
	alias map[string]string // folded alias → canonical name
}

// NewScorer loads the alias tables.
func NewScorer(opts Options) (*Scorer, error) {
	s := &Scorer{alias: map[string]string{}}
	if !opts.NoDefaultAliases {
		if err := s.addAliases(defaultAliases, "embedded aliases.json"); err != nil {
			return nil, err
		}
	}
	for _, f := range opts.AliasFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrAliases, err)
		}
		if err := s.addAliases(b, f); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// addAliases reads {"canonical": ["alias", …]} in file order, as Python's
// dict does, so a name listed twice resolves like score.py resolves it.
func (s *Scorer) addAliases(b []byte, name string) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	bad := func(err error) error { return fmt.Errorf("%w: %s: %w", ErrAliases, name, err) }
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return bad(fmt.Errorf("want a JSON object of name lists"))
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return bad(err)
		}
		canon := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return bad(err)
		}
		if strings.HasPrefix(canon, "_") { // comments
			continue
		}
		var names []string
		if err := json.Unmarshal(raw, &names); err != nil {
			return bad(fmt.Errorf("%q: want a list of names: %w", canon, err))
		}
		for _, n := range append([]string{canon}, names...) {
			s.alias[Fold(n)] = canon
		}
	}
	return nil
}

var nonAlnum = lazyRE(`[^a-z0-9]`)

// Fold is score.py's fold: lower case, NFKD, combining marks dropped, then
// only ASCII letters and digits kept.
func Fold(s string) string {
	s = norm.NFKD.String(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return nonAlnum().ReplaceAllString(b.String(), "")
}

// Canon returns the canonical name of name: the alias table's entry, else
// the folded name; "" for "".
func (s *Scorer) Canon(name string) string {
	if name == "" {
		return ""
	}
	k := Fold(name)
	if c, ok := s.alias[k]; ok {
		return c
	}
	return k
}

// Set is one slot's values for one article.
type Set map[string]bool

func (s Set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Sets holds every slot's Set.
type Sets map[string]Set

func newSets() Sets {
	s := Sets{}
	for _, k := range Slots {
		s[k] = Set{}
	}
	return s
}

// Claim is a claim as decoded from JSON (claim/v1 or anything close): the
// scorer reads it as score.py reads its dicts, so a foreign extractor's
// output is scored the same way.
type Claim = map[string]any

// str is Python's truthiness + str() for the JSON values we meet.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "True"
		}
		return ""
	}
	return fmt.Sprint(v)
}

func field(m map[string]any, k string) string { return str(m[k]) }

// nameOf is an entity's name, else its text as written.
func nameOf(m map[string]any) string {
	if n := field(m, "name"); n != "" {
		return n
	}
	return field(m, "text")
}

// entityKey is score.py's entity_key for the accuser role.
func (s *Scorer) entityKey(e any) string {
	m, ok := e.(map[string]any)
	if !ok {
		return s.Canon(str(e))
	}
	kind := strings.ToLower(field(m, "kind"))
	country := strings.ToUpper(field(m, "country"))
	if country != "" && stateKinds[kind] {
		return country
	}
	if c := s.Canon(nameOf(m)); c != "" {
		return c
	}
	return country
}

// addDates adds the month of a claim date and the years of an attack
// period, both raw JSON values, as system and gold sets both do.
func (out Sets) addDates(claimDate, period any) {
	if d := str(claimDate); d != "" {
		out["claim_months"][prefix(d, 7)] = true
	}
	for y := range years(period) {
		out["attack_years"][y] = true
	}
}

// SystemSets is score.py's system_sets.
func (s *Scorer) SystemSets(claims []Claim) Sets {
	out := newSets()
	for _, c := range claims {
		if a := c["accuser"]; truthy(a) {
			if k := s.entityKey(a); k != "" {
				out["accusers"][k] = true
			}
		}
		var accused []any
		switch d := c["accused"].(type) {
		case []any:
			accused = d
		case nil:
		default:
			accused = []any{d}
		}
		for _, d := range accused {
			m, ok := d.(map[string]any)
			if !ok || len(m) == 0 {
				continue
			}
			kind := strings.ToLower(field(m, "kind"))
			if cc := field(m, "country"); cc != "" {
				out["accused_states"][strings.ToUpper(cc)] = true
			}
			name := nameOf(m)
			if kind != "state" && kind != "country" && kind != "government" && name != "" {
				out["accused_groups"][s.Canon(name)] = true
			}
		}
		if vs, ok := c["victims"].([]any); ok {
			for _, v := range vs {
				cc := str(v)
				if m, ok := v.(map[string]any); ok {
					cc = field(m, "country")
				}
				if cc != "" {
					out["victim_countries"][strings.ToUpper(cc)] = true
				}
			}
		}
		out.addDates(c["claim_date"], c["attack_period"])
	}
	return out
}

func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return x != ""
	case map[string]any:
		return len(x) > 0
	case []any:
		return len(x) > 0
	case bool:
		return x
	}
	return true
}

// prefix is Python's s[:n] on code points.
func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

var yearRe = lazyRE(`^\d{4}`)

// years is score.py's years: the years named by a period's ends.
func years(p any) Set {
	out := Set{}
	m, ok := p.(map[string]any)
	if !ok {
		return out
	}
	for _, k := range []string{"start", "end", "from", "to"} {
		v := str(m[k])
		if v != "" && yearRe().MatchString(v) {
			out[v[:4]] = true
		}
	}
	return out
}

// Gold is one annotated article (SCHEMA.md).
type Gold struct {
	ID              string      `json:"id"`
	Lang            string      `json:"lang"`
	SourceURL       string      `json:"source_url"`
	Published       string      `json:"published"`
	Attribution     bool        `json:"attribution"`
	Accusers        []string    `json:"accusers"`
	AccusedStates   []string    `json:"accused_states"`
	AccusedGroups   []string    `json:"accused_groups"`
	VictimCountries []string    `json:"victim_countries"`
	Claims          []GoldClaim `json:"claims"`
	Notes           string      `json:"notes"`

	// Where it was read from.
	JSONPath string `json:"-"`
	TextPath string `json:"-"`
}

// GoldClaim is one annotated claim; dates stay raw JSON values as score.py
// reads them.
type GoldClaim struct {
	Accuser         string          `json:"accuser"`
	AccusedState    string          `json:"accused_state"`
	AccusedGroup    string          `json:"accused_group"`
	VictimCountries []string        `json:"victim_countries"`
	ClaimDate       any             `json:"claim_date"`
	AttackPeriod    any             `json:"attack_period"`
	Evidence        string          `json:"evidence"`
	Extra           json.RawMessage `json:"-"`
}

// LoadGold reads every NAME.json of dir that has a NAME.txt beside it, in
// name order (score.py skips a .json without its .txt the same way).
func LoadGold(dir string) ([]*Gold, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("%w %s: %w", ErrGoldDir, dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%w %s: not a directory", ErrGoldDir, dir)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("%w %s: %w", ErrGoldDir, dir, err)
	}
	sort.Strings(paths)
	var out []*Gold
	for _, p := range paths {
		txt := strings.TrimSuffix(p, ".json") + ".txt"
		if _, err := os.Stat(txt); err != nil {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrGoldDir, err)
		}
		g, err := ParseGold(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrGoldDir, p, err)
		}
		g.JSONPath, g.TextPath = p, txt
		if g.ID == "" {
			g.ID = strings.TrimSuffix(filepath.Base(p), ".json")
		}
		out = append(out, g)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w %s: no NAME.json with NAME.txt beside it", ErrGoldDir, dir)
	}
	return out, nil
}

// ParseGold decodes one gold file.
func ParseGold(b []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, err
	}
	return &g, nil
}

// GoldSets is score.py's gold_sets.
func (s *Scorer) GoldSets(g *Gold) Sets {
	out := newSets()
	for _, x := range g.Accusers {
		if len([]rune(x)) == 2 && isUpper(x) {
			out["accusers"][x] = true
		} else {
			out["accusers"][s.Canon(x)] = true
		}
	}
	for _, x := range g.AccusedStates {
		out["accused_states"][strings.ToUpper(x)] = true
	}
	for _, x := range g.AccusedGroups {
		out["accused_groups"][s.Canon(x)] = true
	}
	for _, x := range g.VictimCountries {
		out["victim_countries"][strings.ToUpper(x)] = true
	}
	for _, c := range g.Claims {
		out.addDates(c.ClaimDate, c.AttackPeriod)
	}
	return out
}

// isUpper is Python's str.isupper: some cased letter, none lower case.
func isUpper(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			cased = true
		}
	}
	return cased
}

// Counts are one slot's pooled counts.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision, Recall and F1 are 0 when undefined, as in score.py.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) Recall() float64    { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is one article's disagreement on one slot.
type Miss struct {
	ID      string   `json:"id"`
	Slot    string   `json:"slot"`
	Missing []string `json:"missing"`
	Extra   []string `json:"extra"`
}

// Result pools the counts of a run.
type Result struct {
	Counts   map[string]*Counts `json:"counts"`
	Articles int                `json:"articles"`
	Errors   int                `json:"errors"`
	Seconds  float64            `json:"seconds"`
	Misses   []Miss             `json:"misses,omitempty"`
	// FailedArticles counts articles whose command failed (exit status,
	// timeout): when it equals Articles nothing was really scored.
	FailedArticles int `json:"failed_articles"`
	// ClaimsRead and ClaimsMatched count the claims of a --claims file and
	// those whose article.url names a gold id (ScoreClaims only).
	ClaimsRead    int `json:"-"`
	ClaimsMatched int `json:"-"`
	// log holds the --verbose lines in article order, as score.py prints
	// them: misses and failed commands.
	log []string
}

// Note records a per-article message (a failed command) for --verbose.
func (r *Result) Note(msg string) { r.log = append(r.log, msg) }

// Notes returns the per-article messages recorded so far.
func (r *Result) Notes() []string { return r.log }

// NewResult returns an empty Result.
func NewResult() *Result {
	r := &Result{Counts: map[string]*Counts{}}
	for _, k := range Slots {
		r.Counts[k] = &Counts{}
	}
	return r
}

// Tally adds one article: claims the system gave for gold g.
func (s *Scorer) Tally(r *Result, claims []Claim, g *Gold) {
	sys, gold := s.SystemSets(claims), s.GoldSets(g)
	r.Articles++
	for _, k := range Slots {
		c := r.Counts[k]
		var missing, extra []string
		for v := range sys[k] {
			if gold[k][v] {
				c.TP++
			} else {
				c.FP++
				extra = append(extra, v)
			}
		}
		for v := range gold[k] {
			if !sys[k][v] {
				c.FN++
				missing = append(missing, v)
			}
		}
		if len(missing)+len(extra) > 0 {
			sort.Strings(missing)
			sort.Strings(extra)
			r.Misses = append(r.Misses, Miss{ID: g.ID, Slot: k, Missing: missing, Extra: extra})
			r.log = append(r.log, fmt.Sprintf("%s %s: missing %s extra %s", g.ID, k, pyList(missing), pyList(extra)))
		}
	}
}

// EntityF1 is the mean F1 of the four entity slots; MacroF1 of all six.
func (r *Result) EntityF1() float64 { return r.meanF1(Slots[:4]) }
func (r *Result) MacroF1() float64  { return r.meanF1(Slots) }

func (r *Result) meanF1(slots []string) float64 {
	var sum float64
	for _, k := range slots {
		sum += r.Counts[k].F1()
	}
	return sum / float64(len(slots))
}

// Format prints the table and summary line exactly as score.py does, with
// the per-article misses first when verbose.
func (r *Result) Format(w io.Writer, verbose bool) error {
	var b strings.Builder
	if verbose {
		for _, l := range r.log {
			b.WriteString(l + "\n")
		}
	}
	for _, k := range Slots {
		c := r.Counts[k]
		fmt.Fprintf(&b, "%-17s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)\n", k, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(&b, "articles=%d errors=%d seconds=%.1f entityF1=%.3f macroF1=%.3f\n", r.Articles, r.Errors, r.Seconds, r.EntityF1(), r.MacroF1())
	_, err := io.WriteString(w, b.String())
	return err
}

// pyList writes a sorted list of strings the way Python prints one.
func pyList(xs []string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		if strings.Contains(x, "'") && !strings.Contains(x, `"`) {
			parts[i] = `"` + x + `"`
		} else {
			parts[i] = "'" + strings.ReplaceAll(x, "'", `\'`) + "'"
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Summary is the machine-readable form printed by `claimwire eval --json`.
type Summary struct {
	Slots    map[string]SlotScore `json:"slots"`
	Articles int                  `json:"articles"`
	Errors   int                  `json:"errors"`
	Seconds  float64              `json:"seconds"`
	EntityF1 float64              `json:"entity_f1"`
	MacroF1  float64              `json:"macro_f1"`
	Misses   []Miss               `json:"misses,omitempty"`
}

// SlotScore is one slot's counts and scores.
type SlotScore struct {
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Summary returns r for JSON output; misses only when verbose.
func (r *Result) Summary(verbose bool) Summary {
	s := Summary{Slots: map[string]SlotScore{}, Articles: r.Articles, Errors: r.Errors, Seconds: r.Seconds, EntityF1: r.EntityF1(), MacroF1: r.MacroF1()}
	for _, k := range Slots {
		c := *r.Counts[k]
		s.Slots[k] = SlotScore{Counts: c, Precision: c.Precision(), Recall: c.Recall(), F1: c.F1()}
	}
	if verbose {
		s.Misses = r.Misses
	}
	return s
}

// Score tallies claims given per gold id (an article without an entry had
// no claims) against every gold article.
func (s *Scorer) Score(byID map[string][]Claim, golds []*Gold) *Result {
	r := NewResult()
	for _, g := range golds {
		s.Tally(r, byID[g.ID], g)
	}
	return r
}
