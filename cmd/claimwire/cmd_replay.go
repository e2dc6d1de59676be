package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
)

func runReplay(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "replay", "--to SPEC [--since DURATION|TIME] [--nats URL | --data-dir DIR]")
	since := fs.String("since", "", `replay claims stored since: a duration ("48h"), a date ("2026-11-01") or an RFC 3339 time; default: the whole stream`)
	to := fs.String("to", "", "sink to rebuild: jsonl:PATH, sqlite:PATH or postgres://… (required)")
	dataDir := fs.String("data-dir", "data", "without --nats: read the embedded store a stopped 'claimwire run --data-dir DIR' left there")
	batch := fs.Int("batch", 256, "claims written per sink call")
	var nf natsFlags
	nf.register(fs, "NATS server URL (repeatable); default: the embedded store under --data-dir")
	var sfl sinkFlags
	sfl.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return missingFlag(fs, "--to")
	}
	start, err := runner.ParseSince(*since, time.Now())
	if err != nil {
		return usageErr(fs, "--%v", err) // "--since \"x\": want …"
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
	s, err := runner.OpenSinkRetrying(ctx, *to, sfl.options(), e.log)
	if err != nil {
		return err
	}
	defer s.Close()
	// Events are rebuilt from the replayed claims (the same events whatever
	// their order); with --since only from the claims since then.
	ev, err := pipeline.NewEventStage(s, nil, events.Config{Window: events.DefaultWindow}, e.log)
	if err != nil {
		return err
	}
	st, err := b.Replay(ctx, start, ev.Writer(), *batch)
	if err != nil {
		return err
	}
	if err := ev.Flush(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "replayed %d claims into %s (%d messages read, %d invalid skipped, %d refused by the sink: see deadletter.replay)\n", st.Written, s.Name(), st.Read, st.Invalid, st.Refused)
	return nil
}
