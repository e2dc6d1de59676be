package web

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// getHost sends GET path to ts with the Host header set to host.
func (c *client) getHost(host, path string, hdr ...string) (*http.Response, string) {
	req, _ := http.NewRequest("GET", c.base+path, nil)
	req.Host = host
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	return c.do(req)
}

// TestHostCheck: a page on another origin that rebinds its name to
// 127.0.0.1 sends its own name in Host and must read nothing.
func TestHostCheck(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, ts := newServer(t, Config{Metrics: prometheus.NewRegistry(), PublicURL: "https://claims.example.org/review/",
		AllowHosts: []string{"review.internal:8443", "Other.Internal"}}, f, nil)
	port := ts.URL[strings.LastIndex(ts.URL, ":")+1:]
	c := newClient(t, ts.URL)
	paths := []string{"/export?format=jsonl", "/claims", "/claims/" + f.claims[0].ID, "/api/claims", "/overview", "/events", "/precision", "/metrics", "/login", "/static/app.css"}
	for _, tt := range []struct {
		host string
		ok   bool
	}{
		{"attacker.example:" + port, false},
		{"attacker.example", false},
		{"127.0.0.1.attacker.example:" + port, false},
		{"localhost.attacker.example", false},
		{"evil.review.internal", false},
		{"claims.example.org.evil.example", false},
		{"a b", false},
		{"user@localhost", false},
		{"localhost:" + port, true},
		{"LOCALHOST", true},
		{"localhost.:" + port, true},
		{"app.localhost:" + port, true},
		{"127.0.0.1:" + port, true},
		{"127.9.8.7", true},
		{"[::1]:" + port, true},
		{"claims.example.org", true},
		{"review.internal:9999", true}, // any port
		{"other.internal", true},
	} {
		t.Run(tt.host, func(t *testing.T) {
			for _, p := range paths {
				resp, body := c.getHost(tt.host, p)
				if tt.ok && resp.StatusCode != 200 {
					t.Errorf("GET %s Host %q: %d, want 200", p, tt.host, resp.StatusCode)
				}
				if !tt.ok && (resp.StatusCode != http.StatusMisdirectedRequest || strings.Contains(body, f.claims[0].ID)) {
					t.Errorf("GET %s Host %q: %d, want 421", p, tt.host, resp.StatusCode)
				}
			}
			// Probes may address the server by any name.
			if resp, _ := c.getHost(tt.host, "/healthz"); resp.StatusCode != 200 {
				t.Errorf("healthz Host %q: %d", tt.host, resp.StatusCode)
			}
		})
	}
	// Writes too: a rebound page cannot post decisions with a stolen token.
	req, _ := http.NewRequest("POST", ts.URL+"/api/claims/"+f.claims[0].ID+"/decision", strings.NewReader(`{"action":"accept"}`))
	req.Host = "attacker.example:" + port
	req.Header.Set("Content-Type", "application/json")
	if resp, _ := c.do(req); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("POST with a foreign Host: %d", resp.StatusCode)
	}
}

func TestHostCheckSpecificBind(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, ts := newServer(t, Config{Addr: "192.0.2.10:8080", Token: testToken}, f, nil)
	c := newClient(t, ts.URL)
	if resp, _ := c.getHost("192.0.2.10:8080", "/login"); resp.StatusCode != 200 {
		t.Errorf("the bind address itself: %d", resp.StatusCode)
	}
	if resp, _ := c.getHost("192.0.2.11:8080", "/login"); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("another address: %d", resp.StatusCode)
	}
	byName, err := New(Config{Addr: "review.lan:8080", Token: testToken}, f.store, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !byName.hostAllowed("Review.LAN:8080") || byName.hostAllowed("other.lan") {
		t.Error("a bind by name accepts exactly that name")
	}
}

