// Package sinks stores claims durably: JSONL files, SQLite (the embedded
// default) and PostgreSQL. Every sink upserts by claim id, so a claim
// delivered twice is stored once, and a Write that returns nil is durable:
// the pipeline acks the NATS message only after it.
//
// Open takes a spec:
//
//	jsonl:PATH          one claim JSON per line, rotated by size or day (jsonl.go)
//	sqlite:PATH         SQLite in WAL mode, upsert by id (sqlite.go)
//	postgres://…        PostgreSQL, upsert by id, ?schema=NAME (postgres.go)
//
// and Options (rotation, fsync policy, schema, timeouts). Errors wrap
// ErrUnavailable when a retry may succeed (do not ack, retry later) and
// ErrPermanent when it cannot (a *ClaimError names the refused claims by
// batch index: dead-letter those, write the rest again).
package sinks

import (
	"context"

	"github.com/claimwire/claimwire/claim"
)

// Sink is where claims end up. Implementations must be idempotent by claim id.
type Sink interface {
	// Name identifies the sink in logs and metrics ("sqlite:/data/claims.db").
	Name() string
	ClaimWriter // store.go
	Close() error
}

// ArticleWriter is implemented by sinks that also keep article texts (the
// database sinks), so the review page can show evidence in its paragraph.
type ArticleWriter interface {
	WriteArticles(ctx context.Context, articles []claim.Article) error
}
