package pipeline

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the Prometheus metrics of one claimwire process. They are
// registered on the registry given to NewMetrics, never the global one, so
// several pipelines (tests, bench) live in one process. A nil *Metrics is
// valid and records nothing.
type Metrics struct {
	reg               *prometheus.Registry
	ArticlesFetched   *prometheus.CounterVec   // source
	ArticlesPublished *prometheus.CounterVec   // source
	ClaimsExtracted   prometheus.Counter       //
	ClaimsStored      *prometheus.CounterVec   // sink
	Redeliveries      *prometheus.CounterVec   // stage
	DeadLetters       *prometheus.CounterVec   // stage
	Retries           *prometheus.CounterVec   // stage (naks)
	StageLatency      *prometheus.HistogramVec // stage: stream time of the message → acked
	EndToEnd          prometheus.Histogram     // article published → claim stored
	consumers         *consumerCollector
}

// NewMetrics creates the metrics and registers them, with Go and process
// collectors, on reg.
func NewMetrics(reg *prometheus.Registry) *Metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	m := &Metrics{
		reg: reg,
		ArticlesFetched: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_articles_fetched_total", Help: "Articles fetched and handed to the bus, by source.",
		}, []string{"source"}),
		ArticlesPublished: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_articles_published_total", Help: "Articles stored on the ARTICLES stream, by source.",
		}, []string{"source"}),
		ClaimsExtracted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claimwire_claims_extracted_total", Help: "Claims extracted and published on the CLAIMS stream.",
		}),
		ClaimsStored: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_claims_stored_total", Help: "Claims written durably, by sink.",
		}, []string{"sink"}),
		Redeliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_redeliveries_total", Help: "Messages received more than once, by stage.",
		}, []string{"stage"}),
		DeadLetters: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_dead_letters_total", Help: "Messages sent to deadletter.<stage>, by stage.",
		}, []string{"stage"}),
		Retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_retries_total", Help: "Messages negatively acknowledged for a later retry, by stage.",
		}, []string{"stage"}),
		StageLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "claimwire_stage_latency_seconds", Help: "Time from a message entering its stream to its ack by the stage.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}, []string{"stage"}),
		EndToEnd: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "claimwire_end_to_end_latency_seconds", Help: "Time from an article published on the bus to its claims stored.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}),
		consumers: &consumerCollector{desc: map[string]*prometheus.Desc{
			"pending": prometheus.NewDesc("claimwire_consumer_pending", "Messages in the stream not yet delivered to the consumer.", []string{"stream", "consumer"}, nil),
			"ack":     prometheus.NewDesc("claimwire_consumer_ack_pending", "Messages delivered and not yet acknowledged.", []string{"stream", "consumer"}, nil),
			"redeliv": prometheus.NewDesc("claimwire_consumer_redelivered", "Messages redelivered and not yet acknowledged.", []string{"stream", "consumer"}, nil),
		}},
	}
	reg.MustRegister(m.ArticlesFetched, m.ArticlesPublished, m.ClaimsExtracted, m.ClaimsStored, m.Redeliveries,
		m.DeadLetters, m.Retries, m.StageLatency, m.EndToEnd, m.consumers)
	_ = reg.Register(prometheus.NewGoCollector())
	_ = reg.Register(prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// Registry is the registry the metrics live on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// ArticleFetched counts one article handed over by the fetcher.
func (m *Metrics) ArticleFetched(source string) {
	if m != nil {
		m.ArticlesFetched.WithLabelValues(source).Inc()
	}
}

func (m *Metrics) articlePublished(source string) {
	if m != nil {
		m.ArticlesPublished.WithLabelValues(source).Inc()
	}
}

func (m *Metrics) claimsExtracted(n int) {
	if m != nil {
		m.ClaimsExtracted.Add(float64(n))
	}
}

func (m *Metrics) claimsStored(sink string, n int) {
	if m != nil {
		m.ClaimsStored.WithLabelValues(sink).Add(float64(n))
	}
}

func (m *Metrics) redelivered(stage string) {
	if m != nil {
		m.Redeliveries.WithLabelValues(stage).Inc()
	}
}

func (m *Metrics) deadLetter(stage string) {
	if m != nil {
		m.DeadLetters.WithLabelValues(stage).Inc()
	}
}

func (m *Metrics) retry(stage string) {
	if m != nil {
		m.Retries.WithLabelValues(stage).Inc()
	}
}

func (m *Metrics) stageLatency(stage string, since time.Time) {
	if m != nil && !since.IsZero() {
		m.StageLatency.WithLabelValues(stage).Observe(time.Since(since).Seconds())
	}
}

func (m *Metrics) endToEnd(articleTime string) {
	if m == nil || articleTime == "" {
		return
	}
	if t, err := time.Parse(time.RFC3339Nano, articleTime); err == nil {
		m.EndToEnd.Observe(time.Since(t).Seconds())
	}
}

// WatchConsumer makes the consumer's pending counts part of every scrape.
func (m *Metrics) WatchConsumer(b *Bus, stream, consumer string) {
	if m == nil {
		return
	}
	m.consumers.add(b, stream, consumer)
}

// consumerCollector asks the server for consumer info at scrape time, so
// the gauges are never stale.
type consumerCollector struct {
	desc  map[string]*prometheus.Desc
	mu    sync.Mutex
	items []watched
}

type watched struct {
	bus              *Bus
	stream, consumer string
}

func (c *consumerCollector) add(b *Bus, stream, consumer string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.items {
		if w.stream == stream && w.consumer == consumer {
			return
		}
	}
	c.items = append(c.items, watched{b, stream, consumer})
}

func (c *consumerCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range c.desc {
		ch <- d
	}
}

func (c *consumerCollector) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	items := slices.Clone(c.items)
	c.mu.Unlock()
	for _, w := range items {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		info, err := w.bus.ConsumerInfo(ctx, w.stream, w.consumer)
		cancel()
		if err != nil {
			continue
		}
		ch <- prometheus.MustNewConstMetric(c.desc["pending"], prometheus.GaugeValue, float64(info.NumPending), w.stream, w.consumer)
		ch <- prometheus.MustNewConstMetric(c.desc["ack"], prometheus.GaugeValue, float64(info.NumAckPending), w.stream, w.consumer)
		ch <- prometheus.MustNewConstMetric(c.desc["redeliv"], prometheus.GaugeValue, float64(info.NumRedelivered), w.stream, w.consumer)
	}
}

// OpsHandler serves /metrics from reg and /healthz from health (nil: always ok).
func OpsHandler(reg *prometheus.Registry, health func() error) http.Handler {
	mux := http.NewServeMux()
	if reg != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if health != nil {
			if err := health(); err != nil {
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = w.Write([]byte(err.Error() + "\n"))
				return
			}
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	return mux
}
