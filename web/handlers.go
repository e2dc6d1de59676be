package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/export"
	"github.com/claimwire/claimwire/sinks"
)

// page is what every template gets.
type page struct {
	Title     string
	Nav       string
	CSRF      string
	Reviewer  string // "" when not logged in
	CanWrite  bool   // the caller may record decisions
	WritesOff bool   // the server has no credentials at all
	Flash     string
	Warn      string
	Error     string
	Query     string // the current filter as a query string ("state=CN&…")
	Filter    sinks.Filter

	List      *listView
	Events    *eventsView
	Event     *eventView
	Precision *precisionView
	Claim     *claimView
	Overview  *overviewView
	Login     *loginView
}

func (s *Server) newPage(w http.ResponseWriter, r *http.Request, title, nav string) *page {
	id := s.identify(r)
	p := &page{Title: title, Nav: nav, CSRF: s.csrfToken(w, r), WritesOff: !s.cfg.HasCredentials()}
	if id.ok() {
		p.Reviewer = id.reviewer
		p.CanWrite = true
	}
	q := r.URL.Query()
	switch q.Get("done") {
	case "accept":
		p.Flash = "Accepted."
	case "reject":
		p.Flash = "Rejected."
	case "edit":
		p.Flash = "Correction saved."
	case "bulk":
		p.Flash = fmt.Sprintf("%d claims updated.", atoiDefault(q.Get("n"), 0))
	}
	if q.Get("warn") == "publish" {
		p.Warn = "The decision is stored but could not be published on the bus yet; it will be re-sent."
	}
	return p
}

func (s *Server) render(w http.ResponseWriter, status int, name string, p *page) {
	t, ok := s.pages[name]
	if !ok {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error rendering page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail answers with an error: JSON for the API, a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r) || strings.Contains(r.Header.Get("Accept"), "application/json") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	p := s.newPage(w, r, http.StatusText(status), "")
	p.Error = msg
	s.render(w, status, "error", p)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.Encode(v)
}

func atoiDefault(s string, d int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return d
	}
	return n
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

// filterOf is parseFilter on r's query with names matched to the stored
// case ("ncsc" lists the claims of "NCSC").
func (s *Server) filterOf(r *http.Request) (sinks.Filter, error) {
	f, err := parseFilter(r.URL.Query())
	nf, nerr := export.NormalizeFilter(r.Context(), cachedFacets{s}, f)
	if nerr != nil {
		s.log.Warn("filter names not normalised", "err", nerr)
		return f, err
	}
	return nf, err
}

// parseFilter reads the filter from query parameters (the same names the
// list form, the export links and the JSON API use).
func parseFilter(q url.Values) (sinks.Filter, error) {
	// Case and spaces as NormalizeFilter gives them without a store.
	f, _ := export.NormalizeFilter(context.Background(), nil, sinks.Filter{
		AccusedState: q.Get("state"),
		AccusedGroup: q.Get("group"),
		Accuser:      q.Get("accuser"),
		Victim:       q.Get("victim"),
		Lang:         q.Get("lang"),
		Status:       q.Get("status"),
		Q:            strings.TrimSpace(q.Get("q")),
	})
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
	if !export.KnownStatus(f.Status) {
		errs = append(errs, fmt.Sprintf("status %q unknown", f.Status))
		f.Status = ""
	}
	if len(f.Q) > 200 {
		// cut on a character boundary: half a character is invalid UTF-8
		// that no stored text matches (found by FuzzParseFilter)
		cut := 200
		for cut > 0 && !utf8.RuneStart(f.Q[cut]) {
			cut--
		}
		f.Q = f.Q[:cut]
	}
	if len(errs) > 0 {
		return f, errors.New(strings.Join(errs, "; "))
	}
	return f, nil
}

// filterQuery is the inverse of parseFilter.
func filterQuery(f sinks.Filter) url.Values {
	return queryOf("state", f.AccusedState, "group", f.AccusedGroup, "accuser", f.Accuser,
		"victim", f.Victim, "lang", f.Lang, "from", string(f.From), "to", string(f.To),
		"status", f.Status, "q", f.Q)
}

// queryOf builds query parameters from key, value pairs, leaving out
// empty values (the list pages' links carry only the filters in use).
func queryOf(kv ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v.Set(kv[i], kv[i+1])
		}
	}
	return v
}

