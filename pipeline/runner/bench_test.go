package runner

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/sinks"
)

// BenchmarkPipeline is `claimwire bench` under `go test -bench`: synthetic
// articles through embedded JetStream → extractor → SQLite.
func BenchmarkPipeline(b *testing.B) {
	n := max(b.N, 200)
	res, err := Bench(context.Background(), BenchConfig{Articles: n, DataDir: b.TempDir(), Seed: 1}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(res.ArticlesPerSec, "articles/s")
	b.ReportMetric(float64(res.P50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(res.P99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(res.PeakRSS)/(1<<20), "peak-RSS-MB")
	b.Logf("%s", res)
}

func TestSynthArticles(t *testing.T) {
	arts := SynthArticles(10, 7)
	again := SynthArticles(10, 7)
	for i, a := range arts {
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		if len(a.Text) < 2500 || len(a.Text) > 4000 {
			t.Errorf("article %d: %d bytes, want about 3 KB", i, len(a.Text))
		}
		if a.Text != again[i].Text || a.URL != again[i].URL {
			t.Errorf("article %d differs for the same seed", i)
		}
	}
	if arts[0].Lang == arts[1].Lang {
		t.Error("languages do not alternate")
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Time
		err  bool
	}{
		{"", time.Time{}, false},
		{"all", time.Time{}, false},
		{"48h", now.Add(-48 * time.Hour), false},
		{"2026-11-01", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), false},
		{"2026-10", time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), false},
		{"2026-11-01T08:30:00+01:00", time.Date(2026, 11, 1, 7, 30, 0, 0, time.UTC), false},
		{"-5h", time.Time{}, true},
		{"yesterday", time.Time{}, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseSince(tc.in, now)
			if (err != nil) != tc.err || !got.Equal(tc.want) {
				t.Errorf("ParseSince(%q) = %v, %v", tc.in, got, err)
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	sf := &fetcher.SourcesFile{Name: "s.yaml", Sources: []fetcher.Source{{Name: "a", Kind: "rss", URL: "http://127.0.0.1/rss"}}}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"ok", Config{Sources: sf}, ""},
		{"no sources", Config{}, "no sources"},
		{"empty sources", Config{Sources: &fetcher.SourcesFile{Name: "e.yaml"}}, "e.yaml lists no source"},
		{"bad listen", Config{Sources: sf, Listen: "4223"}, "listen address"},
		{"bad sink", Config{Sources: sf, Sinks: []string{"mysql://x"}}, "unknown kind"},
		{"bad nats", Config{Sources: sf, NATS: pipeline.Config{URLs: []string{"http://x:1"}}}, "scheme"},
		{"bad fsync", Config{Sources: sf, SinkOptions: sinks.Options{Fsync: "sometimes"}}, "fsync"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.cfg
			c.defaults()
			err := c.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
}

func TestHistogram(t *testing.T) {
	var h histogram
	for i := 1; i <= 10000; i++ {
		h.add(time.Duration(i) * 10 * time.Microsecond) // 10 µs .. 100 ms
	}
	for _, tc := range []struct {
		q    float64
		want time.Duration
	}{{0.5, 50 * time.Millisecond}, {0.99, 99 * time.Millisecond}, {0.01, time.Millisecond}} {
		got := h.quantile(tc.q)
		if got < tc.want || float64(got) > float64(tc.want)*(1+1.0/16)+float64(time.Microsecond) {
			t.Errorf("q%.2f = %s, want %s within 1/16 above", tc.q, got, tc.want)
		}
	}
	if h.max != 100*time.Millisecond || h.quantile(1) != h.max {
		t.Errorf("max %s, q1 %s", h.max, h.quantile(1))
	}
	for b := range 600 { // up to weeks; buckets are contiguous and each value lands in its own
		lo := time.Duration(0)
		if b > 0 {
			lo = histUpper(b-1) + time.Microsecond
		}
		if histBucket(lo) != b || histBucket(histUpper(b)) != b {
			t.Fatalf("bucket %d: [%s, %s] maps to %d, %d", b, lo, histUpper(b), histBucket(lo), histBucket(histUpper(b)))
		}
	}
}

func TestSynthIndex(t *testing.T) {
	a := SynthArticles(3, 42)
	for i, x := range a {
		if got, ok := synthIndex(x.URL); !ok || got != i {
			t.Errorf("%s: %d %v, want %d", x.URL, got, ok, i)
		}
	}
	if _, ok := synthIndex("https://example.org/x.html"); ok {
		t.Error("index from a non-synthetic URL")
	}
}
