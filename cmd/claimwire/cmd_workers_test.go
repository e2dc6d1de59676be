package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/pipeline"
)

// lockedBuffer is a log destination safe for concurrent writers.
type lockedBuffer struct {
	mu sync.Mutex
	sb strings.Builder
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.Write(p)
}

func (b *lockedBuffer) count(substr string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.Count(b.sb.String(), substr)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sb.String()
}

// testClaim is a valid claim numbered i.
func testClaim(i int) claim.Claim {
	c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: fmt.Sprintf("https://wire.example/a/%d", i), Lang: "en", Published: "2025-02-01"},
		Accuser: &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"},
		Accused: &claim.Entity{Text: "APT28", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}},
		Victims: []claim.Entity{{Text: "France", Name: "France", Kind: claim.KindState, Country: "FR"}}, ClaimDate: "2025-02-01",
		Stance: claim.StanceAccusation, Evidence: claim.Evidence{Sentence: fmt.Sprintf("Sentence number %d.", i), End: 20}, Confidence: 0.9, Extractor: "claimwire/test"}
	c.Evidence.End = len(c.Evidence.Sentence)
	c.ID = claim.ComputeID(&c)
	return c
}

// TestStageWorkersWaitForNATS starts each stage worker before its NATS
// server, as a compose start where NATS comes up last: before, they exited
// with status 1 at once; now they wait, log it once, and work once the
// server is up.
func TestStageWorkersWaitForNATS(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)
	dir := t.TempDir()
	out := filepath.Join(dir, "claims.jsonl")
	srcDir := filepath.Join(dir, "in")
	if err := os.MkdirAll(srcDir, 0o755); err != nil {
		t.Fatal(err)
	}
	sources := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(sources, []byte("sources:\n  - name: local\n    kind: dir\n    path: "+srcDir+"\n    lang: en\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type worker struct {
		name string
		args []string
		logs *lockedBuffer
		done chan error
	}
	workers := []*worker{
		{name: "sink", args: []string{"--nats", url, "--to", "jsonl:" + out}},
		{name: "extract-worker", args: []string{"--nats", url}},
		{name: "fetch", args: []string{"--nats", url, "--sources", sources, "--interval", "1h"}},
	}
	cmds := commands()
	for _, w := range workers {
		w.logs, w.done = &lockedBuffer{}, make(chan error, 1)
		e := testEnv(w.logs, w.logs)
		e.log = slog.New(slog.NewTextHandler(w.logs, nil))
		go func() { w.done <- cmds[w.name].run(ctx, e, w.args) }()
	}
	time.Sleep(2 * time.Second)
	for _, w := range workers {
		select {
		case err := <-w.done:
			t.Fatalf("%s ended before NATS started: %v\n%s", w.name, err, w.logs)
		default:
		}
	}
	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: port, StoreDir: filepath.Join(dir, "nats")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Shutdown)

	// A claim published now reaches the sink worker's file.
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	c := testClaim(1)
	data, _ := json.Marshal(c)
	deadline := time.Now().Add(30 * time.Second)
	for {
		// The streams exist once a worker has set them up.
		pctx, pcancel := context.WithTimeout(ctx, 2*time.Second)
		_, err := js.Publish(pctx, "claims.en.RU", data, jetstream.WithMsgID(c.ID))
		pcancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("publish: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for {
		if b, err := os.ReadFile(out); err == nil && strings.Contains(string(b), c.ID) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the sink worker did not store the claim\n%s", workers[0].logs)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// every worker reaches NATS (their backoff runs to 5 s, so one may still
	// be waiting when the sink has stored the claim)
	for _, w := range workers {
		for w.logs.count("nats ready") == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("%s never reached NATS:\n%s", w.name, w.logs)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	cancel()
	for _, w := range workers {
		if err := <-w.done; err != nil {
			t.Errorf("%s: %v", w.name, err)
		}
		if n := w.logs.count("waiting for nats"); n != 1 {
			t.Errorf("%s logged %d waiting lines, want 1:\n%s", w.name, n, w.logs)
		}
		if n := w.logs.count("nats ready"); n != 1 {
			t.Errorf("%s logged %d ready lines, want 1:\n%s", w.name, n, w.logs)
		}
	}
	lines := 0
	f, _ := os.Open(out)
	defer f.Close()
	for sc := bufio.NewScanner(f); sc.Scan(); {
		lines++
	}
	if lines != 1 {
		t.Errorf("%d lines in the sink file, want 1", lines)
	}
}

// TestStageWorkersStoppedDuringSetup stops each long-running stage worker
// before its set-up ends (the context is already cancelled): a stop then is
// a clean exit, as a stop after set-up is. CI once saw the fetch worker fail
// with "kv bucket FETCH_STATE: context canceled" when the stop came while
// it created its bucket.
func TestStageWorkersStoppedDuringSetup(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: -1, StoreDir: filepath.Join(dir, "nats")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Shutdown)
	url := emb.ClientURL()
	sources := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(sources, []byte("sources:\n  - name: local\n    kind: dir\n    path: "+dir+"\n    lang: en\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cmds := commands()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"sink", []string{"--nats", url, "--to", "jsonl:" + filepath.Join(dir, "out.jsonl")}},
		{"extract-worker", []string{"--nats", url}},
		{"fetch", []string{"--nats", url, "--sources", sources}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			logs := &lockedBuffer{}
			e := testEnv(logs, logs)
			if err := cmds[tc.name].run(ctx, e, tc.args); err != nil {
				t.Errorf("stopped during set-up: %v, want a clean exit\n%s", err, logs)
			}
		})
	}
	t.Run("fetch --once", func(t *testing.T) {
		// an interrupted one-shot crawl did not do its work: that stays an error
		if err := cmds["fetch"].run(ctx, testEnv(io.Discard, io.Discard), []string{"--nats", url, "--sources", sources, "--once"}); err == nil {
			t.Error("fetch --once stopped during set-up returned nil, want an error")
		}
	})
}