// ---- list ----

type facetOption struct {
	Value, Label string
	Count        int
	Selected     bool
}

type facetView struct {
	Name, Label string
	Options     []facetOption
	Selected    string
}

type rowView struct {
	ID, Href, Stored, Accuser, Accused, AccusedKind, Victims, Date, Stance, Status, Evidence, Lang, Title string
	Hedge                                                                                                 string
	Edited                                                                                                bool
	Head                                                                                                  headline
	Spans                                                                                                 []span // Evidence, highlighted
}

// claimRowArgs is what the "claimrow" template (layout.html) takes.
type claimRowArgs struct {
	CanWrite bool
	Row      rowView
}

type listView struct {
	Rows       []rowView
	Total      int
	Facets     []facetView
	NextHref   string
	PrevHref   string
	FirstHref  string
	ExportBase string
	Return     string
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	f, ferr := s.filterOf(r)
	p := s.newPage(w, r, "Claims", "claims")
	if ferr != nil {
		p.Error = ferr.Error()
	}
	q := r.URL.Query()
	res, err := s.store.List(ctx, f, sinks.Page{After: q.Get("after"), Before: q.Get("before"), Limit: s.cfg.PageSize})
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	total, fc, err := s.countsOf(r, f)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	fq := filterQuery(f)
	p.Filter, p.Query = f, fq.Encode()
	lv := &listView{Total: total, Return: r.URL.RequestURI()}
	for _, rec := range res.Records {
		lv.Rows = append(lv.Rows, s.row(rec, p.Query))
	}
	pageLink := func(k, cur string) string {
		v := filterQuery(f)
		v.Set(k, cur)
		return "/claims?" + v.Encode()
	}
	if res.Next != "" {
		lv.NextHref = pageLink("after", res.Next)
	}
	if res.Prev != "" {
		lv.PrevHref = pageLink("before", res.Prev)
	}
	if q.Get("after") != "" || q.Get("before") != "" {
		lv.FirstHref = "/claims?" + p.Query
	}
	lv.ExportBase = "/export?" + p.Query
	country := func(v string) string { return s.countryName(v) + " (" + v + ")" }
	same := func(v string) string { return v }
	lv.Facets = []facetView{
		s.facet("state", "Accused state", fc.AccusedState, f.AccusedState, country),
		s.facet("group", "Accused group", fc.AccusedGroup, f.AccusedGroup, same),
		s.facet("accuser", "Accuser", fc.Accuser, f.Accuser, same),
		s.facet("victim", "Victim country", fc.Victim, f.Victim, country),
		s.facet("lang", "Language", fc.Lang, f.Lang, same),
		s.facet("status", "Review status", fc.Status, f.Status, same),
	}
	p.List = lv
	s.render(w, http.StatusOK, "list", p)
}

// countsOf returns the claim count of f and the facets beside the filters,
// cached for countsTTL. The facets are those of the whole store, whatever
// the filter: counting every dimension under every filter costs seconds at
// 100,000 claims (0.5–11 s measured), the store-wide counts are one cached
// set, and they still tell which values exist. The count above the list is
// the filter's own.
func (s *Server) countsOf(r *http.Request, f sinks.Filter) (int, sinks.Facets, error) {
	fc, err := s.storeFacets(r.Context())
	if err != nil {
		return 0, sinks.Facets{}, err
	}
	e, ok := s.cachedCounts(f)
	if ok && e.total >= 0 {
		return e.total, fc, nil
	}
	total, err := s.store.Count(r.Context(), f)
	if err != nil {
		return 0, sinks.Facets{}, err
	}
	if ok { // keep the facets cached beside the count
		e.total = total
	} else {
		e = countsEntry{total: total, at: time.Now()}
	}
	s.rememberCounts(f, e)
	return total, fc, nil
}

// hasFacets reports whether e holds facets, not only a count: any claim
// gives the status facet a value (an empty store is recounted, cheaply).
func hasFacets(e countsEntry) bool { return len(e.facets.Status) > 0 }

// storeFacets returns the facets of the whole store, cached for countsTTL
// under the empty filter.
func (s *Server) storeFacets(ctx context.Context) (sinks.Facets, error) {
	var all sinks.Filter
	e, ok := s.cachedCounts(all)
	if ok && hasFacets(e) {
		return e.facets, nil
	}
	fc, err := s.store.Facets(ctx, all)
	if err != nil {
		return sinks.Facets{}, err
	}
	if !ok {
		e = countsEntry{total: -1}
	}
	e.facets, e.at = fc, time.Now()
	s.rememberCounts(all, e)
	return fc, nil
}

