package dates

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/claimwire/claimwire/internal/strictjson"
)

//go:embed lang/*.json
var langFS embed.FS

// langData is the schema of a lang/*.json file. Phrases are written in lower
// case without accents; they are tokenized like the text, so "l'an dernier"
// or "the beginning of" match token by token.
type langData struct {
	Lang         string               `json:"lang"`
	TitleCase    bool                 `json:"title_case"`    // month and weekday names start upper case ("March", not "march")
	MonthDay     bool                 `json:"month_day"`     // "July 19" order is used
	NumericOrder string               `json:"numeric_order"` // "dmy" or "mdy" for 19/07/2021
	Months       [][]string           `json:"months"`        // 12 lists
	MonthAbbr    [][]string           `json:"month_abbr"`    // 12 lists; only next to a number
	Ambiguous    []string             `json:"ambiguous_months"`
	Weekdays     [][]string           `json:"weekdays"` // 7 lists, Sunday first
	Ordinals     []string             `json:"ordinal_suffixes"`
	Connectors   []string             `json:"connectors"`
	DayRelative  map[string]int       `json:"day_relative"`
	Periods      map[string]relPeriod `json:"relative_periods"`
	Units        map[string]string    `json:"units"`
	Numbers      map[string]int       `json:"numbers"`
	AgoBefore    []string             `json:"ago_before"`
	AgoAfter     []string             `json:"ago_after"`
	LastBefore   []string             `json:"last_before"`
	LastAfter    []string             `json:"last_after"`
	PrevWeek     []string             `json:"prev_week_after"` // after a weekday: that day of the week before ("Friday last week")
	This         []string             `json:"this"`
	NextBefore   []string             `json:"next_before"`
	NextAfter    []string             `json:"next_after"`
	Qualifiers   map[string]string    `json:"qualifiers"`
	YearWords    []string             `json:"year_words"`
	Seasons      map[string]string    `json:"seasons"`
	// Holidays are named days of the calendar ("christmas eve", « le jour
	// de l'an »), each its "MM-DD": a day like "December 24", of the year
	// written after it or else resolved from the reference.
	Holidays   map[string]string `json:"holidays"`
	Since      []string          `json:"since"`
	SinceAfter []string          `json:"since_after"` // "from 2014 onwards"
	// SincePoint are since words naming the earliest known point ("as
	// early as", « dès »): beside a word of saying they date the statement
	SincePoint    []string    `json:"since_point"`
	PastBefore    []string    `json:"past_before"` // "over the past" three years: since then
	Until         []string    `json:"until"`
	Ranges        []rangeData `json:"ranges"`
	DashSeps      []string    `json:"dash_seps"`
	DecadeBefore  []string    `json:"decade_before"`
	DecadeSuffix  []string    `json:"decade_suffix"`
	StrongContext []string    `json:"strong_context"`
	Context       []string    `json:"context"`
	Quantity      []string    `json:"quantity"`
	// AttackStems start the words that name an attack ("attack", « pirat »):
	// when a sentence names several periods, the one nearest such a word is
	// the attack period ("monitored since 2015, it targeted firms in 2017").
	AttackStems []string `json:"attack_stems"`
	// ClaimStems start the words of saying and accusing ("said", « accus »):
	// of two days in a sentence, the claim date is the one nearest such a
	// word ("the attack on Friday was blamed on Russia on Monday").
	ClaimStems []string `json:"claim_stems"`
	// ClaimComplements open an accusation's complement after its object
	// ("accused Russia in 2018 of hacking", « accusé Moscou en 2018
	// d'avoir piraté »): a date right before one still dates the saying,
	// though the deed's word follows.
	ClaimComplements []string `json:"claim_complements"`
	// Relatives are the relative pronouns that open a clause on the noun
	// before them ("which", "that", « qui »): a day told in a clause opened
	// on an attack noun ("the hack, which took place last Friday") is the
	// deed's, not the statement's.
	Relatives []string `json:"relatives"`
	// Openers are the words a sentence may open with before its opening
	// date ("And in February 2024, the agencies said…", « Et en mars… »):
	// the date still opens the sentence.
	Openers []string `json:"openers"`
	// DiscoveryStems start the words telling when an intrusion was found
	// ("discovered", « découverte »): a date right after one, beside a
	// since the sentence tells, ends that since ("discovered in 2021 that
	// its systems had been compromised since 2019" is 2019..2021), and a
	// duration counted back ("had lasted nearly two years") counts from it.
	DiscoveryStems []string `json:"discovery_stems"`
	// BackgroundStems start the words that date something other than the
	// attack: a founding, a sanction, a publication, a trial ("founded in
	// 2012", « sanctionné en 2021 »); a date right beside one is no attack
	// period.
	BackgroundStems []string `json:"background_stems"`
	// Anchored are relative_periods phrases told from another date of the
	// sentence, not from publication ("In 2023, the agency said the
	// hackers stole $700 million the previous year", « l'année
	// précédente »): they count from the nearest date before them.
	Anchored []string `json:"anchored_periods"`
	// AnchoredBefore are the words before a month name without its year
	// that place it before another date of the sentence ("In March 2015,
	// prosecutors blamed… attacks the previous December").
	AnchoredBefore []string `json:"anchored_before"`
	// LaterAfter are the words after a count of days, weeks or months that
	// tell a time after the date told before ("six weeks later", « six
	// semaines plus tard »): a sentence they open dates its yearless days
	// and months from that date (Parser.AnalyzeAfter).
	LaterAfter []string `json:"later_after"`
}

