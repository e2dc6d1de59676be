package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// benchClaims builds n claims spread like a real crawl: a handful of
// accusers, accused states and groups, victims, two languages, claim dates
// over five years and a sentence each that free-text search can find.
func benchClaims(n int) []claim.Claim {
	accusers := []claim.Entity{
		{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"},
		{Text: "FBI", Name: "FBI", Kind: claim.KindAgency, Country: "US"},
		{Text: "ANSSI", Name: "ANSSI", Kind: claim.KindAgency, Country: "FR"},
		{Text: "Mandiant", Name: "Mandiant", Kind: claim.KindCompany},
		{Text: "France", Name: "France", Kind: claim.KindState, Country: "FR"},
		{Text: "NATO", Name: "NATO", Kind: claim.KindIntergov},
	}
	accused := []claim.Entity{
		{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"},
		{Text: "Russia", Name: "Russia", Kind: claim.KindState, Country: "RU"},
		{Text: "APT28", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}},
		{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN", IDs: map[string]string{"mitre": "G0065"}},
		{Text: "Lazarus", Name: "Lazarus Group", Kind: claim.KindGroup, Country: "KP", IDs: map[string]string{"mitre": "G0032"}},
		{Text: "Iran", Name: "Iran", Kind: claim.KindState, Country: "IR"},
		{Text: "North Korea", Name: "North Korea", Kind: claim.KindState, Country: "KP"},
	}
	victims := []string{"US", "FR", "GB", "DE", "AT", "CA", "AU", "JP", "UA", "PL"}
	verbs := []string{"blamed", "accused", "attributed the intrusion at", "said hackers working for"}
	out := make([]claim.Claim, n)
	for i := range out {
		acc, accd := accusers[i%len(accusers)], accused[(i/3)%len(accused)]
		lang := "en"
		if i%3 == 1 {
			lang = "fr"
		}
		sentence := fmt.Sprintf("%s %s %s for the breach of network %d at a ministry.", acc.Text, verbs[i%len(verbs)], accd.Text, i)
		c := claim.Claim{
			Schema:  claim.SchemaClaim,
			Article: claim.ArticleRef{URL: fmt.Sprintf("https://news.example/a/%d", i/2), Title: fmt.Sprintf("Report %d", i/2), Lang: lang, Published: "2025-01-10", Source: "Wire"},
			Accuser: &acc, Accused: &accd,
			Victims:   []claim.Entity{{Text: victims[i%len(victims)], Name: victims[i%len(victims)], Kind: claim.KindState, Country: victims[i%len(victims)]}},
			ClaimDate: claim.Date(fmt.Sprintf("%d-%02d-%02d", 2020+i%5, 1+i%12, 1+i%28)),
			Stance:    claim.StanceAccusation, Evidence: claim.Evidence{Sentence: sentence, Start: 0, End: len(sentence)},
			Confidence: 0.8, Extractor: "bench",
		}
		if i%17 == 0 {
			c.Stance = claim.StanceDenial
		}
		c.ID = claim.ComputeID(&c)
		out[i] = c
	}
	return out
}

// benchStore seeds claims into a temp SQLite store, stored a minute apart.
func benchStore(b *testing.B, cs []claim.Claim) sinks.Store {
	b.Helper()
	ctx := context.Background()
	st, err := sinks.OpenStore(ctx, "sqlite:"+filepath.Join(b.TempDir(), "claims.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 10000
	for i := 0; i < len(cs); i += batch {
		off := i
		if err := sinks.SeedStore(ctx, st, cs[i:min(i+batch, len(cs))], nil, func(k int) time.Time { return base.Add(time.Duration(off+k) * time.Minute) }); err != nil {
			b.Fatal(err)
		}
	}
	return st
}

// benchServer seeds n claims into a temp SQLite store.
func benchServer(b *testing.B, n int) *Server {
	b.Helper()
	s, err := New(Config{Token: testToken}, benchStore(b, benchClaims(n)), testNorm(b), nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkListPage100k times whole list pages (list, count, facets and
// rendering) over 100,000 claims in SQLite, the counts cache emptied before
// each request ("first time"), as an analyst opening a filter sees it.
// go test -run '^$' -bench ListPage100k -benchtime 20x ./web
func BenchmarkListPage100k(b *testing.B) {
	s := benchServer(b, 100_000)
	for _, bc := range []struct{ name, path string }{
		{"all", "/claims"},
		{"state", "/claims?state=CN"},
		{"group", "/claims?group=APT28"},
		{"accuser", "/claims?accuser=FBI"},
		{"victim", "/claims?victim=CA"},
		{"lang", "/claims?lang=fr"},
		{"dates", "/claims?from=2023-03&to=2023-05"},
		{"status", "/claims?status=pending"},
		{"state+lang+victim", "/claims?state=RU&lang=en&victim=DE"},
		{"text", "/claims?q=network+4242"},
		{"text-common", "/claims?q=ministry"},
		{"text+state", "/claims?q=breach&state=KP"},
		{"overview", "/overview"},
		{"overview-range", "/overview?from=2022-01&to=2022-12"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				s.forgetCounts()
				w := httptest.NewRecorder()
				r := httptest.NewRequest("GET", bc.path, nil)
				if bc.name[:min(8, len(bc.name))] == "overview" {
					s.handleOverview(w, r)
				} else {
					s.handleList(w, r)
				}
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", bc.path, w.Code, w.Body.String())
				}
			}
		})
	}
}
