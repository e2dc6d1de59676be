package runner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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
	// DedupWindow is the Nats-Msg-Id duplicate window of the streams (0:
	// pipeline.DefaultStreams'). The server keeps one entry per message id
	// published within the window, so its memory grows with the window
	// times the publish rate; see the README's performance section.
	DedupWindow time.Duration
}

// BenchResult is what Bench measured.
type BenchResult struct {
	Articles, Claims int
	Elapsed          time.Duration // first publish → last claim stored
	ArticlesPerSec   float64
	// Rate is the offered load (0: flat out).
	Rate float64
	// Latency from an article published on the bus to each of its claims
	// stored in SQLite (from a fixed-size histogram: each figure is the
	// upper bound of its bucket, within 1/16 of the true value). Meaningful
	// only at a steady offered rate: flat out it measures the backlog.
	P50, P90, P99, Max time.Duration
	// MaxBacklog is the largest number of articles published but not yet
	// extracted, sampled at each publish.
	MaxBacklog  int
	PeakGoBytes uint64 // peak of runtime/metrics /memory/classes/total:bytes, sampled
	PeakRSS     uint64 // VmHWM of the process (0 where /proc is absent)
	// RSS10, RSS50, RSS100 are the resident set (VmRSS) once 10 %, 50 % of
	// the articles were published and once all were stored.
	RSS10, RSS50, RSS100 uint64
}

func (r BenchResult) String() string {
	mb := func(b uint64) float64 { return float64(b) / (1 << 20) }
	var b strings.Builder
	if r.Rate > 0 {
		fmt.Fprintf(&b, "%d articles offered at %.0f/s, %d claims in %s (%.0f articles/s); latency published→stored p50 %s, p90 %s, p99 %s, max %s; largest backlog %d",
			r.Articles, r.Rate, r.Claims, r.Elapsed.Round(time.Millisecond), r.ArticlesPerSec,
			r.P50.Round(100*time.Microsecond), r.P90.Round(100*time.Microsecond), r.P99.Round(100*time.Microsecond), r.Max.Round(100*time.Microsecond), r.MaxBacklog)
	} else {
		fmt.Fprintf(&b, "%d articles flat out, %d claims in %s: sustained %.0f articles/s; largest backlog %d articles (latency not reported: flat out it is the backlog's)",
			r.Articles, r.Claims, r.Elapsed.Round(time.Millisecond), r.ArticlesPerSec, r.MaxBacklog)
	}
	fmt.Fprintf(&b, "\nmemory: RSS %.1f / %.1f / %.1f MB at 10 %% / 50 %% / 100 %%; peak RSS %.1f MB, peak Go memory %.1f MB",
		mb(r.RSS10), mb(r.RSS50), mb(r.RSS100), mb(r.PeakRSS), mb(r.PeakGoBytes))
	return b.String()
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

	streams := pipeline.StreamsConfig{}
	if cfg.DedupWindow > 0 {
		streams.Articles.Duplicates = cfg.DedupWindow
		streams.Claims.Duplicates = cfg.DedupWindow
		streams.Decisions.Duplicates = cfg.DedupWindow
	}
	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedConfig{NoListen: true, StoreDir: filepath.Join(cfg.DataDir, "nats")}, logger)
	if err != nil {
		return res, err
	}
	defer emb.Shutdown()
	bus, err := pipeline.Connect(ctx, pipeline.Config{Embedded: emb, Streams: streams}, pipeline.NewMetrics(prometheus.NewRegistry()), logger)
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
	ts := &timedSink{Sink: inner}

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
	var extracted atomic.Int64
	extract := func(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
		cs, err := x.Extract(ctx, a)
		if err == nil {
			extracted.Add(1)
		}
		return cs, err
	}
	wg.Go(func() { _ = bus.RunExtractor(wctx, extract, cfg.Extract) })
	wg.Go(func() { _ = bus.RunSink(wctx, ts, cfg.Sink) })

	// Bookkeeping is bounded whatever the number of articles: publish times
	// in a ring indexed by article number (an article still unstored when
	// its slot is reused is counted late, not timed), latencies in a
	// histogram.
	next := SynthGenerator(cfg.Seed)
	start := time.Now()
	ts.start = start
	for i := range cfg.Articles {
		a := next()
		if cfg.Rate > 0 {
			due := start.Add(time.Duration(float64(i) / cfg.Rate * float64(time.Second)))
			if d := time.Until(due); d > 0 {
				time.Sleep(d)
			}
		}
		ts.published(i, time.Now())
		if err := bus.PublishArticle(ctx, a); err != nil {
			return res, err
		}
		if b := i + 1 - int(extracted.Load()); b > res.MaxBacklog {
			res.MaxBacklog = b
		}
		switch i + 1 {
		case max(1, cfg.Articles/10):
			res.RSS10 = vmStatus("VmRSS:")
		case max(1, cfg.Articles/2):
			res.RSS50 = vmStatus("VmRSS:")
		}
	}
	if err := bus.WaitIdle(ctx, append([]pipeline.ConsumerRef{eref}, srefs...), 5*time.Millisecond, nil); err != nil {
		return res, err
	}
	res.RSS100 = vmStatus("VmRSS:")
	ts.mu.Lock()
	defer ts.mu.Unlock()
	res.Articles, res.Claims, res.Rate = cfg.Articles, ts.claims, cfg.Rate
	if res.Claims == 0 {
		return res, errors.New("bench: the extractor found no claim in the synthetic articles")
	}
	res.Elapsed = ts.last.Sub(start)
	res.ArticlesPerSec = float64(res.Articles) / res.Elapsed.Seconds()
	res.P50, res.P90, res.P99, res.Max = ts.hist.quantile(0.50), ts.hist.quantile(0.90), ts.hist.quantile(0.99), ts.hist.max
	stopSampler()
	res.PeakRSS = vmStatus("VmHWM:")
	return res, nil
}

