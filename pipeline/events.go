package pipeline

// The event stage: attribution events (package events) built from the
// claims the sink stage stores, written to the sinks that keep events and
// published on events.<CC>, each revision with Msg-Id "<event id>.<revision>".

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sort"
	"sync"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// EventWriter is a sink that stores events (sinks.EventWriter).
type EventWriter interface {
	WriteEvents(ctx context.Context, evs []events.Event, retired []string) error
}

// EventSubject is events.<CC|none>: the accused's country.
func (b *Bus) EventSubject(e *events.Event) string {
	return b.cfg.SubjectPrefix + "events." + e.SubjectToken()
}

// PublishEvents publishes event revisions, each with Msg-Id
// "<id>.<revision>" (a revision published twice is stored once), and waits
// for the stream to store them. Retired ids are published as
// {"schema":"event/v1","id":…,"retired":true} with Msg-Id "<id>.retired".
func (b *Bus) PublishEvents(ctx context.Context, evs []events.Event, retired []string) error {
	if len(evs) == 0 && len(retired) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, b.cfg.PublishTimeout)
	defer cancel()
	var futures []jetstream.PubAckFuture
	send := func(subject, msgID string, v any) error {
		data, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("pipeline: event %s: %w", msgID, err)
		}
		m := nats.NewMsg(subject)
		m.Data = data
		m.Header.Set(HeaderSchema, events.SchemaEvent)
		f, err := b.js.PublishMsgAsync(m, jetstream.WithMsgID(msgID))
		if err != nil {
			return fmt.Errorf("%w: publish event %s: %w", ErrUnavailable, msgID, err)
		}
		futures = append(futures, f)
		return nil
	}
	for _, id := range retired {
		v := map[string]any{"schema": events.SchemaEvent, "id": id, "retired": true}
		if err := send(b.cfg.SubjectPrefix+"events.retired", id+".retired", v); err != nil {
			return err
		}
	}
	for i := range evs {
		if err := send(b.EventSubject(&evs[i]), evs[i].MsgID(), &evs[i]); err != nil {
			return err
		}
	}
	for _, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return fmt.Errorf("%w: publish event on %s: %w", ErrUnavailable, f.Msg().Subject, err)
		case <-ctx.Done():
			return fmt.Errorf("%w: publish events: %w", ErrUnavailable, ctx.Err())
		}
	}
	return nil
}

// EventStage wraps the sink stage's ClaimWriter: after a batch of claims is
// stored, it folds them into the event builder, stores the events they
// changed (when the sink keeps events) and publishes them. Events not yet
// stored and published stay pending and are retried with the next batch
// (or the redelivery of this one), so an outage loses no revision. Seed it
// with the stored claims first (Seed) so events count the claims of
// earlier runs.
type EventStage struct {
	ClaimWriter
	bus *Bus // nil: store events, publish nothing
	log *slog.Logger

	mu      sync.Mutex
	b       *events.Builder
	pending map[string]events.Event
	retired map[string]bool
}

// NewEventStage returns the event stage around w. bus may be nil.
func NewEventStage(w ClaimWriter, bus *Bus, cfg events.Config, log *slog.Logger) (*EventStage, error) {
	if cfg.Window == 0 {
		cfg.Window = events.DefaultWindow
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	return &EventStage{ClaimWriter: w, bus: bus, log: log.With("stage", "events"),
		b: events.NewBuilder(cfg), pending: map[string]events.Event{}, retired: map[string]bool{}}, nil
}

// Seed folds already stored claims in without writing or publishing.
func (s *EventStage) Seed(claims []claim.Claim) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b.Load(claims)
}

// Events returns the current events (sorted by id).
func (s *EventStage) Events() []events.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Events()
}

// WriteClaims stores the claims, then the events they change.
func (s *EventStage) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := s.ClaimWriter.WriteClaims(ctx, claims); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	changed, retired := s.b.AddBatch(claims)
	for _, e := range changed {
		s.pending[e.ID] = e
		delete(s.retired, e.ID)
	}
	for _, id := range retired {
		delete(s.pending, id)
		s.retired[id] = true
	}
	return s.flush(ctx)
}

func (s *EventStage) flush(ctx context.Context) error {
	if len(s.pending) == 0 && len(s.retired) == 0 {
		return nil
	}
	evs := make([]events.Event, 0, len(s.pending))
	for _, e := range s.pending {
		evs = append(evs, e)
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })
	var retired []string
	for id := range s.retired {
		retired = append(retired, id)
	}
	sort.Strings(retired)
	if w, ok := s.ClaimWriter.(EventWriter); ok {
		if err := w.WriteEvents(ctx, evs, retired); err != nil {
			return fmt.Errorf("pipeline: events: %w", err)
		}
	}
	if s.bus != nil {
		if err := s.bus.PublishEvents(ctx, evs, retired); err != nil {
			return fmt.Errorf("pipeline: events: %w", err)
		}
	}
	s.log.Debug("events stored", "changed", len(evs), "retired", len(retired))
	clear(s.pending)
	clear(s.retired)
	return nil
}

// Flush writes and publishes the pending events (replay calls it at the end).
func (s *EventStage) Flush(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.flush(ctx)
}

// Writer returns the stage as the sink stage's ClaimWriter: it also
// implements ArticleWriter exactly when the wrapped sink does, so RunSink
// consumes articles for the database sinks only.
func (s *EventStage) Writer() ClaimWriter {
	if aw, ok := s.ClaimWriter.(ArticleWriter); ok {
		return eventStageArticles{s, aw}
	}
	return s
}

type eventStageArticles struct {
	*EventStage
	aw ArticleWriter
}

func (e eventStageArticles) WriteArticles(ctx context.Context, as []claim.Article) error {
	return e.aw.WriteArticles(ctx, as)
}
