// Package fault is claimwire's one classification of failures: is an error
// permanent (the same input will fail again: dead-letter it, never retry)
// or worth retrying (an outage: wait and try again)? Every path that
// decides — the pipeline's stages, replay, the runner, import — asks
// IsPermanent, so a PostgreSQL data error cannot be "permanent" in a sink
// worker and "retry forever" in replay.
//
// Packages mark their permanent sentinels with Permanent (pipeline.ErrPermanent,
// sinks.ErrPermanent); claim.ErrSchema and claim.ErrInvalid are permanent
// too, and so is any error naming refused claims of a batch (Indexes).
package fault

import (
	"errors"

	"github.com/claimwire/claimwire/claim"
)

// permanent is a sentinel error marked permanent.
type permanent struct{ msg string }

func (p *permanent) Error() string   { return p.msg }
func (p *permanent) Permanent() bool { return true }

// Permanent returns a new sentinel error with message msg that IsPermanent
// recognises wherever it is wrapped.
func Permanent(msg string) error { return &permanent{msg: msg} }

// marker is implemented by errors that know whether they are permanent.
type marker interface{ Permanent() bool }

// Indexed is a batch error naming the positions of the claims a sink
// refuses (sinks.ClaimError): those are permanent, the rest of the batch
// can be written again.
type Indexed interface {
	error
	Indexes() []int
}

// IsPermanent reports whether err means the input can never succeed.
// Unknown errors are not permanent: a valid claim is retried rather than
// dead-lettered.
func IsPermanent(err error) bool {
	if err == nil {
		return false
	}
	var m marker
	if errors.As(err, &m) && m.Permanent() {
		return true
	}
	var ie Indexed
	return errors.Is(err, claim.ErrSchema) || errors.Is(err, claim.ErrInvalid) || errors.As(err, &ie)
}
