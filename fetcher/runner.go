package fetcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/claimwire/claimwire/claim"
)

// EmitFunc receives every new article; a non-nil error leaves the article
// unrecorded so that it is fetched and emitted again on the next crawl.
type EmitFunc func(context.Context, claim.Article) error

// RunnerConfig configures a Runner.
type RunnerConfig struct {
	Sources []Source
	// Once crawls every source once and returns (for cron jobs and
	// Kubernetes CronJobs); otherwise each source is crawled at start and
	// then on its interval or cron schedule until ctx ends.
	Once bool
	// DefaultInterval applies to sources with neither interval nor schedule. Default 1h.
	DefaultInterval time.Duration
	// Concurrency is how many sources are crawled at once. Default 4.
	Concurrency int
	// OnSourceDone, when set, is called after every crawl of a source.
	OnSourceDone func(src Source, st Stats, err error)
}

// Validate checks the sources (unique names, valid kinds, URLs, schedules).
func (c RunnerConfig) Validate() error {
	var errs []error
	if len(c.Sources) == 0 {
		errs = append(errs, errors.New("fetcher: runner: no sources"))
	}
	names := map[string]bool{}
	for _, s := range c.Sources {
		if err := s.Validate(); err != nil {
			errs = append(errs, err)
		}
		if names[s.Name] {
			errs = append(errs, fmt.Errorf("fetcher: runner: duplicate source name %q", s.Name))
		}
		names[s.Name] = true
		if s.Schedule != "" {
			if _, err := cron.ParseStandard(s.Schedule); err != nil {
				errs = append(errs, fmt.Errorf("fetcher: source %q: schedule %q: %w", s.Name, s.Schedule, err))
			}
		}
	}
	if c.DefaultInterval < 0 || c.Concurrency < 0 {
		errs = append(errs, errors.New("fetcher: runner: negative default interval or concurrency"))
	}
	return errors.Join(errs...)
}

// Runner crawls a list of sources with one Fetcher, once or on schedule.
type Runner struct {
	f    *Fetcher
	cfg  RunnerConfig
	emit EmitFunc
	log  *slog.Logger
	sem  chan struct{}

	mu      sync.Mutex
	total   Stats
	running map[string]*sync.Mutex
}

// NewRunner returns a Runner; cfg is validated.
func NewRunner(f *Fetcher, cfg RunnerConfig, emit EmitFunc, logger *slog.Logger) (*Runner, error) {
	if f == nil {
		return nil, errors.New("fetcher: runner: nil fetcher")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.DefaultInterval == 0 {
		cfg.DefaultInterval = time.Hour
	}
	if cfg.Concurrency == 0 {
		cfg.Concurrency = 4
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	r := &Runner{f: f, cfg: cfg, emit: emit, log: logger.With("stage", "fetcher"),
		sem: make(chan struct{}, cfg.Concurrency), running: map[string]*sync.Mutex{}}
	for _, s := range cfg.Sources {
		r.running[s.Name] = &sync.Mutex{}
	}
	if f.progress != nil {
		f.progress.SetSourcesTotal(len(cfg.Sources))
	}
	return r, nil
}

// Totals returns the stats accumulated over every crawl so far.
func (r *Runner) Totals() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	var t Stats
	t.Add(r.total)
	return t
}

// crawlOne crawls src unless a crawl of it is still running.
func (r *Runner) crawlOne(ctx context.Context, src Source) (Stats, error) {
	lock := r.running[src.Name]
	if !lock.TryLock() {
		r.log.Warn("previous crawl still running, skipping this round", "source", src.Name)
		return Stats{}, nil
	}
	defer lock.Unlock()
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return Stats{}, ctx.Err()
	}
	defer func() { <-r.sem }()
	if ctx.Err() != nil {
		return Stats{}, ctx.Err()
	}
	st, err := r.f.Crawl(ctx, src, r.emit)
	r.mu.Lock()
	r.total.Add(st)
	r.mu.Unlock()
	if r.cfg.OnSourceDone != nil {
		r.cfg.OnSourceDone(src, st, err)
	}
	return st, err
}

// RunOnce crawls every source once (Concurrency at a time) and returns the
// summed stats and the errors of the sources that failed (joined). A failed
// source does not stop the others.
func (r *Runner) RunOnce(ctx context.Context) (Stats, error) {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total Stats
		errs  []error
	)
	for _, src := range r.cfg.Sources {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := r.crawlOne(ctx, src)
			mu.Lock()
			defer mu.Unlock()
			total.Add(st)
			if err != nil && !errors.Is(err, context.Canceled) {
				errs = append(errs, err)
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return total, ctx.Err()
	}
	return total, errors.Join(errs...)
}

// Run crawls once (cfg.Once) or keeps crawling on schedule until ctx ends;
// then it stops scheduling, lets in-flight articles finish (within
// Config.ShutdownGrace) and returns nil. In Once mode it returns RunOnce's
// error.
func (r *Runner) Run(ctx context.Context) error {
	if r.cfg.Once {
		_, err := r.RunOnce(ctx)
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
	c := cron.New()
	var wg sync.WaitGroup
	for _, src := range r.cfg.Sources {
		var sched cron.Schedule
		switch {
		case src.Schedule != "":
			s, err := cron.ParseStandard(src.Schedule)
			if err != nil {
				return fmt.Errorf("fetcher: source %q: schedule: %w", src.Name, err)
			}
			sched = s
		case src.Interval > 0:
			sched = cron.Every(src.Interval)
		default:
			sched = cron.Every(r.cfg.DefaultInterval)
		}
		job := cron.FuncJob(func() {
			wg.Add(1)
			defer wg.Done()
			if ctx.Err() == nil {
				r.crawlOne(ctx, src)
			}
		})
		c.Schedule(sched, job)
		r.log.Info("source scheduled", "source", src.Name, "next", sched.Next(time.Now()).Format(time.RFC3339))
		// First crawl right away rather than after one full interval.
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.crawlOne(ctx, src)
		}()
	}
	c.Start()
	<-ctx.Done()
	r.log.Info("stopping: finishing in-flight crawls")
	<-c.Stop().Done()
	wg.Wait()
	t := r.Totals()
	r.log.Info("stopped", "new", t.New, "unchanged", t.Unchanged, "skipped", t.Skipped, "failed", t.Failed)
	return nil
}
