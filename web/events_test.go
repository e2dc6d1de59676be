package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/precision"
	"github.com/claimwire/claimwire/sinks"
)

// eventFixture is the claims fixture plus a third NCSC → China accusation
// in April from another outlet (that event gets 2 independent sources) and
// two denials — China denying the NCSC's April accusations and Iran denying
// something nobody accused it of here (a denial event) — with the events
// built from every claim stored as the sinks store them.
// Events: NCSC → China (Jan, Apr + denial), ANSSI → Russia (Feb, May),
// NCSC → APT40 (Mar, Jun), (no accuser) → APT40 (Jan), Iran's denial: 8.
type eventFixture struct {
	*fixture
	chinaDenial, iranDenial claim.Claim
	otherOutlet             claim.Claim
	events                  []events.Event
}

func newEventFixture(t testing.TB) *eventFixture {
	t.Helper()
	f := &eventFixture{fixture: newFixture(t)}
	china := &claim.Entity{Text: "Beijing", Name: "China", Kind: claim.KindState, Country: "CN"}
	iran := &claim.Entity{Text: "Iran", Name: "Iran", Kind: claim.KindState, Country: "IR"}
	f.chinaDenial = mk(3, "https://other.example/cn-denies", "Beijing rejected the accusation of hacking as groundless.", nil, china, "en", "GB")
	f.chinaDenial.Article.Source = "Other Daily"
	f.chinaDenial.ClaimDate = "2025-04-12"
	f.chinaDenial.Stance = claim.StanceDenial
	f.chinaDenial.ID = claim.ComputeID(&f.chinaDenial)
	f.iranDenial = mk(0, "https://other.example/ir-denies", "Iran denied any role in the attack.", nil, iran, "en")
	f.iranDenial.Article.Source = "Other Daily"
	f.iranDenial.ClaimDate = "2024-11-02"
	f.iranDenial.Stance = claim.StanceDenial
	f.iranDenial.ID = claim.ComputeID(&f.iranDenial)
	ncsc := &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
	f.otherOutlet = mk(3, "https://other.example/ncsc-cn", "The NCSC again pointed at China.", ncsc, china, "en", "GB")
	f.otherOutlet.Article.Source = "Other Daily"
	f.otherOutlet.ClaimDate = "2025-04-15"
	f.otherOutlet.ID = claim.ComputeID(&f.otherOutlet)
	ctx := context.Background()
	base := time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC)
	if err := sinks.SeedStore(ctx, f.store, []claim.Claim{f.chinaDenial, f.iranDenial, f.otherOutlet}, nil, func(i int) time.Time { return base.Add(time.Duration(i) * time.Minute) }); err != nil {
		t.Fatal(err)
	}
	all := append(append([]claim.Claim{}, f.claims...), f.chinaDenial, f.iranDenial, f.otherOutlet)
	f.events = events.Build(events.Config{Window: events.DefaultWindow}, all)
	if err := f.store.(sinks.EventWriter).WriteEvents(ctx, f.events, nil); err != nil {
		t.Fatal(err)
	}
	return f
}

// event returns the built event holding claim id.
func (f *eventFixture) event(t testing.TB, id string) events.Event {
	t.Helper()
	for _, e := range f.events {
		for _, c := range append(append([]string{}, e.Claims...), e.Denials...) {
			if c == id {
				return e
			}
		}
	}
	t.Fatalf("no event holds claim %s", id)
	return events.Event{}
}

var eventRowRE = regexp.MustCompile(`<tr data-href="/events/([0-9a-f]+)[^"]*" data-id="[0-9a-f]+" class="row ev( denial)?">`)