// ringSize bounds the publish-time ring: 64 Ki articles, over a minute of
// backlog at 800 articles/s, in 1 MB.
const ringSize = 1 << 16

// timedSink times each stored claim from its article's publication. A
// claim stored twice (a redelivery) is counted and timed twice: rare, and
// keeping a set of every claim id would grow with the run.
type timedSink struct {
	sinks.Sink
	start  time.Time
	mu     sync.Mutex
	pubAt  [ringSize]int64 // ns since start
	pubIdx [ringSize]int64 // article number in the slot, +1 (0: empty)
	hist   histogram
	claims int
	last   time.Time
}

func (t *timedSink) published(i int, at time.Time) {
	t.mu.Lock()
	t.pubAt[i%ringSize] = int64(at.Sub(t.start))
	t.pubIdx[i%ringSize] = int64(i) + 1
	t.mu.Unlock()
}

func (t *timedSink) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := t.Sink.WriteClaims(ctx, claims); err != nil {
		return err
	}
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	t.last = now
	ns := int64(now.Sub(t.start))
	for _, c := range claims {
		t.claims++
		i, ok := synthIndex(c.Article.URL)
		if !ok || t.pubIdx[i%ringSize] != int64(i)+1 {
			continue
		}
		t.hist.add(time.Duration(ns - t.pubAt[i%ringSize]))
	}
	return nil
}

// synthIndex is the article number at the end of a synthetic URL
// (".../SEED-I.html").
func synthIndex(u string) (int, bool) {
	u, ok := strings.CutSuffix(u, ".html")
	if !ok {
		return 0, false
	}
	k := strings.LastIndexByte(u, '-')
	if k < 0 {
		return 0, false
	}
	i, err := strconv.Atoi(u[k+1:])
	return i, err == nil && i >= 0
}

// histogram is a log-linear latency histogram: exact microseconds below
// 32 µs, then 16 buckets per power of two; fixed size (8 KB), relative
// error under 1/16.
type histogram struct {
	counts [1024]uint64
	n      uint64
	max    time.Duration
}

func histBucket(d time.Duration) int {
	us := uint64(max(d, 0) / time.Microsecond)
	if us < 32 {
		return int(us)
	}
	e := bits.Len64(us) - 5 // us>>e is in [16, 32)
	return 32 + (e-1)*16 + int(us>>uint(e)) - 16
}

// histUpper is the largest duration of bucket b.
func histUpper(b int) time.Duration {
	if b < 32 {
		return time.Duration(b) * time.Microsecond
	}
	e := (b-32)/16 + 1
	m := uint64((b-32)%16 + 16)
	return time.Duration(((m+1)<<uint(e))-1) * time.Microsecond
}

func (h *histogram) add(d time.Duration) {
	h.counts[histBucket(d)]++
	h.n++
	h.max = max(h.max, d)
}

func (h *histogram) quantile(q float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	rank := uint64(q * float64(h.n))
	var seen uint64
	for b, c := range h.counts {
		seen += c
		if seen > rank {
			return min(histUpper(b), h.max)
		}
	}
	return h.max
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

// vmStatus is a size from /proc/self/status (VmHWM: the peak resident set,
// VmRSS: the current one), 0 where /proc is absent.
func vmStatus(key string) uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), key); ok {
			fields := strings.Fields(rest)
			if len(fields) > 0 {
				kb, _ := strconv.ParseUint(fields[0], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}