func TestRequireAuth(t *testing.T) {
	t.Parallel()
	if err := (&Config{RequireAuth: true}).Validate(); err == nil {
		t.Error("RequireAuth without credentials validates")
	}
	f := newFixture(t)
	_, ts := newServer(t, Config{Token: testToken, RequireAuth: true, Metrics: prometheus.NewRegistry()}, f, nil)
	c := newClient(t, ts.URL)
	for _, tt := range []struct {
		path string
		code int
	}{
		{"/claims", http.StatusSeeOther},
		{"/", http.StatusSeeOther},
		{"/claims/" + f.claims[0].ID, http.StatusSeeOther},
		{"/overview", http.StatusSeeOther},
		{"/events", http.StatusSeeOther},
		{"/events/0123abcd", http.StatusSeeOther},
		{"/precision", http.StatusSeeOther},
		{"/export?format=jsonl", http.StatusSeeOther},
		{"/api/claims", http.StatusUnauthorized},
		{"/api/events", http.StatusUnauthorized},
		{"/api/claims/" + f.claims[0].ID, http.StatusUnauthorized},
		{"/api/suggest?q=chine", http.StatusUnauthorized},
		{"/metrics", http.StatusUnauthorized},
		{"/healthz", http.StatusOK},
		{"/login", http.StatusOK},
		{"/static/app.css", http.StatusOK},
	} {
		resp, body := c.get(tt.path)
		if resp.StatusCode != tt.code || strings.Contains(body, f.claims[0].Evidence.Sentence) {
			t.Errorf("anonymous GET %s: %d, want %d", tt.path, resp.StatusCode, tt.code)
		}
		if tt.code == http.StatusSeeOther && !strings.HasPrefix(resp.Header.Get("Location"), "/login?return=") {
			t.Errorf("GET %s redirects to %q", tt.path, resp.Header.Get("Location"))
		}
	}
	// A reverse proxy's user with the token reads everything.
	req, _ := http.NewRequest("GET", ts.URL+"/export?format=jsonl", nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	if resp, body := c.do(req); resp.StatusCode != 200 || !strings.Contains(body, f.claims[0].ID) {
		t.Errorf("export with the token: %d", resp.StatusCode)
	}
	c.login()
	if resp, _ := c.get("/metrics"); resp.StatusCode != 200 {
		t.Errorf("metrics after login: %d", resp.StatusCode)
	}
}

func TestLogoutRevokesSession(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s, ts := newServer(t, Config{Token: testToken, RequireAuth: true}, f, nil)
	c := newClient(t, ts.URL)
	c.login()
	u, _ := url.Parse(ts.URL)
	var stolen *http.Cookie
	for _, ck := range c.c.Jar.Cookies(u) {
		if ck.Name == sessionCookie {
			stolen = ck
		}
	}
	if stolen == nil {
		t.Fatal("no session cookie after login")
	}
	if strings.Contains(stolen.Value, "analyst") || len(stolen.Value) < 40 {
		t.Errorf("session cookie %q is not an opaque random handle", stolen.Value)
	}
	_, page := c.get("/claims")
	if resp, _ := c.post("/logout", url.Values{"csrf": {csrfOf(t, page)}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %d", resp.StatusCode)
	}
	if s.sessions.len() != 0 {
		t.Errorf("%d sessions left after logout", s.sessions.len())
	}
	// Replaying the cookie taken before logout gets nothing.
	replay := newClient(t, ts.URL)
	req, _ := http.NewRequest("GET", ts.URL+"/api/claims", nil)
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: stolen.Value})
	if resp, _ := replay.do(req); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("read with the revoked cookie: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest("POST", ts.URL+"/api/claims/"+f.claims[0].ID+"/decision", strings.NewReader(`{"action":"accept"}`))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(&http.Cookie{Name: sessionCookie, Value: stolen.Value})
	if resp, _ := replay.do(req); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("write with the revoked cookie: %d", resp.StatusCode)
	}
	if r, _ := f.store.Get(context.Background(), f.claims[0].ID); r.Status != claim.StatusPending {
		t.Error("decision stored with a revoked session")
	}

	// Expiry still applies to sessions nobody logged out of.
	c2 := newClient(t, ts.URL)
	c2.login()
	if resp, _ := c2.get("/api/claims"); resp.StatusCode != 200 {
		t.Fatalf("fresh session: %d", resp.StatusCode)
	}
	s.sessions.mu.Lock()
	s.sessions.now = func() time.Time { return time.Now().Add(sessionTTL + time.Minute) }
	s.sessions.mu.Unlock()
	if resp, _ := c2.get("/api/claims"); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("expired session: %d", resp.StatusCode)
	}
}

