package events

import (
	"reflect"
	"slices"
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
		b.put(c, false)
	}
	var out []Event
	for k := range b.groups {
		out = append(out, b.compute(k, nil, nil, nil)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Builder keeps the claims seen so far and the events they form, and says
// which events a new claim changes. It is what a long-running stage uses;
// Build is the batch form (replay, demo). Not safe for concurrent use.
type Builder struct {
	cfg    Config
	groups map[string]*actor           // accused key → its claims
	events map[string]map[string]Event // accused key → event id → event
}

// actor holds the claims against one accused actor: by id, and each
// accuser's accusations and the denials in chain order (sortDated), kept
// sorted between batches with their chains, so that a batch re-sorts and
// re-chains only the accusers it touched (at 100,000 claims, re-sorting
// and re-chaining every claim of each touched actor was most of a batch).
type actor struct {
	byID    map[string]dated
	acc     map[string]*chainList // accuser key → accusations
	denials chainList
}

// chainList is claims in chain order and their chains. Claims loaded in
// bulk (Load, Build) are appended and sorted once, when first needed; a
// batch inserts each claim in place.
type chainList struct {
	ds     []dated
	sorted bool
	runs   [][]dated // chain(ds); nil when ds changed since
	ids    []string  // the event id of each run (accusations)
}

func lessDated(a, b *dated) bool {
	if a.ok != b.ok {
		return a.ok // dated first
	}
	if a.day != b.day {
		return a.day < b.day
	}
	return a.c.ID < b.c.ID
}

// search is the position of d in a sorted list (where it is or would be).
func (l *chainList) search(d *dated) int {
	return sort.Search(len(l.ds), func(i int) bool { return !lessDated(&l.ds[i], d) })
}

func (l *chainList) insert(d dated, inPlace bool) {
	if l.sorted && inPlace {
		l.ds = slices.Insert(l.ds, l.search(&d), d)
	} else {
		l.ds = append(l.ds, d)
		l.sorted = len(l.ds) == 1
	}
	l.runs = nil
}

// remove drops the claim d (as it was inserted) from the list.
func (l *chainList) remove(d dated) {
	i := len(l.ds)
	if l.sorted {
		if j := l.search(&d); j < len(l.ds) && l.ds[j].c.ID == d.c.ID {
			i = j
		}
	} else {
		for j := range l.ds {
			if l.ds[j].c.ID == d.c.ID {
				i = j
				break
			}
		}
	}
	if i < len(l.ds) {
		l.ds = slices.Delete(l.ds, i, i+1)
		l.runs = nil
	}
}

// sortedDs returns the list in chain order.
func (l *chainList) sortedDs() []dated {
	if !l.sorted {
		sortDated(l.ds)
		l.sorted = true
	}
	return l.ds
}

// accusations returns the chains of an accuser's accusations and their
// event ids, recomputed only after the list changed; fresh says whether
// they were. Unchanged chains are exactly those the actor's current events
// were computed from (every change to a list is followed by a computation
// of its actor before the events are read or diffed).
func (l *chainList) accusations(b *Builder, accuserKey, accusedKey string) (runs [][]dated, ids []string, fresh bool) {
	if l.runs != nil || len(l.ds) == 0 {
		return l.runs, l.ids, false
	}
	l.runs = b.chain(l.sortedDs())
	l.ids = make([]string, len(l.runs))
	for i, run := range l.runs {
		l.ids[i] = ID(accuserKey, accusedKey, claim.StanceAccusation, run[0].day, run[0].ok, b.cfg.days())
	}
	return l.runs, l.ids, true
}

// NewBuilder returns an empty builder. cfg must be valid (Validate); a zero
// Window falls back to DefaultWindow.
func NewBuilder(cfg Config) *Builder {
	if cfg.Window == 0 {
		cfg.Window = DefaultWindow
	}
	return &Builder{cfg: cfg, groups: map[string]*actor{}, events: map[string]map[string]Event{}}
}

// put files c under its accused actor, replacing a claim of the same id.
// inPlace keeps the lists sorted (a batch); otherwise claims are appended
// and sorted once when the actor is next computed (bulk loading).
func (b *Builder) put(c claim.Claim, inPlace bool) string {
	k := ActorKey(c.Accused)
	a := b.groups[k]
	if a == nil {
		a = &actor{byID: map[string]dated{}, acc: map[string]*chainList{}}
		b.groups[k] = a
	}
	if old, ok := a.byID[c.ID]; ok {
		a.list(old).remove(old)
	}
	d, ok := day(&c) // parsed once per claim, not per recomputation
	x := dated{c: &c, day: d, ok: ok, acc: ActorKey(c.Accuser)}
	a.byID[c.ID] = x
	a.list(x).insert(x, inPlace)
	return k
}

// list is the list a claim belongs in: its accuser's accusations, or the
// denials.
func (a *actor) list(d dated) *chainList {
	if d.c.Stance == claim.StanceDenial {
		return &a.denials
	}
	l := a.acc[d.acc]
	if l == nil {
		l = &chainList{}
		a.acc[d.acc] = l
	}
	return l
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
		if _, ok := b.events[k]; !ok && b.groups[k] != nil && len(b.groups[k].byID) > 0 {
			b.materialize(k) // loaded, not yet computed: the state to diff against
		}
		b.put(c, true)
		keys[k] = true
	}
	for k := range keys {
		old := b.events[k]
		now := map[string]Event{}
		reused := map[string]bool{}
		for _, e := range b.compute(k, old, touched, reused) {
			now[e.ID] = e
			if o, ok := old[e.ID]; !ok || (!reused[e.ID] && !reflect.DeepEqual(o, e)) {
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
			delete(b.events, b.put(c, false))
		}
	}
}

func (b *Builder) materialize(k string) {
	m := map[string]Event{}
	for _, e := range b.compute(k, nil, nil, nil) {
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
func (b *Builder) compute(accusedKey string, old map[string]Event, touched, reused map[string]bool) []Event {
	a := b.groups[accusedKey]
	type acc struct {
		ev          *Event
		first, last int
		ok          bool
		runs        []dated
		denials     []dated
		clean       bool // runs not re-chained: the claims of old's event
	}
	var accs []*acc
	w := b.cfg.days()
	for k, l := range a.acc {
		runs, ids, fresh := l.accusations(b, k, accusedKey) // re-chained only if l changed
		for i, run := range runs {
			accs = append(accs, &acc{
				ev:    &Event{ID: ids[i], AccuserKey: k, AccusedKey: accusedKey, Stance: claim.StanceAccusation},
				first: run[0].day, last: run[len(run)-1].day, ok: run[0].ok, runs: run, clean: !fresh,
			})
		}
	}
	sort.Slice(accs, func(i, j int) bool { return accs[i].ev.ID < accs[j].ev.ID })
	orphans := map[string][]dated{}
	for _, d := range a.denials.sortedDs() {
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
		if o, ok := old[a.ev.ID]; ok && (a.clean && len(o.Claims) == len(a.runs) && sameDenials(o, a.denials, touched) ||
			sameMembers(o, a.runs, a.denials, touched)) {
			if reused != nil {
				reused[o.ID] = true
			}
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
				if reused != nil {
					reused[o.ID] = true
				}
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
	return sameDenials(o, denials, touched)
}

// sameDenials reports whether event o has exactly the denials given and
// none of them is touched.
func sameDenials(o Event, denials []dated, touched map[string]bool) bool {
	if len(o.Denials) != len(denials) {
		return false
	}
	for i, d := range denials {
		if o.Denials[i] != d.c.ID || touched[d.c.ID] {
			return false
		}
	}
	return true
}
