// Package e2e holds the end-to-end tests of claimwire: the whole pipeline
// (fetcher → NATS → extractor → NATS → sinks) against the bundled fixture
// site on loopback, with faults injected (broker restart, database outage,
// a sink process killed, poison messages).
package e2e

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/fixtures"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
)

const version = "claimwire/e2e"

func logger(t testing.TB) *slog.Logger {
	if os.Getenv("CLAIMWIRE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// fixture is the demo site on an httptest server, with what the extractor
// gives directly on the fetched articles (the exact expected claim set).
type fixture struct {
	srv      *httptest.Server
	sources  *fetcher.SourcesFile
	articles []claim.Article
	want     map[string]claim.Claim
	gate     *gate
}

// gate holds article requests once open is false, so a test can act
// "mid-run" without timing.
type gate struct {
	mu      sync.Mutex
	after   int // let this many article pages through, then hold
	n       int
	held    chan struct{} // closed when the first request is held
	release chan struct{}
	once    sync.Once
}

func (g *gate) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g != nil && strings.HasSuffix(r.URL.Path, ".html") && r.URL.Path != "/index.html" {
			g.mu.Lock()
			g.n++
			hold := g.after >= 0 && g.n > g.after
			g.mu.Unlock()
			if hold {
				g.once.Do(func() { close(g.held) })
				select {
				case <-g.release:
				case <-r.Context().Done():
					return
				}
			}
		}
		h.ServeHTTP(w, r)
	})
}

func newFixture(t *testing.T, g *gate) *fixture {
	t.Helper()
	fx := &fixture{gate: g}
	fx.srv = httptest.NewServer(g.wrap(fixtures.Site()))
	t.Cleanup(fx.srv.Close)
	sf, err := fetcher.ParseSources(fixtures.SiteSources(fx.srv.URL), "e2e-sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fx.sources = sf
	// What the stages give without any NATS in between.
	f, err := fetcher.New(fetchConfig(sf), nil, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	direct := httptest.NewServer(fixtures.Site()) // ungated, same pages
	defer direct.Close()
	var mu sync.Mutex
	ctx := context.Background()
	for _, src := range sf.Sources {
		if g != nil {
			// The gated server would hold the direct crawl too: fetch the
			// same URLs through an ungated copy and map them back.
			src.URL = strings.Replace(src.URL, fx.srv.URL, direct.URL, 1)
		}
		_, err := f.Crawl(ctx, src, func(_ context.Context, a claim.Article) error {
			if g != nil {
				a.URL = strings.Replace(a.URL, direct.URL, fx.srv.URL, 1)
				a.CanonicalURL = strings.Replace(a.CanonicalURL, direct.URL, fx.srv.URL, 1)
			}
			mu.Lock()
			fx.articles = append(fx.articles, a)
			mu.Unlock()
			return nil
		})
		if err != nil {
			t.Fatalf("direct crawl of %s: %v", src.Name, err)
		}
	}
	exp, _ := fixtures.SiteExpected()
	if len(fx.articles) != len(exp) {
		t.Fatalf("direct crawl gave %d articles, the site has %d", len(fx.articles), len(exp))
	}
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := extractor.New(extractor.Config{Version: version}, norm, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	fx.want = map[string]claim.Claim{}
	for i := range fx.articles {
		cs, err := x.Extract(ctx, &fx.articles[i])
		if err != nil {
			t.Fatalf("extract %s: %v", fx.articles[i].URL, err)
		}
		for _, c := range cs {
			fx.want[c.ID] = c
		}
	}
	if len(fx.want) == 0 {
		t.Fatal("the extractor finds no claim on the fixture site: nothing to test")
	}
	return fx
}

func fetchConfig(sf *fetcher.SourcesFile) fetcher.Config {
	// The fixture site is ours: crawl it fast.
	return fetcher.Config{Contact: "https://example.org/claimwire-e2e", AllowHosts: sf.AllowHosts, Rate: 200, Burst: 50}
}

func (fx *fixture) wantIDs() []string {
	ids := make([]string, 0, len(fx.want))
	for id := range fx.want {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

var fastWorker = pipeline.WorkerConfig{
	BackoffBase: 20 * time.Millisecond, BackoffMax: 300 * time.Millisecond, MaxWait: 300 * time.Millisecond,
	AckWait: 10 * time.Second, IsPermanent: isPermanent,
}

// isPermanent is the classification every path shares (it knows the
// sinks' sentinel too).
func isPermanent(err error) bool { return pipeline.IsPermanent(err) }

func (fx *fixture) config(dir string) runner.Config {
	return runner.Config{
		Sources: fx.sources, DataDir: dir, Once: true, Listen: "127.0.0.1:-1",
		Fetch: fetchConfig(fx.sources), Extract: fastWorker, Sink: fastWorker, Version: version,
	}
}

func run(t *testing.T, cfg runner.Config) runner.Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := runner.Run(ctx, cfg, logger(t))
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if res.SourcesFailed != 0 {
		t.Fatalf("%d sources failed", res.SourcesFailed)
	}
	return res
}

// sqliteIDs returns the claim ids stored in a SQLite sink and its row count.
func sqliteIDs(t testing.TB, path string) ([]string, int) {
	t.Helper()
	ids, n, err := readSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	return ids, n
}

// readSQLite reads the ids; a database still being created reads as empty
// or as an error, which polling callers retry.
func readSQLite(path string) ([]string, int, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, 0, nil
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, 0, err
	}
	defer db.Close()
	rows, err := db.Query(`SELECT id, doc FROM claims`)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return nil, 0, nil
		}
		return nil, 0, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id, doc string
		if err := rows.Scan(&id, &doc); err != nil {
			return nil, 0, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	n := len(ids)
	slices.Sort(ids)
	return slices.Compact(ids), n, nil
}

// jsonlIDs returns the distinct claim ids of a JSONL sink and its line count.
func jsonlIDs(t testing.TB, path string) ([]string, int) {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) > 0 {
			lines++
		}
	}
	cs, err := sinks.ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids), lines
}

func sameIDs(what string, got, want []string) error {
	if slices.Equal(got, want) {
		return nil
	}
	var missing, extra []string
	for _, id := range want {
		if _, ok := slices.BinarySearch(got, id); !ok {
			missing = append(missing, id)
		}
	}
	for _, id := range got {
		if _, ok := slices.BinarySearch(want, id); !ok {
			extra = append(extra, id)
		}
	}
	return fmt.Errorf("%s: %d ids, want %d; missing %v; unexpected %v", what, len(got), len(want), missing, extra)
}

// eventually polls cond until it holds, with a generous cap.
func eventually(t testing.TB, what string, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	var err error
	for time.Now().Before(deadline) {
		if err = cond(); err == nil {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("%s: not reached after 90s: %v", what, err)
}
