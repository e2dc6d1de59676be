package pipeline

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// memEventSink is a memSink that also stores events (latest revision wins).
type memEventSink struct {
	*memSink
	mu  sync.Mutex
	evs map[string]events.Event
}

func (s *memEventSink) WriteEvents(_ context.Context, evs []events.Event, retired []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, id := range retired {
		delete(s.evs, id)
	}
	for _, e := range evs {
		if e.Revision >= s.evs[e.ID].Revision {
			s.evs[e.ID] = e
		}
	}
	return nil
}

func (s *memEventSink) sorted() []events.Event {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []events.Event
	for _, e := range s.evs {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func eventClaims() []claim.Claim {
	us := &claim.Entity{Name: "United States", Kind: claim.KindState, Country: "US"}
	cn := &claim.Entity{Name: "China", Kind: claim.KindState, Country: "CN"}
	var cs []claim.Claim
	for i, d := range []claim.Date{"2024-03-10", "2024-03-01", "2024-09-01", "2024-03-12"} {
		c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: "https://x.test/" + string(d), Lang: "en", Source: "S" + string(d)},
			Accuser: us, Accused: cn, Stance: claim.StanceAccusation, ClaimDate: d, Victims: []claim.Entity{}, Extractor: "t",
			Evidence: claim.Evidence{Sentence: "s", Start: i, End: i + 1}}
		if i == 3 {
			c.Accuser, c.Stance = nil, claim.StanceDenial
		}
		c.ID = claim.ComputeID(&c)
		cs = append(cs, c)
	}
	return cs
}

// The event stage stores and publishes events as claims arrive, each
// revision with Msg-Id id.revision on events.<CC>; replaying the claims
// stream into a fresh sink rebuilds the same events.
func TestEventStageAndReplay(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	ctx := context.Background()
	live := &memEventSink{memSink: newMemSink("mem:live"), evs: map[string]events.Event{}}
	stage, err := NewEventStage(live, b, events.Config{}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := stage.Writer().(ArticleWriter); ok {
		t.Error("the stage claims to store articles its sink does not")
	}
	cs := eventClaims()
	for _, c := range cs {
		if err := stage.Writer().WriteClaims(ctx, []claim.Claim{c}); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.PublishClaims(ctx, cs, ""); err != nil {
		t.Fatal(err)
	}
	want := events.Build(events.Config{Window: events.DefaultWindow}, cs)
	if got := live.sorted(); !reflect.DeepEqual(got, want) {
		t.Fatalf("live events differ from a batch build:\n%+v\n%+v", got, want)
	}

	// published: the latest revision of each event on events.CN
	cons, err := b.js.OrderedConsumer(ctx, b.StreamName(StreamEvents), jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	latest := map[string]int{}
	seen := 0
	for seen < 1 || len(latest) < len(want) {
		mb, err := cons.Fetch(50, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for m := range mb.Messages() {
			n++
			seen++
			var ev struct {
				events.Event
				Retired bool `json:"retired"`
			}
			if err := json.Unmarshal(m.Data(), &ev); err != nil {
				t.Fatal(err)
			}
			if ev.Retired {
				delete(latest, ev.ID)
				continue
			}
			if m.Subject() != b.cfg.SubjectPrefix+"events.CN" || m.Headers().Get("Nats-Msg-Id") != ev.MsgID() {
				t.Errorf("subject %s msg id %q for %s", m.Subject(), m.Headers().Get("Nats-Msg-Id"), ev.MsgID())
			}
			latest[ev.ID] = ev.Revision
		}
		if n == 0 {
			break
		}
	}
	for _, w := range want {
		if latest[w.ID] != w.Revision {
			t.Errorf("event %s: published revision %d, want %d", w.ID, latest[w.ID], w.Revision)
		}
	}

	// replay into a fresh sink through a fresh stage
	fresh := &memEventSink{memSink: newMemSink("mem:replay"), evs: map[string]events.Event{}}
	rs, err := NewEventStage(fresh, nil, events.Config{}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Replay(ctx, time.Time{}, rs.Writer(), 1); err != nil {
		t.Fatal(err)
	}
	if err := rs.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := fresh.sorted(); !reflect.DeepEqual(got, want) {
		t.Fatalf("replay rebuilt other events:\n%+v\n%+v", got, want)
	}
}