// eventIDs lists the event rows of a page, in order.
func eventIDs(body string) []string {
	var out []string
	for _, m := range eventRowRE.FindAllStringSubmatch(body, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestEventsPage(t *testing.T) {
	f := newEventFixture(t)
	if len(f.events) != 8 {
		t.Fatalf("fixture: %d events, want 8", len(f.events))
	}
	_, ts := newServer(t, Config{}, f.fixture, nil)
	c := newClient(t, ts.URL)

	// The landing page is the event list, newest activity first.
	resp, body := c.get("/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `id="events"`) || !strings.Contains(body, ">8 events<") {
		t.Fatalf("GET /: %d\n%s", resp.StatusCode, body)
	}
	ids := eventIDs(body)
	if len(ids) != 8 {
		t.Fatalf("%d event rows", len(ids))
	}
	byID := map[string]events.Event{}
	for _, e := range f.events {
		byID[e.ID] = e
	}
	for i := 1; i < len(ids); i++ {
		if byID[ids[i]].LastSeen > byID[ids[i-1]].LastSeen {
			t.Errorf("row %d last seen %s after %s", i, byID[ids[i]].LastSeen, byID[ids[i-1]].LastSeen)
		}
	}
	// The claims list is still there.
	if resp, body := c.get("/claims"); resp.StatusCode != http.StatusOK || !strings.Contains(body, `id="claims"`) {
		t.Fatalf("GET /claims: %d", resp.StatusCode)
	}

	ncsc := events.ActorKey(&claim.Entity{Name: "NCSC", Kind: claim.KindAgency, Country: "GB"})
	for _, tc := range []struct {
		name, query string
		want        int
	}{
		{"accused", "accused=state:cn", 2},
		{"accused country", "country=cn", 5}, // China and APT40
		{"accuser", "accuser=" + url.QueryEscape(ncsc), 4},
		{"victim", "victim=DE", 2},
		{"lang", "lang=fr", 2},
		{"from", "from=2025-05", 2},
		{"to", "to=2025-01", 3}, // Jan China, Jan APT40, the Iran denial of 2024
		{"range", "from=2025-02&to=2025-03", 2},
		{"sources", "sources=2", 1}, // China in April: two outlets
		{"denials answering nothing", "stance=denial", 1},
		{"combined", "country=CN&accuser=" + url.QueryEscape(ncsc) + "&from=2025-03", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := c.get("/events?" + tc.query)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("%d", resp.StatusCode)
			}
			if strings.Contains(body, `class="flash err"`) {
				t.Fatalf("filter error on %s", tc.query)
			}
			if got := len(eventIDs(body)); got != tc.want || !strings.Contains(body, fmt.Sprintf(">%d events<", tc.want)) {
				t.Errorf("%s: %d rows, want %d", tc.query, got, tc.want)
			}
		})
	}

	// Bad values are reported and dropped, the rest of the filter holds.
	resp, body = c.get("/events?sources=many&lang=fr")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `class="flash err"`) || len(eventIDs(body)) != 2 {
		t.Errorf("bad sources: %d, %d rows", resp.StatusCode, len(eventIDs(body)))
	}
	// The JSON API lists the same events with their review roll-up.
	var api struct {
		Events []struct {
			Event  events.Event `json:"event"`
			Status string       `json:"status"`
			Review struct{ Claims, Pending int }
		} `json:"events"`
		Next string `json:"next"`
	}
	resp, body = c.get("/api/events?country=CN&limit=2")
	if err := json.Unmarshal([]byte(body), &api); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/events: %d %v", resp.StatusCode, err)
	}
	if len(api.Events) != 2 || api.Next == "" || api.Events[0].Status != sinks.EventUnreviewed ||
		api.Events[0].Review.Claims == 0 || api.Events[0].Review.Pending != api.Events[0].Review.Claims ||
		api.Events[0].Event.Accused.Country != "CN" && api.Events[0].Event.Accused.Country != "" {
		t.Errorf("api events: %+v", api)
	}
	if resp, _ := c.get("/api/events/" + api.Events[0].Event.ID); resp.StatusCode != http.StatusOK {
		t.Errorf("GET /api/events/{id}: %d", resp.StatusCode)
	}
	if resp, _ := c.get("/api/events?sources=x"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad api filter: %d", resp.StatusCode)
	}
	if resp, _ := c.get("/events/0123abcd"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown event: %d", resp.StatusCode)
	}
	if resp, _ := c.get("/events?after=%25%25"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad cursor: %d", resp.StatusCode)
	}
}

