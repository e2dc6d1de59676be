package sinks

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// eventQueryClaims builds claims forming known events: for each month m of
// 2024 (0..5), "United States → China" (victims US or JP, English, 3
// outlets), "ANSSI → Russia" (victim FR, French, 1 outlet) and, in month 2,
// "China denies" answering the US accusations. Claim dates are 60 days
// apart, so every month is its own event.
func eventQueryClaims() []claim.Claim {
	us := &claim.Entity{Text: "US", Name: "United States", Kind: claim.KindState, Country: "US"}
	anssi := &claim.Entity{Text: "ANSSI", Name: "ANSSI", Kind: claim.KindAgency, Country: "FR"}
	cn := &claim.Entity{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"}
	ru := &claim.Entity{Text: "Russia", Name: "Russia", Kind: claim.KindState, Country: "RU"}
	victim := func(cc string) []claim.Entity {
		return []claim.Entity{{Text: cc, Name: cc, Kind: claim.KindState, Country: cc}}
	}
	var cs []claim.Claim
	add := func(m, k int, acc, accd *claim.Entity, lang, outlet, vic string, stance claim.Stance) {
		d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 60*m+k)
		s := fmt.Sprintf("%s statement %d/%d %s.", accd.Name, m, k, stance)
		c := claim.Claim{Schema: claim.SchemaClaim,
			Article: claim.ArticleRef{URL: fmt.Sprintf("https://%s.test/%d/%d/%s", outlet, m, k, accd.Country), Lang: lang, Source: outlet},
			Accuser: acc, Accused: accd, Stance: stance, ClaimDate: claim.Date(d.Format("2006-01-02")),
			Victims: victim(vic), Extractor: "t", Confidence: 0.8,
			Evidence: claim.Evidence{Sentence: s, Start: 0, End: len(s)}}
		c.ID = claim.ComputeID(&c)
		cs = append(cs, c)
	}
	for m := 0; m < 6; m++ {
		for k, o := range []string{"alpha", "beta", "gamma"} {
			v := "US"
			if m%2 == 1 {
				v = "JP"
			}
			add(m, k, us, cn, "en", o, v, claim.StanceAccusation)
		}
		add(m, 0, anssi, ru, "fr", "delta", "FR", claim.StanceAccusation)
	}
	add(2, 5, nil, cn, "en", "alpha", "US", claim.StanceDenial)
	return cs
}

// eventQuerySeed stores the claims and the events built from them.
func eventQuerySeed(t *testing.T, st Store) ([]claim.Claim, []events.Event) {
	t.Helper()
	ctx := context.Background()
	cs := eventQueryClaims()
	if err := SeedStore(ctx, st, cs, nil, nil); err != nil {
		t.Fatal(err)
	}
	evs := events.Build(events.Config{Window: events.DefaultWindow}, cs)
	if err := st.(EventWriter).WriteEvents(ctx, evs, nil); err != nil {
		t.Fatal(err)
	}
	return cs, evs
}

func TestEventFilterValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    EventFilter
		bad  string
	}{
		{"zero", EventFilter{}, ""},
		{"all set", EventFilter{Accused: "state:cn", AccusedCountry: "CN", Accuser: "state:us", Victim: "US", Lang: "fr",
			From: "2024-01", To: "2024-03-05", MinSources: 2, Stance: "denial"}, ""},
		{"same month", EventFilter{From: "2024-03", To: "2024-03"}, ""},
		{"lower country", EventFilter{AccusedCountry: "cn"}, "accused country"},
		{"bad victim", EventFilter{Victim: "USA"}, "victim"},
		{"bad lang", EventFilter{Lang: "en;drop"}, "language"},
		{"bad date", EventFilter{From: "2024-13"}, "from"},
		{"reversed", EventFilter{From: "2024-05", To: "2024-03"}, "after"},
		{"negative sources", EventFilter{MinSources: -1}, "sources"},
		{"stance", EventFilter{Stance: "praise"}, "stance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.f.Validate()
			if tc.bad == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.bad) || !strings.HasPrefix(err.Error(), "sinks: ") {
				t.Fatalf("Validate = %v, want an error about %s", err, tc.bad)
			}
		})
	}
}

