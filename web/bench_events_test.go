package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/sinks"
)

// benchEventClaims is benchClaims(n) regrouped so that they form events
// the way a crawl does: blocks of 420 consecutive claims share ten days,
// blocks 45 days apart (so each of the 42 accuser–accused pairs makes one
// event of about ten claims per block, ≈ 10,000 events at 100,000 claims),
// and each block is covered by a varying number of outlets (1–12), so the
// independent-source counts vary.
func benchEventClaims(n int) []claim.Claim {
	cs := benchClaims(n)
	start := time.Date(1996, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range cs {
		c := &cs[i]
		block := i / 420
		c.ClaimDate = claim.Date(start.AddDate(0, 0, block*45+i%10).Format("2006-01-02"))
		c.Article.Source = fmt.Sprintf("Outlet %d", (i/2)%(1+block%12))
		c.ID = claim.ComputeID(c)
	}
	return cs
}

// benchEventServer seeds n claims into a temp SQLite store and stores the
// events built from them, as the sinks would.
func benchEventServer(b *testing.B, n int) (*Server, []events.Event) {
	b.Helper()
	ctx := context.Background()
	cs := benchEventClaims(n)
	st := benchStore(b, cs)
	t0 := time.Now()
	evs := events.Build(events.Config{Window: events.DefaultWindow}, cs)
	built := time.Since(t0)
	t0 = time.Now()
	w := st.(sinks.EventWriter)
	for i := 0; i < len(evs); i += 1000 {
		if err := w.WriteEvents(ctx, evs[i:min(i+1000, len(evs))], nil); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("%d claims, %d events: built in %s, stored in %s", n, len(evs), built.Round(time.Millisecond), time.Since(t0).Round(time.Millisecond))
	s, err := New(Config{Token: testToken}, st, testNorm(b), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	return s, evs
}

// BenchmarkEventPage100k times whole event pages (list, count, facets,
// roll-up and rendering) over 100,000 claims and their ≈ 10,000 events in
// SQLite, the counts cache emptied before each request ("first time").
// go test -run '^$' -bench EventPage100k -benchtime 10x ./web
func BenchmarkEventPage100k(b *testing.B) {
	s, evs := benchEventServer(b, 100_000)
	fbi := events.ActorKey(&claim.Entity{Name: "FBI", Kind: claim.KindAgency, Country: "US"})
	// a typical event of the middle of the list
	mid := evs[len(evs)/2]
	for _, bc := range []struct{ name, path string }{
		{"all", "/events"},
		{"accused", "/events?accused=state:cn"},
		{"country", "/events?country=RU"},
		{"accuser", "/events?accuser=" + url.QueryEscape(fbi)},
		{"victim", "/events?victim=CA"},
		{"lang", "/events?lang=fr"},
		{"dates", "/events?from=2023-03&to=2023-05"},
		{"sources", "/events?sources=10"},
		{"country+lang+victim", "/events?country=RU&lang=en&victim=DE"},
		{"accused+sources+dates", "/events?accused=mitre:g0007&sources=3&from=2020"},
		{"page2", ""},
		{"event", "/events/" + mid.ID},
	} {
		b.Run(bc.name, func(b *testing.B) {
			path := bc.path
			if bc.name == "page2" {
				// the second page of the unfiltered list (keyset cursor)
				eq, _ := s.eventQuerier()
				res, err := eq.ListEvents(context.Background(), sinks.EventFilter{}, sinks.Page{Limit: s.cfg.PageSize})
				if err != nil || res.Next == "" {
					b.Fatalf("first page: %v", err)
				}
				path = "/events?after=" + res.Next
			}
			for b.Loop() {
				s.forgetCounts()
				w := httptest.NewRecorder()
				r := httptest.NewRequest("GET", path, nil)
				s.mux.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", path, w.Code, w.Body.String())
				}
			}
		})
	}
}
