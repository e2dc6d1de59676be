package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/tcpproxy"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
)

const pgAddr = "127.0.0.1:5432"

func pgDSN(addr, schema string) string {
	return "postgres://postgres@" + addr + "/test?sslmode=disable&schema=" + schema
}

func pgConnect(t *testing.T) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, "postgres://postgres@"+pgAddr+"/test?sslmode=disable")
	if err != nil {
		t.Skipf("no PostgreSQL at %s (%v): outage test not run", pgAddr, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func pgIDs(t *testing.T, conn *pgx.Conn, schema string) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), "SELECT id FROM "+schema+".claims")
	if err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return nil
		}
		t.Fatal(err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

func counterSum(t *testing.T, reg *prometheus.Registry, name, label, value string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if labelIs(m, label, value) {
				sum += m.GetCounter().GetValue()
			}
		}
	}
	return sum
}

func labelIs(m *dto.Metric, name, value string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue() == value
		}
	}
	return false
}

// TestPostgresOutage cuts PostgreSQL (through a TCP proxy) once the sinks
// are open: claims reach SQLite, wait in the stream for PostgreSQL, and
// arrive there once the connection is restored.
func TestPostgresOutage(t *testing.T) {
	conn := pgConnect(t)
	schema := fmt.Sprintf("cwe2e_%d", time.Now().UnixNano())
	t.Cleanup(func() {
		_, err := conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
		if err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	proxy, err := tcpproxy.New(pgAddr, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxy.Close() })

	fx := newFixture(t, nil)
	dir := t.TempDir()
	reg := prometheus.NewRegistry()
	cfg := fx.config(dir)
	dbPath := filepath.Join(dir, "claims.db")
	cfg.Sinks = []string{"sqlite:" + dbPath, pgDSN(proxy.Addr(), schema)}
	cfg.Registry = reg
	cfg.SinkOptions = sinks.Options{ConnectTimeout: 2 * time.Second, WriteTimeout: 5 * time.Second}
	cfg.OnReady = func(runner.Info) { proxy.Cut() }
	done := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		_, err := runner.Run(ctx, cfg, logger(t))
		done <- err
	}()
	want := fx.wantIDs()
	eventually(t, "claims in SQLite while PostgreSQL is cut", func() error {
		ids, _, err := readSQLite(dbPath)
		if err != nil {
			return err
		}
		return sameIDs("sqlite", ids, want)
	})
	eventually(t, "PostgreSQL writes failing", func() error {
		if n := counterSum(t, reg, "claimwire_retries_total", "stage", "sink"); n < 3 {
			return fmt.Errorf("%v retries", n)
		}
		return nil
	})
	if got := pgIDs(t, conn, schema); len(got) != 0 {
		t.Fatalf("%d claims reached PostgreSQL through a cut proxy", len(got))
	}
	select {
	case err := <-done:
		t.Fatalf("run finished while PostgreSQL was unreachable: %v", err)
	default:
	}
	proxy.Restore()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
	if err := sameIDs("postgres", pgIDs(t, conn, schema), want); err != nil {
		t.Error(err)
	}
	if n := counterSum(t, reg, "claimwire_dead_letters_total", "stage", "sink"); n != 0 {
		t.Errorf("%v dead letters after an outage", n)
	}
}

// Child process mode: the test binary re-executed as a sink worker.
const childEnv = "CLAIMWIRE_E2E_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "sink" {
		os.Exit(childSink())
	}
	os.Exit(m.Run())
}