// cachedCounts returns the entry of f if it is younger than countsTTL.
func (s *Server) cachedCounts(f sinks.Filter) (countsEntry, bool) {
	s.countsMu.Lock()
	e, ok := s.counts[f]
	s.countsMu.Unlock()
	return e, ok && time.Since(e.at) < countsTTL
}

func (s *Server) rememberCounts(f sinks.Filter, e countsEntry) {
	s.countsMu.Lock()
	if s.counts == nil || len(s.counts) > 256 {
		s.counts = map[sinks.Filter]countsEntry{}
	}
	s.counts[f] = e
	s.countsMu.Unlock()
}

// cachedFacets is the store's Facets through the counts cache, for the
// name matching of filterOf (which every page view does).
type cachedFacets struct{ s *Server }

func (c cachedFacets) Facets(ctx context.Context, f sinks.Filter) (sinks.Facets, error) {
	// NormalizeFilter asks for the facets of claims naming one value (f.Q);
	// a value the store-wide facets hold as typed needs no search.
	all, err := c.s.storeFacets(ctx)
	if err != nil {
		return sinks.Facets{}, err
	}
	for _, vals := range [][]sinks.FacetValue{all.Accuser, all.AccusedGroup} {
		for _, v := range vals {
			if v.Value == f.Q {
				return all, nil
			}
		}
	}
	if e, ok := c.s.cachedCounts(f); ok && hasFacets(e) {
		return e.facets, nil
	}
	fc, err := c.s.store.Facets(ctx, f)
	if err != nil {
		return sinks.Facets{}, err
	}
	c.s.rememberCounts(f, countsEntry{total: -1, facets: fc, at: time.Now()})
	return fc, nil
}

func (s *Server) forgetCounts() {
	s.countsMu.Lock()
	s.counts, s.evCounts, s.evFacets, s.precision = nil, nil, nil, nil
	s.countsMu.Unlock()
}

func (s *Server) facet(name, label string, vals []sinks.FacetValue, sel string, lab func(string) string) facetView {
	fv := facetView{Name: name, Label: label, Selected: sel}
	found := false
	for _, v := range vals {
		o := facetOption{Value: v.Value, Label: lab(v.Value), Count: v.Count, Selected: v.Value == sel}
		found = found || o.Selected
		fv.Options = append(fv.Options, o)
	}
	if sel != "" && !found {
		fv.Options = append(fv.Options, facetOption{Value: sel, Label: lab(sel), Selected: true})
	}
	return fv
}

func (s *Server) row(rec sinks.Record, query string) rowView {
	c := rec.Effective()
	href := "/claims/" + url.PathEscape(c.ID)
	if query != "" {
		href += "?" + query
	}
	rv := rowView{
		ID: c.ID, Href: href, Stored: rec.StoredAt.Format("2006-01-02 15:04"),
		Accuser: s.entityLabel(c.Accuser), Accused: s.entityLabel(c.Accused), Victims: s.victimsLabel(c.Victims),
		Date: string(c.ClaimDate), Stance: string(c.Stance), Status: rec.Status, Evidence: truncate(c.Evidence.Sentence, 240),
		Lang: c.Article.Lang, Title: c.Article.Title, Hedge: c.Hedge, Edited: rec.Edited != nil,
	}
	if c.Accused != nil {
		rv.AccusedKind = string(c.Accused.Kind)
	}
	rv.Head = s.headlineOf(c)
	rv.Spans = truncateSpans(highlight(c.Evidence.Sentence, c), 300)
	return rv
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isRuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func (s *Server) storeFail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, sinks.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "Not found.")
		return
	}
	s.log.Error("store", "path", r.URL.Path, "err", err)
	if strings.Contains(err.Error(), "cursor") {
		s.fail(w, r, http.StatusBadRequest, "Bad page link.")
		return
	}
	s.fail(w, r, http.StatusInternalServerError, "The claim store failed; see the server log.")
}

// ---- claim ----

func webLink(u string) string {
	if claim.WebURL(u) {
		return u
	}
	return ""
}

