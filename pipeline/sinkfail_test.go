package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// syncBuffer is a log destination safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) lines(substr string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, l := range strings.Split(s.b.String(), "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return out
}

func TestDefaultBackoffCappedAt5s(t *testing.T) {
	t.Parallel()
	wc := WorkerConfig{}.withDefaults(StageSink)
	if got := wc.backoff(1); got != 500*time.Millisecond {
		t.Errorf("first retry after %s, want 500ms", got)
	}
	for _, d := range []uint64{5, 10, 1000} {
		if got := wc.backoff(d); got != 5*time.Second {
			t.Errorf("retry after delivery %d waits %s, want the 5s cap", d, got)
		}
	}
}

// TestSinkOutageLogsRateLimited: a sink failing on every write for a while
// gives one WARN when it starts and one INFO when it recovers, not one per
// failed batch (about 50 a second before).
func TestSinkOutageLogsRateLimited(t *testing.T) {
	t.Parallel()
	e := startEmbedded(t, "", -1)
	var logs syncBuffer
	b, err := Connect(context.Background(), Config{Embedded: e}, NewMetrics(nil), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	if err := b.Setup(context.Background()); err != nil {
		t.Fatal(err)
	}
	sink := newMemSink("mem:flaky")
	var attempts atomic.Int32
	sink.setFail(func([]claim.Claim) error { attempts.Add(1); return errDown })
	wc := fastWorker
	wc.Batch = 1 // one claim per batch: many failing batches
	st := runStages(t, b, wc, sink)
	arts := sampleArticles()
	publishAll(t, b, arts)
	eventually(t, "sink retried", func() error {
		if n := attempts.Load(); n < 40 {
			return fmt.Errorf("%d attempts", n)
		}
		return nil
	})
	sink.setFail(nil)
	waitIdle(t, b, st)
	if err := sameIDs(sink.ids(), expectedIDs(t, arts...)); err != nil {
		t.Fatal(err)
	}
	warns := logs.lines("level=WARN")
	var sinkWarns []string
	for _, l := range warns {
		if strings.Contains(l, "sink write") {
			sinkWarns = append(sinkWarns, l)
		}
	}
	// One when the outage starts; the failures took well under the 30s
	// reminder period.
	if len(sinkWarns) != 1 {
		t.Errorf("%d WARN lines for %d failed writes, want 1:\n%s", len(sinkWarns), attempts.Load(), strings.Join(sinkWarns, "\n"))
	}
	if rec := logs.lines("sink write recovered"); len(rec) != 1 {
		t.Errorf("%d recovery lines, want 1: %v", len(rec), rec)
	}
}

func TestOutageLogReminders(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	o := newOutageLog(slog.New(slog.NewTextHandler(&logs, nil)), "sink write")
	now := time.Unix(0, 0)
	o.now = func() time.Time { return now }
	for range 1000 { // 100 s of failures, ten a second
		o.failure(errDown, 1)
		now = now.Add(100 * time.Millisecond)
	}
	o.success()
	o.success()
	if n := len(logs.lines("level=WARN")); n != 4 { // start, then at 30, 60, 90 s
		t.Errorf("%d WARN lines over 100s of failures, want 4:\n%s", n, strings.Join(logs.lines(""), "\n"))
	}
	if n := len(logs.lines("recovered")); n != 1 {
		t.Errorf("%d recovery lines, want 1", n)
	}
}

// articleSink is a memSink that also keeps article texts, refusing some
// for good.
type articleSink struct {
	*memSink
	mu     sync.Mutex
	arts   map[string]bool
	refuse string // URL refused with a permanent error
}

func (s *articleSink) WriteArticles(_ context.Context, arts []claim.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range arts {
		if a.URL == s.refuse {
			return fmt.Errorf("sinks: mem: %w: article %s: value too long", sinks.ErrPermanent, a.URL)
		}
	}
	for _, a := range arts {
		s.arts[a.URL] = true
	}
	return nil
}

// TestArticleRefusedIsDeadLetteredAlone: before, a permanent error on one
// article text terminated the whole batch, with no dead letter.
func TestArticleRefusedIsDeadLetteredAlone(t *testing.T) {
	t.Parallel()
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	arts := sampleArticles()
	sink := &articleSink{memSink: newMemSink("mem:arts"), arts: map[string]bool{}, refuse: arts[1].URL}
	wc := fastWorker
	wc.Batch = 16
	// Publish first, so the articles arrive at the sink in one batch.
	publishAll(t, b, arts)
	st := runStages(t, b, wc, sink)
	waitIdle(t, b, st)
	sink.mu.Lock()
	stored := len(sink.arts)
	sink.mu.Unlock()
	if stored != len(arts)-1 {
		t.Errorf("%d article texts stored, want %d (all but the refused one)", stored, len(arts)-1)
	}
	if n := streamMsgs(t, b, StreamDeadLetter); n != 1 {
		t.Fatalf("%d dead letters, want 1", n)
	}
	dl := readDeadLetters(t, b, 1)[0]
	if dl.Stage != StageSink || !strings.Contains(dl.Reason, "value too long") || !strings.Contains(dl.Data, arts[1].URL) {
		t.Errorf("dead letter %+v", dl)
	}
}

func readDeadLetters(t *testing.T, b *Bus, n int) []DeadLetter {
	t.Helper()
	cons, err := b.js.OrderedConsumer(context.Background(), b.StreamName(StreamDeadLetter), jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var out []DeadLetter
	for range n {
		m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			t.Fatalf("dead letters: got %d of %d: %v", len(out), n, err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			t.Fatal(err)
		}
		out = append(out, dl)
	}
	return out
}

// TestReplaySkipsDataErrors: a claim PostgreSQL refuses with a data error
// (SQLSTATE class 22, wrapped as sinks.ErrPermanent by the sink) was
// retried by replay forever; now it is dead-lettered on deadletter.replay
// and the others are written.
func TestReplaySkipsDataErrors(t *testing.T) {
	t.Parallel()
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	flowSink := newMemSink("mem:first")
	st := runStages(t, b, fastWorker, flowSink)
	arts := sampleArticles()
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	want := expectedIDs(t, arts...)

	fresh := newMemSink("mem:pg-like")
	var calls atomic.Int32
	fresh.setFail(func(batch []claim.Claim) error {
		calls.Add(1)
		for _, c := range batch {
			if c.Accused.Name == "Lazarus" {
				pe := &pgconn.PgError{Code: "22001", Message: "value too long for type character varying(64)"}
				return fmt.Errorf("sinks: postgres: %w: %w", sinks.ErrPermanent, pe)
			}
		}
		return nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rs, err := b.Replay(ctx, time.Time{}, fresh, 10)
	if err != nil {
		t.Fatalf("replay: %v (after %d writes)", err, calls.Load())
	}
	if rs.Refused != 1 || rs.Written != len(want)-1 {
		t.Errorf("replay stats %+v, want 1 refused, %d written", rs, len(want)-1)
	}
	if got := len(fresh.ids()); got != len(want)-1 {
		t.Errorf("%d claims written, want %d", got, len(want)-1)
	}
	dl := readDeadLetters(t, b, 1)[0]
	if dl.Stage != StageReplay || !strings.Contains(dl.Reason, "22001") && !strings.Contains(dl.Reason, "too long") {
		t.Errorf("dead letter %+v", dl)
	}
}

// TestRedriveAfterFix: a claim the sink refused goes to deadletter.sink;
// once the sink accepts it, Redrive sends it back and it is stored. A
// second redrive publishes nothing new.
func TestRedriveAfterFix(t *testing.T) {
	t.Parallel()
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:redrive")
	sink.setFail(func(batch []claim.Claim) error {
		for _, c := range batch {
			if c.Accused.Name == "Lazarus" {
				return fmt.Errorf("%w: column too narrow", sinks.ErrPermanent)
			}
		}
		return nil
	})
	st := runStages(t, b, fastWorker, sink)
	arts := sampleArticles()
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	want := expectedIDs(t, arts...)
	if got := len(sink.ids()); got != len(want)-1 {
		t.Fatalf("%d claims before the fix, want %d", got, len(want)-1)
	}
	claimsBefore := streamMsgs(t, b, StreamClaims)
	sink.setFail(nil) // the cause is fixed
	ctx := context.Background()
	rs, err := b.Redrive(ctx, StageSink, time.Time{})
	if err != nil || rs.Republished != 1 {
		t.Fatalf("redrive: %+v %v, want 1 republished", rs, err)
	}
	waitIdle(t, b, st)
	if err := sameIDs(sink.ids(), want); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Redrive(ctx, StageSink, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if n := streamMsgs(t, b, StreamClaims); n != claimsBefore+1 {
		t.Errorf("CLAIMS has %d messages after two redrives, want %d", n, claimsBefore+1)
	}
	if rs, err := b.Redrive(ctx, StageExtract, time.Time{}); err != nil || rs.Republished != 0 {
		t.Errorf("redrive of another stage: %+v %v", rs, err)
	}
}
