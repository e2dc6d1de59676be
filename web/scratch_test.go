package web

import (
	"context"
	"testing"
	"time"

	"github.com/claimwire/claimwire/sinks"
)

func BenchmarkScratch(b *testing.B) {
	s := benchServer(b, 100_000)
	ctx := context.Background()
	for _, f := range []sinks.Filter{{Q: "ministry"}, {Q: "breach", AccusedState: "KP"}, {AccusedState: "RU", Lang: "en", Victim: "DE"}} {
		for i := 0; i < 2; i++ {
			t0 := time.Now()
			n, err := s.store.Count(ctx, f)
			t1 := time.Now()
			_, err2 := s.store.List(ctx, f, sinks.Page{Limit: 50})
			t2 := time.Now()
			_, err3 := s.store.Timeline(ctx, sinks.Filter{})
			t3 := time.Now()
			b.Logf("%+v n=%d count %v list %v timeline %v %v %v %v", f, n, t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), err, err2, err3)
		}
	}
}
