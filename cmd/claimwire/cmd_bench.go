package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
)

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "bench", "[--articles N] [--rate R] [--dedup-window D] [--data-dir DIR]")
	n := fs.Int("articles", 1000, "number of synthetic ~3 KB FR/EN articles")
	rate := fs.Float64("rate", 0, "offered load in articles/s (0: as fast as possible, so latency includes the backlog)")
	dataDir := fs.String("data-dir", "", "where the embedded store and SQLite file go (default: a temporary directory, removed)")
	fsync := fs.String("fsync", "always", "SQLite durability: always, interval or never")
	batch := fs.Int("sink-batch", 0, "claims per SQLite write (default 256)")
	conc := fs.Int("extract-concurrency", 0, "extract loops (default: 2×CPUs)")
	dedup := fs.Duration("dedup-window", pipeline.DefaultStreams.Articles.Duplicates, "Nats-Msg-Id duplicate window of the streams: the server holds one index entry (~150 B) per message published within it")
	memLimit := fs.Int64("memory-limit", 150<<20, "soft memory limit in bytes for the Go runtime (debug.SetMemoryLimit) when GOMEMLIMIT is unset; 0 leaves none")
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
	if *dedup < 0 || *memLimit < 0 {
		return usageErr(fs, "--dedup-window and --memory-limit must be >= 0")
	}
	if err := df.check(e.log); err != nil {
		return err
	}
	// GOMEMLIMIT, when set, is the runtime's own and wins; otherwise a soft
	// limit keeps the garbage collector's headroom from growing with the heap.
	if os.Getenv("GOMEMLIMIT") == "" && *memLimit > 0 {
		prev := debug.SetMemoryLimit(*memLimit)
		defer debug.SetMemoryLimit(prev)
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
	cfg := runner.BenchConfig{Articles: *n, Rate: *rate, DataDir: dir, Fsync: *fsync, Seed: uint64(time.Now().UnixNano()), DedupWindow: *dedup}
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
