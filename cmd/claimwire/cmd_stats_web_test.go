package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
	"github.com/claimwire/claimwire/web"
)

// TestStatsMatchesPrecisionPage: `claimwire stats` and the review page's
// /precision show the same figures, row for row, for one store holding
// decisions of every kind over two languages and three sources.
func TestStatsMatchesPrecisionPage(t *testing.T) {
	ctx := context.Background()
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "claims.db")
	st, err := sinks.OpenStore(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	accused := []claim.Entity{
		{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"},
		{Text: "APT28", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}},
	}
	var cs []claim.Claim
	for i := range 24 {
		acc := accused[i%2]
		c := claim.Claim{Schema: claim.SchemaClaim,
			Article: claim.ArticleRef{URL: fmt.Sprintf("https://wire.example/%d", i), Lang: []string{"en", "fr"}[i%2],
				Source: []string{"Wire A", "Wire B", "Wire C"}[i%3], Published: "2025-02-01"},
			Accused: &acc, Victims: []claim.Entity{{Text: "France", Name: "France", Kind: claim.KindState, Country: "FR"}},
			ClaimDate: "2025-02-01", Stance: claim.StanceAccusation, Confidence: 0.9,
			Evidence: claim.Evidence{Sentence: fmt.Sprintf("Sentence %d.", i), End: 11}}
		if i%4 != 3 {
			c.Accuser = &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}
		}
		if i%5 == 0 {
			c.AttackPeriod = &claim.Period{Start: "2024-11", End: "2025-01"}
		}
		c.ID = claim.ComputeID(&c)
		cs = append(cs, c)
	}
	if err := sinks.SeedStore(ctx, st, cs, nil, nil); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, c := range cs {
		d := claim.Decision{Schema: claim.SchemaDecision, ClaimID: c.ID, Reviewer: "ana", At: at}
		switch i % 6 {
		case 0, 1:
			d.Action = claim.ActionAccept
		case 2:
			d.Action, d.Reason = claim.ActionReject, "wrong"
		case 3:
			ed := c
			ed.ClaimDate = "2025-01-20"
			d.Action, d.Field, d.Value, d.Edited = claim.ActionEdit, "claim_date", "2025-01-20", &ed
		case 4:
			ed := c
			ed.Victims = []claim.Entity{{Name: "Germany", Kind: claim.KindState, Country: "DE"}}
			d.Action, d.Field, d.Value, d.Edited = claim.ActionEdit, "victims", "DE", &ed
		default:
			continue // pending
		}
		if _, err := st.SaveDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}

	var stdout, stderr bytes.Buffer
	if err := runStats(ctx, testEnv(&stdout, &stderr), []string{"--db", dsn}); err != nil {
		t.Fatal(err, stderr.String())
	}
	var fromStats []string
	for _, l := range strings.Split(stdout.String(), "\n")[2:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		// precision.Write: "%-8s %-20s" then " %13s" per field
		row := strings.TrimSpace(l[:8]) + " " + strings.TrimSpace(l[9:29]) + ":"
		for rest := l[29:]; len(rest) >= 14; rest = rest[14:] {
			row += " " + strings.TrimSpace(rest[:14])
		}
		fromStats = append(fromStats, row)
	}

	srv, err := web.New(web.Config{}, st, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	resp, err := ts.Client().Get(ts.URL + "/precision")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	re := regexp.MustCompile(`<tr data-row="([a-z]+) ([^"]*)">|data-cell="([^"]*)"`)
	var fromPage []string
	for _, m := range re.FindAllStringSubmatch(string(body), -1) {
		if m[1] != "" {
			fromPage = append(fromPage, m[1]+" "+m[2]+":")
			continue
		}
		fromPage[len(fromPage)-1] += " " + m[3]
	}
	got, want := strings.Join(fromPage, "\n"), strings.Join(fromStats, "\n")
	// 1 overall + 2 languages + 3 sources, every field measured somewhere
	if len(fromStats) != 6 || got != want || !strings.Contains(want, "(") {
		t.Fatalf("precision page:\n%s\nclaimwire stats:\n%s\n(raw stats output:\n%s)", got, want, stdout.String())
	}
	if !strings.Contains(stdout.String(), "from 20 reviewed claims") || !strings.Contains(string(body), `id="reviewed-count">20<`) {
		t.Errorf("reviewed counts differ:\n%s", stdout.String())
	}
}
