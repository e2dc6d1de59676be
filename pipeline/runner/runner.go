// Package runner assembles the whole claimwire pipeline in one process:
// embedded (or external) NATS, the fetcher publishing articles, the extract
// stage and one sink stage per sink, the ops HTTP server, and the --once
// logic (crawl, then wait until every article is extracted and every claim
// stored). `claimwire run`, `claimwire demo` and the end-to-end tests all
// go through Run, so they exercise the same code path.
package runner

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/sinks"
	"github.com/claimwire/claimwire/web"
)

// DefaultListen is the embedded server's client address of `claimwire run`.
const DefaultListen = "127.0.0.1:4223"

// DefaultContact is sent in the User-Agent when neither the sources file
// nor --contact gives one.
const DefaultContact = "https://github.com/claimwire/claimwire"

// Config configures Run. Sources is required; the rest has defaults.
type Config struct {
	// Sources to crawl (fetcher.LoadSources, fetcher.DefaultSources, …).
	Sources *fetcher.SourcesFile
	// DataDir holds the embedded NATS store (DATA/nats) and the default
	// sinks (DATA/claims.db, DATA/claims.jsonl). Default "data".
	DataDir string
	// Once crawls every source once, waits until all articles are extracted
	// and all claims stored, and returns. Otherwise Run re-crawls each
	// source on its interval until ctx ends.
	Once bool
	// NATS is the external server configuration; with no URLs an embedded
	// server is started on Listen with its store under DataDir.
	NATS pipeline.Config
	// Listen is the embedded server's address: HOST:PORT, HOST:-1 (random)
	// or "none" (in-process only). Default DefaultListen.
	Listen string
	// Sinks are sink specs (sinks.ParseSpec). Default sqlite:DATA/claims.db
	// and jsonl:DATA/claims.jsonl. Each gets its own sink stage and durable
	// consumer, so one sink being down does not hold the others back.
	Sinks       []string
	SinkOptions sinks.Options
	// Fetch configures the fetcher; AllowHosts is merged with the sources
	// file's allow_hosts; Contact defaults to the sources file's contact,
	// then DefaultContact.
	Fetch fetcher.Config
	// Extract and Sink tune the stages' consumers.
	Extract pipeline.WorkerConfig
	Sink    pipeline.WorkerConfig
	// Interval is the re-crawl period of sources that set none. Default 1h.
	Interval time.Duration
	// HTTPAddr serves /metrics, /healthz and, with Web, the review page on
	// "/". "" serves nothing.
	HTTPAddr string
	// Web configures the review page (nil: none). It reads the first
	// sqlite or postgres sink and publishes decisions on the bus.
	Web *web.Config
	// Registry receives the metrics (default: a new one).
	Registry *prometheus.Registry
	// ExtractFunc replaces the extractor (tests, bench). Default: the
	// normalizer and extractor packages.
	ExtractFunc pipeline.ExtractFunc
	// Progress, when set, receives the fetcher's progress reporter output.
	Progress io.Writer
	// OnReady is called once everything runs, before the first crawl.
	OnReady func(Info)
	// Version is stamped in claims' extractor field.
	Version string
	// Tables are users' normalizer table files merged over the embedded ones.
	Tables []string
	// Lexicons are users' extractor lexicon files (extractor.Config.ExtraLexicons).
	Lexicons []string
}

// Info describes a running pipeline.
type Info struct {
	NATSURL  string   // nats:// URL of the embedded server ("" when external or in-process only)
	HTTPURL  string   // http:// URL of the ops (and review) server, "" when none
	Review   bool     // the review page is served on HTTPURL
	Sinks    []string // sink names
	DataDir  string
	External bool
}

// Result summarises a --once run.
type Result struct {
	Fetch         fetcher.Stats
	SourcesFailed int
	Articles      int // articles published on the bus
	Claims        int // claims extracted
	Info          Info
}

