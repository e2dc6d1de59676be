package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/claimwire/claimwire/pipeline/runner"
)

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench", "[--articles N] [--rate R] [--data-dir DIR]")
	n := fs.Int("articles", 1000, "number of synthetic ~3 KB FR/EN articles")
	rate := fs.Float64("rate", 0, "offered load in articles/s (0: as fast as possible, so latency includes the backlog)")
	dataDir := fs.String("data-dir", "", "where the embedded store and SQLite file go (default: a temporary directory, removed)")
	fsync := fs.String("fsync", "always", "SQLite durability: always, interval or never")
	batch := fs.Int("sink-batch", 0, "claims per SQLite write (default 256)")
	conc := fs.Int("extract-concurrency", 0, "extract loops (default: 2×CPUs)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	var df dataFlags
	df.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *n <= 0 {
		return usageErr(fs, "--articles %d: want a positive number", *n)
	}
	if *rate < 0 {
		return usageErr(fs, "--rate %g: want 0 (as fast as possible) or more", *rate)
	}
	if err := df.check(e.log); err != nil {
		return err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	dir := *dataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "claimwire-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	cfg := runner.BenchConfig{Articles: *n, Rate: *rate, DataDir: dir, Fsync: *fsync, Seed: uint64(time.Now().UnixNano())}
	cfg.Tables, cfg.Lexicons = df.tables, df.lexicons
	cfg.Sink.Batch = *batch
	cfg.Extract.Concurrency = *conc
	// Not scoped with "stage": the bench's workers and sinks add their own.
	res, err := runner.Bench(ctx, cfg, e.log)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, res)
	return nil
}
