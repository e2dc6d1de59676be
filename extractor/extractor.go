// Package extractor turns an article into attribution claims. It knows
// nothing of NATS or HTTP: an article in, claims out.
package extractor

import (
	"context"
	"log/slog"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// Config configures an Extractor.
type Config struct {
	// Version is written into each claim's "extractor" field ("claimwire/0.1.0").
	Version string
}

// Extractor is safe for concurrent use.
type Extractor struct {
	cfg  Config
	norm *normalizer.Normalizer
	log  *slog.Logger
}

// New returns an Extractor using norm's tables.
func New(cfg Config, norm *normalizer.Normalizer, logger *slog.Logger) (*Extractor, error) {
	return &Extractor{cfg: cfg, norm: norm, log: logger}, nil
}

// Extract returns the claims of one article, each with a deterministic id and
// evidence offsets into a.Text. No claim is not an error.
func (x *Extractor) Extract(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
	return nil, nil
}
