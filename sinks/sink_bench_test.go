package sinks

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// benchWrite writes b.N claims in batches of size and reports claims/s.
// Each iteration writes new ids (no dedup shortcut).
func benchWrite(b *testing.B, s Sink, size int) {
	ctx := context.Background()
	pool := sinkTestClaims(0, size)
	b.ResetTimer()
	n := 0
	for n < b.N {
		k := min(size, b.N-n)
		batch := make([]claim.Claim, k)
		for i := range batch {
			c := pool[i]
			c.ID = fmt.Sprintf("%032x", n+i)
			batch[i] = c
		}
		if err := s.WriteClaims(ctx, batch); err != nil {
			b.Fatal(err)
		}
		n += k
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

func BenchmarkSQLiteWriteClaims(b *testing.B) {
	for _, fsync := range []string{FsyncAlways, FsyncNever} {
		for _, size := range []int{1, 10, 100, 1000} {
			b.Run(fmt.Sprintf("fsync=%s/batch=%d", fsync, size), func(b *testing.B) {
				s, err := Open(context.Background(), "sqlite:"+filepath.Join(b.TempDir(), "c.db"), Options{Fsync: fsync}, nil)
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				benchWrite(b, s, size)
			})
		}
	}
}

func BenchmarkJSONLWriteClaims(b *testing.B) {
	for _, fsync := range []string{FsyncAlways, FsyncNever} {
		for _, size := range []int{1, 10, 100, 1000} {
			b.Run(fmt.Sprintf("fsync=%s/batch=%d", fsync, size), func(b *testing.B) {
				s, err := Open(context.Background(), "jsonl:"+filepath.Join(b.TempDir(), "c.jsonl"), Options{Fsync: fsync}, nil)
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				benchWrite(b, s, size)
			})
		}
	}
}

func BenchmarkPostgresWriteClaims(b *testing.B) {
	u := sinkTestPGURL(b)
	for _, size := range []int{1, 10, 100, 1000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			schema := sinkTestPGSchema(b, u)
			s, err := Open(context.Background(), u, Options{PostgresSchema: schema}, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			benchWrite(b, s, size)
		})
	}
}

// BenchmarkJSONLOpen measures rebuilding the id index of an existing file.
func BenchmarkJSONLOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "c.jsonl")
	s, err := Open(context.Background(), "jsonl:"+path, Options{Fsync: FsyncNever}, nil)
	if err != nil {
		b.Fatal(err)
	}
	const n = 20000
	pool := sinkTestClaims(0, n)
	if err := s.WriteClaims(context.Background(), pool); err != nil {
		b.Fatal(err)
	}
	s.Close()
	b.ResetTimer()
	for b.Loop() {
		s, err := Open(context.Background(), "jsonl:"+path, Options{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