type relPeriod struct {
	Unit   string `json:"unit"` // "year", "month", "week", "day"
	Offset int    `json:"offset"`
}

type rangeData struct {
	Open []string `json:"open"`
	Sep  []string `json:"sep"`
}

// role is what a phrase means to the matcher.
type role uint8

const (
	roleMonth role = iota + 1
	roleMonthAbbr
	roleWeekday
	roleOrdinal
	roleConnector
	roleDayRel
	rolePeriod
	roleUnit
	roleNumber
	roleAgoBefore
	roleAgoAfter
	roleLastBefore
	roleLastAfter
	rolePrevWeek
	roleThis
	roleNextBefore
	roleNextAfter
	roleQual
	roleYearWord
	roleSeason
	roleSince
	roleUntil
	roleSinceAfter
	rolePastBefore
	roleRangeOpen
	roleRangeSep
	roleDashSep
	roleDecadeBefore
	roleDecadeSuffix
	roleStrong
	roleContext
	roleQuantity
	roleHoliday
)

// Units, qualifiers and seasons are stored as small ints in entry.val.
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
)

var unitNames = map[string]int{"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear}

// qualifiers: the months of a year they cover. The convention (documented in
// the package comment) splits a year in thirds for early/mid/late.
var qualSpans = map[string][2]int{
	"early": {1, 4}, "mid": {5, 8}, "late": {9, 12},
	"h1": {1, 6}, "h2": {7, 12},
	"q1": {1, 3}, "q2": {4, 6}, "q3": {7, 9}, "q4": {10, 12},
	"whole": {0, 0},
}

var seasonNames = map[string]int{"spring": 1, "summer": 2, "autumn": 3, "winter": 4}

type entry struct {
	toks  []string
	role  role
	val   int
	str   string // qualifier name
	unit  int    // relative periods
	title bool   // must start with an upper-case letter in the text (English months)
	ambig bool   // ambiguous month name: needs a number or context word
}

// lexicon is one language's phrase index: first folded token → entries,
// longest first.
type lexicon struct {
	lang         string
	monthDay     bool
	numericOrder string
	first        map[string][]*entry
	maxLen       int
	attackStems  []string
	claimStems   []string
	claimComps   map[string]bool
	openers      map[string]bool // Openers
	foundStems   []string        // DiscoveryStems, folded
	relatives    map[string]bool // Relatives
	bgStems      []string
	// anchoredPeriods and anchoredBefore are the folded phrases of Anchored and
	// AnchoredBefore, tokens joined by one space
	anchoredPeriods map[string]bool
	anchoredBefore  [][]string
	laterAfter      [][]string // LaterAfter, folded
	// samePeriods are the anchored periods of offset 0 ("the same year",
	// « le même mois »): told from the date just named, meaningless from
	// the reference
	samePeriods map[string]bool
	stemFirst   stemStarts // first bytes of the stems (stems.go)
	stemsAt     [256][]stemKind
	stemHeads   keyHeads // first two bytes of the stems (stems.go)
	keyHeads    keyHeads // first two bytes of the keys of first (heads.go)
	// keys numbers the entry lists of first (1, 2, …; 0 is no list), and
	// lists / masks hold each list and the roles in it (1<<role): a
	// token's look-up result is one int32, with no pointer to write per
	// token and no roles to OR together again per call (issue 11)
	keys  keyTable // keytable.go
	lists [][]*entry
	masks []uint64
	// phrasal marks the lists with an entry of several tokens or one
	// that must be capitalised: whether it starts at a token depends on
	// the tokens, so findInto keeps only the roles of those that do
	phrasal []bool
	// starts holds, for each list, what startingRoles needs to skip most
	// of its entries
	starts []listStarts
	// anchors are the words a date expression cannot do without, and
	// anchorHeads their first two bytes (anchors.go)
	anchors     anchorSet
	anchorHeads keyHeads
	// scratch tokenizes the phrases while the lexicon is built
	scratch tokens
}

func (lx *lexicon) add(phrase string, r role, val int, str string) *entry {
	toks := foldPhrase(&lx.scratch, phrase)
	if len(toks) == 0 {
		return nil
	}
	e := &entry{toks: toks, role: r, val: val, str: str}
	lx.first[toks[0]] = append(lx.first[toks[0]], e)
	if len(toks) > lx.maxLen {
		lx.maxLen = len(toks)
	}
	return e
}

func (lx *lexicon) finish() {
	lx.scratch = tokens{}
	for k, es := range lx.first {
		sort.SliceStable(es, func(a, b int) bool { return len(es[a].toks) > len(es[b].toks) })
		lx.first[k] = es
	}
	lx.indexStems()
	lx.indexKeys()
	list := make(map[string]int32, len(lx.first))
	lx.lists, lx.masks = make([][]*entry, 1, len(lx.first)+1), make([]uint64, 1, len(lx.first)+1)
	lx.phrasal = make([]bool, 1, len(lx.first)+1)
	lx.starts = make([]listStarts, 1, len(lx.first)+1)
	for k, es := range lx.first {
		var mk uint64
		ph := false
		var st listStarts
		for _, e := range es {
			mk |= 1 << e.role
			ph = ph || len(e.toks) > 1 || e.title
			switch {
			case len(e.toks) > 1:
				st.seconds |= secondBit(e.toks[1])
			case e.title:
				st.titled = true
			default:
				st.single |= 1 << e.role
			}
		}
		list[k] = int32(len(lx.lists))
		lx.lists, lx.masks = append(lx.lists, es), append(lx.masks, mk)
		lx.phrasal = append(lx.phrasal, ph)
		lx.starts = append(lx.starts, st)
	}
	lx.keys = newKeyTable(list)
	lx.indexAnchors()
}

// listStarts sums up an entry list for startingRoles: the roles of its
// entries of one token that need no capital (they start wherever the list
// does), whether it has one that needs a capital, and secondBit of the
// second tokens of the others.
type listStarts struct {
	single  uint64
	seconds uint64
	titled  bool
}

// secondBit is one of 64 bits for a token, from its first byte and its
// length.
func secondBit[S string | []byte](s S) uint64 {
	if len(s) == 0 {
		return 1
	}
	return 1 << ((uint(s[0]) + 7*uint(len(s))) % 64)
}

// ErrLangData reports a malformed language file.
var ErrLangData = fmt.Errorf("dates: bad language data")

func buildLexicon(lx *lexicon, d *langData) error {
	if len(d.Months) != 12 || len(d.Weekdays) != 7 {
		return fmt.Errorf("%w: %s: want 12 months and 7 weekdays", ErrLangData, d.Lang)
	}
	if d.MonthAbbr != nil && len(d.MonthAbbr) != 12 {
		return fmt.Errorf("%w: %s: want 12 month_abbr lists", ErrLangData, d.Lang)
	}
	if d.NumericOrder != "" && d.NumericOrder != "dmy" && d.NumericOrder != "mdy" {
		return fmt.Errorf("%w: %s: numeric_order %q", ErrLangData, d.Lang, d.NumericOrder)
	}
	ambig := map[string]bool{}
	for _, a := range d.Ambiguous {
		ambig[strings.Join(foldPhrase(&lx.scratch, a), " ")] = true
	}
	for m, names := range d.Months {
		for _, n := range names {
			e := lx.add(n, roleMonth, m+1, "")
			e.title = d.TitleCase
			e.ambig = ambig[strings.Join(e.toks, " ")]
		}
	}
	for m, names := range d.MonthAbbr {
		for _, n := range names {
			lx.add(n, roleMonthAbbr, m+1, "").title = d.TitleCase
		}
	}
	for w, names := range d.Weekdays {
		for _, n := range names {
			lx.add(n, roleWeekday, w, "").title = d.TitleCase
		}
	}
	for k, v := range d.DayRelative {
		lx.add(k, roleDayRel, v, "")
	}
	for k, v := range d.Periods {
		u, ok := unitNames[v.Unit]
		if !ok {
			return fmt.Errorf("%w: %s: relative period %q: unit %q", ErrLangData, d.Lang, k, v.Unit)
		}
		lx.add(k, rolePeriod, v.Offset, v.Unit).unit = u
	}
	for k, v := range d.Units {
		u, ok := unitNames[v]
		if !ok {
			return fmt.Errorf("%w: %s: unit %q: %q", ErrLangData, d.Lang, k, v)
		}
		lx.add(k, roleUnit, u, "")
	}
	for k, v := range d.Numbers {
		lx.add(k, roleNumber, v, "")
	}
	for k, v := range d.Qualifiers {
		if _, ok := qualSpans[v]; !ok {
			return fmt.Errorf("%w: %s: qualifier %q: %q", ErrLangData, d.Lang, k, v)
		}
		lx.add(k, roleQual, 0, v)
	}
	for k, v := range d.Seasons {
		s, ok := seasonNames[v]
		if !ok {
			return fmt.Errorf("%w: %s: season %q: %q", ErrLangData, d.Lang, k, v)
		}
		lx.add(k, roleSeason, s, "")
	}
	for k, v := range d.Holidays {
		var mo, dy int
		if n, err := fmt.Sscanf(v, "%02d-%02d", &mo, &dy); err != nil || n != 2 || len(v) != 5 || !validDay(2000, mo, dy) {
			return fmt.Errorf("%w: %s: holiday %q: %q is no MM-DD", ErrLangData, d.Lang, k, v)
		}
		lx.add(k, roleHoliday, mo*100+dy, "").title = d.TitleCase
	}
	for g, r := range d.Ranges {
		for _, o := range r.Open {
			lx.add(o, roleRangeOpen, g, "")
		}
		for _, s := range r.Sep {
			lx.add(s, roleRangeSep, g, "")
		}
	}
	for _, st := range d.AttackStems {
		lx.attackStems = append(lx.attackStems, strings.Join(foldPhrase(&lx.scratch, st), ""))
	}
	for _, st := range d.ClaimStems {
		lx.claimStems = append(lx.claimStems, strings.Join(foldPhrase(&lx.scratch, st), ""))
	}
	for _, w := range d.ClaimComplements {
		if lx.claimComps == nil {
			lx.claimComps = map[string]bool{}
		}
		lx.claimComps[strings.Join(foldPhrase(&lx.scratch, w), "")] = true
	}
	for _, w := range d.Relatives {
		if lx.relatives == nil {
			lx.relatives = map[string]bool{}
		}
		lx.relatives[strings.Join(foldPhrase(&lx.scratch, w), "")] = true
	}
	for _, w := range d.Openers {
		if lx.openers == nil {
			lx.openers = map[string]bool{}
		}
		lx.openers[strings.Join(foldPhrase(&lx.scratch, w), "")] = true
	}
	for _, st := range d.DiscoveryStems {
		lx.foundStems = append(lx.foundStems, strings.Join(foldPhrase(&lx.scratch, st), ""))
	}
	for _, st := range d.BackgroundStems {
		lx.bgStems = append(lx.bgStems, strings.Join(foldPhrase(&lx.scratch, st), ""))
	}
	for _, a := range d.Anchored {
		if _, ok := d.Periods[a]; !ok {
			return fmt.Errorf("%w: %s: anchored period %q is no relative period", ErrLangData, d.Lang, a)
		}
		if lx.anchoredPeriods == nil {
			lx.anchoredPeriods = map[string]bool{}
		}
		lx.anchoredPeriods[strings.Join(foldPhrase(&lx.scratch, a), " ")] = true
		if d.Periods[a].Offset == 0 {
			if lx.samePeriods == nil {
				lx.samePeriods = map[string]bool{}
			}
			lx.samePeriods[strings.Join(foldPhrase(&lx.scratch, a), " ")] = true
		}
	}
	for _, a := range d.AnchoredBefore {
		lx.anchoredBefore = append(lx.anchoredBefore, slices.Clone(foldPhrase(&lx.scratch, a)))
	}
	for _, a := range d.LaterAfter {
		lx.laterAfter = append(lx.laterAfter, slices.Clone(foldPhrase(&lx.scratch, a)))
	}
	lists := []struct {
		l []string
		r role
	}{
		{d.Ordinals, roleOrdinal}, {d.Connectors, roleConnector}, {d.AgoBefore, roleAgoBefore}, {d.AgoAfter, roleAgoAfter},
		{d.LastBefore, roleLastBefore}, {d.LastAfter, roleLastAfter}, {d.PrevWeek, rolePrevWeek}, {d.This, roleThis}, {d.NextBefore, roleNextBefore},
		{d.NextAfter, roleNextAfter}, {d.YearWords, roleYearWord}, {d.Since, roleSince}, {d.SinceAfter, roleSinceAfter}, {d.PastBefore, rolePastBefore}, {d.Until, roleUntil},
		{d.DashSeps, roleDashSep}, {d.DecadeBefore, roleDecadeBefore}, {d.DecadeSuffix, roleDecadeSuffix},
		{d.StrongContext, roleStrong}, {d.Context, roleContext}, {d.Quantity, roleQuantity},
	}
	for _, l := range lists {
		for _, p := range l.l {
			lx.add(p, l.r, 0, "")
		}
	}
	for _, p := range d.SincePoint {
		lx.add(p, roleSince, sincePoint, "")
	}
	return nil
}

// sincePoint is the value of a since entry from since_point.
const sincePoint = 1

// loadLangs reads every embedded language file.
func loadLangs() (map[string]*langData, error) {
	out := map[string]*langData{}
	err := fs.WalkDir(langFS, "lang", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		b, err := langFS.ReadFile(p)
		if err != nil {
			return err
		}
		d, err := decodeEmbeddedLang(p, b)
		if err != nil {
			return err
		}
		if d.Lang == "" {
			d.Lang = strings.TrimSuffix(path.Base(p), ".json")
		}
		out[d.Lang] = d
		return nil
	})
	return out, err
}

// decodeEmbeddedLang reads one embedded language file without the strict
// loader's token walk (half of New, which every process building an
// extractor pays, issue 11): the embedded files are checked by it in
// TestEmbeddedLangFilesValid, which also checks that both give the same
// data. What is left is the strict loader's own second step.
func decodeEmbeddedLang(file string, b []byte) (*langData, error) {
	var d langData
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrLangData, file, err)
	}
	return &d, nil
}

// decodeLang reads one language file strictly: an unknown key, a key given
// twice or an entry given twice in one list is an error naming file and
// line, so a typo never silently drops a list.
func decodeLang(file string, b []byte) (*langData, error) {
	var d langData
	if err := strictjson.Decode(file, b, &d, nil); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLangData, err)
	}
	return &d, nil
}
