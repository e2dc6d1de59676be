package fetcher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// site is an httptest server playing a news site. It counts hits per path
// and serves an allow-all robots.txt unless a test replaces it.
type site struct {
	*httptest.Server
	mux  *http.ServeMux
	mu   sync.Mutex
	hits map[string]int
	reqs []*http.Request
	// robots, when set, answers /robots.txt.
	robots http.HandlerFunc
}

func (s *site) setRobots(fn http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.robots = fn
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux(), hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.reqs = append(s.reqs, r.Clone(context.Background()))
		s.mu.Unlock()
		s.mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	s.mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		fn := s.robots
		s.mu.Unlock()
		if fn != nil {
			fn(w, r)
			return
		}
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	return s
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) lastRequest(path string) *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.reqs) - 1; i >= 0; i-- {
		if s.reqs[i].URL.Path == path {
			return s.reqs[i]
		}
	}
	return nil
}

// handle serves body with content type ct at path.
func (s *site) handle(path, ct, body string) {
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		if ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		fmt.Fprint(w, body)
	})
}

// sleeps records the waits the fetcher asked for, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

// logBuf collects JSON log lines.
type logBuf struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// lines returns the log records whose msg is msg.
func (l *logBuf) lines(msg string) []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(l.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil && m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

type harness struct {
	f      *Fetcher
	st     *MemoryState
	logs   *logBuf
	sleeps *sleeps
	mu     sync.Mutex
	got    []claim.Article
	// emitErr, when set, is returned by emit.
	emitErr error
}

func (h *harness) emit(_ context.Context, a claim.Article) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.emitErr != nil {
		return h.emitErr
	}
	h.got = append(h.got, a)
	return nil
}

func (h *harness) articles() []claim.Article {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]claim.Article(nil), h.got...)
}

func (h *harness) urls() []string {
	var out []string
	for _, a := range h.articles() {
		out = append(out, a.URL)
	}
	return out
}

func testConfig() Config {
	return Config{
		Contact:       "https://claimwire.test/contact",
		AllowHosts:    []string{"127.0.0.1"},
		Timeout:       2 * time.Second,
		MaxRetries:    2,
		BackoffBase:   time.Millisecond,
		BackoffMax:    4 * time.Millisecond,
		MaxRetryAfter: time.Hour,
		Rate:          1000,
		Burst:         100,
		ShutdownGrace: 2 * time.Second,
	}
}

func newHarness(t *testing.T, mod func(*Config)) *harness {
	t.Helper()
	h := &harness{st: NewMemoryState(), logs: &logBuf{}, sleeps: &sleeps{}}
	cfg := testConfig()
	cfg.Sleep = h.sleeps.sleep
	if mod != nil {
		mod(&cfg)
	}
	f, err := New(cfg, h.st, slog.New(slog.NewJSONHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	h.f = f
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("logs:\n%s", h.logs.String())
		}
	})
	return h
}

func (h *harness) crawl(t *testing.T, src Source) (Stats, error) {
	t.Helper()
	if src.Name == "" {
		src.Name = "test"
	}
	return h.f.Crawl(context.Background(), src, h.emit)
}

// article writes a small but real article page.
func articlePage(title, lang, body string, extraHead string) string {
	var paras strings.Builder
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras.WriteString("<p>" + p + "</p>\n")
		}
	}
	return fmt.Sprintf(`<!DOCTYPE html><html lang=%q><head><meta charset="utf-8"><title>%s</title>%s</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>%s</h1>
%s</article>
<footer>© Test Wire</footer></body></html>`, lang, title, extraHead, title, paras.String())
}

// lorem gives distinct article bodies long enough to pass MinArticleChars.
func lorem(topic string) string {
	return fmt.Sprintf(`Investigators said on Monday that the %[1]s campaign had been running for several months before it was noticed by the operators of the affected networks.
The agency that published the report said the %[1]s intrusions relied on stolen credentials and on a flaw in a widely used remote access product.
Officials asked organisations to apply the available patches and to review their logs for the indicators listed at the end of the %[1]s advisory.`, topic)
}

func rssFeed(items ...string) string {
	return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title><link>/</link><description>d</description>` +
		strings.Join(items, "") + `</channel></rss>`
}

func rssItem(title, link, pub string) string {
	return fmt.Sprintf("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s summary</description></item>", title, link, pub, title)
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// stubResolver answers from a map and never sends a packet.
type stubResolver map[string][]string

func (s stubResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	ips, ok := s[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host (stub)", Name: host, IsNotFound: true}
	}
	var out []net.IPAddr
	for _, ip := range ips {
		out = append(out, net.IPAddr{IP: net.ParseIP(ip)})
	}
	return out, nil
}

func readFileNoT(p string) []byte {
	b, _ := os.ReadFile(p)
	return b
}

func netipParse(s string) (netip.Addr, error) { return netip.ParseAddr(s) }

// lastRequestCT returns the content type the site serves at path (test handlers set it statically).
func (s *site) lastRequestCT(path string) string {
	resp, err := http.Get(s.URL + path)
	if err != nil {
		return ""
	}
	resp.Body.Close()
	return resp.Header.Get("Content-Type")
}
