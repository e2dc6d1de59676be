package pipeline

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkBusThroughput measures the NATS machinery alone (publish
// article → extract stage with a trivial extractor → claims stream → sink
// stage into memory), per article of ~3 KB with two claims.
func BenchmarkBusThroughput(b *testing.B) {
	e := startEmbedded(b, "", -1)
	bus := connect(b, Config{Embedded: e})
	sink := newMemSink("mem:bench")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wc := WorkerConfig{MaxWait: 200 * time.Millisecond}
	eref, _ := bus.EnsureExtractConsumer(ctx, wc)
	swc := wc
	swc.Durable = "bench-sink"
	srefs, _ := bus.EnsureSinkConsumers(ctx, sink, swc)
	go func() { _ = bus.RunExtractor(ctx, fakeExtract, wc) }()
	go func() { _ = bus.RunSink(ctx, sink, swc) }()
	filler := string(make([]byte, 0))
	for len(filler) < 3000 {
		filler += "Filler text of a security news article, written for the benchmark. "
	}
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		a := article(fmt.Sprintf("http://bench.test/%d", i), "en",
			fmt.Sprintf("UK%d > APT%d/CN", i, i), filler, fmt.Sprintf("US%d > Gang%d/RU", i, i))
		if err := bus.PublishArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	if err := bus.WaitIdle(ctx, append([]ConsumerRef{eref}, srefs...), 2*time.Millisecond, nil); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "articles/s")
	if got := len(sink.ids()); got != 2*b.N {
		b.Fatalf("%d claims stored, want %d", got, 2*b.N)
	}
}
