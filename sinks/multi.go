package sinks

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/claimwire/claimwire/claim"
)

// Multi writes every batch to several sinks; WriteClaims returns nil only
// when every sink returned nil, i.e. when the batch is durable in all of
// them. The sinks are written concurrently (their fsyncs overlap). When one
// fails, the others may already hold the batch: that is harmless because
// every sink is idempotent by claim id and the pipeline retries the whole
// batch.
type Multi struct {
	sinks []Sink
}

// NewMulti combines sinks. Close closes them all.
func NewMulti(sinks ...Sink) *Multi { return &Multi{sinks: sinks} }

// Sinks returns the combined sinks.
func (m *Multi) Sinks() []Sink { return m.sinks }

// Name lists the member names: "multi(sqlite:…,jsonl:…)".
func (m *Multi) Name() string {
	names := make([]string, len(m.sinks))
	for i, s := range m.sinks {
		names[i] = s.Name()
	}
	return "multi(" + strings.Join(names, ",") + ")"
}

// WriteClaims validates the batch once (a poison claim is refused before any
// member writes, as a *ClaimError with its index) and then writes it to
// every member. The error joins the members' errors, so errors.Is works for
// ErrUnavailable and ErrPermanent.
func (m *Multi) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := validateBatch(m.Name(), claims); err != nil {
		return err
	}
	return m.each(func(s Sink) error { return s.WriteClaims(ctx, claims) })
}

// WriteArticles forwards to the members that keep articles.
func (m *Multi) WriteArticles(ctx context.Context, articles []claim.Article) error {
	return m.each(func(s Sink) error {
		if aw, ok := s.(ArticleWriter); ok {
			return aw.WriteArticles(ctx, articles)
		}
		return nil
	})
}

func (m *Multi) each(fn func(Sink) error) error {
	if len(m.sinks) == 1 {
		return fn(m.sinks[0])
	}
	errs := make([]error, len(m.sinks))
	var wg sync.WaitGroup
	for i, s := range m.sinks {
		wg.Go(func() { errs[i] = fn(s) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Close closes every member and joins their errors.
func (m *Multi) Close() error {
	var errs []error
	for _, s := range m.sinks {
		if err := s.Close(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", s.Name(), err))
		}
	}
	return errors.Join(errs...)
}
