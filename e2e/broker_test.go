package e2e

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/internal/tcpproxy"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
)

// brokerKill runs `run --once` against an external broker (an embedded
// server on a fixed port and store dir, reached through a proxy) and kills
// the broker mid-crawl with publishes in flight: the proxy first stalls
// (so the publishes of the articles being crawled are sent and never
// answered), then the broker is shut down and every connection cut; after
// outage the broker restarts on the same port and store and the link is
// restored. It returns the run's result and error.
func brokerKill(t *testing.T, fx *fixture, dir string, outage time.Duration, natsCfg pipeline.Config) (runner.Result, error) {
	t.Helper()
	store := filepath.Join(dir, "nats")
	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: -1, StoreDir: store}, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	port := emb.Port()
	t.Cleanup(func() { emb.Shutdown() })
	proxy, err := tcpproxy.New(fmt.Sprintf("127.0.0.1:%d", port), logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxy.Close() })

	cfg := fx.config(dir)
	natsCfg.URLs = []string{"nats://" + proxy.Addr()}
	cfg.NATS = natsCfg
	type out struct {
		res runner.Result
		err error
	}
	done := make(chan out, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), outage+3*time.Minute)
		defer cancel()
		res, err := runner.Run(ctx, cfg, logger(t))
		done <- out{res, err}
	}()
	select {
	case <-fx.gate.held:
	case o := <-done:
		t.Fatalf("run ended before the gate: %v", o.err)
	}
	// Mid-crawl: some articles are published; the next ones are being
	// fetched now and their publishes go out into the stalled link.
	proxy.Stall()
	close(fx.gate.release)
	time.Sleep(700 * time.Millisecond)
	emb.Shutdown() // the broker dies with those publishes unanswered
	proxy.Cut()
	time.Sleep(outage)
	emb2, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: port, StoreDir: store}, logger(t))
	if err != nil {
		t.Fatalf("restart on port %d: %v", port, err)
	}
	emb = emb2
	proxy.Restore()
	o := <-done
	return o.res, o.err
}

// TestBrokerKilledMidCrawl: the broker dies while articles are being
// published and comes back after 5 s, 15 s or 60 s: every article's
// claims are stored exactly once, in one run, with the default publish
// settings. Before, the first attempt of a publish in flight used the whole
// 10 s publish timeout, the article was dropped (not retried) and the run
// still exited 0.
func TestBrokerKilledMidCrawl(t *testing.T) {
	t.Parallel()
	for _, outage := range []time.Duration{5 * time.Second, 15 * time.Second, 60 * time.Second} {
		t.Run(outage.String(), func(t *testing.T) {
			if outage > 30*time.Second && testing.Short() {
				t.Skip("the 60s outage runs without -short")
			}
			t.Parallel()
			g := &gate{after: 4, held: make(chan struct{}), release: make(chan struct{})}
			fx := newFixture(t, g)
			dir := t.TempDir()
			res, err := brokerKill(t, fx, dir, outage, pipeline.Config{})
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			if res.SourcesFailed != 0 {
				t.Errorf("%d sources failed", res.SourcesFailed)
			}
			want := fx.wantIDs()
			ids, rows := sqliteIDs(t, filepath.Join(dir, "claims.db"))
			if err := sameIDs("sqlite", ids, want); err != nil || rows != len(want) {
				t.Errorf("%v (rows %d, want %d)", err, rows, len(want))
			}
			ids, lines := jsonlIDs(t, filepath.Join(dir, "claims.jsonl"))
			if err := sameIDs("jsonl", ids, want); err != nil || lines != len(want) {
				t.Errorf("%v (lines %d, want %d)", err, lines, len(want))
			}
		})
	}
}

// TestUnpublishedArticlesFailTheRunAndComeBack: an outage longer than the
// publish deadline loses no article either. The run exits with an error
// that says how many articles were not published; those were not recorded
// as fetched, so the next run publishes them, and every claim is stored
// exactly once.
func TestUnpublishedArticlesFailTheRunAndComeBack(t *testing.T) {
	t.Parallel()
	g := &gate{after: 4, held: make(chan struct{}), release: make(chan struct{})}
	fx := newFixture(t, g)
	dir := t.TempDir()
	short := pipeline.Config{PublishTimeout: 2 * time.Second, PublishAttemptTimeout: 500 * time.Millisecond}
	_, err := brokerKill(t, fx, dir, 6*time.Second, short)
	if err == nil || !strings.Contains(err.Error(), "could not be published") {
		t.Fatalf("run after a long outage: err %v, want one naming the unpublished articles", err)
	}
	t.Logf("first run: %v", err)
	want := fx.wantIDs()
	if ids, _ := sqliteIDs(t, filepath.Join(dir, "claims.db")); len(ids) >= len(want) {
		t.Fatalf("the outage lost nothing in the first run (%d of %d claims): the test does not test", len(ids), len(want))
	}

	// The broker is back (on a new port: the first run's server stopped
	// with it); the same data dir holds the crawl state in its store.
	cfg := fx.config(dir)
	fx.gate.after = -1
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	emb, err := pipeline.StartEmbedded(ctx, pipeline.EmbeddedConfig{Port: -1, StoreDir: filepath.Join(dir, "nats")}, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Shutdown()
	cfg.NATS = pipeline.Config{URLs: []string{emb.ClientURL()}}
	res, err := runner.Run(ctx, cfg, logger(t))
	if err != nil {
		t.Fatalf("second run: %v", err)
	}
	if res.Articles == 0 {
		t.Error("the second run published nothing: the unpublished articles were recorded as fetched")
	}
	ids, rows := sqliteIDs(t, filepath.Join(dir, "claims.db"))
	if err := sameIDs("sqlite", ids, want); err != nil || rows != len(want) {
		t.Errorf("%v (rows %d, want %d)", err, rows, len(want))
	}
	ids, lines := jsonlIDs(t, filepath.Join(dir, "claims.jsonl"))
	if err := sameIDs("jsonl", ids, want); err != nil || lines != len(want) {
		t.Errorf("%v (lines %d, want %d)", err, lines, len(want))
	}
}
