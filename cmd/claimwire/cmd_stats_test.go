package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// decisions in the store become the precision table: one claim accepted,
// one whose accused was edited, one rejected, one pending.
func TestStatsCommand(t *testing.T) {
	dsn := seedDB(t)
	ctx := context.Background()
	st, err := sinks.OpenStore(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	var recs []sinks.Record
	if err := st.Each(ctx, sinks.Filter{}, func(r sinks.Record) error {
		ids = append(ids, r.Claim.ID)
		recs = append(recs, r)
		return nil
	}); err != nil || len(ids) != 3 {
		t.Fatalf("seeded %d claims: %v", len(ids), err)
	}
	edited := recs[1].Claim
	edited.Accused = &claim.Entity{Name: "APT29", Kind: claim.KindGroup, Country: "RU"}
	at := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, d := range []claim.Decision{
		{ClaimID: ids[0], Action: claim.ActionAccept},
		{ClaimID: ids[1], Action: claim.ActionEdit, Edited: &edited},
		{ClaimID: ids[2], Action: claim.ActionReject},
	} {
		d.Schema, d.Reviewer, d.At = claim.SchemaDecision, "ana", at
		if _, err := st.SaveDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	var stdout, stderr bytes.Buffer
	if err := runStats(ctx, testEnv(&stdout, &stderr), []string{"--db", dsn}); err != nil {
		t.Fatal(err, stderr.String())
	}
	out := stdout.String()
	var all string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "all ") {
			all = l
		}
	}
	// accuser: accept + edit count for, reject against → 2/3; accused: only the accept → 1/3
	if !strings.Contains(out, "from 3 reviewed claims") || !strings.Contains(all, "0.67 (3)") || !strings.Contains(all, "0.33 (3)") {
		t.Fatalf("stats output:\n%s", out)
	}
	if !strings.Contains(out, "lang     en") {
		t.Errorf("no per-language row:\n%s", out)
	}
}
