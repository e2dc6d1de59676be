package runner

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/sinks"
)

// eventStages wraps each opened sink in an event stage (pipeline.EventStage):
// every sink stores the events, the first one also publishes them on
// events.<CC> (the others would publish the same id.revision messages,
// which JetStream would drop as duplicates anyway). A database sink's
// stage is seeded with the claims already stored, so events count the
// claims of earlier runs; a JSONL sink's starts empty (replay rebuilds it).
func eventStages(ctx context.Context, specs []string, opened []sinks.Sink, bus *pipeline.Bus, logger *slog.Logger) ([]pipeline.ClaimWriter, error) {
	out := make([]pipeline.ClaimWriter, len(opened))
	for i, s := range opened {
		pub := bus
		if i > 0 {
			pub = nil
		}
		st, err := pipeline.NewEventStage(s, pub, events.Config{Window: events.DefaultWindow}, logger)
		if err != nil {
			return nil, err
		}
		if spec := specs[i]; strings.HasPrefix(spec, "sqlite:") || strings.HasPrefix(spec, "postgres") {
			seed, err := storedClaims(ctx, spec, logger)
			if err != nil {
				return nil, fmt.Errorf("runner: events: %w", err)
			}
			st.Seed(seed)
		}
		out[i] = st.Writer()
	}
	return out, nil
}

func storedClaims(ctx context.Context, spec string, logger *slog.Logger) ([]claim.Claim, error) {
	st, err := sinks.OpenStore(ctx, spec, logger)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var cs []claim.Claim
	err = st.Each(ctx, sinks.Filter{}, func(r sinks.Record) error {
		cs = append(cs, r.Claim)
		return nil
	})
	return cs, err
}
