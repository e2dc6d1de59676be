package events

import (
	"reflect"
	"sort"

	"github.com/claimwire/claimwire/claim"
)

// Build groups claims into events. The result depends on the set of claims
// only, never on their order: claims are sorted by date and id before they
// are chained, and a claim given twice (same id) counts once (the last one
// given wins). Events come sorted by id.
func Build(cfg Config, claims []claim.Claim) []Event {
	b := NewBuilder(cfg)
	for _, c := range claims {
		b.put(c)
	}
	var out []Event
	for k := range b.groups {
		out = append(out, b.compute(k, nil, nil)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Builder keeps the claims seen so far and the events they form, and says
// which events a new claim changes. It is what a long-running stage uses;
// Build is the batch form (replay, demo). Not safe for concurrent use.
type Builder struct {
	cfg    Config
	groups map[string]map[string]dated // accused key → claim id → claim with its day
	events map[string]map[string]Event // accused key → event id → event
}

// NewBuilder returns an empty builder. cfg must be valid (Validate); a zero
// Window falls back to DefaultWindow.
func NewBuilder(cfg Config) *Builder {
	if cfg.Window == 0 {
		cfg.Window = DefaultWindow
	}
	return &Builder{cfg: cfg, groups: map[string]map[string]dated{}, events: map[string]map[string]Event{}}
}

func (b *Builder) put(c claim.Claim) string {
	k := ActorKey(c.Accused)
	g := b.groups[k]
	if g == nil {
		g = map[string]dated{}
		b.groups[k] = g
	}
	d, ok := day(&c) // parsed once per claim, not per recomputation
	g[c.ID] = dated{c: &c, day: d, ok: ok, acc: ActorKey(c.Accuser)}
	return k
}

// Add folds one claim in and returns the events it created or changed (with
// their new revision) and the ids of events that no longer exist because
// the claim merged them into another (an earlier claim bridging two events,
// or one that moves an event's first date into an earlier bucket). Claims
// without an accused are ignored.
func (b *Builder) Add(c claim.Claim) (changed []Event, retired []string) {
	return b.AddBatch([]claim.Claim{c})
}

// AddBatch is Add for a batch: each accused actor's events are recomputed
// once per batch, not once per claim (recomputing costs a sort of that
// actor's claims).
func (b *Builder) AddBatch(cs []claim.Claim) (changed []Event, retired []string) {
	keys, touched := map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		if c.Accused == nil {
			continue
		}
		touched[c.ID] = true
		k := ActorKey(c.Accused)
		if _, ok := b.events[k]; !ok && len(b.groups[k]) > 0 {
			b.materialize(k) // loaded, not yet computed: the state to diff against
		}
		b.put(c)
		keys[k] = true
	}
	for k := range keys {
		old := b.events[k]
		now := map[string]Event{}
		for _, e := range b.compute(k, old, touched) {
			now[e.ID] = e
			if o, ok := old[e.ID]; !ok || !reflect.DeepEqual(o, e) {
				changed = append(changed, e)
			}
		}
		for id := range old {
			if _, ok := now[id]; !ok {
				retired = append(retired, id)
			}
		}
		b.events[k] = now
	}
	sort.Slice(changed, func(i, j int) bool { return changed[i].ID < changed[j].ID })
	sort.Strings(retired)
	return changed, retired
}

// Load folds claims in without reporting changes (seeding from a store):
// each actor's events are computed once, lazily.
func (b *Builder) Load(cs []claim.Claim) {
	for _, c := range cs {
		if c.Accused != nil {
			delete(b.events, b.put(c))
		}
	}
}

func (b *Builder) materialize(k string) {
	m := map[string]Event{}
	for _, e := range b.compute(k, nil, nil) {
		m[e.ID] = e
	}
	b.events[k] = m
}

// Events returns every current event, sorted by id.
func (b *Builder) Events() []Event {
	var out []Event
	for k := range b.groups {
		if _, ok := b.events[k]; !ok {
			b.materialize(k)
		}
		for _, e := range b.events[k] {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

type dated struct {
	acc string // ActorKey of the accuser
	c   *claim.Claim
	day int
	ok  bool
}

func sortDated(ds []dated) {
	sort.Slice(ds, func(i, j int) bool {
		if ds[i].ok != ds[j].ok {
			return ds[i].ok // dated first
		}
		if ds[i].day != ds[j].day {
			return ds[i].day < ds[j].day
		}
		return ds[i].c.ID < ds[j].c.ID
	})
}

// chain splits claims sorted by sortDated into runs with no gap wider than
// the window; undated claims form one run of their own.
func (b *Builder) chain(ds []dated) [][]dated {
	var runs [][]dated
	w := b.cfg.days()
	for i, d := range ds {
		if i > 0 {
			prev := ds[i-1]
			if prev.ok == d.ok && (!d.ok || d.day-prev.day <= w) {
				runs[len(runs)-1] = append(runs[len(runs)-1], d)
				continue
			}
		}
		runs = append(runs, []dated{d})
	}
	return runs
}

// compute rebuilds the events of one accused actor: accusations chained per
// accuser, then denials attached to the accusation event they answer — the
// same accused, the denial dated within the window of the event's span,
// preferring the same accuser, then the nearest event in time, then the
// smaller id. Denials that answer no accusation form denial events.
//
// old and touched (both may be nil) let a recomputation reuse an event
// whose claims and denials are exactly those of old's event of the same id
// and none of which was just (re)added: fill, the costly part, would give
// the same event again.
func (b *Builder) compute(accusedKey string, old map[string]Event, touched map[string]bool) []Event {
	byAccuser := map[string][]dated{}
	var denials []dated
	for _, x := range b.groups[accusedKey] {
		c := x.c
		if c.Stance == claim.StanceDenial {
			denials = append(denials, x)
			continue
		}
		k := x.acc
		byAccuser[k] = append(byAccuser[k], x)
	}
	type acc struct {
		ev          *Event
		first, last int
		ok          bool
		runs        []dated
		denials     []dated
	}
	var accs []*acc
	w := b.cfg.days()
	for k, ds := range byAccuser {
		sortDated(ds)
		for _, run := range b.chain(ds) {
			accs = append(accs, &acc{
				ev:    &Event{AccuserKey: k, AccusedKey: accusedKey, Stance: claim.StanceAccusation},
				first: run[0].day, last: run[len(run)-1].day, ok: run[0].ok, runs: run,
			})
		}
	}
	for _, a := range accs {
		a.ev.ID = ID(a.ev.AccuserKey, accusedKey, a.ev.Stance, a.first, a.ok, w)
	}
	sort.Slice(accs, func(i, j int) bool { return accs[i].ev.ID < accs[j].ev.ID })
	sortDated(denials)
	orphans := map[string][]dated{}
	for _, d := range denials {
		var best *acc
		bestDist, bestSame := 0, false
		for _, a := range accs {
			if d.ok != a.ok || (d.ok && (d.day < a.first-w || d.day > a.last+w)) {
				continue
			}
			dist := 0
			if d.day < a.first {
				dist = a.first - d.day
			} else if d.day > a.last {
				dist = d.day - a.last
			}
			same := d.acc == a.ev.AccuserKey
			if best == nil || (same && !bestSame) || (same == bestSame && dist < bestDist) {
				best, bestDist, bestSame = a, dist, same
			}
		}
		if best == nil {
			k := d.acc
			orphans[k] = append(orphans[k], d)
			continue
		}
		best.denials = append(best.denials, d)
	}
	var out []Event
	for _, a := range accs {
		if o, ok := old[a.ev.ID]; ok && sameMembers(o, a.runs, a.denials, touched) {
			out = append(out, o)
			continue
		}
		fill(a.ev, a.runs, a.denials, b.cfg.threshold())
		out = append(out, *a.ev)
	}
	for k, ds := range orphans {
		sortDated(ds)
		for _, run := range b.chain(ds) {
			e := Event{AccuserKey: k, AccusedKey: accusedKey, Stance: claim.StanceDenial}
			e.ID = ID(k, accusedKey, e.Stance, run[0].day, run[0].ok, w)
			if o, ok := old[e.ID]; ok && sameMembers(o, run, nil, touched) {
				out = append(out, o)
				continue
			}
			fill(&e, run, nil, b.cfg.threshold())
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// fill computes an event's aggregates from its claims (sorted by date, id)
// and the denials attached to it.
func fill(e *Event, run, denials []dated, threshold float64) {
	e.Schema = SchemaEvent
	first := run[0].c
	e.Accuser, e.Accused = first.Accuser, first.Accused
	if run[0].ok {
		e.FirstSeen = date(run[0].day)
		e.LastSeen = date(run[len(run)-1].day)
	}
	outlets, langs := map[string]*Count{}, map[string]*Count{}
	victims, periods, hedges := map[string]*Count{}, map[string]*Count{}, map[string]*Count{}
	type art struct{ url, outlet, fp string }
	seenArt := map[string]bool{}
	var arts []art
	bump := func(m map[string]*Count, key, name string) {
		if c := m[key]; c != nil {
			c.N++
			return
		}
		m[key] = &Count{Key: key, Name: name, N: 1}
	}
	for _, d := range run {
		c := d.c
		e.Claims = append(e.Claims, c.ID)
		for _, v := range c.Victims {
			k := v.Key()
			if v.Kind == claim.KindState && v.Country != "" {
				k = "state:" + v.Country
			}
			bump(victims, k, v.Name)
		}
		if !c.AttackPeriod.IsZero() {
			bump(periods, string(c.AttackPeriod.Start)+".."+string(c.AttackPeriod.End), "")
		}
		if c.Hedge != "" {
			bump(hedges, c.Hedge, "")
		}
		if seenArt[c.Article.URL] {
			continue
		}
		seenArt[c.Article.URL] = true
		o := outlet(c)
		arts = append(arts, art{c.Article.URL, o, c.Article.Fingerprint})
		e.Articles = append(e.Articles, c.Article.URL)
		bump(outlets, o, c.Article.Source)
		lang := c.Article.Lang
		if lang == "" {
			lang = "und"
		}
		bump(langs, lang, "")
	}
	for _, d := range denials {
		e.Denials = append(e.Denials, d.c.ID)
	}
	e.Revision = len(e.Claims) + len(e.Denials)
	e.Outlets, e.Languages = sortCounts(outlets), sortCounts(langs)
	// empty lists are nil, as they come back from JSON (omitempty): an
	// event read back from a sink equals the one built
	e.Victims, e.Periods, e.Hedges = nilIfEmpty(sortCounts(victims)), nilIfEmpty(sortCounts(periods)), nilIfEmpty(sortCounts(hedges))

	// independent sources: components of "same outlet or same text"
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int) {
		if a, b := find(i), find(j); a != b {
			parent[b] = a
		}
	}
	copyOf := make([]int, len(arts)) // components of the "same text" relation alone
	for i := range copyOf {
		copyOf[i] = i
	}
	cfind := func(i int) int {
		for copyOf[i] != i {
			i = copyOf[i]
		}
		return i
	}
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			if arts[i].outlet == arts[j].outlet {
				union(i, j)
			}
			if Similarity(arts[i].fp, arts[j].fp) >= threshold {
				union(i, j)
				if a, b := cfind(i), cfind(j); a != b {
					copyOf[b] = a
				}
			}
		}
	}
	roots := map[int]bool{}
	groups := map[int][]string{}
	for i := range arts {
		roots[find(i)] = true
		r := cfind(i)
		groups[r] = append(groups[r], arts[i].url)
	}
	e.Sources = len(roots)
	for i := range arts {
		if g := groups[i]; len(g) > 1 {
			e.Copies = append(e.Copies, g)
		}
	}
}

func date(day int) claim.Date {
	return claim.DateOf(unixDay(day))
}

func nilIfEmpty(cs []Count) []Count {
	if len(cs) == 0 {
		return nil
	}
	return cs
}

// sameMembers reports whether event o has exactly the claims of run and
// denials (in the order fill lists them) and none of them is touched.
func sameMembers(o Event, run, denials []dated, touched map[string]bool) bool {
	if len(o.Claims) != len(run) || len(o.Denials) != len(denials) {
		return false
	}
	for i, d := range run {
		if o.Claims[i] != d.c.ID || touched[d.c.ID] {
			return false
		}
	}
	for i, d := range denials {
		if o.Denials[i] != d.c.ID || touched[d.c.ID] {
			return false
		}
	}
	return true
}