func TestSessionStoreBounded(t *testing.T) {
	t.Parallel()
	st := newSessionStore()
	first := st.create(who{reviewer: "a", method: "session"}, time.Hour)
	for i := 0; i < maxSessions+5; i++ {
		st.create(who{reviewer: "b", method: "session"}, 2*time.Hour)
	}
	if n := st.len(); n > maxSessions {
		t.Errorf("%d sessions kept, bound %d", n, maxSessions)
	}
	if _, ok := st.get(first); ok {
		t.Error("the session closest to expiry survived eviction")
	}
}

// loginAs posts the login form from the client address remote straight to
// the handler (httptest cannot vary the peer address).
func loginAs(t *testing.T, s *Server, remote, user, password string, hdr ...string) int {
	t.Helper()
	seed := strings.Repeat("s", 43)
	form := url.Values{"csrf": {s.mac("csrf", seed)}, "user": {user}, "password": {password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
	req.Host = "127.0.0.1:8080"
	req.RemoteAddr = remote
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(&http.Cookie{Name: csrfCookie, Value: seed})
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec.Code
}

func TestLoginRateLimitPerClient(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s, _ := newServer(t, Config{User: "erin", Password: "erin-password"}, f, nil)
	// One client guessing exhausts its own budget…
	var last int
	for i := 0; i < loginBurst+2; i++ {
		last = loginAs(t, s, "192.0.2.1:4000", "erin", "guess-"+string(rune('a'+i)),
			"X-Forwarded-For", "198.51.100."+string(rune('1'+i%9))) // spoofed, not trusted
	}
	if last != http.StatusTooManyRequests {
		t.Fatalf("attacker after %d guesses: %d, want 429", loginBurst+2, last)
	}
	// …even with the right password,
	if code := loginAs(t, s, "192.0.2.1:4001", "erin", "erin-password"); code != http.StatusTooManyRequests {
		t.Errorf("attacker's right password while limited: %d", code)
	}
	// while everyone else still logs in.
	if code := loginAs(t, s, "192.0.2.2:4000", "erin", "erin-password"); code != http.StatusSeeOther {
		t.Errorf("another client: %d, want 303", code)
	}
	if code := loginAs(t, s, "[2001:db8::1]:4000", "erin", "erin-password"); code != http.StatusSeeOther {
		t.Errorf("an IPv6 client: %d, want 303", code)
	}
	// Bearer guesses on the API count against the same budget.
	req := httptest.NewRequest("POST", "/api/claims/"+f.claims[0].ID+"/decision", strings.NewReader(`{"action":"accept"}`))
	req.Host, req.RemoteAddr = "127.0.0.1", "192.0.2.1:4002"
	req.Header.Set("Content-Type", "application/json")
	req.SetBasicAuth("erin", "guess")
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusTooManyRequests {
		t.Errorf("basic-auth guess from a limited client: %d", rec.Code)
	}
}

func TestLoginRateLimitTrustedProxy(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s, _ := newServer(t, Config{User: "erin", Password: "erin-password", TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}, f, nil)
	for i := 0; i < loginBurst+1; i++ {
		loginAs(t, s, "10.1.1.1:5000", "erin", "guess", "X-Forwarded-For", "203.0.113.7")
	}
	if code := loginAs(t, s, "10.1.1.1:5000", "erin", "erin-password", "X-Forwarded-For", "203.0.113.7"); code != http.StatusTooManyRequests {
		t.Errorf("limited client behind the proxy: %d", code)
	}
	// Another client behind the same proxy is not locked out.
	if code := loginAs(t, s, "10.1.1.1:5000", "erin", "erin-password", "X-Forwarded-For", "203.0.113.8"); code != http.StatusSeeOther {
		t.Errorf("other client behind the proxy: %d", code)
	}
}

func TestClientAddr(t *testing.T) {
	t.Parallel()
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	for _, tt := range []struct {
		remote, xff string
		trusted     bool
		want        string
	}{
		{"192.0.2.1:80", "", false, "192.0.2.1"},
		{"192.0.2.1:80", "203.0.113.9", false, "192.0.2.1"},                    // untrusted peer: XFF ignored
		{"192.0.2.1:80", "203.0.113.9", true, "192.0.2.1"},                     // peer not a trusted proxy
		{"10.0.0.2:80", "203.0.113.9", true, "203.0.113.9"},                    // one proxy
		{"10.0.0.2:80", "1.1.1.1, 203.0.113.9, 10.0.0.3", true, "203.0.113.9"}, // left-most is client-written
		{"10.0.0.2:80", "garbage", true, "10.0.0.2"},
		{"10.0.0.2:80", "", true, "10.0.0.2"},
		{"[2001:db8:1:2:3::4]:80", "", false, "2001:db8:1:2::"},
		{"[::ffff:192.0.2.5]:80", "", false, "192.0.2.5"},
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.RemoteAddr = tt.remote
		if tt.xff != "" {
			req.Header.Set("X-Forwarded-For", tt.xff)
		}
		var tr []netip.Prefix
		if tt.trusted {
			tr = trusted
		}
		if got := clientAddr(req, tr).String(); got != tt.want {
			t.Errorf("clientAddr(%s, XFF %q, trusted %v) = %s, want %s", tt.remote, tt.xff, tt.trusted, got, tt.want)
		}
	}
}

func TestClientLimiterBounded(t *testing.T) {
	t.Parallel()
	cl := newClientLimiter(time.Second, 2, 3)
	now := time.Unix(1000, 0)
	cl.now = func() time.Time { return now }
	a := netip.MustParseAddr("192.0.2.1")
	cl.allow(a)
	cl.allow(a)
	if cl.allow(a) {
		t.Fatal("third attempt within the burst allowed")
	}
	for i := 2; i < 10; i++ {
		now = now.Add(time.Millisecond)
		cl.allow(netip.AddrFrom4([4]byte{192, 0, 2, byte(i)}))
		if cl.len() > 3 {
			t.Fatalf("%d entries, bound 3", cl.len())
		}
	}
}

// TestReviewerFromIdentity: the name on a decision is the authenticated
// identity, never one the client typed or sent.
func TestReviewerFromIdentity(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, ts := newServer(t, Config{Token: testToken, Reviewer: "token-holder", User: "erin", Password: "erin-password"}, f, nil)
	c := newClient(t, ts.URL)
	post := func(id string, hdr ...string) {
		t.Helper()
		req, _ := http.NewRequest("POST", ts.URL+"/api/claims/"+id+"/decision", strings.NewReader(`{"action":"accept"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Claimwire-Reviewer", "mallory")
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		if resp, body := c.do(req); resp.StatusCode != 200 {
			t.Fatalf("decision: %d %s", resp.StatusCode, body)
		}
	}
	post(f.claims[0].ID, "Authorization", "Bearer "+testToken)
	req, _ := http.NewRequest("GET", "/", nil)
	req.SetBasicAuth("erin", "erin-password")
	post(f.claims[1].ID, "Authorization", req.Header.Get("Authorization"))
	// The login form has no name field; a forged one is ignored.
	_, body := c.get("/login")
	if strings.Contains(body, `name="name"`) {
		t.Error("login form still asks for a name")
	}
	c.post("/login", url.Values{"csrf": {csrfOf(t, body)}, "token": {testToken}, "name": {"mallory"}})
	_, page := c.get("/claims/" + f.claims[2].ID)
	if resp, _ := c.post("/claims/"+f.claims[2].ID+"/accept", url.Values{"csrf": {csrfOf(t, page)}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("form accept: %d", resp.StatusCode)
	}
	for i, want := range []string{"token-holder", "erin", "token-holder"} {
		r, err := f.store.Get(context.Background(), f.claims[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if r.Reviewer != want || len(r.Decisions) != 1 || r.Decisions[0].Reviewer != want {
			t.Errorf("claim %d: reviewer %q (decision %+v), want %q", i, r.Reviewer, r.Decisions, want)
		}
	}
}

// TestBulkAllOrNone: a bulk action naming an unknown claim changes
// nothing, publishes nothing, and names the unknown ids.
func TestBulkAllOrNone(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	pub := &fakePub{}
	_, ts := newServer(t, Config{Token: testToken}, f, pub)
	c := newClient(t, ts.URL)
	ids := []string{f.claims[0].ID, "no-such-claim", f.claims[1].ID, "another-ghost"}
	req, _ := http.NewRequest("POST", ts.URL+"/api/claims/bulk",
		strings.NewReader(`{"ids":["`+strings.Join(ids, `","`)+`"],"action":"reject","reason":"noise"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, body := c.do(req)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "no-such-claim, another-ghost") || !strings.Contains(body, "Nothing was changed") {
		t.Errorf("API bulk with unknown ids: %d %s", resp.StatusCode, body)
	}
	c.login()
	_, page := c.get("/claims")
	resp, body = c.post("/claims/bulk", url.Values{"csrf": {csrfOf(t, page)}, "id": ids, "action": {"accept"}})
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "no-such-claim, another-ghost") {
		t.Errorf("form bulk with unknown ids: %d", resp.StatusCode)
	}
	for _, id := range []string{f.claims[0].ID, f.claims[1].ID} {
		if r, _ := f.store.Get(context.Background(), id); r.Status != claim.StatusPending || len(r.Decisions) != 0 {
			t.Errorf("claim %s changed by a failed bulk action: %s", id, r.Status)
		}
	}
	if n := len(pub.decisions()); n != 0 {
		t.Errorf("failed bulk action published %d decisions", n)
	}
}

// TestNoLinkToNonWebURL: a javascript: article URL left in a store from
// before the sinks checked URLs is never a link, nor in exports; a local
// file URL is shown as text.
func TestNoLinkToNonWebURL(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	china := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	js := mk(20, "javascript:alert(document.cookie)", "China was blamed for hitting France.", nil, china, "en", "FR")
	local := mk(21, "file:///srv/archive/b.html", "China was blamed for hitting Spain.", nil, china, "en", "ES")
	js.Article.Title, local.Article.Title = "A rigged page", "An archived page"
	if err := sinks.SeedStore(context.Background(), f.store, []claim.Claim{js, local}, nil, nil); err != nil {
		t.Fatal(err)
	}
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	for _, cl := range []claim.Claim{js, local} {
		resp, body := c.get("/claims/" + cl.ID)
		if resp.StatusCode != 200 {
			t.Fatalf("claim page: %d", resp.StatusCode)
		}
		if strings.Contains(body, `href="javascript`) || strings.Contains(body, `href="file:`) || strings.Contains(body, `href="#ZgotmplZ"`) {
			t.Errorf("claim page links a non-web url:\n%s", body)
		}
	}
	_, body := c.get("/claims/" + f.claims[0].ID)
	if !strings.Contains(body, `href="https://wire.example/cn/0"`) {
		t.Error("the http article link is gone")
	}
	for _, format := range []string{"jsonl", "csv", "stix"} {
		_, body := c.get("/export?format=" + format)
		if strings.Contains(body, "javascript:") {
			t.Errorf("%s export carries the javascript: url", format)
		}
	}
}

func TestNamedTokens(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, ts := newServer(t, Config{Token: testToken, Reviewer: "desk", Tokens: []NamedToken{
		{Name: "Ana Lopes", Token: "ana-token-0123456789"}, {Name: "bo", Token: "bo-token-0123456789"}}}, f, nil)
	c := newClient(t, ts.URL)
	for i, tt := range []struct{ token, want string }{
		{"ana-token-0123456789", "Ana Lopes"}, {"bo-token-0123456789", "bo"}, {testToken, "desk"},
	} {
		req, _ := http.NewRequest("POST", ts.URL+"/api/claims/"+f.claims[i].ID+"/decision", strings.NewReader(`{"action":"accept"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+tt.token)
		if resp, body := c.do(req); resp.StatusCode != 200 {
			t.Fatalf("decision with %s's token: %d %s", tt.want, resp.StatusCode, body)
		}
		if r, _ := f.store.Get(context.Background(), f.claims[i].ID); r.Reviewer != tt.want {
			t.Errorf("decision recorded under %q, want %q", r.Reviewer, tt.want)
		}
	}
	// The login form takes any of them, and the session keeps the name.
	_, body := c.get("/login")
	c.post("/login", url.Values{"csrf": {csrfOf(t, body)}, "token": {"bo-token-0123456789"}})
	_, page := c.get("/claims/" + f.claims[3].ID)
	if !strings.Contains(page, ">bo</span>") {
		t.Error("page does not show the logged-in analyst")
	}
	c.post("/claims/"+f.claims[3].ID+"/reject", url.Values{"csrf": {csrfOf(t, page)}, "reason": {"dup"}})
	if r, _ := f.store.Get(context.Background(), f.claims[3].ID); r.Reviewer != "bo" || r.Status != claim.StatusRejected {
		t.Errorf("form decision by %q (%s), want bo", r.Reviewer, r.Status)
	}
	for _, bad := range []Config{
		{Tokens: []NamedToken{{Name: "", Token: "long-enough-token"}}},
		{Tokens: []NamedToken{{Name: "a", Token: "short"}}},
		{Tokens: []NamedToken{{Name: "a", Token: "same-token-123"}, {Name: "b", Token: "same-token-123"}}},
		{Tokens: []NamedToken{{Name: "a", Token: "token-one-123"}, {Name: "a", Token: "token-two-123"}}},
		{Token: testToken, Tokens: []NamedToken{{Name: "a", Token: testToken}}},
		{Tokens: []NamedToken{{Name: "a\nb", Token: "token-one-123"}}},
	} {
		if err := bad.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil", bad.Tokens)
		}
	}
}

func TestParseTokens(t *testing.T) {
	t.Parallel()
	got, err := ParseTokens(strings.NewReader("# analysts\n\nAna Lopes   ana-token-0123456789\nbo\tbo-token-0123456789\n"), "tokens.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []NamedToken{{Name: "Ana Lopes", Token: "ana-token-0123456789"}, {Name: "bo", Token: "bo-token-0123456789"}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ParseTokens = %+v", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"lonely-token-without-name\n", "tokens.txt:1: want NAME TOKEN"},
		{"\n# c\nana short\n", "tokens.txt:3: token of \"ana\" shorter than 8"},
	} {
		if _, err := ParseTokens(strings.NewReader(tt.in), "tokens.txt"); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseTokens(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func FuzzParseTokens(f *testing.F) {
	f.Add("Ana Lopes ana-token-0123456789\n# x\n")
	f.Add("a\tb\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		ts, err := ParseTokens(strings.NewReader(in), "f")
		if err != nil {
			return
		}
		for _, tok := range ts {
			if tok.Name == "" || len(tok.Token) < minSecret || strings.ContainsAny(tok.Token, " \t") {
				t.Fatalf("ParseTokens(%q) gave %+v", in, tok)
			}
		}
	})
}

func FuzzHostOnly(f *testing.F) {
	for _, s := range []string{"localhost:8080", "[::1]:80", "a.example.", "127.0.0.1", "x y", "[::1", ":80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		h, ok := hostOnly(in)
		if !ok {
			return
		}
		// A name that passes is canonical: checking it again gives itself.
		if h2, ok2 := hostOnly(h); !ok2 || h2 != h {
			t.Fatalf("hostOnly(%q) = %q, then %q %v", in, h, h2, ok2)
		}
	})
}

// TestHostCheckWildcardBind: on 0.0.0.0 the machine's own addresses are
// accepted (typing http://192.168.1.5:8080/ works), names are not.
func TestHostCheckWildcardBind(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	s, ts := newServer(t, Config{Addr: "0.0.0.0:8080", Token: testToken}, f, nil)
	c := newClient(t, ts.URL)
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Skipf("no interface addresses: %v", err)
	}
	for _, ia := range addrs {
		p, err := netip.ParsePrefix(ia.String())
		if err != nil {
			continue
		}
		if !s.hostAllowed(net.JoinHostPort(p.Addr().String(), "8080")) {
			t.Errorf("own address %s refused", p.Addr())
		}
	}
	if resp, _ := c.getHost("rebound.example:8080", "/login"); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("a name on a wildcard bind: %d", resp.StatusCode)
	}
}