func TestEventsPaging(t *testing.T) {
	f := newEventFixture(t)
	_, ts := newServer(t, Config{PageSize: 3}, f.fixture, nil)
	c := newClient(t, ts.URL)
	nextRE := regexp.MustCompile(`<a href="([^"]+)" rel="next"`)
	prevRE := regexp.MustCompile(`<a href="([^"]+)" rel="prev"`)
	var seen []string
	var pages []string
	path := "/events"
	for range 10 {
		_, body := c.get(path)
		pages = append(pages, path)
		seen = append(seen, eventIDs(body)...)
		m := nextRE.FindStringSubmatch(body)
		if m == nil {
			break
		}
		path = strings.ReplaceAll(m[1], "&amp;", "&")
	}
	uniq := map[string]bool{}
	for _, id := range seen {
		uniq[id] = true
	}
	if len(seen) != 8 || len(uniq) != 8 || len(pages) != 3 {
		t.Fatalf("paging: %d rows (%d distinct) in %d pages", len(seen), len(uniq), len(pages))
	}
	// Back from the last page to the middle one.
	_, body := c.get(pages[2])
	m := prevRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no previous link on the last page")
	}
	_, body = c.get(strings.ReplaceAll(m[1], "&amp;", "&"))
	if got := eventIDs(body); len(got) != 3 || got[0] != seen[3] {
		t.Errorf("previous page %v, want it to start at %s", got, seen[3])
	}
	// Paging keeps the filter.
	_, body = c.get("/events?country=CN")
	if m := nextRE.FindStringSubmatch(body); m == nil || !strings.Contains(m[1], "country=CN") {
		t.Errorf("next link of a filtered list: %v", m)
	}
}

func TestEventDenialsMarked(t *testing.T) {
	f := newEventFixture(t)
	_, ts := newServer(t, Config{}, f.fixture, nil)
	c := newClient(t, ts.URL)
	_, body := c.get("/events")
	lone := f.event(t, f.iranDenial.ID)
	answered := f.event(t, f.chinaDenial.ID)
	if lone.Stance != claim.StanceDenial || answered.Stance != claim.StanceAccusation || len(answered.Denials) != 1 {
		t.Fatalf("fixture events: %+v / %+v", lone, answered)
	}
	row := func(id string) string {
		i := strings.Index(body, `data-href="/events/`+id)
		if i < 0 {
			t.Fatalf("no row for %s", id)
		}
		j := strings.Index(body[i:], "</tr>")
		return body[i : i+j]
	}
	// A denial reads as a denial, never "X → Iran".
	if r := row(lone.ID); !strings.Contains(r, `class="row ev denial"`) || !strings.Contains(r, `badge denial`) ||
		!strings.Contains(r, "denies") || strings.Contains(r, "→") {
		t.Errorf("lone denial row:\n%s", r)
	}
	if r := row(answered.ID); !strings.Contains(r, ">1 denial<") || !strings.Contains(r, "→") || !strings.Contains(r, `<td class="num">3</td>`) || !strings.Contains(r, `">2</td>`) {
		t.Errorf("accusation with a denial:\n%s", r)
	}
	// The event page lists the accusations, then the denial, marked.
	_, page := c.get("/events/" + answered.ID)
	di := strings.Index(page, `data-id="`+f.chinaDenial.ID+`" class="row denial"`)
	ai := strings.Index(page, `data-id="`+answered.Claims[0]+`" class="row"`)
	if di < 0 || ai < 0 || ai > di {
		t.Errorf("event page: accusation at %d, denial at %d", ai, di)
	}
	if !strings.Contains(page, "Other Daily 1") || !strings.Contains(page, "<strong>2</strong> independent") {
		t.Errorf("event facts missing outlets or sources")
	}
}

var eventStatusRE = regexp.MustCompile(`<span id="event-status"><span class="status ev-([a-z]+)"[^>]*>([a-z ]+)</span>`)