// childSink runs the sink stage like `claimwire sink`: one stage per spec
// of $CW_SINKS (";"-separated, "DURABLE=SPEC"), until killed.
func childSink() int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	b, err := pipeline.Connect(ctx, pipeline.Config{URLs: []string{os.Getenv("CW_NATS")}}, nil, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer b.Close()
	done := make(chan struct{})
	n := 0
	for _, item := range strings.Split(os.Getenv("CW_SINKS"), ";") {
		durable, spec, _ := strings.Cut(item, "=")
		s, err := sinks.Open(ctx, spec, sinks.Options{}, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer s.Close()
		n++
		go func() {
			wc := pipeline.WorkerConfig{Durable: durable, Batch: 16, IsPermanent: isPermanent, AckWait: 3 * time.Second,
				BackoffBase: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond, MaxWait: 300 * time.Millisecond}
			if err := b.RunSink(ctx, s, wc); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
			done <- struct{}{}
		}()
	}
	for range n {
		<-done
	}
	return 0
}

// TestSinkKilledMidBatch kills a sink process with SIGKILL while it writes
// and starts it again: every claim is stored once in SQLite and JSONL.
// Poison messages among the claims go to the dead-letter subject.
func TestSinkKilledMidBatch(t *testing.T) {
	dir := t.TempDir()
	emb, err := pipeline.StartEmbedded(context.Background(), pipeline.EmbeddedConfig{Port: -1, StoreDir: filepath.Join(dir, "nats")}, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(emb.Shutdown)
	ctx := context.Background()
	b, err := pipeline.Connect(ctx, pipeline.Config{URLs: []string{emb.ClientURL()}}, nil, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	if err := b.Setup(ctx); err != nil {
		t.Fatal(err)
	}
	dbPath, jsonlPath := filepath.Join(dir, "claims.db"), filepath.Join(dir, "claims.jsonl")
	durables := map[string]string{"e2e-sqlite": "sqlite:" + dbPath, "e2e-jsonl": "jsonl:" + jsonlPath}
	var refs []pipeline.ConsumerRef
	var items []string
	for d, spec := range durables {
		items = append(items, d+"="+spec)
		refs = append(refs, b.SinkConsumer(d))
		if strings.HasPrefix(spec, "sqlite:") {
			refs = append(refs, pipeline.ConsumerRef{Stream: b.StreamName(pipeline.StreamArticles), Durable: d + "-articles"})
		}
	}

	// Synthetic claims, published before any sink runs.
	const total = 3000
	var want []string
	var batch []claim.Claim
	for i := range total {
		c := claim.Claim{
			Schema:  claim.SchemaClaim,
			Article: claim.ArticleRef{URL: fmt.Sprintf("http://news.test/kill/%d", i/3), Lang: []string{"fr", "en"}[i%2], Title: "t"},
			Accuser: &claim.Entity{Text: "UK", Name: "United Kingdom", Kind: claim.KindState, Country: "GB"},
			Accused: &claim.Entity{Text: fmt.Sprintf("APT%d", i), Name: fmt.Sprintf("APT%d", i), Kind: claim.KindGroup, Country: []string{"CN", "RU", "KP", ""}[i%4]},
			Victims: []claim.Entity{{Text: "France", Name: "France", Kind: claim.KindState, Country: "FR"}},
			Stance:  claim.StanceAccusation, Confidence: 0.7, Extractor: version,
			Evidence: claim.Evidence{Sentence: fmt.Sprintf("Sentence %d.", i), Start: 0, End: len(fmt.Sprintf("Sentence %d.", i))},
		}
		c.ID = claim.ComputeID(&c)
		want = append(want, c.ID)
		batch = append(batch, c)
		if len(batch) == 500 || i == total-1 {
			if err := b.PublishClaims(ctx, batch, ""); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
		if i == total/2 {
			// Poison in the middle of the stream.
			js := b.JetStream()
			if _, err := js.Publish(ctx, "claims.en.CN", []byte(`{"schema":"claim/v1","id":`), jetstream.WithMsgID("poison-json")); err != nil {
				t.Fatal(err)
			}
			if _, err := js.Publish(ctx, "claims.en.CN", []byte(`{"schema":"claim/v7","id":"x"}`), jetstream.WithMsgID("poison-schema")); err != nil {
				t.Fatal(err)
			}
		}
	}
	slices.Sort(want)

	start := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"=sink", "CW_NATS="+emb.ClientURL(), "CW_SINKS="+strings.Join(items, ";"))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	child := start()
	t.Cleanup(func() {
		if child.ProcessState == nil {
			_ = child.Process.Kill()
			_ = child.Wait()
		}
	})
	var atKill int
	eventually(t, "sink process writing", func() error {
		_, n, err := readSQLite(dbPath)
		if err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("nothing stored yet")
		}
		atKill = n
		return nil
	})
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = child.Wait()
	_, after := sqliteIDs(t, dbPath)
	t.Logf("killed the sink process with %d (then %d) of %d claims in SQLite", atKill, after, total)
	if after >= total {
		t.Log("note: the sink had finished before the kill landed")
	}

	child = start()
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if err := b.WaitIdle(wctx, refs, 50*time.Millisecond, nil); err != nil {
		t.Fatalf("wait idle: %v", err)
	}
	_ = child.Process.Signal(syscall.SIGTERM)
	_ = child.Wait()

	ids, rows := sqliteIDs(t, dbPath)
	if err := sameIDs("sqlite", ids, want); err != nil || rows != total {
		t.Errorf("%v (rows %d, want %d)", err, rows, total)
	}
	ids, lines := jsonlIDs(t, jsonlPath)
	if err := sameIDs("jsonl", ids, want); err != nil || lines != total {
		t.Errorf("%v (lines %d, want %d)", err, lines, total)
	}
	// Each of the two sinks dead-letters both poison messages.
	s, err := b.JetStream().Stream(ctx, b.StreamName(pipeline.StreamDeadLetter))
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 4 {
		t.Errorf("DEADLETTER has %d messages, want 4", info.State.Msgs)
	}
	for _, seqMsg := range []uint64{info.State.FirstSeq, info.State.LastSeq} {
		m, err := s.GetMsg(ctx, seqMsg)
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != "deadletter.sink" || m.Header.Get(pipeline.HeaderReason) == "" {
			t.Errorf("dead letter on %s with headers %v", m.Subject, m.Header)
		}
	}
}