func TestEventStatusState(t *testing.T) {
	for _, tc := range []struct {
		st   EventStatus
		want string
	}{
		{EventStatus{}, EventUnreviewed},
		{EventStatus{Claims: 3}, EventUnreviewed},
		{EventStatus{Claims: 3, Accepted: 1}, EventPartly},
		{EventStatus{Claims: 3, Accepted: 2, Edited: 1}, EventAccepted},
		{EventStatus{Claims: 2, Rejected: 2}, EventRejected},
		{EventStatus{Claims: 2, Rejected: 1, Edited: 1}, EventMixed},
	} {
		t.Run(fmt.Sprintf("%+v", tc.st), func(t *testing.T) {
			if got := tc.st.State(); got != tc.want {
				t.Errorf("State() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStoreListEvents(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		_, built := eventQuerySeed(t, st)
		eq := st.(EventQuerier)
		if len(built) != 12 {
			t.Fatalf("built %d events, want 12 (6 months × 2 pairs)", len(built))
		}
		// Every event once, newest activity first, forward and back.
		var ids []string
		var last string
		p := Page{Limit: 5}
		var pages []EventListResult
		for {
			res, err := eq.ListEvents(ctx, EventFilter{}, p)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, res)
			for _, r := range res.Events {
				if last != "" && string(r.Event.LastSeen) > last {
					t.Fatalf("not newest first: %s after %s", r.Event.LastSeen, last)
				}
				last = string(r.Event.LastSeen)
				ids = append(ids, r.Event.ID)
			}
			if res.Next == "" {
				break
			}
			p.After = res.Next
		}
		if len(ids) != 12 || len(pages) != 3 {
			t.Fatalf("paged %d events in %d pages", len(ids), len(pages))
		}
		slices.Sort(ids)
		if len(slices.Compact(ids)) != 12 {
			t.Fatalf("an event listed twice")
		}
		back, err := eq.ListEvents(ctx, EventFilter{}, Page{Limit: 5, Before: pages[2].Prev})
		if err != nil {
			t.Fatal(err)
		}
		if len(back.Events) != 5 || back.Events[0].Event.ID != pages[1].Events[0].Event.ID || back.Prev == "" {
			t.Fatalf("previous page: %d events, prev %q", len(back.Events), back.Prev)
		}
		if _, err := eq.ListEvents(ctx, EventFilter{}, Page{After: "%%%"}); err == nil {
			t.Error("bad cursor accepted")
		}

		for _, tc := range []struct {
			name string
			f    EventFilter
			want int
		}{
			{"accused key", EventFilter{Accused: "state:cn"}, 6},
			{"accused country", EventFilter{AccusedCountry: "RU"}, 6},
			{"accuser", EventFilter{Accuser: events.ActorKey(&claim.Entity{Name: "ANSSI", Kind: claim.KindAgency, Country: "FR"})}, 6},
			{"victim", EventFilter{Victim: "JP"}, 3},
			{"victim of a denial", EventFilter{Victim: "US", Accused: "state:cn"}, 3},
			{"lang", EventFilter{Lang: "fr"}, 6},
			{"lang none", EventFilter{Lang: "de"}, 0},
			{"from", EventFilter{From: "2024-07"}, 5},                 // months 4, 5 and the US event of month 3 (to 1 July)
			{"to", EventFilter{To: "2024-03"}, 4},                     // months 0 and 1 (from 1 March)
			{"range", EventFilter{From: "2024-03", To: "2024-05"}, 4}, // months 1 and 2
			{"sources", EventFilter{MinSources: 3}, 6},                // the US events: 3 outlets
			{"sources and lang", EventFilter{MinSources: 2, Lang: "fr"}, 0},
			{"stance", EventFilter{Stance: "denial"}, 0}, // the denial answers an accusation
		} {
			t.Run(tc.name, func(t *testing.T) {
				res, err := eq.ListEvents(ctx, tc.f, Page{Limit: 50})
				if err != nil {
					t.Fatal(err)
				}
				n, err := eq.CountEvents(ctx, tc.f)
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Events) != tc.want || n != tc.want {
					t.Fatalf("%+v: listed %d, counted %d, want %d", tc.f, len(res.Events), n, tc.want)
				}
			})
		}
		if _, err := eq.ListEvents(ctx, EventFilter{MinSources: -2}, Page{}); err == nil {
			t.Error("invalid filter accepted")
		}

		fc, err := eq.EventFacets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(fc.Accused) != 2 || fc.Accused[0].Count != 6 || len(fc.Accuser) != 2 {
			t.Fatalf("facets %+v", fc)
		}
		for _, v := range fc.Accused {
			if v.Key == "state:cn" && v.Name != "China" {
				t.Errorf("accused name %q", v.Name)
			}
		}
		if fmt.Sprint(fc.AccusedCountry, fc.Victim, fc.Lang) != "[{CN  6} {RU  6}] [{FR  6} {JP  3} {US  3}] [{en  6} {fr  6}]" {
			t.Errorf("country, victim and language facets: %v %v %v", fc.AccusedCountry, fc.Victim, fc.Lang)
		}
	})
}

func TestStoreEventRollUp(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		_, built := eventQuerySeed(t, st)
		eq := st.(EventQuerier)
		var withDenial events.Event
		for _, e := range built {
			if len(e.Denials) > 0 {
				withDenial = e
			}
		}
		if withDenial.ID == "" || len(withDenial.Claims) != 3 {
			t.Fatalf("no event with 3 claims and a denial: %+v", withDenial)
		}
		if _, err := eq.GetEvent(ctx, "nope"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("unknown event: %v", err)
		}
		recs, err := eq.EventClaims(ctx, withDenial.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 4 || recs[3].Claim.Stance != claim.StanceDenial || recs[0].Claim.Stance != claim.StanceAccusation {
			t.Fatalf("event claims: %d, denial last? %v", len(recs), recs)
		}
		decide := func(id, action string) {
			t.Helper()
			d := claim.Decision{Schema: claim.SchemaDecision, ClaimID: id, Action: action, Reviewer: "t", At: time.Now().UTC()}
			if action == claim.ActionReject {
				d.Reason = "wrong"
			}
			if action == claim.ActionEdit {
				ed := recs[0].Claim
				ed.ClaimDate = "2024-05-02"
				d.Field, d.Value, d.Edited = "claim_date", "2024-05-02", &ed
			}
			if _, err := st.SaveDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		status := func() EventStatus {
			t.Helper()
			r, err := eq.GetEvent(ctx, withDenial.ID)
			if err != nil {
				t.Fatal(err)
			}
			// the list gives the same roll-up as the event
			res, err := eq.ListEvents(ctx, EventFilter{Accused: "state:cn", From: r.Event.LastSeen, To: r.Event.LastSeen}, Page{})
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range res.Events {
				if l.Event.ID == r.Event.ID && l.Status != r.Status {
					t.Errorf("list roll-up %+v, event %+v", l.Status, r.Status)
				}
			}
			return r.Status
		}
		steps := []struct {
			id, action, want string
		}{
			{"", "", EventUnreviewed},
			{recs[0].Claim.ID, claim.ActionEdit, EventPartly},
			{recs[1].Claim.ID, claim.ActionAccept, EventPartly},
			{recs[2].Claim.ID, claim.ActionAccept, EventPartly},
			{recs[3].Claim.ID, claim.ActionAccept, EventAccepted}, // the denial counts too
			{recs[1].Claim.ID, claim.ActionReject, EventMixed},    // the latest decision counts
		}
		for _, s := range steps {
			if s.id != "" {
				decide(s.id, s.action)
			}
			got := status()
			if got.State() != s.want || got.Claims != 4 {
				t.Fatalf("after %s %s: %+v = %q, want %q", s.action, s.id, got, got.State(), s.want)
			}
		}
		for _, id := range withDenial.Claims {
			decide(id, claim.ActionReject)
		}
		decide(withDenial.Denials[0], claim.ActionReject)
		if got := status(); got.State() != EventRejected || got.Rejected != 4 {
			t.Fatalf("all rejected: %+v", got)
		}
	})
}

// The language and victim projections follow every write of an event —
// a new revision, a retirement — in both dialects.
func TestStoreEventProjectionsFollowWrites(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		cs, _ := eventQuerySeed(t, st)
		eq := st.(EventQuerier)
		count := func(f EventFilter) int {
			t.Helper()
			n, err := eq.CountEvents(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(EventFilter{Lang: "de"}); n != 0 {
			t.Fatalf("de before: %d", n)
		}
		// A German article joins the first US → China event, naming Germany.
		de := cs[0]
		de.Article = claim.ArticleRef{URL: "https://epsilon.test/de", Lang: "de", Source: "epsilon"}
		de.Victims = []claim.Entity{{Name: "Germany", Kind: claim.KindState, Country: "DE"}}
		de.ID = claim.ComputeID(&de)
		all := append(append([]claim.Claim{}, cs...), de)
		if err := SeedStore(ctx, st, []claim.Claim{de}, nil, nil); err != nil {
			t.Fatal(err)
		}
		var changed events.Event
		for _, e := range events.Build(events.Config{Window: events.DefaultWindow}, all) {
			if slices.Contains(e.Claims, de.ID) {
				changed = e
			}
		}
		if err := st.(EventWriter).WriteEvents(ctx, []events.Event{changed}, nil); err != nil {
			t.Fatal(err)
		}
		if count(EventFilter{Lang: "de"}) != 1 || count(EventFilter{Victim: "DE"}) != 1 || count(EventFilter{Lang: "en", Victim: "US"}) != 3 {
			t.Fatalf("after the new revision: de %d, DE %d", count(EventFilter{Lang: "de"}), count(EventFilter{Victim: "DE"}))
		}
		if err := st.(EventWriter).WriteEvents(ctx, nil, []string{changed.ID}); err != nil {
			t.Fatal(err)
		}
		if count(EventFilter{Lang: "de"}) != 0 || count(EventFilter{Victim: "DE"}) != 0 {
			t.Fatalf("a retired event is still found by its language or victim")
		}
	})
}

// Events a sink stored before the review store's migration 103 ran are
// projected by the migration.
func TestEventProjectionsBackfilled(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.db")
	s, err := Open(ctx, "sqlite:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	evs := events.Build(events.Config{Window: events.DefaultWindow}, eventQueryClaims())
	if err := s.(EventWriter).WriteEvents(ctx, evs, nil); err != nil {
		t.Fatal(err)
	}
	st, err := OpenStore(ctx, "sqlite:"+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for f, want := range map[EventFilter]int{{Lang: "fr"}: 6, {Victim: "JP"}: 3, {Lang: "en", Victim: "US"}: 3} {
		if n, err := st.(EventQuerier).CountEvents(ctx, f); err != nil || n != want {
			t.Errorf("%+v: %d events (%v), want %d", f, n, err, want)
		}
	}
}

// The PostgreSQL sink's writes (a pgx batch, another session) keep the
// projections too: events stored before the review store opened are
// backfilled by migration 103, later ones projected by the trigger.
func TestPostgresSinkEventProjections(t *testing.T) {
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	ctx := context.Background()
	sink := openTestPG(t, u, Options{PostgresSchema: schema})
	evs := events.Build(events.Config{Window: events.DefaultWindow}, eventQueryClaims())
	half := len(evs) / 2
	if err := sink.WriteEvents(ctx, evs[:half], nil); err != nil {
		t.Fatal(err)
	}
	sep := "?"
	if strings.Contains(u, "?") {
		sep = "&"
	}
	st, err := OpenStore(ctx, u+sep+"schema="+schema, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := sink.WriteEvents(ctx, evs[half:], nil); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[EventFilter]int{{Lang: "fr"}: 6, {Victim: "JP"}: 3, {Lang: "en", Victim: "US"}: 3} {
		if n, err := st.(EventQuerier).CountEvents(ctx, f); err != nil || n != want {
			t.Errorf("%+v: %d events (%v), want %d", f, n, err, want)
		}
	}
}
