package web

// Review by attribution event: the landing page lists events (newest
// activity first) with their sources, languages, victims and the roll-up
// of their claims' review decisions; an event's page lists its claims with
// the same rows, actions and evidence as the claims list.

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/sinks"
)

// eventClaimsLimit bounds the claims shown on an event's page (the bulk
// form takes at most maxBulk ids at once).
const eventClaimsLimit = maxBulk

type eventRowView struct {
	ID, Href             string
	Head                 headline
	Denial               bool // a denial answering no accusation
	Denials              int  // denials attached to an accusation event
	FirstSeen, LastSeen  string
	Claims               int
	Sources, Articles    int
	Copies               string // tooltip: the sets of copied articles
	Languages, Victims   string
	Outlets              string
	Status, StatusClass  string
	StatusTitle          string
	Accepted, Rejected   int
	Pending, Edited      int
	Reviewed, ClaimTotal int
}

type eventsView struct {
	Rows      []eventRowView
	Total     int
	Facets    []facetView
	Filter    sinks.EventFilter
	Sources   string // the MinSources field as typed ("" for none)
	Query     string
	NextHref  string
	PrevHref  string
	FirstHref string
	Empty     bool // no event stored at all
}

type eventView struct {
	Row      eventRowView
	Outlets  []countView
	Langs    []countView
	Victims  []countView
	Periods  []countView
	Hedges   []countView
	Copies   [][]string
	Rows     []rowView
	Shown    int
	More     bool // the event has more claims than shown
	Return   string
	BackHref string
	// ClaimsHref lists the event's accused in the claims list.
	ClaimsHref string
}

type countView struct {
	Label string
	N     int
}

// eventQuerier returns the store's event reader, if it has one.
func (s *Server) eventQuerier() (sinks.EventQuerier, bool) {
	eq, ok := s.store.(sinks.EventQuerier)
	return eq, ok
}

// handleHome opens on events; a store without them on claims.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.eventQuerier(); !ok {
		s.handleList(w, r)
		return
	}
	s.handleEvents(w, r)
}

