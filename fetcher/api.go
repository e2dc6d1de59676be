// Package fetcher crawls news sources (RSS, Atom, JSON Feed, sitemaps, single
// pages, local directories) politely and turns each article into a
// claim.Article.
//
// Politeness (robots.txt, per-host rate limits, conditional GET, Retry-After,
// backoff) and safety (address guard at dial time, redirect, size, time and
// content-type caps) live here; the pipeline only sees articles through the
// emit callback of Crawl.
package fetcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// Sentinel errors. Every error returned by the fetcher wraps exactly one of
// ErrPermanent or ErrRetryable (so a caller can decide whether to try again
// later) and, where it applies, one of the specific errors below.
var (
	ErrPermanent = errors.New("permanent failure")
	ErrRetryable = errors.New("retryable failure")

	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")
	ErrAddressRefused   = errors.New("address refused")
	ErrTooLarge         = errors.New("response too large")
	ErrBinaryContent    = errors.New("binary content type")
	ErrNotFeed          = errors.New("not a feed")
	ErrTooManyRedirects = errors.New("too many redirects")
	ErrHTTPStatus       = errors.New("http status")
	ErrNoArticle        = errors.New("no article text")
	ErrTimeout          = errors.New("timeout")
	ErrRetryBudget      = errors.New("retry budget exhausted")
	ErrInvalidURL       = errors.New("invalid url")
	ErrMalformedFeed    = errors.New("malformed feed")
	ErrEmit             = errors.New("emit failed")
)

// Source kinds.
const (
	KindRSS      = "rss"
	KindAtom     = "atom"
	KindJSONFeed = "jsonfeed"
	KindAuto     = "auto"
	KindPage     = "page"
	KindSitemap  = "sitemap"
	KindDir      = "dir"
)

// Kinds lists the valid source kinds, in the order error messages give them.
var Kinds = []string{KindRSS, KindAtom, KindJSONFeed, KindAuto, KindPage, KindSitemap, KindDir}

// Source is one entry of a sources file.
type Source struct {
	Name       string        `yaml:"name" json:"name"`
	Kind       string        `yaml:"kind" json:"kind"`
	URL        string        `yaml:"url,omitempty" json:"url,omitempty"`
	Path       string        `yaml:"path,omitempty" json:"path,omitempty"` // kind dir
	Lang       string        `yaml:"lang,omitempty" json:"lang,omitempty"` // hint: "fr", "en"
	Include    []string      `yaml:"include,omitempty" json:"include,omitempty"`
	Exclude    []string      `yaml:"exclude,omitempty" json:"exclude,omitempty"`
	Categories []string      `yaml:"categories,omitempty" json:"categories,omitempty"`
	Rate       float64       `yaml:"rate,omitempty" json:"rate,omitempty"` // requests per second to this source's hosts
	Burst      int           `yaml:"burst,omitempty" json:"burst,omitempty"`
	Interval   time.Duration `yaml:"interval,omitempty" json:"interval,omitempty"`
	Schedule   string        `yaml:"schedule,omitempty" json:"schedule,omitempty"` // cron expression
	MaxItems   int           `yaml:"max_items,omitempty" json:"max_items,omitempty"`

	// Line is the line of the entry in its sources file (0 when built in code).
	Line int `yaml:"-" json:"-"`
}

// Defaults apply to every source that leaves the field empty.
type Defaults struct {
	Lang     string        `yaml:"lang,omitempty" json:"lang,omitempty"`
	Rate     float64       `yaml:"rate,omitempty" json:"rate,omitempty"`
	Burst    int           `yaml:"burst,omitempty" json:"burst,omitempty"`
	Interval time.Duration `yaml:"interval,omitempty" json:"interval,omitempty"`
	Schedule string        `yaml:"schedule,omitempty" json:"schedule,omitempty"`
	MaxItems int           `yaml:"max_items,omitempty" json:"max_items,omitempty"`
}

// SourcesFile is a parsed and validated sources file.
type SourcesFile struct {
	Name       string   `json:"-"` // file name used in error messages
	UserAgent  string   `json:"user_agent,omitempty"`
	Contact    string   `json:"contact,omitempty"`
	AllowHosts []string `json:"allow_hosts,omitempty"`
	Defaults   Defaults `json:"defaults"`
	Sources    []Source `json:"sources"`
}

