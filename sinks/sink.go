// Package sinks stores claims durably: JSONL files, SQLite (the embedded
// default) and PostgreSQL. Every sink upserts by claim id, so a claim
// delivered twice is stored once, and a Write that returns nil is durable:
// the pipeline acks the NATS message only after it.
package sinks

import (
	"context"

	"github.com/claimwire/claimwire/claim"
)

// Sink is where claims end up. Implementations must be idempotent by claim id.
type Sink interface {
	// Name identifies the sink in logs and metrics ("sqlite:/data/claims.db").
	Name() string
	// WriteClaims stores the batch; nil means every claim is durable.
	WriteClaims(ctx context.Context, claims []claim.Claim) error
	Close() error
}

// ArticleWriter is implemented by sinks that also keep article texts (the
// database sinks), so the review page can show evidence in its paragraph.
type ArticleWriter interface {
	WriteArticles(ctx context.Context, articles []claim.Article) error
}