func (c *Config) defaults() {
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if len(c.Sinks) == 0 {
		c.Sinks = []string{
			"sqlite:" + filepath.Join(c.DataDir, "claims.db"),
			"jsonl:" + filepath.Join(c.DataDir, "claims.jsonl"),
		}
	}
	if c.Interval <= 0 {
		c.Interval = time.Hour
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	if c.Version == "" {
		c.Version = "claimwire/dev"
	}
	c.Fetch = FetchConfig(c.Fetch, c.Sources)
}

// FetchConfig completes a fetcher configuration from the sources file sf
// (nil: none): Contact defaults to sf's contact, then DefaultContact;
// UserAgent to sf's; sf's allow_hosts are appended to AllowHosts.
func FetchConfig(c fetcher.Config, sf *fetcher.SourcesFile) fetcher.Config {
	if sf != nil {
		c.Contact = cmp.Or(c.Contact, sf.Contact)
		c.UserAgent = cmp.Or(c.UserAgent, sf.UserAgent)
		c.AllowHosts = append(slices.Clone(c.AllowHosts), sf.AllowHosts...)
	}
	c.Contact = cmp.Or(c.Contact, DefaultContact)
	return c
}

// Validate checks the configuration.
func (c Config) Validate() error {
	var errs []error
	if c.Sources == nil {
		errs = append(errs, errors.New("runner: no sources"))
	} else if len(c.Sources.Sources) == 0 {
		errs = append(errs, fmt.Errorf("runner: sources file %s lists no source", c.Sources.Name))
	}
	if len(c.NATS.URLs) == 0 {
		if _, _, _, err := pipeline.ParseListen(c.Listen); err != nil {
			errs = append(errs, err)
		}
	} else if err := c.NATS.Validate(); err != nil {
		errs = append(errs, err)
	}
	for _, s := range c.Sinks {
		if _, err := sinks.ParseSpec(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := c.SinkOptions.Validate(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Run runs the pipeline; see Config.Once.
func Run(ctx context.Context, cfg Config, logger *slog.Logger) (res Result, err error) {
	cfg.defaults()
	if err := cfg.Validate(); err != nil {
		return res, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	log := logger.With("component", "runner")
	// The HTTP address is taken first: a typo in --web-addr must fail
	// before NATS starts and stages consume anything.
	var httpLn net.Listener
	if cfg.HTTPAddr != "" {
		if cfg.Web != nil && StoreDSN(cfg.Sinks) != "" {
			wcfg := *cfg.Web
			wcfg.Addr = cfg.HTTPAddr
			if err := wcfg.Validate(); err != nil {
				return res, fmt.Errorf("runner: review page: %w", err)
			}
		}
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			return res, fmt.Errorf("runner: http listen %s: %w", cfg.HTTPAddr, err)
		}
		httpLn = ln
	}
	var cleanups []func()
	defer func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}()
	if httpLn != nil {
		cleanups = append(cleanups, func() { httpLn.Close() })
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return res, fmt.Errorf("runner: data dir: %w", err)
	}

	// NATS: embedded unless URLs were given.
	natsCfg := cfg.NATS
	if len(natsCfg.URLs) == 0 {
		host, port, noListen, _ := pipeline.ParseListen(cfg.Listen)
		emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedConfig{
			Host: host, Port: port, NoListen: noListen, StoreDir: filepath.Join(cfg.DataDir, "nats"),
		}, logger)
		if err != nil {
			return res, err
		}
		cleanups = append(cleanups, emb.Shutdown)
		natsCfg.Embedded = emb
		res.Info.NATSURL = emb.ClientURL()
	} else {
		res.Info.External = true
	}
	metrics := pipeline.NewMetrics(cfg.Registry)
	bus, err := pipeline.Connect(ctx, natsCfg, metrics, logger)
	if err != nil {
		return res, err
	}
	cleanups = append(cleanups, bus.Close)
	if err := bus.Setup(ctx); err != nil {
		return res, err
	}
	state, err := bus.FetchState(ctx)
	if err != nil {
		return res, err
	}

	// Stages.
	var norm *normalizer.Normalizer
	if cfg.ExtractFunc == nil || cfg.Web != nil {
		if norm, err = normalizer.New(normalizer.Options{ExtraFiles: cfg.Tables}); err != nil {
			return res, fmt.Errorf("runner: normalizer: %w", err)
		}
	}
	extract := cfg.ExtractFunc
	if extract == nil {
		x, err := extractor.New(extractor.Config{Version: cfg.Version, ExtraLexicons: cfg.Lexicons}, norm, logger)
		if err != nil {
			return res, fmt.Errorf("runner: extractor: %w", err)
		}
		extract = x.Extract
	}
	f, err := fetcher.New(cfg.Fetch, state, logger)
	if err != nil {
		return res, err
	}
	progress := fetcher.NewProgress(len(cfg.Sources.Sources))
	f.SetProgress(progress)
	var claimsN, articlesN countInt
	countingExtract := func(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
		cs, err := extract(ctx, a)
		if err == nil {
			progress.AddClaims(len(cs))
			claimsN.add(len(cs))
		}
		return cs, err
	}

	var opened []sinks.Sink
	for _, spec := range cfg.Sinks {
		s, err := openSink(ctx, spec, cfg.SinkOptions, logger)
		if err != nil {
			return res, err
		}
		opened = append(opened, s)
		cleanups = append(cleanups, func() {
			if err := s.Close(); err != nil {
				log.Error("close sink", "sink", s.Name(), "err", err)
			}
		})
		res.Info.Sinks = append(res.Info.Sinks, s.Name())
	}

	// Consumers exist before the first article is published, so --once
	// can tell "nothing pending" from "not started".
	refs := []pipeline.ConsumerRef{}
	ref, err := bus.EnsureExtractConsumer(ctx, cfg.Extract)
	if err != nil {
		return res, err
	}
	refs = append(refs, ref)
	for _, s := range opened {
		rs, err := bus.EnsureSinkConsumers(ctx, s, cfg.Sink)
		if err != nil {
			return res, err
		}
		refs = append(refs, rs...)
	}

	// A stage that stops on its own (the server refused its consumer) ends
	// the run with its error instead of leaving --once waiting forever.
	runCtx, failRun := context.WithCancelCause(ctx)
	defer failRun(nil)
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	var workers sync.WaitGroup
	stopWorkers := func() { stopWork(); workers.Wait() }
	cleanups = append(cleanups, stopWorkers)
	workers.Go(func() {
		if err := bus.RunExtractor(workCtx, countingExtract, cfg.Extract); err != nil {
			failRun(fmt.Errorf("runner: extract stage: %w", err))
		}
	})
	ews, err := eventStages(ctx, cfg.Sinks, opened, bus, logger)
	if err != nil {
		return res, err
	}
	for i, s := range opened {
		workers.Go(func() {
			if err := bus.RunSink(workCtx, ews[i], cfg.Sink); err != nil {
				failRun(fmt.Errorf("runner: sink stage %s: %w", s.Name(), err))
			}
		})
	}

	// Ops and review HTTP server.
	if cfg.HTTPAddr != "" {
		var page http.Handler
		if cfg.Web != nil {
			h, closeStore, err := reviewPage(ctx, cfg, norm, bus, logger)
			if err != nil {
				return res, err
			}
			if closeStore != nil {
				cleanups = append(cleanups, closeStore)
			}
			page = h
		}
		url, stop := ServeOpsOn(httpLn, cfg.Registry, bus.Healthy, page, logger)
		cleanups = append(cleanups, stop)
		res.Info.HTTPURL = url
		res.Info.Review = page != nil
	}
	res.Info.DataDir = cfg.DataDir
	if cfg.OnReady != nil {
		cfg.OnReady(res.Info)
	}
	log.Info("pipeline running", "nats", res.Info.NATSURL, "http", res.Info.HTTPURL, "sinks", res.Info.Sinks, "once", cfg.Once)

	if cfg.Progress != nil {
		rctx, stopReport := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			(&fetcher.Reporter{P: progress, W: cfg.Progress, Log: logger}).Run(rctx)
		}()
		cleanups = append(cleanups, func() { stopReport(); <-done })
	}

	emit := func(ctx context.Context, a claim.Article) error {
		metrics.ArticleFetched(a.Source)
		if err := bus.PublishArticle(ctx, a); err != nil {
			return err
		}
		articlesN.add(1)
		return nil
	}
	if !cfg.Once {
		err := CrawlForever(runCtx, f, cfg.Sources, cfg.Interval, emit, log)
		log.Info("shutting down: finishing in-flight work")
		if cause := context.Cause(runCtx); cause != nil && ctx.Err() == nil {
			return res, cause
		}
		return res, err
	}

	stats, failed := CrawlOnce(runCtx, f, cfg.Sources.Sources, emit, log)
	res.Fetch, res.SourcesFailed = stats, failed
	if runCtx.Err() != nil {
		return res, fmt.Errorf("runner: interrupted during crawl: %w", context.Cause(runCtx))
	}
	var last time.Time
	err = bus.WaitIdle(runCtx, refs, 100*time.Millisecond, func(ref pipeline.ConsumerRef, pending, ack uint64) {
		if time.Since(last) > 5*time.Second {
			last = time.Now()
			log.Info("waiting for the pipeline to drain", "consumer", ref.Durable, "pending", pending, "ack_pending", ack)
		}
	})
	res.Articles, res.Claims = articlesN.get(), claimsN.get()
	if err != nil {
		return res, fmt.Errorf("runner: interrupted while draining: %w", context.Cause(runCtx))
	}
	if err := Unpublished(stats); err != nil {
		return res, err
	}
	if failed > 0 && failed == len(cfg.Sources.Sources) {
		return res, fmt.Errorf("runner: all %d sources failed (see log)", failed)
	}
	return res, nil
}

// Unpublished is the error of a crawl in which some articles could not be
// published on NATS within the publish deadline (fetcher reason "emit"),
// or nil. Those articles were not recorded as fetched, so the next crawl
// fetches them again; the run must not look like a success.
func Unpublished(st fetcher.Stats) error {
	if n := st.Reasons["emit"]; n > 0 {
		return fmt.Errorf("runner: %d article(s) could not be published on NATS (not recorded as fetched: the next run fetches them again)", n)
	}
	return nil
}

// IsPermanent is pipeline.IsPermanent, the one classification shared by
// every stage, replay and import (it knows sinks.ErrPermanent too). Kept so
// callers of the runner need not import pipeline for it.
func IsPermanent(err error) bool { return pipeline.IsPermanent(err) }

// openSink opens a sink, waiting up to a minute for a database that is
// not reachable yet (a compose stack starting).
func openSink(ctx context.Context, spec string, opts sinks.Options, logger *slog.Logger) (sinks.Sink, error) {
	deadline := time.Now().Add(time.Minute)
	wait := 500 * time.Millisecond
	for {
		s, err := sinks.Open(ctx, spec, opts, logger)
		if err == nil {
			return s, nil
		}
		if !errors.Is(err, sinks.ErrUnavailable) || time.Now().After(deadline) || ctx.Err() != nil {
			return nil, err
		}
		logger.Warn("sink not reachable yet, retrying", "spec", redact(spec), "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 10*time.Second)
	}
}

// OpenSinkRetrying is openSink for the worker commands: it waits for the
// sink until ctx ends.
func OpenSinkRetrying(ctx context.Context, spec string, opts sinks.Options, logger *slog.Logger) (sinks.Sink, error) {
	for {
		s, err := openSink(ctx, spec, opts, logger)
		if err == nil || !errors.Is(err, sinks.ErrUnavailable) || ctx.Err() != nil {
			return s, err
		}
	}
}

func redact(spec string) string {
	if sp, err := sinks.ParseSpec(spec); err == nil && sp.Kind == sinks.KindPostgres {
		return "postgres://…"
	}
	return spec
}

// CrawlOnce crawls every source once with the fetcher's Runner (four
// sources at a time) and returns the summed stats and the number of
// sources that failed; a failed source is logged and does not stop the others.
func CrawlOnce(ctx context.Context, f *fetcher.Fetcher, srcs []fetcher.Source, emit func(context.Context, claim.Article) error, log *slog.Logger) (fetcher.Stats, int) {
	var failed countInt
	r, err := fetcher.NewRunner(f, fetcher.RunnerConfig{Sources: srcs, Once: true, OnSourceDone: sourceDone(log, &failed)}, emit, log)
	if err != nil {
		log.Error("crawl", "err", err)
		return fetcher.Stats{}, len(srcs)
	}
	st, _ := r.RunOnce(ctx)
	return st, failed.get()
}

// CrawlForever crawls each source on its own interval or cron schedule
// (source, then default interval) until ctx ends.
func CrawlForever(ctx context.Context, f *fetcher.Fetcher, sf *fetcher.SourcesFile, interval time.Duration, emit func(context.Context, claim.Article) error, log *slog.Logger) error {
	var failed countInt
	r, err := fetcher.NewRunner(f, fetcher.RunnerConfig{Sources: sf.Sources, DefaultInterval: interval, OnSourceDone: sourceDone(log, &failed)}, emit, log)
	if err != nil {
		return err
	}
	return r.Run(ctx)
}

func sourceDone(log *slog.Logger, failed *countInt) func(fetcher.Source, fetcher.Stats, error) {
	return func(src fetcher.Source, st fetcher.Stats, err error) {
		if err != nil {
			failed.add(1)
			log.Warn("source failed", "source", src.Name, "url", src.URL, "err", err)
			return
		}
		log.Info("source crawled", "source", src.Name, "stats", st.String())
	}
}

type countInt struct {
	mu sync.Mutex
	n  int
}

func (c *countInt) add(n int) { c.mu.Lock(); c.n += n; c.mu.Unlock() }
func (c *countInt) get() int  { c.mu.Lock(); defer c.mu.Unlock(); return c.n }

// ServeOps serves /metrics and /healthz (and extra on "/" when set) on
// addr; it returns the server's URL and a stop function.
func ServeOps(addr string, reg *prometheus.Registry, health func() error, extra http.Handler, logger *slog.Logger) (string, func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, fmt.Errorf("http listen %s: %w", addr, err)
	}
	url, stop := ServeOpsOn(ln, reg, health, extra, logger)
	return url, stop, nil
}

// ServeOpsOn is ServeOps on a listener already open.
func ServeOpsOn(ln net.Listener, reg *prometheus.Registry, health func() error, extra http.Handler, logger *slog.Logger) (string, func()) {
	mux := http.NewServeMux()
	ops := pipeline.OpsHandler(reg, health)
	mux.Handle("/metrics", ops)
	mux.Handle("/healthz", ops)
	if extra != nil {
		mux.Handle("/", extra)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("http server", "err", err)
		}
	}()
	stop := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}
	return "http://" + ln.Addr().String(), stop
}

