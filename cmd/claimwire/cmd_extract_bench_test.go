package main

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimwire/claimwire/extractor"
)

// BenchmarkExtractFiles is `claimwire extract FILE...` after start-up: the
// fixture articles read, language-guessed, extracted and encoded through
// the worker pool (one worker: run it under taskset -c 0 to measure one
// core), to show the per-file costs beside the extractor's own
// (BenchmarkExtract in ./extractor).
func BenchmarkExtractFiles(b *testing.B) {
	names, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no fixture articles: %v", err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	e := &env{stdin: nil, stdout: io.Discard, stderr: io.Discard, log: log}
	var df dataFlags
	x, err := df.extractor(log, extractor.Config{MaxInputBytes: extractor.DefaultMaxInputBytes, MaxClaims: extractor.DefaultMaxClaims})
	if err != nil {
		b.Fatal(err)
	}
	opts := loadOpts{lang: "auto", maxText: extractor.DefaultMaxInputBytes, guess: x.GuessLang, noHash: true}
	opts.cwd, opts.cwdErr = os.Getwd()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		failed, err := extractFiles(context.Background(), e, x, names, opts, 1, io.Discard)
		if err != nil || failed > 0 {
			b.Fatalf("%d failed: %v", failed, err)
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "files/s")
}
