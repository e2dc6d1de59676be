package fault_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/fault"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
)

// TestOneClassification: the worker (pipeline.IsPermanent), replay (the
// same), the runner and import give the same answer for every kind of
// error. Before, a PostgreSQL data error (sinks.ErrPermanent) was permanent
// for runner.IsPermanent and "retry forever" for pipeline.IsPermanent,
// which replay used.
func TestOneClassification(t *testing.T) {
	t.Parallel()
	pgData := &pgconn.PgError{Code: "22021", Message: "invalid byte sequence"}
	pgUnique := &pgconn.PgError{Code: "23505", Message: "duplicate key"}
	pgShutdown := &pgconn.PgError{Code: "57P01", Message: "terminating connection"}
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"plain", errors.New("boom"), false},
		{"deadline", context.DeadlineExceeded, false},
		{"pipeline permanent", fmt.Errorf("%w: invalid json", pipeline.ErrPermanent), true},
		{"pipeline unavailable", fmt.Errorf("%w: publish", pipeline.ErrUnavailable), false},
		{"claim invalid", fmt.Errorf("%w: no accused", claim.ErrInvalid), true},
		{"claim schema", fmt.Errorf("%w: claim/v9", claim.ErrSchema), true},
		{"sinks permanent (postgres class 22)", fmt.Errorf("sinks: postgres: %w: %w", sinks.ErrPermanent, pgData), true},
		{"sinks permanent (postgres class 23)", fmt.Errorf("sinks: postgres: %w: %w", sinks.ErrPermanent, pgUnique), true},
		{"sinks unavailable (postgres shutdown)", fmt.Errorf("sinks: postgres: %w: %w", sinks.ErrUnavailable, pgShutdown), false},
		{"claim error", &sinks.ClaimError{Sink: "x", Items: []sinks.ClaimFailure{{Index: 2, ID: "a", Err: errors.New("too long")}}}, true},
		{"wrapped twice", fmt.Errorf("replay: %w", fmt.Errorf("%w: x", sinks.ErrPermanent)), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for who, f := range map[string]func(error) bool{
				"fault": fault.IsPermanent, "pipeline": pipeline.IsPermanent, "runner": runner.IsPermanent,
			} {
				if got := f(tc.err); got != tc.want {
					t.Errorf("%s.IsPermanent(%v) = %v, want %v", who, tc.err, got, tc.want)
				}
			}
		})
	}
}