// StoreDSN returns the first sink spec the review store can read (sqlite
// or postgres), or "".
func StoreDSN(specs []string) string {
	for _, spec := range specs {
		if sp, err := sinks.ParseSpec(spec); err == nil && (sp.Kind == sinks.KindSQLite || sp.Kind == sinks.KindPostgres) {
			return spec
		}
	}
	return ""
}

// reviewPage builds the review page on the first database sink; decisions
// are published on the bus.
func reviewPage(ctx context.Context, cfg Config, norm *normalizer.Normalizer, bus *pipeline.Bus, logger *slog.Logger) (http.Handler, func(), error) {
	dsn := StoreDSN(cfg.Sinks)
	if dsn == "" {
		logger.Warn("no sqlite or postgres sink: the review page is not served")
		return nil, nil, nil
	}
	wcfg := *cfg.Web
	wcfg.Addr = cfg.HTTPAddr
	if wcfg.Metrics == nil {
		wcfg.Metrics = cfg.Registry // the decisions counter beside the pipeline's
	}
	st, err := sinks.OpenStore(ctx, dsn, logger)
	if err != nil {
		return nil, nil, fmt.Errorf("runner: review store: %w", err)
	}
	srv, err := web.New(wcfg, st, norm, bus, logger)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	// The page is mounted in a shared mux rather than served by
	// web.Server.Serve, so run its outbox loop here: it re-publishes
	// decisions whose publication failed while the bus was down.
	octx, stop := context.WithCancel(context.WithoutCancel(ctx))
	go srv.RunOutbox(octx)
	return srv.Handler(), func() { stop(); st.Close() }, nil
}

// ParseSince reads a replay start: "" or "all" (the whole stream), a
// duration back from now ("48h"), a date ("2026-11-01", "2026-11") or an
// RFC 3339 time.
func ParseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || s == "all" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d < 0 {
			return time.Time{}, fmt.Errorf("since %q: negative duration", s)
		}
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if d := claim.Date(s); d.Valid() {
		t, _ := d.Time()
		return t, nil
	}
	return time.Time{}, fmt.Errorf("since %q: want a duration (48h), a date (2026-11-01) or an RFC 3339 time", s)
}
