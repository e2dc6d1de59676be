package sinks

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

func eventsTestClaims() []claim.Claim {
	us := &claim.Entity{Name: "United States", Kind: claim.KindState, Country: "US"}
	cn := &claim.Entity{Name: "China", Kind: claim.KindState, Country: "CN"}
	var cs []claim.Claim
	for i, d := range []claim.Date{"2024-03-01", "2024-03-10", "2024-09-01"} {
		c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: "https://x.test/" + string(d), Lang: "en", Source: "X"},
			Accuser: us, Accused: cn, Stance: claim.StanceAccusation, ClaimDate: d, Victims: []claim.Entity{}, Extractor: "t"}
		c.Evidence = claim.Evidence{Sentence: "s", Start: i, End: i + 1}
		c.ID = claim.ComputeID(&c)
		cs = append(cs, c)
	}
	return cs
}

func TestStoreEvents(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		w, r := st.(EventWriter), st.(EventReader)
		b := events.NewBuilder(events.Config{Window: events.DefaultWindow})
		for _, c := range eventsTestClaims() {
			ch, ret := b.Add(c)
			if err := w.WriteEvents(ctx, ch, ret); err != nil {
				t.Fatal(err)
			}
		}
		want := b.Events()
		got, err := r.Events(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || len(want) != 2 {
			t.Fatalf("stored %d events, built %d", len(got), len(want))
		}
		if got[0].LastSeen != "2024-09-01" {
			t.Errorf("not newest first: %s", got[0].LastSeen)
		}
		byID := map[string]events.Event{}
		for _, e := range got {
			byID[e.ID] = e
		}
		for _, e := range want {
			if !reflect.DeepEqual(byID[e.ID].Claims, e.Claims) || byID[e.ID].Revision != e.Revision {
				t.Errorf("event %s stored as %+v, built %+v", e.ID, byID[e.ID], e)
			}
		}
		// an older revision arriving late does not roll the event back
		old := want[0]
		for _, e := range want {
			if e.Revision == 2 {
				old = e
			}
		}
		stale := old
		stale.Revision, stale.Claims = 1, stale.Claims[:1]
		if err := w.WriteEvents(ctx, []events.Event{stale}, nil); err != nil {
			t.Fatal(err)
		}
		if got, _ := r.Events(ctx, "CN"); len(got) != 2 {
			t.Fatalf("CN events %d", len(got))
		}
		got, _ = r.Events(ctx, "")
		for _, e := range got {
			if e.ID == old.ID && e.Revision != 2 {
				t.Errorf("stale revision overwrote the event: %d", e.Revision)
			}
		}
		// retired events are deleted
		if err := w.WriteEvents(ctx, nil, []string{old.ID}); err != nil {
			t.Fatal(err)
		}
		if got, _ := r.Events(ctx, ""); len(got) != 1 {
			t.Errorf("after retiring: %d events", len(got))
		}
		if got, _ := r.Events(ctx, "RU"); len(got) != 0 {
			t.Errorf("RU filter: %d events", len(got))
		}
	})
}

func TestSQLiteSinkWritesEvents(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.db")
	s, err := Open(ctx, "sqlite:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w, ok := s.(EventWriter)
	if !ok {
		t.Fatalf("%T does not store events", s)
	}
	evs := events.Build(events.Config{Window: events.DefaultWindow}, eventsTestClaims())
	if err := w.WriteEvents(ctx, evs, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.WriteEvents(ctx, []events.Event{{ID: "x"}}, nil); err == nil {
		t.Error("an invalid event was stored")
	}
	st, err := OpenStore(ctx, "sqlite:"+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.(EventReader).Events(ctx, "")
	if err != nil || len(got) != len(evs) {
		t.Fatalf("read back %d events (%v), want %d", len(got), err, len(evs))
	}
}

func TestJSONLSinkWritesEvents(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, err := Open(ctx, "jsonl:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := s.(EventWriter)
	b := events.NewBuilder(events.Config{Window: events.DefaultWindow})
	var retiredAll []string
	cs := eventsTestClaims()
	// the later claim first, then an earlier one in another bucket: the
	// first event is retired under its old id
	for _, c := range []claim.Claim{cs[1], cs[0], cs[2]} {
		ch, ret := b.Add(c)
		retiredAll = append(retiredAll, ret...)
		if err := w.WriteEvents(ctx, ch, ret); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	got, err := ReadEventsJSONL(EventsJSONLPath(path))
	if err != nil {
		t.Fatal(err)
	}
	if want := b.Events(); !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %+v\nwant %+v", got, want)
	}
	// reopening: a stale revision is not appended
	s, err = Open(ctx, "jsonl:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stale := got[0]
	stale.Revision = 1
	stale.Claims = stale.Claims[:1]
	if got[0].Revision > 1 {
		if err := s.(EventWriter).WriteEvents(ctx, []events.Event{stale}, nil); err != nil {
			t.Fatal(err)
		}
		again, _ := ReadEventsJSONL(EventsJSONLPath(path))
		if !reflect.DeepEqual(again, got) {
			t.Error("a stale revision changed the events file")
		}
	}
	t.Logf("retired %v", retiredAll)
}

// A claim/v1 reaching a sink (an old message in the stream, an old JSONL
// file replayed) is stored as claim/v2 with evidences = [evidence].
func TestSinksStoreV1AsV2(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for _, spec := range []string{"sqlite:" + filepath.Join(dir, "c.db"), "jsonl:" + filepath.Join(dir, "c.jsonl")} {
		t.Run(spec[:5], func(t *testing.T) {
			c := eventsTestClaims()[0]
			c.Schema, c.ID = claim.SchemaClaimV1, "v1-id"
			s, err := Open(ctx, spec, Options{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.WriteClaims(ctx, []claim.Claim{c}); err != nil {
				t.Fatal(err)
			}
			s.Close()
			var got claim.Claim
			if spec[:5] == "jsonl" {
				cs, err := ReadJSONL(filepath.Join(dir, "c.jsonl"))
				if err != nil || len(cs) != 1 {
					t.Fatalf("%d claims, %v", len(cs), err)
				}
				got = cs[0]
			} else {
				st, err := OpenStore(ctx, spec, nil)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				r, err := st.Get(ctx, "v1-id")
				if err != nil {
					t.Fatal(err)
				}
				got = r.Claim
			}
			if got.Schema != claim.SchemaClaim || len(got.Evidences) != 1 || got.Evidences[0] != c.Evidence {
				t.Errorf("stored %q with evidences %+v", got.Schema, got.Evidences)
			}
		})
	}
}
