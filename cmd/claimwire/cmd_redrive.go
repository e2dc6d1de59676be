package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
)

// runRedrive sends dead letters back to their stage once their cause is
// fixed: each original payload is published again on its original subject.
func runRedrive(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "redrive", "[--stage extract|sink|replay] [--since DURATION|TIME] [--nats URL | --data-dir DIR]")
	stage := fs.String("stage", "", "only the dead letters of this stage (extract, sink, replay); default: all")
	since := fs.String("since", "", `only dead letters stored since: a duration ("48h"), a date ("2026-11-01") or an RFC 3339 time; default: all (DEADLETTER keeps 30 days)`)
	dataDir := fs.String("data-dir", "data", "without --nats: the embedded store a stopped 'claimwire run --data-dir DIR' left there")
	var nf natsFlags
	nf.register(fs, "NATS server URL (repeatable); default: the embedded store under --data-dir")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	switch *stage {
	case "", pipeline.StageExtract, pipeline.StageSink, pipeline.StageReplay:
	default:
		return usageErr(fs, "--stage %q: want extract, sink or replay", *stage)
	}
	start, err := runner.ParseSince(*since, time.Now())
	if err != nil {
		return usageErr(fs, "--%v", err)
	}
	cfg := nf.config()
	if len(cfg.URLs) == 0 {
		emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedConfig{NoListen: true, StoreDir: filepath.Join(*dataDir, "nats")}, e.log)
		if err != nil {
			return err
		}
		defer emb.Shutdown()
		cfg.Embedded = emb
	}
	b, err := pipeline.Connect(ctx, cfg, nil, e.log)
	if err != nil {
		return err
	}
	defer b.Close()
	st, err := b.Redrive(ctx, *stage, start)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "redrove %d dead letters to their stages (%d read, %d skipped)\n", st.Republished, st.Read, st.Skipped)
	return nil
}
