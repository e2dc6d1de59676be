package main

import (
	"context"
	"fmt"

	"github.com/claimwire/claimwire/claim"
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
func reviewed(ctx context.Context, st sinks.ClaimReader) ([]precision.Reviewed, error) {
	var ids []string
	if err := st.Each(ctx, sinks.Filter{}, func(r sinks.Record) error {
		if r.Status != "" && r.Status != claim.StatusPending {
			ids = append(ids, r.Claim.ID)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	out := make([]precision.Reviewed, 0, len(ids))
	for _, id := range ids {
		r, err := st.Get(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("stats: claim %s: %w", id, err)
		}
		out = append(out, precision.Reviewed{Claim: r.Claim, Decisions: r.Decisions})
	}
	return out, nil
}