func TestEventStatusRollsUp(t *testing.T) {
	f := newEventFixture(t)
	_, ts := newServer(t, Config{Token: testToken}, f.fixture, nil)
	c := newClient(t, ts.URL)
	c.login()
	ev := f.event(t, f.chinaDenial.ID) // 3 accusations and a denial
	members := append(append([]string{}, ev.Claims...), ev.Denials...)
	if len(members) != 4 {
		t.Fatalf("event of %d claims", len(members))
	}
	status := func() (string, string) {
		t.Helper()
		_, body := c.get("/events/" + ev.ID)
		m := eventStatusRE.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no status on the event page:\n%s", body)
		}
		// the list shows the same status
		_, list := c.get("/events?accused=state:cn")
		i := strings.Index(list, `data-href="/events/`+ev.ID)
		if i < 0 || !strings.Contains(list[i:i+strings.Index(list[i:], "</tr>")], `ev-`+m[1]) {
			t.Errorf("list row status differs from the event's %s", m[1])
		}
		_, counts, _ := strings.Cut(body, `id="event-counts">`)
		counts, _, _ = strings.Cut(counts, "</span>")
		return m[2], counts
	}
	if st, counts := status(); st != sinks.EventUnreviewed || counts != "0 accepted · 0 edited · 0 rejected · 4 pending" {
		t.Fatalf("before: %q %q", st, counts)
	}
	// Accept one claim from the event page: it comes back to the event.
	_, body := c.get("/events/" + ev.ID)
	resp, _ := c.post("/claims/"+members[0]+"/accept", url.Values{"csrf": {csrfOf(t, body)}, "return": {"/events/" + ev.ID}})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/events/"+ev.ID) {
		t.Fatalf("accept: %d → %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if st, counts := status(); st != sinks.EventPartly || counts != "1 accepted · 0 edited · 0 rejected · 3 pending" {
		t.Fatalf("after one accept: %q %q", st, counts)
	}
	// The rest in bulk, the denial included: accepted.
	resp, _ = c.post("/claims/bulk", url.Values{"csrf": {csrfOf(t, body)}, "id": members[1:], "action": {"accept"}, "return": {"/events/" + ev.ID}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("bulk: %d", resp.StatusCode)
	}
	if st, _ := status(); st != sinks.EventAccepted {
		t.Fatalf("all accepted: %q", st)
	}
	// An edit still counts as kept; a rejection makes it mixed.
	resp, _ = c.post("/claims/"+members[0]+"/edit", url.Values{"csrf": {csrfOf(t, body)}, "field": {"claim_date"}, "value": {"2025-04-09"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("edit: %d", resp.StatusCode)
	}
	if st, counts := status(); st != sinks.EventAccepted || counts != "3 accepted · 1 edited · 0 rejected · 0 pending" {
		t.Fatalf("after an edit: %q %q", st, counts)
	}
	resp, _ = c.post("/claims/"+members[1]+"/reject", url.Values{"csrf": {csrfOf(t, body)}, "reason": {"wrong actor"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("reject: %d", resp.StatusCode)
	}
	if st, _ := status(); st != sinks.EventMixed {
		t.Fatalf("after a reject: %q", st)
	}
}

var precisionCellRE = regexp.MustCompile(`<tr data-row="([a-z]+) ([^"]*)">|data-cell="([^"]*)"`)

// precisionTable reads the precision page as "by value: cell cell …" lines.
func precisionTable(body string) []string {
	var out []string
	for _, m := range precisionCellRE.FindAllStringSubmatch(body, -1) {
		if m[1] != "" {
			out = append(out, m[1]+" "+m[2]+":")
			continue
		}
		out[len(out)-1] += " " + m[3]
	}
	return out
}

func TestPrecisionPage(t *testing.T) {
	f := newFixture(t)
	s, ts := newServer(t, Config{Token: testToken}, f, nil)
	c := newClient(t, ts.URL)
	if _, body := c.get("/precision"); !strings.Contains(body, "No reviewed claims yet") {
		t.Fatal("empty store: no notice")
	}
	ctx := context.Background()
	at := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	save := func(d claim.Decision) {
		t.Helper()
		d.Schema, d.Reviewer, d.At = claim.SchemaDecision, "ana", at
		if _, err := f.store.SaveDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// English: accepted (NCSC → China), accused edited (NCSC → APT40),
	// rejected (the xss claim, no accuser). French: one accepted.
	save(claim.Decision{ClaimID: f.claims[0].ID, Action: claim.ActionAccept})
	ed := f.claims[2]
	ed.Accused = &claim.Entity{Name: "APT41", Kind: claim.KindGroup, Country: "CN"}
	save(claim.Decision{ClaimID: f.claims[2].ID, Action: claim.ActionEdit, Field: "accused", Value: "APT41", Edited: &ed})
	save(claim.Decision{ClaimID: f.xss.ID, Action: claim.ActionReject, Reason: "no"})
	save(claim.Decision{ClaimID: f.claims[1].ID, Action: claim.ActionAccept})
	s.forgetCounts() // decided behind the server's back: its cache would hold the empty table

	resp, body := c.get("/precision")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `id="reviewed-count">4<`) {
		t.Fatalf("GET /precision: %d", resp.StatusCode)
	}
	got := strings.Join(precisionTable(body), "\n")
	// accuser: 3 reported (xss has none), all kept but… the rejected claim
	// has no accuser, so 3/3; accused: 4 reported, edit and reject count
	// against → 2/4; victims: 4, rejected against → 3/4; claim date: 3/4;
	// no period reported.
	want := strings.Join([]string{
		"all : 1.00 (3) 0.50 (4) 0.75 (4) 0.75 (4) -",
		"lang en: 1.00 (2) 0.33 (3) 0.67 (3) 0.67 (3) -",
		"lang fr: 1.00 (1) 1.00 (1) 1.00 (1) 1.00 (1) -",
		"source Test Wire: 1.00 (3) 0.50 (4) 0.75 (4) 0.75 (4) -",
	}, "\n")
	if got != want {
		t.Errorf("precision page:\n%s\nwant:\n%s", got, want)
	}
	// The page's cells are precision.Write's cells for the same claims.
	rs, err := reviewedClaims(ctx, s.store)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	if err := precision.Write(&text, precision.Compute(rs)); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(want, "\n") {
		_, cells, _ := strings.Cut(line, ": ")
		for _, cell := range strings.Split(strings.ReplaceAll(cells, ") ", ")|"), "|") {
			if cell != "-" && !strings.Contains(text.String(), cell) {
				t.Errorf("cell %q not in the stats table:\n%s", cell, text.String())
			}
		}
	}
	// A decision through the page shows at once (the cache is cleared).
	c.login()
	_, page := c.get("/claims")
	if resp, _ := c.post("/claims/"+f.claims[4].ID+"/accept", url.Values{"csrf": {csrfOf(t, page)}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("accept: %d", resp.StatusCode)
	}
	if _, body := c.get("/precision"); !strings.Contains(body, `id="reviewed-count">5<`) {
		t.Error("the precision page did not count the new decision")
	}
}

// A store whose claims predate events says so on the landing page, and
// names from the data are escaped on both event pages.
func TestEventsPageEmptyAndEscaped(t *testing.T) {
	f := newFixture(t)
	s, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	resp, body := c.get("/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `id="no-events"`) || !strings.Contains(body, `href="/claims"`) {
		t.Fatalf("no events: %d\n%s", resp.StatusCode, body)
	}
	evil := &claim.Entity{Text: "<img src=x onerror=alert(1)>", Name: "<img src=x onerror=alert(1)>", Kind: claim.KindGroup}
	acc := &claim.Entity{Text: "NCSC", Name: `"><script>alert(2)</script>`, Kind: claim.KindAgency}
	cl := mk(1, "https://evil.example/1", "The NCSC named <img src=x onerror=alert(1)>.", acc, evil, "en", "FR")
	cl.Article.Source = `<b>Evil</b> & Co`
	cl.ID = claim.ComputeID(&cl)
	ctx := context.Background()
	if err := sinks.SeedStore(ctx, f.store, []claim.Claim{cl}, nil, nil); err != nil {
		t.Fatal(err)
	}
	evs := events.Build(events.Config{Window: events.DefaultWindow}, []claim.Claim{cl})
	if err := f.store.(sinks.EventWriter).WriteEvents(ctx, evs, nil); err != nil {
		t.Fatal(err)
	}
	s.forgetCounts() // the counts beside the filters are cached for countsTTL
	for _, p := range []string{"/events", "/events/" + evs[0].ID} {
		_, body := c.get(p)
		if strings.Contains(body, "<img src=x") || strings.Contains(body, "<script>alert") || strings.Contains(body, "<b>Evil") {
			t.Errorf("%s: unescaped markup from the data", p)
		}
		if !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("%s: the accused name is missing", p)
		}
	}
}
