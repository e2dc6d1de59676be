package main

import (
	"context"
	"fmt"

	"github.com/claimwire/claimwire/precision"
	"github.com/claimwire/claimwire/sinks"
)

// runStats prints the per-field precision of the reviewed claims, by
// language and by source (package precision says how decisions count).
func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "stats", "[--db SPEC]")
	db := fs.String("db", defaultDB, "claim store: sqlite:PATH or postgres://…")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rs, err := reviewed(ctx, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "precision per field from %d reviewed claims (value count in brackets)\n", len(rs))
	return precision.Write(e.stdout, precision.Compute(rs))
}

// reviewed reads every claim with a decision and its full history.
func reviewed(ctx context.Context, st sinks.Decisions) ([]precision.Reviewed, error) {
	var out []precision.Reviewed
	err := st.Reviewed(ctx, func(r sinks.Record) error {
		out = append(out, precision.Reviewed{Claim: r.Claim, Decisions: r.Decisions})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return out, nil
}
