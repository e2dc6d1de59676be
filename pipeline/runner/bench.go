package runner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/sinks"
)

// BenchConfig configures Bench.
type BenchConfig struct {
	// Articles is the number of synthetic articles. Default 1000.
	Articles int
	// Rate is the offered load in articles per second (0: publish as fast as
	// possible; latency then includes queueing behind the backlog).
	Rate float64
	// DataDir holds the embedded store and the SQLite file. Required.
	DataDir string
	// Fsync is the SQLite sink's durability policy (default always).
	Fsync string
	// Extract and Sink tune the stages.
	Extract pipeline.WorkerConfig
	Sink    pipeline.WorkerConfig
	// Seed of the article generator.
	Seed uint64
	// Tables and Lexicons are users' normalizer tables and extractor
	// lexicons, as for Config.
	Tables, Lexicons []string
}

// BenchResult is what Bench measured.
type BenchResult struct {
	Articles, Claims int
	Elapsed          time.Duration // first publish → last claim stored
	ArticlesPerSec   float64
	// Latency from an article published on the bus to each of its claims
	// stored in SQLite.
	P50, P90, P99, Max time.Duration
	PeakGoBytes        uint64 // peak of runtime/metrics /memory/classes/total:bytes, sampled
	PeakRSS            uint64 // VmHWM of the process (0 where /proc is absent)
}

func (r BenchResult) String() string {
	return fmt.Sprintf("%d articles, %d claims in %s: %.0f articles/s; latency published→stored p50 %s, p90 %s, p99 %s, max %s; peak Go memory %.1f MB, peak RSS %.1f MB",
		r.Articles, r.Claims, r.Elapsed.Round(time.Millisecond), r.ArticlesPerSec,
		r.P50.Round(100*time.Microsecond), r.P90.Round(100*time.Microsecond), r.P99.Round(100*time.Microsecond), r.Max.Round(100*time.Microsecond),
		float64(r.PeakGoBytes)/(1<<20), float64(r.PeakRSS)/(1<<20))
}

// Bench pushes synthetic articles through the real pipeline: embedded
// JetStream → extractor → SQLite, and measures it.
func Bench(ctx context.Context, cfg BenchConfig, logger *slog.Logger) (BenchResult, error) {
	var res BenchResult
	if cfg.DataDir == "" {
		return res, errors.New("bench: data dir required")
	}
	if cfg.Articles <= 0 {
		cfg.Articles = 1000
	}
	if cfg.Rate < 0 {
		return res, errors.New("bench: negative rate")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	stopSampler := samplePeak(&res.PeakGoBytes)
	defer stopSampler()

	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedConfig{NoListen: true, StoreDir: filepath.Join(cfg.DataDir, "nats")}, logger)
	if err != nil {
		return res, err
	}
	defer emb.Shutdown()
	bus, err := pipeline.Connect(ctx, pipeline.Config{Embedded: emb}, pipeline.NewMetrics(prometheus.NewRegistry()), logger)
	if err != nil {
		return res, err
	}
	defer bus.Close()
	if err := bus.Setup(ctx); err != nil {
		return res, err
	}
	norm, err := normalizer.New(normalizer.Options{ExtraFiles: cfg.Tables})
	if err != nil {
		return res, err
	}
	x, err := extractor.New(extractor.Config{Version: "claimwire/bench", ExtraLexicons: cfg.Lexicons}, norm, logger)
	if err != nil {
		return res, err
	}
	inner, err := sinks.Open(ctx, "sqlite:"+filepath.Join(cfg.DataDir, "bench.db"), sinks.Options{Fsync: cfg.Fsync}, logger)
	if err != nil {
		return res, err
	}
	defer inner.Close()
	ts := &timedSink{Sink: inner, stored: map[string]time.Time{}}

	if cfg.Extract.IsPermanent == nil {
		cfg.Extract.IsPermanent = IsPermanent
	}
	if cfg.Sink.IsPermanent == nil {
		cfg.Sink.IsPermanent = IsPermanent
	}
	eref, err := bus.EnsureExtractConsumer(ctx, cfg.Extract)
	if err != nil {
		return res, err
	}
	srefs, err := bus.EnsureSinkConsumers(ctx, ts, cfg.Sink)
	if err != nil {
		return res, err
	}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stop(); wg.Wait() }()
	wg.Go(func() { _ = bus.RunExtractor(wctx, x.Extract, cfg.Extract) })
	wg.Go(func() { _ = bus.RunSink(wctx, ts, cfg.Sink) })

	next := SynthGenerator(cfg.Seed)
	published := make(map[string]time.Time, cfg.Articles)
	start := time.Now()
	for i := range cfg.Articles {
		a := next()
		if cfg.Rate > 0 {
			due := start.Add(time.Duration(float64(i) / cfg.Rate * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				time.Sleep(d)
			}
		}
		published[a.URL] = time.Now()
		if err := bus.PublishArticle(ctx, a); err != nil {
			return res, err
		}
	}
	if err := bus.WaitIdle(ctx, append([]pipeline.ConsumerRef{eref}, srefs...), 5*time.Millisecond, nil); err != nil {
		return res, err
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	var last time.Time
	lat := make([]time.Duration, 0, len(ts.stored))
	for id, at := range ts.stored {
		if at.After(last) {
			last = at
		}
		if p, ok := published[ts.url[id]]; ok {
			lat = append(lat, at.Sub(p))
		}
	}
	res.Articles, res.Claims = cfg.Articles, len(ts.stored)
	if res.Claims == 0 {
		return res, errors.New("bench: the extractor found no claim in the synthetic articles")
	}
	res.Elapsed = last.Sub(start)
	res.ArticlesPerSec = float64(res.Articles) / res.Elapsed.Seconds()
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	res.P50, res.P90, res.P99, res.Max = q(0.50), q(0.90), q(0.99), lat[len(lat)-1]
	stopSampler()
	res.PeakRSS = vmHWM()
	return res, nil
}

// timedSink records when each claim was first stored.
type timedSink struct {
	sinks.Sink
	mu     sync.Mutex
	stored map[string]time.Time
	url    map[string]string
}

func (t *timedSink) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := t.Sink.WriteClaims(ctx, claims); err != nil {
		return err
	}
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.url == nil {
		t.url = map[string]string{}
	}
	for _, c := range claims {
		if _, ok := t.stored[c.ID]; !ok {
			t.stored[c.ID] = now
			t.url[c.ID] = c.Article.URL
		}
	}
	return nil
}

func (t *timedSink) WriteArticles(ctx context.Context, articles []claim.Article) error {
	if aw, ok := t.Sink.(sinks.ArticleWriter); ok {
		return aw.WriteArticles(ctx, articles)
	}
	return nil
}

// samplePeak samples the Go runtime's total mapped memory every 10ms.
func samplePeak(peak *uint64) func() {
	done := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	read := func() {
		metrics.Read(sample)
		if sample[0].Value.Kind() == metrics.KindUint64 {
			if v := sample[0].Value.Uint64(); v > *peak {
				*peak = v
			}
		}
	}
	wg.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() { once.Do(func() { close(done); wg.Wait(); runtime.KeepAlive(peak) }) }
}

// vmHWM is the process's peak resident set size from /proc/self/status.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			fields := strings.Fields(rest)
			if len(fields) > 0 {
				kb, _ := strconv.ParseUint(fields[0], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}
