package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/export"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/sinks"
)

const testToken = "test-token-0123456789"

// fakePub records published decisions; fail makes it refuse.
type fakePub struct {
	mu   sync.Mutex
	got  []claim.Decision
	fail bool
}

func (p *fakePub) PublishDecision(ctx context.Context, d claim.Decision) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail {
		return errors.New("bus down")
	}
	p.got = append(p.got, d)
	return nil
}

func (p *fakePub) decisions() []claim.Decision {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]claim.Decision(nil), p.got...)
}

// xssText is an article whose text tries to inject markup.
const xssText = "First paragraph about nothing.\n" +
	"Officials said <script>alert('x')</script> that <img src=x onerror=alert(1)> the hackers of APT40 breached ministries in France. More text follows here.\n" +
	"Last paragraph."

const xssSentence = "Officials said <script>alert('x')</script> that <img src=x onerror=alert(1)> the hackers of APT40 breached ministries in France."

type fixture struct {
	store  sinks.Store
	claims []claim.Claim // index i stored at base + i minutes (higher = newer)
	xss    claim.Claim
}

func mk(i int, url, sentence string, accuser, accused *claim.Entity, lang string, victims ...string) claim.Claim {
	c := claim.Claim{
		Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: url, Title: "Article " + url, Lang: lang, Published: "2025-03-10", Source: "Test Wire"},
		Accuser: accuser, Accused: accused, Victims: []claim.Entity{},
		ClaimDate: claim.Date(fmt.Sprintf("2025-%02d-10", 1+i%6)), Stance: claim.StanceAccusation,
		Evidence: claim.Evidence{Sentence: sentence, Start: 0, End: len(sentence)}, Confidence: 0.7, Extractor: "test",
	}
	for _, v := range victims {
		c.Victims = append(c.Victims, claim.Entity{Text: v, Name: v, Kind: claim.KindState, Country: v})
	}
	c.ID = claim.ComputeID(&c)
	return c
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sinks.OpenStore(ctx, "sqlite:"+filepath.Join(t.TempDir(), "claims.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ncsc := &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
	anssi := &claim.Entity{Text: "ANSSI", Name: "ANSSI", Kind: claim.KindAgency, Country: "FR"}
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	russia := &claim.Entity{Text: "Russia", Name: "Russia", Kind: claim.KindState, Country: "RU"}
	apt40 := &claim.Entity{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN"}
	f := &fixture{store: st}
	for i := 0; i < 12; i++ {
		var c claim.Claim
		switch i % 3 {
		case 0:
			c = mk(i, fmt.Sprintf("https://wire.example/cn/%d", i), fmt.Sprintf("The NCSC blamed China for intrusion number %d.", i), ncsc, china, "en", "GB")
		case 1:
			c = mk(i, fmt.Sprintf("https://wire.example/ru/%d", i), fmt.Sprintf("L'ANSSI accuse la Russie de l'attaque numéro %d.", i), anssi, russia, "fr", "FR", "DE")
		default:
			c = mk(i, fmt.Sprintf("https://wire.example/apt40/%d", i), fmt.Sprintf("The NCSC said APT40 hit Australia, case %d.", i), ncsc, apt40, "en", "AU")
		}
		f.claims = append(f.claims, c)
	}
	f.xss = mk(12, "https://wire.example/xss", xssSentence, nil, apt40, "en", "FR")
	f.xss.Evidence.Start = strings.Index(xssText, xssSentence)
	f.xss.Evidence.End = f.xss.Evidence.Start + len(xssSentence)
	f.xss.ID = claim.ComputeID(&f.xss)
	f.claims = append(f.claims, f.xss)
	base := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	arts := []claim.Article{{Schema: claim.SchemaArticle, URL: "https://wire.example/xss", Title: "Title <b>bold</b>", Lang: "en", Text: xssText}}
	if err := sinks.SeedStore(ctx, st, f.claims, arts, func(i int) time.Time { return base.Add(time.Duration(i) * time.Minute) }); err != nil {
		t.Fatal(err)
	}
	return f
}

var (
	normOnce sync.Once
	normVal  *normalizer.Normalizer
	normErr  error
)

func testNorm(t testing.TB) *normalizer.Normalizer {
	normOnce.Do(func() { normVal, normErr = normalizer.New(normalizer.Options{}) })
	if normErr != nil {
		t.Fatal(normErr)
	}
	return normVal
}

type client struct {
	t    testing.TB
	base string
	c    *http.Client
}

func newClient(t testing.TB, base string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: base, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *client) do(req *http.Request) (*http.Response, string) {
	c.t.Helper()
	resp, err := c.c.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func (c *client) get(path string) (*http.Response, string) {
	req, _ := http.NewRequest("GET", c.base+path, nil)
	return c.do(req)
}

func (c *client) post(path string, form url.Values, hdr ...string) (*http.Response, string) {
	req, _ := http.NewRequest("POST", c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return c.do(req)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t testing.TB, html string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(html)
	if m == nil {
		t.Fatal("no csrf field in page")
	}
	return m[1]
}

func newServer(t testing.TB, cfg Config, f *fixture, pub DecisionPublisher) (*Server, *httptest.Server) {
	t.Helper()
	var p DecisionPublisher
	if pub != nil {
		p = pub
	}
	s, err := New(cfg, f.store, testNorm(t), p, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

// login logs c in through the form with the test token.
func (c *client) login() {
	c.t.Helper()
	_, body := c.get("/login")
	resp, _ := c.post("/login", url.Values{"csrf": {csrfOf(c.t, body)}, "token": {testToken}, "return": {"/claims"}})
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/claims" {
		c.t.Fatalf("login: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"default", Config{}, true},
		{"loopback v6", Config{Addr: "[::1]:9000"}, true},
		{"localhost", Config{Addr: "localhost:9000"}, true},
		{"public without creds", Config{Addr: "0.0.0.0:8080"}, false},
		{"all interfaces without creds", Config{Addr: ":8080"}, false},
		{"public with token", Config{Addr: "0.0.0.0:8080", Token: testToken}, true},
		{"public with basic", Config{Addr: "192.0.2.1:8080", User: "ana", Password: "long-password"}, true},
		{"user without password", Config{User: "ana"}, false},
		{"short token", Config{Token: "abc"}, false},
		{"bad addr", Config{Addr: "nonsense"}, false},
		{"short key", Config{SessionKey: []byte("short")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if (err == nil) != tt.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v does not wrap ErrConfig", err)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	for _, p := range []string{"/", "/claims/" + f.xss.ID, "/overview", "/api/suggest?q=chine", "/login", "/static/app.css"} {
		resp, _ := c.get(p)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("GET %s: CSP %q lacks %q", p, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("CSP allows inline code: %q", csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
			t.Errorf("GET %s: headers %v", p, resp.Header)
		}
	}
}

func TestListFiltersAndPaging(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{PageSize: 5}, f, nil)
	c := newClient(t, ts.URL)

	// Newest first, 5 per page, keyset links until the end.
	var seen []string
	next := "/claims"
	for next != "" {
		resp, body := c.get(next)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %d", next, resp.StatusCode)
		}
		for _, m := range regexp.MustCompile(`data-id="([0-9a-f]+)"`).FindAllStringSubmatch(body, -1) {
			seen = append(seen, m[1])
		}
		next = ""
		if m := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(body); m != nil {
			next = strings.ReplaceAll(m[1], "&amp;", "&")
		}
	}
	if len(seen) != 13 {
		t.Fatalf("paged %d claims, want 13", len(seen))
	}
	for i, id := range seen {
		if id != f.claims[12-i].ID {
			t.Fatalf("row %d is %s, want %s (newest first)", i, id, f.claims[12-i].ID)
		}
	}

	tests := []struct {
		query string
		want  int
		has   string
	}{
		{"state=CN", 9, "China (CN) — 9"},
		{"state=RU&lang=fr", 4, ""},
		{"group=APT40", 5, ""},
		{"victim=DE", 4, ""},
		{"accuser=ANSSI", 4, ""},
		{"q=intrusion+number+3", 1, ""},
		{"from=2025-02&to=2025-02", 2, ""},
		{"status=pending", 13, ""},
		{"status=accepted", 0, "No claims match"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			resp, body := c.get("/claims?" + tt.query)
			if resp.StatusCode != 200 {
				t.Fatalf("%d", resp.StatusCode)
			}
			if !strings.Contains(body, fmt.Sprintf("<strong>%d claims</strong>", tt.want)) {
				t.Errorf("want %d claims in %s", tt.want, tt.query)
			}
			if tt.has != "" && !strings.Contains(body, tt.has) {
				t.Errorf("page lacks %q", tt.has)
			}
		})
	}
	// A bad date is reported, not a 500.
	resp, body := c.get("/claims?from=yesterday")
	if resp.StatusCode != 200 || !strings.Contains(body, "is not a date") {
		t.Errorf("bad date: %d", resp.StatusCode)
	}
	if resp, _ := c.get("/claims?after=%21%21"); resp.StatusCode != 400 {
		t.Errorf("bad cursor: %d, want 400", resp.StatusCode)
	}
}

func TestClaimViewAndXSS(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{Token: testToken}, f, nil)
	c := newClient(t, ts.URL)
	resp, body := c.get("/claims/" + f.xss.ID)
	if resp.StatusCode != 200 {
		t.Fatalf("%d", resp.StatusCode)
	}
	// The untrusted article text is escaped: the escaped forms are present,
	// the raw tags are not.
	for _, want := range []string{
		"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
		"&lt;img src=x onerror=alert(1)&gt;",
		"<mark>Officials said &lt;script&gt;",
		// The sentences around, hidden until asked for; "Last paragraph."
		// is two sentences away.
		`<span class="ctx" id="ctx-prev" hidden>First paragraph about nothing. </span>`,
		`<span class="ctx" id="ctx-next" hidden> More text follows here.</span>`,
		`<b class="hl hl-accused">APT40</b>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(body, "Last paragraph") {
		t.Error("context goes beyond the next sentence")
	}
	if strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") || strings.Contains(body, "<b>bold</b>") {
		t.Error("raw markup from the article reached the page")
	}
	if strings.Count(body, "<script") != 1 { // only the external app.js
		t.Errorf("%d script tags", strings.Count(body, "<script"))
	}
	for _, want := range []string{"More text follows here.", `href="https://wire.example/xss"`, "APT40 · CN", "France"} {
		if !strings.Contains(body, want) {
			t.Errorf("claim page lacks %q", want)
		}
	}
	// Other claims of the same article are listed.
	_, body = c.get("/claims/" + f.claims[0].ID)
	if !strings.Contains(body, "Article text not stored") || !strings.Contains(body, `<mark>The <b class="hl hl-accuser">NCSC</b> blamed <b class="hl hl-accused">China</b>`) {
		t.Error("fallback to the sentence alone missing")
	}
	if resp, _ := c.get("/claims/nope"); resp.StatusCode != 404 {
		t.Errorf("unknown claim: %d", resp.StatusCode)
	}
}

func TestWritesRefusedWithoutCredentials(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	_, body := c.get("/claims/" + f.claims[0].ID)
	if !strings.Contains(body, "Read-only") {
		t.Error("page does not say it is read-only")
	}
	_, list := c.get("/claims")
	resp, body := c.post("/claims/"+f.claims[0].ID+"/accept", url.Values{"csrf": {csrfOf(t, list)}})
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "started without credentials") {
		t.Errorf("accept without credentials: %d", resp.StatusCode)
	}
	r, _ := f.store.Get(context.Background(), f.claims[0].ID)
	if r.Status != claim.StatusPending {
		t.Error("decision stored")
	}
}

func TestWritesNeedAuthAndCSRF(t *testing.T) {
	f := newFixture(t)
	pub := &fakePub{}
	_, ts := newServer(t, Config{Token: testToken, Reviewer: "carol"}, f, pub)
	id := f.claims[1].ID
	c := newClient(t, ts.URL)
	_, page := c.get("/claims")
	tok := csrfOf(t, page)

	// Anonymous with a valid CSRF token: 401.
	if resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {tok}}); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous accept: %d", resp.StatusCode)
	}
	// Wrong bearer token: 401.
	if resp, _ := c.post("/claims/"+id+"/accept", url.Values{}, "Authorization", "Bearer wrong-token-xxxx"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", resp.StatusCode)
	}
	c.login()
	// Logged in, but no or a wrong CSRF token: 403.
	for _, bad := range []string{"", "forged", csrfOf(t, page) + "x"} {
		if resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {bad}}); resp.StatusCode != http.StatusForbidden {
			t.Errorf("csrf %q: %d", bad, resp.StatusCode)
		}
	}
	// A cross-site browser request is refused even with a token.
	_, page = c.get("/claims/" + id)
	tok = csrfOf(t, page)
	if resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {tok}}, "Sec-Fetch-Site", "cross-site"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site: %d", resp.StatusCode)
	}
	if resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {tok}}, "Origin", "https://evil.example"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("foreign origin: %d", resp.StatusCode)
	}
	if len(pub.decisions()) != 0 {
		t.Fatal("refused requests published decisions")
	}
	// The real thing.
	resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {tok}, "return": {"//evil.example/x"}})
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/claims/"+id+"?done=accept") {
		t.Fatalf("accept: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	r, err := f.store.Get(context.Background(), id)
	if err != nil || r.Status != claim.StatusAccepted || r.Reviewer != "carol" || len(r.Decisions) != 1 {
		t.Fatalf("stored: %+v %v", r, err)
	}
	got := pub.decisions()
	if len(got) != 1 || got[0].ClaimID != id || got[0].Action != claim.ActionAccept || got[0].Reviewer != "carol" || got[0].Schema != claim.SchemaDecision {
		t.Fatalf("published %+v", got)
	}
	if out, _ := f.store.Unpublished(context.Background(), 10); len(out) != 0 {
		t.Errorf("published decision still in the outbox: %+v", out)
	}
	// Bearer token needs no CSRF (browsers never send it on their own).
	resp, _ = newClient(t, ts.URL).post("/claims/"+f.claims[2].ID+"/reject", url.Values{"reason": {"duplicate"}}, "Authorization", "Bearer "+testToken)
	if resp.StatusCode != http.StatusSeeOther {
		t.Errorf("bearer reject: %d", resp.StatusCode)
	}
	if r, _ := f.store.Get(context.Background(), f.claims[2].ID); r.Status != claim.StatusRejected || r.Decisions[0].Reason != "duplicate" || r.Reviewer != "carol" {
		t.Errorf("bearer reject stored %+v", r)
	}
}

func TestEditWithPickers(t *testing.T) {
	f := newFixture(t)
	pub := &fakePub{}
	_, ts := newServer(t, Config{Token: testToken}, f, pub)
	c := newClient(t, ts.URL)
	c.login()
	id := f.claims[0].ID
	edit := func(field, value string) (*http.Response, string) {
		_, page := c.get("/claims/" + id)
		return c.post("/claims/"+id+"/edit", url.Values{"csrf": {csrfOf(t, page)}, "field": {field}, "value": {value}})
	}
	for _, tt := range []struct{ field, value string }{
		{"accused", "Fancy Bear"},
		{"victims", "Chine, Allemagne; US"},
		{"accuser", "UK"},
		{"claim_date", "2024-11"},
		{"attack_start", "2023"},
		{"stance", "denial"},
		{"confidence", "0.4"},
	} {
		if resp, body := edit(tt.field, tt.value); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("edit %s=%q: %d %s", tt.field, tt.value, resp.StatusCode, body)
		}
	}
	r, err := f.store.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	e := r.Edited
	if r.Status != claim.StatusEdited || e == nil {
		t.Fatalf("status %s edited %v", r.Status, e)
	}
	if e.Accused.Name != "APT28" || e.Accused.Kind != claim.KindGroup || e.Accused.Country != "RU" || e.Accused.IDs["mitre"] != "G0007" || e.Accused.Text != "Fancy Bear" {
		t.Errorf("accused = %+v", e.Accused)
	}
	var codes []string
	for _, v := range e.Victims {
		codes = append(codes, v.Country)
	}
	if strings.Join(codes, ",") != "CN,DE,US" {
		t.Errorf("victims = %v", codes)
	}
	if e.Accuser.Country != "GB" || e.ClaimDate != "2024-11" || e.AttackPeriod.Start != "2023" || e.Stance != claim.StanceDenial || e.Confidence != 0.4 {
		t.Errorf("edited = %+v", e)
	}
	if r.Claim.Accused.Name != "China" || len(r.Claim.Victims) != 1 {
		t.Errorf("original extraction changed: %+v", r.Claim)
	}
	if len(r.Decisions) != 7 || r.Decisions[0].Field != "accused" || r.Decisions[0].Value != "APT28" || r.Decisions[1].Value != "CN,DE,US" {
		t.Errorf("history = %+v", r.Decisions)
	}
	got := pub.decisions()
	if len(got) != 7 || got[0].Action != claim.ActionEdit || got[0].Edited == nil || got[0].Edited.Accused.Name != "APT28" {
		t.Errorf("published = %+v", got)
	}
	// Filters and exports follow the correction.
	_, list := c.get("/claims?victim=DE&group=APT28")
	if !strings.Contains(list, "<strong>1 claims</strong>") || !strings.Contains(list, id) {
		t.Error("filter by corrected values misses the claim")
	}
	_, csvBody := c.get("/export?format=csv&state=RU&victim=US")
	if !strings.Contains(csvBody, id) {
		t.Error("export by corrected values misses the claim")
	}
	// The page shows the correction and the original.
	_, page := c.get("/claims/" + id)
	if !strings.Contains(page, "APT28 · RU") || !strings.Contains(page, "<del") || !strings.Contains(page, "China (CN)") {
		t.Error("claim page does not show correction beside the original")
	}
	// Bad edits are explained, not stored.
	for _, bad := range []struct{ field, value, msg string }{
		{"accused", "Qwxyz Zzyzx", "not in the normaliser"},
		{"victims", "Atlantis", "not a known country"},
		{"claim_date", "last week", "not a date"},
		{"stance", "maybe", "stance must be"},
		{"confidence", "2", "from 0 to 1"},
		{"id", "x", "cannot be edited"},
		{"accused", "", "needs an accused"},
	} {
		resp, body := edit(bad.field, bad.value)
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, bad.msg) {
			t.Errorf("edit %s=%q: %d, want 400 with %q", bad.field, bad.value, resp.StatusCode, bad.msg)
		}
	}
	if r2, _ := f.store.Get(context.Background(), id); len(r2.Decisions) != 7 {
		t.Errorf("bad edits stored decisions: %d", len(r2.Decisions))
	}
	// Accept after edits keeps the correction.
	resp, _ := c.post("/claims/"+id+"/accept", url.Values{"csrf": {csrfOf(t, page)}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatal(resp.StatusCode)
	}
	if r, _ := f.store.Get(context.Background(), id); r.Status != claim.StatusAccepted || r.Edited == nil || r.Edited.Accused.Name != "APT28" {
		t.Errorf("accept after edit: %s %+v", r.Status, r.Edited)
	}
}

func TestBulk(t *testing.T) {
	f := newFixture(t)
	pub := &fakePub{}
	_, ts := newServer(t, Config{User: "erin", Password: "erin-password"}, f, pub)
	c := newClient(t, ts.URL)
	_, body := c.get("/login")
	resp, _ := c.post("/login", url.Values{"csrf": {csrfOf(t, body)}, "user": {"erin"}, "password": {"wrong-password"}})
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong password: %d", resp.StatusCode)
	}
	resp, _ = c.post("/login", url.Values{"csrf": {csrfOf(t, body)}, "user": {"erin"}, "password": {"erin-password"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	_, page := c.get("/claims?state=RU")
	if !strings.Contains(page, "Accept selected") {
		t.Fatal("no bulk controls for a reviewer")
	}
	ids := []string{f.claims[1].ID, f.claims[4].ID}
	resp, _ = c.post("/claims/bulk", url.Values{"csrf": {csrfOf(t, page)}, "id": ids, "action": {"reject"}, "reason": {"wrong actor"}, "return": {"/claims?state=RU"}})
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "done=bulk") {
		t.Fatalf("bulk: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, id := range ids {
		if r, _ := f.store.Get(context.Background(), id); r.Status != claim.StatusRejected || r.Reviewer != "erin" || r.Decisions[0].Reason != "wrong actor" {
			t.Errorf("bulk-rejected %s: %+v", id, r)
		}
	}
	if len(pub.decisions()) != 2 {
		t.Errorf("published %d", len(pub.decisions()))
	}
	if resp, _ := c.post("/claims/bulk", url.Values{"csrf": {csrfOf(t, page)}, "action": {"edit"}, "id": ids}); resp.StatusCode != 400 {
		t.Errorf("bulk edit: %d", resp.StatusCode)
	}
	_, page = c.get("/claims?status=rejected")
	if !strings.Contains(page, "<strong>2 claims</strong>") {
		t.Error("rejected filter after bulk")
	}
}

func TestPublishFailureKeepsDecisionInOutbox(t *testing.T) {
	f := newFixture(t)
	pub := &fakePub{fail: true}
	s, ts := newServer(t, Config{Token: testToken}, f, pub)
	c := newClient(t, ts.URL)
	resp, _ := c.post("/claims/"+f.claims[3].ID+"/accept", url.Values{}, "Authorization", "Bearer "+testToken)
	if resp.StatusCode != http.StatusSeeOther || !strings.Contains(resp.Header.Get("Location"), "warn=publish") {
		t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if r, _ := f.store.Get(context.Background(), f.claims[3].ID); r.Status != claim.StatusAccepted {
		t.Fatal("decision lost when the bus is down")
	}
	if err := s.flushOutbox(context.Background()); err == nil {
		t.Error("flush with the bus down succeeded")
	}
	pub.mu.Lock()
	pub.fail = false
	pub.mu.Unlock()
	if err := s.flushOutbox(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := pub.decisions(); len(got) != 1 || got[0].ClaimID != f.claims[3].ID {
		t.Errorf("republished %+v", got)
	}
	if out, _ := f.store.Unpublished(context.Background(), 10); len(out) != 0 {
		t.Errorf("outbox not drained: %d", len(out))
	}
}

func TestSuggest(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	for _, tt := range []struct{ q, kind, want string }{
		{"Chine", "", "CN"},
		{"China", "country", "CN"},
		{"Allemagne", "country", "DE"},
		{"Fancy Bear", "", "APT28"},
		{"fancy", "actor", "APT28"},
	} {
		resp, body := c.get("/api/suggest?q=" + url.QueryEscape(tt.q) + "&kind=" + tt.kind)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Fatalf("%d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
		var got []suggestion
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Value != tt.want {
			t.Errorf("suggest %q: %+v, want first %s", tt.q, got, tt.want)
		}
		if tt.kind == "country" {
			for _, g := range got {
				if g.Kind != string(claim.KindState) {
					t.Errorf("country picker offered %+v", g)
				}
			}
		}
	}
	_, body := c.get("/api/suggest?q=")
	if strings.TrimSpace(body) != "[]" {
		t.Errorf("empty query: %s", body)
	}
}

func TestExportEndpoints(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	resp, body := c.get("/export?format=csv&state=RU")
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") || !strings.Contains(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("csv: %d %v", resp.StatusCode, resp.Header)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) != 5 {
		t.Fatalf("csv rows %d, %v", len(rows), err)
	}
	if rows[1][18] != "RU" || rows[1][20] != "FR;DE" {
		t.Errorf("csv row %v", rows[1])
	}
	resp, body = c.get("/export?format=jsonl&group=APT40")
	if resp.StatusCode != 200 || strings.Count(body, "\n") != 5 {
		t.Errorf("jsonl: %d, %d lines", resp.StatusCode, strings.Count(body, "\n"))
	}
	resp, body = c.get("/export?format=stix")
	var b struct {
		Type    string           `json:"type"`
		Objects []map[string]any `json:"objects"`
	}
	if resp.StatusCode != 200 || json.Unmarshal([]byte(body), &b) != nil || b.Type != "bundle" || len(b.Objects) < 10 {
		t.Errorf("stix: %d %s", resp.StatusCode, b.Type)
	}
	if resp, _ := c.get("/export?format=xml"); resp.StatusCode != 400 {
		t.Errorf("bad format: %d", resp.StatusCode)
	}
	if resp, _ := c.get("/export?format=csv&what=everything"); resp.StatusCode != 400 {
		t.Errorf("bad what: %d", resp.StatusCode)
	}
}

// The page's event exports are the command's: the same events, with the
// review roll-up, filtered by the claims filter when one is given.
func TestExportEventEndpoints(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	set, err := export.CollectEvents(context.Background(), f.store, sinks.Filter{}, events.Config{Window: events.DefaultWindow})
	if err != nil || len(set.Events) < 2 {
		t.Fatalf("collect: %v, %d events", err, len(set.Events))
	}
	resp, body := c.get("/export?what=events&format=jsonl")
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), "claimwire-events-") {
		t.Fatalf("jsonl: %d %v", resp.StatusCode, resp.Header)
	}
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if len(lines) != len(set.Events) {
		t.Fatalf("%d lines, want %d events", len(lines), len(set.Events))
	}
	for i, l := range lines {
		var e struct {
			ID     string `json:"id"`
			Review struct {
				Status string `json:"status"`
			} `json:"review"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil || e.ID != set.Events[i].ID || e.Review.Status != set.Events[i].Review.Status {
			t.Errorf("line %d: %v %+v, want %s %s", i, err, e, set.Events[i].ID, set.Events[i].Review.Status)
		}
	}
	_, body = c.get("/export?what=events&format=csv&state=RU")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) < 2 || len(rows) >= len(set.Events)+1 {
		t.Fatalf("csv filtered on RU: %d rows, %v", len(rows), err)
	}
	for _, r := range rows[1:] {
		if !strings.Contains(strings.Join(r, ","), "RU") {
			t.Errorf("row without RU: %v", r)
		}
	}
	if resp, body := c.get("/export?what=events&format=stix"); resp.StatusCode != 200 || !strings.Contains(body, `"campaign"`) {
		t.Errorf("stix: %d, campaign missing", resp.StatusCode)
	}
	if _, body := c.get("/events"); !strings.Contains(body, "/export?what=events&amp;format=stix") {
		t.Errorf("event list has no event export links")
	}
}

func TestJSONAPI(t *testing.T) {
	f := newFixture(t)
	pub := &fakePub{}
	_, ts := newServer(t, Config{Token: testToken}, f, pub)
	c := newClient(t, ts.URL)
	_, body := c.get("/api/claims?state=CN&limit=3")
	var list struct {
		Claims []struct {
			ID     string `json:"id"`
			Review struct {
				Status string `json:"status"`
			} `json:"review"`
		} `json:"claims"`
		Next string `json:"next"`
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Claims) != 3 || list.Next == "" || list.Claims[0].Review.Status != "pending" {
		t.Fatalf("list: %v %s", err, body)
	}
	post := func(path, payload string, hdr ...string) (*http.Response, string) {
		req, _ := http.NewRequest("POST", ts.URL+path, strings.NewReader(payload))
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		return c.do(req)
	}
	id := list.Claims[0].ID
	if resp, _ := post("/api/claims/"+id+"/decision", `{"action":"accept"}`, "Content-Type", "application/json"); resp.StatusCode != 401 {
		t.Errorf("API without token: %d", resp.StatusCode)
	}
	if resp, _ := post("/api/claims/"+id+"/decision", `{"action":"accept"}`, "Authorization", "Bearer "+testToken, "Content-Type", "text/plain"); resp.StatusCode != 415 {
		t.Errorf("API without JSON content type: %d", resp.StatusCode)
	}
	resp, body := post("/api/claims/"+id+"/decision", `{"action":"edit","field":"accused","value":"APT40"}`,
		"Authorization", "Bearer "+testToken, "Content-Type", "application/json", "X-Claimwire-Reviewer", "bot")
	if resp.StatusCode != 200 || !strings.Contains(body, `"published": true`) {
		t.Fatalf("API edit: %d %s", resp.StatusCode, body)
	}
	_, body = c.get("/api/claims/" + id)
	// The reviewer is the token's name, whatever the client claims.
	if !strings.Contains(body, `"reviewer": "analyst"`) || strings.Contains(body, `"bot"`) || !strings.Contains(body, `"status": "edited"`) {
		t.Errorf("API claim after edit: %s", body)
	}
	resp, body = post("/api/claims/bulk", `{"ids":["`+f.claims[1].ID+`","`+f.claims[2].ID+`"],"action":"accept"}`,
		"Authorization", "Bearer "+testToken, "Content-Type", "application/json")
	if resp.StatusCode != 200 || !strings.Contains(body, `"updated": 2`) {
		t.Errorf("API bulk: %d %s", resp.StatusCode, body)
	}
	if resp, _ := post("/api/claims/nope/decision", `{"action":"accept"}`, "Authorization", "Bearer "+testToken, "Content-Type", "application/json"); resp.StatusCode != 404 {
		t.Errorf("unknown claim: %d", resp.StatusCode)
	}
	if len(pub.decisions()) != 3 {
		t.Errorf("published %d decisions, want 3", len(pub.decisions()))
	}
}

func TestOverviewSVG(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	resp, body := c.get("/overview")
	if resp.StatusCode != 200 {
		t.Fatal(resp.StatusCode)
	}
	if !strings.Contains(body, `<svg viewBox="0 0 800 320"`) || strings.Count(body, "<rect x=") < 6 {
		t.Errorf("no bars: %d rects", strings.Count(body, "<rect x="))
	}
	for _, want := range []string{"China (CN)", "Russia (RU)", "2025-01", "2025-06", `href="/claims?state=CN"`} {
		if !strings.Contains(body, want) {
			t.Errorf("overview lacks %q", want)
		}
	}
	if strings.Contains(body, "style=") {
		t.Error("inline style attribute (blocked by the CSP)")
	}
	_, body = c.get("/overview?state=RU")
	if strings.Contains(body, "China (CN)") {
		t.Error("overview ignores the filter")
	}
}

func TestRequireAuthOnPublicBind(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{Addr: "0.0.0.0:8080", Token: testToken}, f, nil)
	c := newClient(t, ts.URL)
	resp, _ := c.get("/claims?state=CN")
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/login?return=") {
		t.Errorf("anonymous read on a public bind: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := c.get("/api/claims"); resp.StatusCode != 401 {
		t.Errorf("API: %d", resp.StatusCode)
	}
	c.login()
	if resp, _ := c.get("/claims?state=CN"); resp.StatusCode != 200 {
		t.Errorf("after login: %d", resp.StatusCode)
	}
}

func TestLocalPath(t *testing.T) {
	for in, want := range map[string]string{
		"/claims?x=1": "/claims?x=1", "//evil.example": "/d", "/\\evil": "/d", "https://evil.example/": "/d", "": "/d", "claims": "/d",
	} {
		if got := localPath(in, "/d"); got != want {
			t.Errorf("localPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEvidenceContext(t *testing.T) {
	text := "A.\nB said x. C said y.\nD."
	ev := claim.Evidence{Sentence: "C said y.", Start: strings.Index(text, "C said"), End: strings.Index(text, "C said") + 9}
	got := evidenceContext(text, ev)
	if got.Before != "B said x. " || got.Sentence != "C said y." || got.After != "" || !got.InArticle {
		t.Errorf("%+v", got)
	}
	ev.Start, ev.End = 0, 3 // stale offsets: found by search
	if got := evidenceContext(text, ev); got.Sentence != "C said y." || !got.InArticle {
		t.Errorf("stale offsets: %+v", got)
	}
	if got := evidenceContext("other text", ev); got.InArticle || got.Sentence != "C said y." {
		t.Errorf("missing sentence: %+v", got)
	}
}

func TestServeShutsDown(t *testing.T) {
	f := newFixture(t)
	s, err := New(Config{}, f.store, nil, &fakePub{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := netListen()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v", err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}

func TestChartCapsMonths(t *testing.T) {
	var pts []sinks.TimelinePoint
	for m := 0; m < 50; m++ {
		pts = append(pts, sinks.TimelinePoint{State: "CN", Month: time.Date(2020, time.Month(1+m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), Count: 1 + m%3})
	}
	pts = append(pts, sinks.TimelinePoint{State: "", Month: "2023-01", Count: 2})
	s := &Server{}
	ov := s.buildOverview(pts, sinks.Filter{})
	cv := ov.Chart
	// One bar per month, plus the unknown-state stack in 2023-01.
	if cv.Empty || len(cv.Bars) != maxMonths+1 || cv.Omitted == 0 {
		t.Fatalf("bars %d (want %d), omitted %d", len(cv.Bars), maxMonths+1, cv.Omitted)
	}
	drawn := 2
	for _, p := range pts[50-maxMonths : 50] {
		drawn += p.Count
	}
	if cv.Omitted+drawn != ov.Total {
		t.Errorf("omitted %d + drawn %d != total %d", cv.Omitted, drawn, ov.Total)
	}
	for _, b := range cv.Bars {
		if b.Y < float64(cv.PlotY) || b.Y+b.H > float64(cv.PlotBottom)+0.2 || b.X+b.W > float64(cv.PlotX+cv.PlotW)+0.2 {
			t.Errorf("bar outside the plot: %+v", b)
		}
	}
}

// TestMetrics: with a registry, /metrics counts stored decisions by action
// and /healthz still answers; without one there is no /metrics.
func TestMetrics(t *testing.T) {
	f := newFixture(t)
	reg := prometheus.NewRegistry()
	_, ts := newServer(t, Config{Token: testToken, Metrics: reg}, f, &fakePub{})
	c := newClient(t, ts.URL)
	for _, action := range []string{"accept", "accept", "reject"} {
		id := f.claims[0].ID
		if action == "reject" {
			id = f.claims[1].ID
		}
		req, _ := http.NewRequest("POST", ts.URL+"/api/claims/"+id+"/decision", strings.NewReader(`{"action":"`+action+`","reason":"r"}`))
		req.Header.Set("Authorization", "Bearer "+testToken)
		req.Header.Set("Content-Type", "application/json")
		if resp, body := c.do(req); resp.StatusCode != 200 {
			t.Fatalf("%s: %d %s", action, resp.StatusCode, body)
		}
	}
	resp, body := c.get("/metrics")
	for _, want := range []string{`claimwire_review_decisions_total{action="accept"} 2`, `claimwire_review_decisions_total{action="reject"} 1`} {
		if resp.StatusCode != 200 || !strings.Contains(body, want) {
			t.Errorf("/metrics %d lacks %q:\n%s", resp.StatusCode, want, body)
		}
	}
	if resp, body := c.get("/healthz"); resp.StatusCode != 200 || body != "ok\n" {
		t.Errorf("/healthz %d %q", resp.StatusCode, body)
	}
	_, ts2 := newServer(t, Config{Token: testToken}, f, nil)
	if resp, _ := newClient(t, ts2.URL).get("/metrics"); resp.StatusCode == 200 {
		t.Errorf("/metrics served without a registry")
	}
}

// TestFilterCase: the list API matches codes, languages and names in any case.
func TestFilterCase(t *testing.T) {
	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	count := func(q string) int {
		_, body := c.get("/api/claims?limit=500&" + q)
		var list struct {
			Claims []json.RawMessage `json:"claims"`
		}
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatalf("%s: %v %s", q, err, body)
		}
		return len(list.Claims)
	}
	for _, pair := range [][2]string{{"lang=en", "lang=EN"}, {"state=CN", "state=cn"}} {
		if a, b := count(pair[0]), count(pair[1]); a == 0 || a != b {
			t.Errorf("%s: %d claims, %s: %d", pair[0], a, pair[1], b)
		}
	}
	// Any stored accuser name, typed in another case.
	var name string
	for _, cl := range f.claims {
		if cl.Accuser != nil && cl.Accuser.Name != strings.ToLower(cl.Accuser.Name) {
			name = cl.Accuser.Name
			break
		}
	}
	if name == "" {
		t.Skip("fixture has no accuser name with capitals")
	}
	if a, b := count("accuser="+url.QueryEscape(name)), count("accuser="+url.QueryEscape(strings.ToLower(name))); a == 0 || a != b {
		t.Errorf("accuser %q: %d claims, lower case: %d", name, a, b)
	}
}