type fieldView struct {
	Key, Label, Original, Current, Value, Input, List string
	Changed                                           bool
}

type decisionView struct {
	Action, Reason, Field, Value, Reviewer, At string
}

type claimView struct {
	ID, Status, Reviewer, DecidedAt, Stored string
	ArticleURL, ArticleTitle, Source, Lang  string
	// ArticleLink is ArticleURL when it is http(s), else "": only web URLs
	// become links (a file: URL is shown as text).
	ArticleLink                  string
	Published                    string
	Fields                       []fieldView
	Evidence                     evidenceView
	Decisions                    []decisionView
	Others                       []rowView
	NextHref, PrevHref, BackHref string
	Return                       string
	Extractor                    string
	Head                         headline
	Hedge                        string
	Confidence                   float64
}

func (s *Server) handleClaim(w http.ResponseWriter, r *http.Request) {
	s.showClaim(w, r, http.StatusOK, "")
}

func (s *Server) showClaim(w http.ResponseWriter, r *http.Request, status int, errMsg string) {
	ctx := r.Context()
	rec, err := s.store.Get(ctx, r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	f, _ := s.filterOf(r)
	p := s.newPage(w, r, "Claim", "claims")
	p.Error = errMsg
	p.Filter, p.Query = f, filterQuery(f).Encode()
	c := rec.Effective()
	orig := &rec.Claim
	cv := &claimView{
		ID: c.ID, Status: rec.Status, Reviewer: rec.Reviewer, Stored: rec.StoredAt.Format(time.RFC3339),
		ArticleURL: c.Article.URL, ArticleLink: webLink(c.Article.URL), ArticleTitle: c.Article.Title, Source: c.Article.Source, Lang: c.Article.Lang,
		Published: string(c.Article.Published), Extractor: c.Extractor, Hedge: c.Hedge, Confidence: c.Confidence,
		BackHref: "/claims?" + p.Query,
	}
	if !rec.DecidedAt.IsZero() {
		cv.DecidedAt = rec.DecidedAt.Format("2006-01-02 15:04 MST")
	}
	for _, fd := range editFields {
		o, cur := fd.display(s, orig), fd.display(s, c)
		cv.Fields = append(cv.Fields, fieldView{Key: fd.key, Label: fd.label, Original: o, Current: cur,
			Value: fd.value(c), Input: fd.input, List: "dl-" + fd.key, Changed: o != cur})
	}
	art, err := s.store.Article(ctx, rec.Claim.Article.URL)
	switch {
	case err == nil:
		cv.Evidence = evidenceContext(art.Text, c.Evidence)
		if cv.ArticleTitle == "" {
			cv.ArticleTitle = art.Title
		}
	case errors.Is(err, sinks.ErrNotFound):
		// Context only where the sink stored the article text.
		cv.Evidence = evidenceView{Sentence: c.Evidence.Sentence}
	default:
		s.storeFail(w, r, err)
		return
	}
	cv.Evidence.Spans = highlight(cv.Evidence.Sentence, c)
	cv.Head = s.headlineOf(c)
	for _, d := range rec.Decisions {
		cv.Decisions = append(cv.Decisions, decisionView{Action: d.Action, Reason: d.Reason, Field: d.Field, Value: d.Value,
			Reviewer: d.Reviewer, At: d.At.Format("2006-01-02 15:04:05 MST")})
	}
	others, err := s.store.ByArticle(ctx, rec.Claim.Article.URL)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	for _, o := range others {
		if o.Claim.ID != rec.Claim.ID {
			cv.Others = append(cv.Others, s.row(o, p.Query))
		}
	}
	// Neighbours in the current list, for j/k.
	if nx, err := s.store.List(ctx, f, sinks.Page{After: rec.Cursor(), Limit: 1}); err == nil && len(nx.Records) == 1 {
		cv.NextHref = s.row(nx.Records[0], p.Query).Href
	}
	if pv, err := s.store.List(ctx, f, sinks.Page{Before: rec.Cursor(), Limit: 1}); err == nil && len(pv.Records) == 1 {
		cv.PrevHref = s.row(pv.Records[0], p.Query).Href
	}
	cv.Return = r.URL.Path
	if p.Query != "" {
		cv.Return += "?" + p.Query
	}
	p.Title = "Claim " + truncate(s.entityLabel(c.Accused), 40)
	if c.Stance == claim.StanceDenial {
		p.Title = "Denial: " + truncate(s.entityLabel(c.Accused), 40)
	}
	p.Claim = cv
	s.render(w, status, "claim", p)
}

// ---- decisions ----

func (s *Server) handleDecideForm(w http.ResponseWriter, r *http.Request, id who) {
	action := r.PathValue("action")
	claimID := r.PathValue("id")
	d, err := s.decide(r, id, claimID, action, r.PostFormValue("reason"), r.PostFormValue("field"), r.PostFormValue("value"))
	if err != nil {
		var ue userError
		if errors.As(err, &ue) {
			s.showClaim(w, r, http.StatusBadRequest, ue.Error())
			return
		}
		s.storeFail(w, r, err)
		return
	}
	back := localPath(r.PostFormValue("return"), "/claims/"+url.PathEscape(claimID))
	back = addParam(back, "done", d.decision.Action)
	if !d.published && s.pub != nil {
		back = addParam(back, "warn", "publish")
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func (s *Server) handleBulkForm(w http.ResponseWriter, r *http.Request, id who) {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "Bad form.")
		return
	}
	ids := r.PostForm["id"]
	n, warn, err := s.bulk(r, id, ids, r.PostFormValue("action"), r.PostFormValue("reason"))
	if err != nil {
		s.decideFail(w, r, err)
		return
	}
	back := localPath(r.PostFormValue("return"), "/claims")
	back = addParam(addParam(back, "done", "bulk"), "n", strconv.Itoa(n))
	if warn {
		back = addParam(back, "warn", "publish")
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// userError is a mistake in the request, shown to the analyst as is.
type userError struct{ msg string }

func (e userError) Error() string { return e.msg }

// decideFail answers a failed decision: a userError as a bad request, else
// as storeFail does.
func (s *Server) decideFail(w http.ResponseWriter, r *http.Request, err error) {
	var ue userError
	if errors.As(err, &ue) {
		s.fail(w, r, http.StatusBadRequest, ue.Error())
		return
	}
	s.storeFail(w, r, err)
}

type decided struct {
	decision  claim.Decision
	published bool
}

const maxBulk = 500

func (s *Server) bulk(r *http.Request, id who, ids []string, action, reason string) (int, bool, error) {
	if action != claim.ActionAccept && action != claim.ActionReject {
		return 0, false, userError{"Bulk action must be accept or reject."}
	}
	if len(ids) == 0 {
		return 0, false, userError{"Select at least one claim."}
	}
	if len(ids) > maxBulk {
		return 0, false, userError{fmt.Sprintf("At most %d claims at once.", maxBulk)}
	}
	ds := make([]claim.Decision, 0, len(ids))
	for _, cid := range ids {
		d, err := s.prepare(r, id, cid, action, reason, "", "")
		if err != nil {
			return 0, false, err
		}
		ds = append(ds, d)
	}
	// One transaction: a missing id changes nothing and is named.
	dbIDs, err := s.store.SaveDecisions(r.Context(), ds)
	var me *sinks.MissingClaimsError
	if errors.As(err, &me) {
		return 0, false, userError{fmt.Sprintf("Nothing was changed: %d of the %d claims do not exist: %s.", len(me.IDs), len(ids), strings.Join(me.IDs, ", "))}
	}
	if err != nil {
		return 0, false, err
	}
	warn := false
	for i, d := range ds {
		warn = !s.stored(r, id, d, dbIDs[i]).published && s.pub != nil || warn
	}
	return len(ids), warn, nil
}

// decide validates, stores and publishes one decision.
func (s *Server) decide(r *http.Request, id who, claimID, action, reason, field, value string) (decided, error) {
	d, err := s.prepare(r, id, claimID, action, reason, field, value)
	if err != nil {
		return decided{}, err
	}
	dbID, err := s.store.SaveDecision(r.Context(), d)
	if err != nil {
		return decided{}, err
	}
	return s.stored(r, id, d, dbID), nil
}

// prepare validates one decision by the caller id and builds it.
func (s *Server) prepare(r *http.Request, id who, claimID, action, reason, field, value string) (claim.Decision, error) {
	ctx := r.Context()
	reason = strings.TrimSpace(reason)
	if len(reason) > 2000 {
		return claim.Decision{}, userError{"Reason too long (2000 characters at most)."}
	}
	d := claim.Decision{Schema: claim.SchemaDecision, ClaimID: claimID, Action: action, Reason: reason, Reviewer: id.reviewer, At: time.Now().UTC()}
	switch action {
	case claim.ActionAccept:
	case claim.ActionReject:
		if reason == "" {
			d.Reason = "rejected without a reason"
		}
	case claim.ActionEdit:
		rec, err := s.store.Get(ctx, claimID)
		if err != nil {
			return claim.Decision{}, err
		}
		ed := cloneClaim(rec.Effective())
		canon, err := s.applyEdit(ed, field, value)
		if err != nil {
			return claim.Decision{}, userError{err.Error()}
		}
		if err := ed.Validate(); err != nil {
			return claim.Decision{}, userError{"The corrected claim is invalid: " + err.Error()}
		}
		d.Field, d.Value, d.Edited = field, canon, ed
	default:
		return claim.Decision{}, userError{fmt.Sprintf("Unknown action %q: use accept, reject or edit.", action)}
	}
	return d, nil
}

// stored counts and publishes a decision the store has just saved as dbID.
func (s *Server) stored(r *http.Request, id who, d claim.Decision, dbID string) decided {
	ctx := r.Context()
	s.forgetCounts()
	if s.decisions != nil {
		s.decisions.WithLabelValues(d.Action).Inc()
	}
	out := decided{decision: d}
	if s.pub != nil {
		if err := s.pub.PublishDecision(ctx, d); err != nil {
			s.log.Warn("publish decision failed; kept in the outbox", "claim", d.ClaimID, "err", err)
			select {
			case s.republish <- struct{}{}:
			default:
			}
		} else if err := s.store.MarkPublished(ctx, dbID); err != nil {
			s.log.Warn("mark decision published", "claim", d.ClaimID, "err", err)
		} else {
			out.published = true
		}
	}
	s.log.Info("decision", "claim", d.ClaimID, "action", d.Action, "field", d.Field, "reviewer", id.reviewer, "published", out.published)
	return out
}

// cloneClaim deep-copies c so that an edit never touches the original.
func cloneClaim(c *claim.Claim) *claim.Claim {
	b, _ := json.Marshal(c)
	var out claim.Claim
	json.Unmarshal(b, &out)
	return &out
}

// localPath returns p if it is a path on this site, else def (no open
// redirects through the return field).
func localPath(p, def string) string {
	if p == "" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.ContainsAny(p, "\r\n") {
		return def
	}
	u, err := url.Parse(p)
	if err != nil || u.Host != "" || u.Scheme != "" {
		return def
	}
	return p
}

func addParam(p, k, v string) string {
	u, err := url.Parse(p)
	if err != nil {
		return p
	}
	q := u.Query()
	q.Set(k, v)
	u.RawQuery = q.Encode()
	return u.String()
}

// ---- login ----

type loginView struct {
	Token, Basic bool
	Return       string
}

func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	s.loginPage(w, r, http.StatusOK, "")
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	p := s.newPage(w, r, "Log in", "login")
	p.Error = msg
	if !s.cfg.HasCredentials() {
		p.Error = "This server has no credentials configured: it is read-only. Start it with --token or --user/--password to review."
	}
	ret := r.URL.Query().Get("return")
	if r.Method == http.MethodPost {
		ret = r.PostFormValue("return")
	}
	p.Login = &loginView{Token: len(s.tokens) > 0, Basic: s.cfg.User != "", Return: localPath(ret, "/")}
	s.render(w, status, "login", p)
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if !s.checkCSRF(r) {
		s.fail(w, r, http.StatusForbidden, "Invalid or missing CSRF token: reload the login page and try again.")
		return
	}
	client := clientAddr(r, s.cfg.TrustedProxies)
	if !s.loginLimit.allow(client) {
		s.loginPage(w, r, http.StatusTooManyRequests, "Too many attempts; wait a few seconds.")
		return
	}
	id, ok := s.login(r.PostFormValue("token"), r.PostFormValue("user"), r.PostFormValue("password"))
	if !ok {
		s.log.Warn("failed login", "remote", r.RemoteAddr, "client", client)
		s.loginPage(w, r, http.StatusUnauthorized, "Wrong credentials.")
		return
	}
	s.setSession(w, id)
	http.Redirect(w, r, localPath(r.PostFormValue("return"), "/"), http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if !s.checkCSRF(r) {
		s.fail(w, r, http.StatusForbidden, "Invalid or missing CSRF token.")
		return
	}
	s.endSession(w, r)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// ---- export ----

func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format, err := export.ParseFormat(r.URL.Query().Get("format"))
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	f, err := s.filterOf(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	write := func(w io.Writer) error { return export.Write(r.Context(), w, format, s.store, f) }
	name := "claimwire-"
	switch what := r.URL.Query().Get("what"); what {
	case "", "claims":
	case "events":
		// Events having a claim that matches the claims filter (all events
		// without one), as `claimwire export --what events` writes them.
		set, err := export.CollectEvents(r.Context(), s.store, f, events.Config{Window: events.DefaultWindow})
		if err != nil {
			s.log.Error("export events", "err", err)
			s.fail(w, r, http.StatusInternalServerError, "export of events failed")
			return
		}
		write = func(w io.Writer) error { return export.WriteEvents(w, format, set) }
		name = "claimwire-events-"
	default:
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("what=%q: want claims or events", what))
		return
	}
	name += time.Now().UTC().Format("20060102-150405") + format.Ext()
	w.Header().Set("Content-Type", format.ContentType())
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	w.Header().Set("Cache-Control", "no-store")
	if err := write(w); err != nil {
		// Headers are gone; the truncated body and the log say it failed.
		s.log.Error("export", "format", format, "err", err)
	}
}

// ---- JSON API ----

// suggestion is one picker entry. Value is what the edit form submits and
// resolves back to the entity: the alpha-2 code for a state, else the
// canonical name.
type suggestion struct {
	Value   string `json:"value"`
	Label   string `json:"label"`
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Country string `json:"country,omitempty"`
}

func (s *Server) handleSuggest(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	kind := r.URL.Query().Get("kind")
	limit := min(max(atoiDefault(r.URL.Query().Get("limit"), 10), 1), 50)
	writeJSON(w, http.StatusOK, s.suggest(q, kind, limit))
}

type apiDecision struct {
	Action string `json:"action"`
	Reason string `json:"reason,omitempty"`
	Field  string `json:"field,omitempty"`
	Value  string `json:"value,omitempty"`
}

func (s *Server) handleAPIDecide(w http.ResponseWriter, r *http.Request, id who) {
	var in apiDecision
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		s.fail(w, r, http.StatusBadRequest, "Bad JSON: "+err.Error())
		return
	}
	d, err := s.decide(r, id, r.PathValue("id"), in.Action, in.Reason, in.Field, in.Value)
	if err != nil {
		s.decideFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"decision": d.decision, "published": d.published})
}

func (s *Server) handleAPIBulk(w http.ResponseWriter, r *http.Request, id who) {
	var in struct {
		IDs    []string `json:"ids"`
		Action string   `json:"action"`
		Reason string   `json:"reason"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		s.fail(w, r, http.StatusBadRequest, "Bad JSON: "+err.Error())
		return
	}
	n, warn, err := s.bulk(r, id, in.IDs, in.Action, in.Reason)
	if err != nil {
		s.decideFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"updated": n, "published": !warn})
}

func (s *Server) handleAPIList(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterOf(r)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return
	}
	q := r.URL.Query()
	res, err := s.store.List(r.Context(), f, sinks.Page{After: q.Get("after"), Before: q.Get("before"), Limit: min(max(atoiDefault(q.Get("limit"), 50), 1), 500)})
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	lines := make([]export.Line, 0, len(res.Records))
	for _, rec := range res.Records {
		lines = append(lines, export.LineOf(rec))
	}
	writeJSON(w, http.StatusOK, map[string]any{"claims": lines, "next": res.Next, "prev": res.Prev})
}

func (s *Server) handleAPIClaim(w http.ResponseWriter, r *http.Request) {
	rec, err := s.store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"claim": export.LineOf(*rec), "decisions": rec.Decisions})
}

// funcs are the template helpers.
func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"country": s.countryName,
		"pct":     func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
		// rowArgs hands one claim row and the page's write permission to
		// the shared "claimrow" template (claims list, event page).
		"inc":     func(n int) int { return n + 1 },
		"rowArgs": func(canWrite bool, r rowView) claimRowArgs { return claimRowArgs{CanWrite: canWrite, Row: r} },
	}
}
