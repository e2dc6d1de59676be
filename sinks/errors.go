package sinks

// The errors of the sinks and of the review store, and the one place where a
// database error is classified.
//
// Whether a failure is permanent (dead-letter, never retry) or an outage
// (retry) is decided in one place for the whole program, fault.IsPermanent
// (internal/fault; pipeline.IsPermanent is the same function). This package
// only marks its errors for it: ErrPermanent is a fault.Permanent sentinel,
// a *ClaimError names refused claims (fault.Indexed), and everything a retry
// may fix wraps ErrUnavailable. Database errors are mapped by pgClassify
// (PostgreSQL SQLSTATE classes 22 and 23 are permanent, anything else an
// outage); SQLite write errors are all outages (the sinks validate claims
// before writing, so a failing SQLite statement is a busy, full or broken
// database). The review store's own errors (ErrNotFound, ErrBadDecision,
// *MissingClaimsError) are answers to the caller, not failures to retry.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/claimwire/claimwire/internal/fault"
)

// Sentinel errors. The pipeline decides with errors.Is whether to retry a
// batch (leave the messages un-acked) or dead-letter it.
var (
	// ErrUnavailable wraps every failure that may succeed when retried: the
	// database is unreachable or busy, the disk is full, a timeout expired.
	// Nothing of the batch should be considered stored.
	ErrUnavailable = errors.New("sinks: unavailable")
	// ErrPermanent wraps failures that no retry can fix: an invalid claim, a
	// value the store cannot represent. Nothing of the batch was written.
	// Usually the error is a *ClaimError naming the offending claims by
	// index; a database data error that cannot be traced to one claim wraps
	// ErrPermanent alone, and the caller may then write the claims one at a
	// time to isolate the poison. It is marked for fault.IsPermanent (also
	// pipeline.IsPermanent), the one check every path shares.
	ErrPermanent = fault.Permanent("sinks: permanent failure")
	// ErrBadSpec is returned by Open and ParseSpec for a spec they cannot use.
	ErrBadSpec = errors.New("sinks: bad spec")
	// ErrBadOptions is returned by Options.Validate.
	ErrBadOptions = errors.New("sinks: bad options")
	// ErrClosed is returned by a write on a closed sink.
	ErrClosed = errors.New("sinks: closed")
)

// ClaimError reports the claims of a batch that can never be stored. The
// whole batch was refused (nothing written), so the caller can dead-letter
// the listed claims and write the rest again. errors.Is(err, ErrPermanent)
// holds for it.
type ClaimError struct {
	Sink  string
	Items []ClaimFailure
}

// ClaimFailure is one refused claim: its index in the batch, its id and why.
type ClaimFailure struct {
	Index int
	ID    string
	Err   error
}

func (e *ClaimError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "sinks: %s: %d claim(s) refused", e.Sink, len(e.Items))
	for i, it := range e.Items {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(e.Items)-3)
			break
		}
		fmt.Fprintf(&b, "; #%d id=%q: %v", it.Index, it.ID, it.Err)
	}
	return b.String()
}

// Unwrap lets errors.Is find ErrPermanent and the per-claim causes
// (claim.ErrInvalid, claim.ErrSchema).
func (e *ClaimError) Unwrap() []error {
	out := []error{ErrPermanent}
	for _, it := range e.Items {
		out = append(out, it.Err)
	}
	return out
}

// Indexes returns the batch positions of the refused claims, in order.
func (e *ClaimError) Indexes() []int {
	out := make([]int, len(e.Items))
	for i, it := range e.Items {
		out[i] = it.Index
	}
	return out
}

// Store errors.
var (
	// ErrNotFound is returned by Get and Article for an unknown key.
	ErrNotFound = errors.New("store: not found")
	// ErrBadDSN is returned by OpenStore for a DSN it cannot use.
	ErrBadDSN = errors.New("store: bad dsn")
	// ErrBadDecision is returned by SaveDecision for an invalid decision.
	ErrBadDecision = errors.New("store: invalid decision")
)

// MissingClaimsError names the claims a batch of decisions refers to that
// are not in the store; nothing of the batch was written. It matches
// ErrNotFound with errors.Is.
type MissingClaimsError struct{ IDs []string }

func (e *MissingClaimsError) Error() string {
	return fmt.Sprintf("store: not found: %d claim(s): %s", len(e.IDs), strings.Join(e.IDs, ", "))
}

func (e *MissingClaimsError) Is(target error) bool { return target == ErrNotFound }

// pgClassify wraps err with ErrPermanent for data errors (SQLSTATE classes
// 22 data exception, 23 integrity violation: the same rows would fail
// again) and with ErrUnavailable for everything else: connection failures,
// timeouts, shutdowns, lock and resource errors and, conservatively, any
// unknown error, so that a valid claim is retried rather than dead-lettered.
func pgClassify(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && len(pe.Code) == 5 {
		switch pe.Code[:2] {
		case "22", "23":
			return fmt.Errorf("%w: %w", ErrPermanent, err)
		}
	}
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}