// parseEventFilter reads the event filter from query parameters: accused
// (actor key), country (accused alpha-2), accuser (actor key), victim,
// lang, from, to, sources (at least N independent sources), stance.
func parseEventFilter(q url.Values) (sinks.EventFilter, error) {
	f := sinks.EventFilter{
		Accused:        strings.TrimSpace(q.Get("accused")),
		AccusedCountry: strings.ToUpper(strings.TrimSpace(q.Get("country"))),
		Accuser:        strings.TrimSpace(q.Get("accuser")),
		Victim:         strings.ToUpper(strings.TrimSpace(q.Get("victim"))),
		Lang:           strings.ToLower(strings.TrimSpace(q.Get("lang"))),
		Stance:         strings.TrimSpace(q.Get("stance")),
	}
	var errs []string
	for _, d := range []struct {
		name string
		dst  *claim.Date
	}{{"from", &f.From}, {"to", &f.To}} {
		if v := strings.TrimSpace(q.Get(d.name)); v != "" {
			pd, err := claim.ParseDate(v)
			if err != nil {
				errs = append(errs, fmt.Sprintf("%s: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d.name, v))
				continue
			}
			*d.dst = pd
		}
	}
	if v := strings.TrimSpace(q.Get("sources")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			errs = append(errs, fmt.Sprintf("sources: %q is not a number of sources", v))
		} else {
			f.MinSources = n
		}
	}
	if err := f.Validate(); err != nil {
		// Keep what is valid: drop each field the store would refuse.
		errs = append(errs, strings.TrimPrefix(err.Error(), "sinks: event filter: "))
		for _, drop := range []func(*sinks.EventFilter){
			func(f *sinks.EventFilter) { f.AccusedCountry = "" }, func(f *sinks.EventFilter) { f.Victim = "" },
			func(f *sinks.EventFilter) { f.Lang = "" }, func(f *sinks.EventFilter) { f.Stance = "" },
			func(f *sinks.EventFilter) { f.MinSources = 0 }, func(f *sinks.EventFilter) { f.From, f.To = "", "" },
		} {
			if f.Validate() == nil {
				break
			}
			drop(&f)
		}
	}
	if len(errs) > 0 {
		return f, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return f, nil
}

// eventFilterQuery is the inverse of parseEventFilter.
func eventFilterQuery(f sinks.EventFilter) url.Values {
	v := queryOf("accused", f.Accused, "country", f.AccusedCountry, "accuser", f.Accuser,
		"victim", f.Victim, "lang", f.Lang, "from", string(f.From), "to", string(f.To))
	if f.MinSources > 0 {
		v.Set("sources", strconv.Itoa(f.MinSources))
	}
	if f.Stance != "" {
		v.Set("stance", f.Stance)
	}
	return v
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	eq, ok := s.eventQuerier()
	if !ok {
		s.fail(w, r, http.StatusNotFound, "This store keeps no attribution events.")
		return
	}
	ctx := r.Context()
	f, ferr := parseEventFilter(r.URL.Query())
	p := s.newPage(w, r, "Events", "events")
	if ferr != nil {
		p.Error = ferr.Error()
	}
	q := r.URL.Query()
	res, err := eq.ListEvents(ctx, f, sinks.Page{After: q.Get("after"), Before: q.Get("before"), Limit: s.cfg.PageSize})
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	total, err := s.eventCount(ctx, eq, f)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	efc, err := s.eventFacets(ctx, eq)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	fq := eventFilterQuery(f)
	ev := &eventsView{Total: total, Filter: f, Query: fq.Encode(), Empty: total == 0 && len(efc.Accused) == 0}
	if f.MinSources > 0 {
		ev.Sources = strconv.Itoa(f.MinSources)
	}
	for _, rec := range res.Events {
		ev.Rows = append(ev.Rows, s.eventRow(rec, ev.Query))
	}
	pageLink := func(k, cur string) string {
		v := eventFilterQuery(f)
		v.Set(k, cur)
		return "/events?" + v.Encode()
	}
	if res.Next != "" {
		ev.NextHref = pageLink("after", res.Next)
	}
	if res.Prev != "" {
		ev.PrevHref = pageLink("before", res.Prev)
	}
	if q.Get("after") != "" || q.Get("before") != "" {
		ev.FirstHref = "/events?" + ev.Query
	}
	country := func(v string) string { return s.countryName(v) + " (" + v + ")" }
	same := func(v string) string { return v }
	actors := func(vals []sinks.EventFacet) ([]sinks.FacetValue, func(string) string) {
		names := map[string]string{}
		out := make([]sinks.FacetValue, 0, len(vals))
		for _, v := range vals {
			out = append(out, sinks.FacetValue{Value: v.Key, Count: v.Count})
			names[v.Key] = actorKeyLabel(s, v.Key, v.Name)
		}
		return out, func(k string) string {
			if n, ok := names[k]; ok {
				return n
			}
			return k
		}
	}
	accusedVals, accusedLab := actors(efc.Accused)
	accuserVals, accuserLab := actors(efc.Accuser)
	counted := func(vals []sinks.EventFacet) []sinks.FacetValue {
		out := make([]sinks.FacetValue, len(vals))
		for i, v := range vals {
			out[i] = sinks.FacetValue{Value: v.Key, Count: v.Count}
		}
		return out
	}
	ev.Facets = []facetView{
		s.facet("accused", "Accused", accusedVals, f.Accused, accusedLab),
		s.facet("country", "Accused country", counted(efc.AccusedCountry), f.AccusedCountry, country),
		s.facet("accuser", "Accuser", accuserVals, f.Accuser, accuserLab),
		s.facet("victim", "Victim country", counted(efc.Victim), f.Victim, country),
		s.facet("lang", "Language", counted(efc.Lang), f.Lang, same),
		s.facet("stance", "Stance", []sinks.FacetValue{{Value: string(claim.StanceAccusation)}, {Value: string(claim.StanceDenial)}}, f.Stance,
			func(v string) string {
				if v == string(claim.StanceDenial) {
					return "denials answering nothing"
				}
				return "accusations"
			}),
	}
	p.Events = ev
	s.render(w, http.StatusOK, "events", p)
}

// actorKeyLabel names an actor key for a picker: a state by its country
// name, anything else by the name stored in its events.
func actorKeyLabel(s *Server, key, name string) string {
	if cc, ok := strings.CutPrefix(key, "state:"); ok && len(cc) == 2 {
		cc = strings.ToUpper(cc)
		return s.countryName(cc) + " (" + cc + ")"
	}
	if key == "unknown" {
		return "(no accuser found)"
	}
	if name == "" {
		return key
	}
	if id, ok := strings.CutPrefix(key, "mitre:"); ok {
		return name + " · " + strings.ToUpper(id)
	}
	return name
}

// eventCount is CountEvents through the counts cache (a decision clears
// it; events change only with new claims, which the TTL covers).
func (s *Server) eventCount(ctx context.Context, eq sinks.EventQuerier, f sinks.EventFilter) (int, error) {
	s.countsMu.Lock()
	e, ok := s.evCounts[f]
	s.countsMu.Unlock()
	if ok && time.Since(e.at) < countsTTL {
		return e.total, nil
	}
	n, err := eq.CountEvents(ctx, f)
	if err != nil {
		return 0, err
	}
	s.countsMu.Lock()
	if s.evCounts == nil || len(s.evCounts) > 256 {
		s.evCounts = map[sinks.EventFilter]countsEntry{}
	}
	s.evCounts[f] = countsEntry{total: n, at: time.Now()}
	s.countsMu.Unlock()
	return n, nil
}

// eventFacets is EventFacets cached for countsTTL.
func (s *Server) eventFacets(ctx context.Context, eq sinks.EventQuerier) (sinks.EventFacets, error) {
	s.countsMu.Lock()
	c := s.evFacets
	s.countsMu.Unlock()
	if c != nil && time.Since(c.at) < countsTTL {
		return c.facets, nil
	}
	fc, err := eq.EventFacets(ctx)
	if err != nil {
		return sinks.EventFacets{}, err
	}
	s.countsMu.Lock()
	s.evFacets = &eventFacetsEntry{facets: fc, at: time.Now()}
	s.countsMu.Unlock()
	return fc, nil
}

type eventFacetsEntry struct {
	facets sinks.EventFacets
	at     time.Time
}

// statusClass is the CSS class of an event status ("partly reviewed" →
// "partly").
func statusClass(st string) string {
	if i := strings.IndexByte(st, ' '); i > 0 {
		return st[:i]
	}
	return st
}

func (s *Server) eventRow(rec sinks.EventRecord, query string) eventRowView {
	e := &rec.Event
	href := "/events/" + url.PathEscape(e.ID)
	if query != "" {
		href += "?" + query
	}
	st := rec.Status
	rv := eventRowView{
		ID: e.ID, Href: href, Denial: e.Stance == claim.StanceDenial, Denials: len(e.Denials),
		FirstSeen: string(e.FirstSeen), LastSeen: string(e.LastSeen), Claims: len(e.Claims),
		Sources: e.Sources, Articles: len(e.Articles),
		Status: st.State(), StatusClass: statusClass(st.State()),
		Accepted: st.Accepted, Edited: st.Edited, Rejected: st.Rejected, Pending: st.Pending(),
		Reviewed: st.Reviewed(), ClaimTotal: st.Claims,
	}
	rv.Head = headline{Denial: rv.Denial, Accuser: s.entityView(e.Accuser), Accused: s.entityView(e.Accused)}
	if rv.Denial {
		// the accuser of a lone denial is whoever reported it, not an accuser
		rv.Head.Accuser = entityView{Label: "—"}
	}
	rv.StatusTitle = fmt.Sprintf("%d of %d claims reviewed: %d accepted, %d edited, %d rejected, %d pending",
		st.Reviewed(), st.Claims, st.Accepted, st.Edited, st.Rejected, st.Pending())
	rv.Languages = countsLabel(e.Languages, func(c events.Count) string { return c.Key }, 4)
	rv.Victims = countsLabel(e.Victims, func(c events.Count) string { return s.victimLabel(c) }, 4)
	rv.Outlets = countsLabel(e.Outlets, func(c events.Count) string { return outletLabel(c) }, 6)
	var cp []string
	for _, set := range e.Copies {
		cp = append(cp, strings.Join(set, " = "))
	}
	if len(cp) > 0 {
		rv.Copies = "copies counted once: " + strings.Join(cp, "; ")
	}
	return rv
}

// victimLabel names an event's victim count key ("state:FR", or another
// entity key).
func (s *Server) victimLabel(c events.Count) string {
	if cc, ok := strings.CutPrefix(c.Key, "state:"); ok && len(cc) == 2 {
		return s.countryName(strings.ToUpper(cc))
	}
	if c.Name != "" {
		return c.Name
	}
	return c.Key
}

func outletLabel(c events.Count) string {
	if c.Name != "" {
		return c.Name
	}
	return c.Key
}

// countsLabel writes "FR 4 · DE 2 · …" with at most n values.
func countsLabel(cs []events.Count, name func(events.Count) string, n int) string {
	var parts []string
	for i, c := range cs {
		if i == n {
			parts = append(parts, fmt.Sprintf("+%d", len(cs)-n))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", name(c), c.N))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, " · ")
}

func (s *Server) countViews(cs []events.Count, name func(events.Count) string) []countView {
	out := make([]countView, 0, len(cs))
	for _, c := range cs {
		out = append(out, countView{Label: name(c), N: c.N})
	}
	return out
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) {
	eq, ok := s.eventQuerier()
	if !ok {
		s.fail(w, r, http.StatusNotFound, "This store keeps no attribution events.")
		return
	}
	ctx := r.Context()
	rec, err := eq.GetEvent(ctx, r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	f, _ := parseEventFilter(r.URL.Query())
	fq := eventFilterQuery(f).Encode()
	recs, err := eq.EventClaims(ctx, rec.Event.ID, eventClaimsLimit+1)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p := s.newPage(w, r, "Event", "events")
	e := &rec.Event
	ev := &eventView{Row: s.eventRow(*rec, fq), BackHref: "/events", Return: "/events/" + url.PathEscape(e.ID)}
	if fq != "" {
		ev.BackHref += "?" + fq
		ev.Return += "?" + fq
	}
	ev.More = len(recs) > eventClaimsLimit
	if ev.More {
		recs = recs[:eventClaimsLimit]
	}
	for _, c := range recs {
		ev.Rows = append(ev.Rows, s.row(c, ""))
	}
	ev.Shown = len(ev.Rows)
	keyName := func(c events.Count) string { return c.Key }
	ev.Outlets = s.countViews(e.Outlets, outletLabel)
	ev.Langs = s.countViews(e.Languages, keyName)
	ev.Victims = s.countViews(e.Victims, s.victimLabel)
	ev.Periods = s.countViews(e.Periods, keyName)
	ev.Hedges = s.countViews(e.Hedges, keyName)
	ev.Copies = e.Copies
	if e.Accused != nil {
		cf := sinks.Filter{}
		if e.Accused.Kind == claim.KindState {
			cf.AccusedState = e.Accused.Country
		} else if e.Accused.Kind == claim.KindGroup {
			cf.AccusedGroup = e.Accused.Name
		}
		if e.Accuser != nil && !ev.Row.Denial {
			cf.Accuser = e.Accuser.Name
		}
		cf.From, cf.To = e.FirstSeen, e.LastSeen
		ev.ClaimsHref = "/claims?" + filterQuery(cf).Encode()
	}
	p.Title = "Event: " + truncate(ev.Row.Head.Accuser.Label+" → "+ev.Row.Head.Accused.Label, 60)
	if ev.Row.Denial {
		p.Title = "Denial event: " + truncate(ev.Row.Head.Accused.Label, 60)
	}
	p.Event = ev
	s.render(w, http.StatusOK, "event", p)
}

// apiEvent is an event as the JSON API gives it: the event message and
// the review roll-up of its claims.
type apiEvent struct {
	Event  events.Event `json:"event"`
	Status string       `json:"status"`
	Review struct {
		Claims   int `json:"claims"`
		Accepted int `json:"accepted"`
		Edited   int `json:"edited"`
		Rejected int `json:"rejected"`
		Pending  int `json:"pending"`
	} `json:"review"`
}

func apiEventOf(r sinks.EventRecord) apiEvent {
	out := apiEvent{Event: r.Event, Status: r.Status.State()}
	out.Review.Claims, out.Review.Accepted, out.Review.Edited = r.Status.Claims, r.Status.Accepted, r.Status.Edited
	out.Review.Rejected, out.Review.Pending = r.Status.Rejected, r.Status.Pending()
	return out
}

// handleAPIEvents lists events as JSON, with the page's filters and
// cursors (limit up to 500).
func (s *Server) handleAPIEvents(w http.ResponseWriter, r *http.Request) {
	eq, ok := s.eventQuerier()
	if !ok {
		s.fail(w, r, http.StatusNotFound, "This store keeps no attribution events.")
		return
	}
	f, err := parseEventFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	q := r.URL.Query()
	res, err := eq.ListEvents(r.Context(), f, sinks.Page{After: q.Get("after"), Before: q.Get("before"), Limit: min(max(atoiDefault(q.Get("limit"), 50), 1), 500)})
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	out := make([]apiEvent, 0, len(res.Events))
	for _, e := range res.Events {
		out = append(out, apiEventOf(e))
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": out, "next": res.Next, "prev": res.Prev})
}

// handleAPIEvent gives one event as JSON.
func (s *Server) handleAPIEvent(w http.ResponseWriter, r *http.Request) {
	eq, ok := s.eventQuerier()
	if !ok {
		s.fail(w, r, http.StatusNotFound, "This store keeps no attribution events.")
		return
	}
	rec, err := eq.GetEvent(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, apiEventOf(*rec))
}