// State is the crawl state store: conditional-GET validators per URL and
// seen articles. The JetStream KV bucket of the pipeline satisfies it, so
// several fetchers share it. Keys are made of [A-Za-z0-9_=.-] only (a
// restriction of NATS KV keys).
type State interface {
	Get(ctx context.Context, key string) ([]byte, bool, error)
	Put(ctx context.Context, key string, val []byte) error
}

// MemoryState is an in-memory State for tests, `--once` runs without a
// broker and single-process use.
type MemoryState struct {
	mu sync.Mutex
	m  map[string][]byte
}

// NewMemoryState returns an empty MemoryState.
func NewMemoryState() *MemoryState { return &MemoryState{m: map[string][]byte{}} }

// Get returns the value stored under key.
func (s *MemoryState) Get(_ context.Context, key string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return nil, false, nil
	}
	return append([]byte(nil), v...), true, nil
}

// Put stores val under key.
func (s *MemoryState) Put(_ context.Context, key string, val []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = append([]byte(nil), val...)
	return nil
}

// Len returns the number of keys (for tests and stats).
func (s *MemoryState) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// Resolver resolves host names; *net.Resolver satisfies it. Tests inject a
// stub so that names answer private addresses without any traffic.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// Stats counts what one crawl (or many, with Add) did.
type Stats struct {
	Items     int            `json:"items"`     // feed items / sitemap URLs / files considered
	New       int            `json:"new"`       // articles emitted
	Unchanged int            `json:"unchanged"` // 304, or already seen
	Skipped   int            `json:"skipped"`   // filtered out, robots, no article…
	Failed    int            `json:"failed"`    // errors
	Reasons   map[string]int `json:"reasons,omitempty"`
}

// Add accumulates o into s.
func (s *Stats) Add(o Stats) {
	s.Items += o.Items
	s.New += o.New
	s.Unchanged += o.Unchanged
	s.Skipped += o.Skipped
	s.Failed += o.Failed
	for k, v := range o.Reasons {
		if s.Reasons == nil {
			s.Reasons = map[string]int{}
		}
		s.Reasons[k] += v
	}
}

func (s *Stats) reason(r string) {
	if s.Reasons == nil {
		s.Reasons = map[string]int{}
	}
	s.Reasons[r]++
}

// String is a one-line summary.
func (s Stats) String() string {
	return fmt.Sprintf("items=%d new=%d unchanged=%d skipped=%d failed=%d", s.Items, s.New, s.Unchanged, s.Skipped, s.Failed)
}

// Fetcher crawls sources. It is safe for concurrent use: the Runner calls
// Crawl for several sources at once, and rate limits and robots.txt caches
// are shared per host.
type Fetcher struct {
	cfg    Config
	st     State
	log    *slog.Logger
	client *client

	progress *Progress
	inflight sync.Map // normalised URL → true while one crawl fetches it
}

// New returns a Fetcher. cfg is validated; st may be nil (a MemoryState is
// used) and logger may be nil (logs are discarded).
func New(cfg Config, st State, logger *slog.Logger) (*Fetcher, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if st == nil {
		st = NewMemoryState()
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	f := &Fetcher{cfg: cfg, st: st, log: logger.With("stage", "fetcher")}
	f.client = newClient(&f.cfg, f.log)
	return f, nil
}

// Crawl fetches src once and calls emit for every new article. An article is
// recorded as seen only after emit returned nil, so an article whose emit
// failed is fetched and emitted again on the next crawl. Errors of single
// items are logged and counted in Stats; the returned error is set only when
// the source itself could not be read (its feed failed) or ctx ended.
func (f *Fetcher) Crawl(ctx context.Context, src Source, emit func(context.Context, claim.Article) error) (Stats, error) {
	return f.crawl(ctx, src, emit)
}

// Close releases idle connections. The Fetcher stays usable.
func (f *Fetcher) Close() { f.client.hc.CloseIdleConnections() }

// Config returns the configuration in effect (defaults filled in).
func (f *Fetcher) Config() Config { return f.cfg }
