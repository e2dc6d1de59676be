package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
)

var fastWorker = WorkerConfig{MaxWait: 200 * time.Millisecond, BackoffBase: 20 * time.Millisecond, BackoffMax: 200 * time.Millisecond, AckWait: 5 * time.Second}

type stages struct {
	extract ConsumerRef
	sinks   []ConsumerRef
	wg      sync.WaitGroup
	cancel  context.CancelFunc
}

// runStages starts the extract stage and one sink stage per sink, after
// creating their consumers so nothing published later is missed.
func runStages(t *testing.T, b *Bus, wc WorkerConfig, sinks ...ClaimWriter) *stages {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st := &stages{cancel: cancel}
	var err error
	if st.extract, err = b.EnsureExtractConsumer(ctx, wc); err != nil {
		t.Fatal(err)
	}
	st.wg.Go(func() { _ = b.RunExtractor(ctx, fakeExtract, wc) })
	for _, s := range sinks {
		swc := wc
		swc.Durable = SinkDurable(s.Name())
		refs, err := b.EnsureSinkConsumers(ctx, s, swc)
		if err != nil {
			t.Fatal(err)
		}
		st.sinks = append(st.sinks, refs...)
		st.wg.Go(func() { _ = b.RunSink(ctx, s, swc) })
	}
	t.Cleanup(st.stop)
	return st
}

func (s *stages) stop() { s.cancel(); s.wg.Wait() }

func (s *stages) refs() []ConsumerRef { return append([]ConsumerRef{s.extract}, s.sinks...) }

func waitIdle(t *testing.T, b *Bus, st *stages) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := b.WaitIdle(ctx, st.refs(), 50*time.Millisecond, nil); err != nil {
		t.Fatalf("wait idle: %v", err)
	}
}

func publishAll(t *testing.T, b *Bus, arts []claim.Article) {
	t.Helper()
	for _, a := range arts {
		if err := b.PublishArticle(context.Background(), a); err != nil {
			t.Fatalf("publish %s: %v", a.URL, err)
		}
	}
}

func streamMsgs(t *testing.T, b *Bus, base string) uint64 {
	t.Helper()
	s, err := b.js.Stream(context.Background(), b.StreamName(base))
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

func sampleArticles() []claim.Article {
	return []claim.Article{
		article("http://news.test/1", "fr", "Le Royaume-Uni > APT40/CN", "du bruit", "Les Etats-Unis > APT28/RU"),
		article("http://news.test/2", "en", "NATO > Lazarus/KP"),
		article("http://news.test/3", "en", "no claim in this one"),
		article("http://news.test/4", "", "Someone > Unknown Gang/"),
	}
}

func flow(t *testing.T, b *Bus) {
	sinkA, sinkB := newMemSink("mem:a"), newMemSink("mem:b")
	st := runStages(t, b, fastWorker, sinkA, sinkB)
	arts := sampleArticles()
	want := expectedIDs(t, arts...)
	if len(want) != 4 {
		t.Fatalf("fixture gives %d claims, want 4", len(want))
	}
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	for _, s := range []*memSink{sinkA, sinkB} {
		if err := sameIDs(s.ids(), want); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
	}
	// Publishing the same articles again is deduplicated by the server.
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	if n := streamMsgs(t, b, StreamArticles); n != uint64(len(arts)) {
		t.Errorf("ARTICLES has %d messages, want %d", n, len(arts))
	}
	if n := streamMsgs(t, b, StreamClaims); n != uint64(len(want)) {
		t.Errorf("CLAIMS has %d messages, want %d", n, len(want))
	}
	if err := sameIDs(sinkA.ids(), want); err != nil {
		t.Fatal(err)
	}
	// Subjects: language then accused country, so claims.*.CN works.
	s, _ := b.js.Stream(context.Background(), b.StreamName(StreamClaims))
	info, err := s.Info(context.Background(), jetstream.WithSubjectFilter(b.cfg.SubjectPrefix+"claims.>"))
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for subj := range info.State.Subjects {
		subjects = append(subjects, strings.TrimPrefix(subj, b.cfg.SubjectPrefix))
	}
	slices.Sort(subjects)
	wantSubj := []string{"claims.en.KP", "claims.fr.CN", "claims.fr.RU", "claims.und.none"}
	if !slices.Equal(subjects, wantSubj) {
		t.Errorf("subjects %v, want %v", subjects, wantSubj)
	}
}

func TestFlowExactOnceEmbedded(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	flow(t, b)

	t.Run("replay", func(t *testing.T) {
		fresh := newMemSink("mem:replay")
		st, err := b.Replay(context.Background(), time.Time{}, fresh, 2)
		if err != nil {
			t.Fatal(err)
		}
		want := expectedIDs(t, sampleArticles()...)
		if err := sameIDs(fresh.ids(), want); err != nil {
			t.Fatal(err)
		}
		if st.Written != len(want) || st.Invalid != 0 {
			t.Errorf("stats %+v", st)
		}
		none := newMemSink("mem:none")
		st, err = b.Replay(context.Background(), time.Now().Add(time.Hour), none, 10)
		if err != nil || len(none.ids()) != 0 {
			t.Fatalf("replay from the future: %+v %v %v", st, none.ids(), err)
		}
	})
}

func TestExternalNATS(t *testing.T) {
	url := "nats://127.0.0.1:4222"
	nc, err := nats.Connect(url, nats.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("no NATS server at %s (%v): external path not tested", url, err)
	}
	nc.Close()
	id := fmt.Sprintf("cwtest%d", time.Now().UnixNano())
	cfg := Config{URLs: []string{url}, SubjectPrefix: id + ".", StreamPrefix: strings.ToUpper(id) + "_"}
	b := connect(t, cfg)
	t.Cleanup(func() {
		if err := b.DeleteStreams(context.Background()); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	flow(t, b)
	kv, err := b.FetchState(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := kv.Put(context.Background(), "https://example.org/a?b=c", []byte("x")); err != nil {
		t.Fatal(err)
	}
}

func TestPoisonMessagesAreDeadLettered(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:p")
	st := runStages(t, b, fastWorker, sink)

	p := b.cfg.SubjectPrefix
	wrongSchema, _ := json.Marshal(map[string]any{"schema": "article/v9", "url": "http://x/", "text": "a > b/CN"})
	validClaim, _ := fakeExtract(context.Background(), &claim.Article{Schema: claim.SchemaArticle, URL: "http://x/c", Text: "A > B/CN"})
	badClaim := validClaim[0]
	badClaim.Schema = "claim/v9" // claim/v1 and claim/v2 are both known
	badClaimJSON, _ := json.Marshal(badClaim)
	noAccused := validClaim[0]
	noAccused.Accused = nil
	noAccusedJSON, _ := json.Marshal(noAccused)
	poison := []struct{ subject, data, stage, reason string }{
		{p + "articles.en", "{not json", StageExtract, "invalid json"},
		{p + "articles.en", string(wrongSchema), StageExtract, "unknown schema version"},
		{p + "claims.en.CN", `{"schema":"claim/v1",`, StageSink, "invalid json"},
		{p + "claims.en.CN", string(badClaimJSON), StageSink, "unknown schema version"},
		{p + "claims.en.none", string(noAccusedJSON), StageSink, "no accused"},
	}
	ctx := context.Background()
	for i, m := range poison {
		if _, err := b.js.Publish(ctx, m.subject, []byte(m.data), jetstream.WithMsgID(fmt.Sprint("poison-", i))); err != nil {
			t.Fatal(err)
		}
	}
	arts := sampleArticles()
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	if err := sameIDs(sink.ids(), expectedIDs(t, arts...)); err != nil {
		t.Fatalf("the rest must flow: %v", err)
	}

	cons, err := b.js.OrderedConsumer(ctx, b.StreamName(StreamDeadLetter), jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]DeadLetter{}
	for range poison {
		m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			t.Fatalf("dead letters: got %d of %d: %v", len(got), len(poison), err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			t.Fatal(err)
		}
		if m.Headers().Get(HeaderReason) == "" || m.Headers().Get(HeaderStage) != dl.Stage {
			t.Errorf("headers %v", m.Headers())
		}
		if m.Subject() != b.DeadLetterSubject(dl.Stage) {
			t.Errorf("subject %s for stage %s", m.Subject(), dl.Stage)
		}
		got[dl.Data] = dl
	}
	for _, m := range poison {
		dl, ok := got[m.data]
		if !ok {
			t.Errorf("%s %.30q not dead-lettered", m.subject, m.data)
			continue
		}
		if dl.Stage != m.stage || !strings.Contains(dl.Reason, m.reason) || dl.Subject != m.subject {
			t.Errorf("dead letter %+v, want stage %s, reason containing %q", dl, m.stage, m.reason)
		}
	}
	if n := streamMsgs(t, b, StreamDeadLetter); n != uint64(len(poison)) {
		t.Errorf("DEADLETTER has %d messages, want %d", n, len(poison))
	}
}

func TestSinkOutageClaimsWaitThenArrive(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:down")
	var attempts atomic.Int32
	sink.setFail(func([]claim.Claim) error { attempts.Add(1); return errDown })
	st := runStages(t, b, fastWorker, sink)
	arts := sampleArticles()
	publishAll(t, b, arts)
	// Far more failures than MaxDeliver: an outage never dead-letters.
	eventually(t, "sink retried", func() error {
		if n := attempts.Load(); n < 15 {
			return fmt.Errorf("%d attempts", n)
		}
		return nil
	})
	if len(sink.ids()) != 0 {
		t.Fatal("claims stored while the sink was down")
	}
	sink.setFail(nil)
	waitIdle(t, b, st)
	if err := sameIDs(sink.ids(), expectedIDs(t, arts...)); err != nil {
		t.Fatal(err)
	}
	if n := streamMsgs(t, b, StreamDeadLetter); n != 0 {
		t.Errorf("%d dead letters after an outage", n)
	}
}

func TestSinkPermanentErrorIsolatesTheClaim(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:perm")
	sink.setFail(func(batch []claim.Claim) error {
		for _, c := range batch {
			if c.Accused.Name == "Lazarus" {
				return fmt.Errorf("%w: value too long", ErrPermanent)
			}
		}
		return nil
	})
	st := runStages(t, b, fastWorker, sink)
	arts := sampleArticles()
	publishAll(t, b, arts)
	waitIdle(t, b, st)
	want := expectedIDs(t, arts[0], arts[2], arts[3])
	if err := sameIDs(sink.ids(), want); err != nil {
		t.Fatal(err)
	}
	if n := streamMsgs(t, b, StreamDeadLetter); n != 1 {
		t.Errorf("%d dead letters, want 1", n)
	}
}

func TestEmbeddedRestartMidRun(t *testing.T) {
	dir := t.TempDir()
	e := startEmbedded(t, dir, -1)
	port := e.Port()
	b := connect(t, Config{URLs: []string{e.ClientURL()}, PublishTimeout: 30 * time.Second})
	sink := newMemSink("mem:restart")
	st := runStages(t, b, fastWorker, sink)

	var arts []claim.Article
	for i := range 60 {
		arts = append(arts, article(fmt.Sprintf("http://news.test/r%d", i), "en",
			fmt.Sprintf("Accuser%d > Group%d/CN", i, i), fmt.Sprintf("Other%d > Gang%d/RU", i, i)))
	}
	publishAll(t, b, arts[:30])
	e.Shutdown() // mid-run: workers are busy with the first half
	e2, err := StartEmbedded(context.Background(), EmbeddedConfig{Port: port, StoreDir: dir}, testLogger(t))
	if err != nil {
		t.Fatalf("restart on port %d: %v", port, err)
	}
	t.Cleanup(e2.Shutdown)
	publishAll(t, b, arts[30:]) // waits for the reconnect
	waitIdle(t, b, st)
	if err := sameIDs(sink.ids(), expectedIDs(t, arts...)); err != nil {
		t.Fatal(err)
	}
	if n := streamMsgs(t, b, StreamClaims); n != 120 {
		t.Errorf("CLAIMS has %d messages, want 120", n)
	}
}

func TestEmbeddedBindFailure(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	start := time.Now()
	e, err := StartEmbedded(context.Background(), EmbeddedConfig{Host: "127.0.0.1", Port: port, StoreDir: t.TempDir()}, testLogger(t))
	if err == nil {
		e.Shutdown()
		t.Fatal("started on a taken port")
	}
	if !errors.Is(err, ErrBind) || !strings.Contains(err.Error(), fmt.Sprint(port)) {
		t.Errorf("error %q: want ErrBind naming the port", err)
	}
	t.Logf("bind failure after %s: %v", time.Since(start), err)
}

func TestEmbeddedNoListenInProcess(t *testing.T) {
	e, err := StartEmbedded(context.Background(), EmbeddedConfig{NoListen: true, StoreDir: t.TempDir()}, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown()
	if e.ClientURL() != "" || e.Port() != 0 {
		t.Errorf("no-listen server has url %q port %d", e.ClientURL(), e.Port())
	}
	b := connect(t, Config{Embedded: e})
	kv, err := b.FetchState(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, key := range []string{"seen.abc123", "https://example.org/a?b=c d", strings.Repeat("k", 300)} {
		if _, ok, err := kv.Get(ctx, key); ok || err != nil {
			t.Fatalf("get %q before put: %v %v", key, ok, err)
		}
		if err := kv.Put(ctx, key, []byte("v:"+key)); err != nil {
			t.Fatal(err)
		}
		v, ok, err := kv.Get(ctx, key)
		if !ok || err != nil || string(v) != "v:"+key {
			t.Fatalf("get %q: %q %v %v", key, v, ok, err)
		}
	}
}

func TestParseListen(t *testing.T) {
	for _, tc := range []struct {
		in       string
		host     string
		port     int
		noListen bool
		err      bool
	}{
		{"127.0.0.1:4223", "127.0.0.1", 4223, false, false},
		{"0.0.0.0:-1", "0.0.0.0", -1, false, false},
		{":0", "", -1, false, false},
		{"none", "", 0, true, false},
		{"4223", "", 0, false, true},
		{"h:99999", "", 0, false, true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			h, p, nl, err := ParseListen(tc.in)
			if (err != nil) != tc.err || (err == nil && (h != tc.host || p != tc.port || nl != tc.noListen)) {
				t.Errorf("ParseListen(%q) = %q %d %v %v", tc.in, h, p, nl, err)
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	ok := []string{"nats://127.0.0.1:4222"}
	for _, tc := range []struct {
		name string
		cfg  Config
		want string // "" = valid
	}{
		{"minimal", Config{URLs: ok}, ""},
		{"no server", Config{}, "no NATS server"},
		{"bad scheme", Config{URLs: []string{"http://x:1"}}, "scheme"},
		{"bad url", Config{URLs: []string{"nohost"}}, "want nats://"},
		{"creds missing", Config{URLs: ok, CredsFile: filepath.Join(dir, "nope.creds")}, "nope.creds"},
		{"creds and token", Config{URLs: ok, CredsFile: file, Token: "t"}, "conflicting authentication options: credentials file, token"},
		{"user and nkey", Config{URLs: ok, User: "u", Password: "p", NKeySeedFile: file}, "conflicting"},
		{"password only", Config{URLs: ok, Password: "p"}, "password given without a user"},
		{"cert without key", Config{URLs: ok, TLSCert: file}, "go together"},
		{"ca is dir", Config{URLs: ok, TLSCA: dir}, "is a directory"},
		{"tls ok", Config{URLs: []string{"tls://h:4222"}, TLSCA: file, TLSCert: file, TLSKey: file, User: "u", Password: "p"}, ""},
		{"prefix without dot", Config{URLs: ok, SubjectPrefix: "test"}, "subject prefix"},
		{"stream prefix dot", Config{URLs: ok, StreamPrefix: "A.B"}, "stream prefix"},
		{"replicas", Config{URLs: ok, Streams: StreamsConfig{Replicas: 7}}, "replicas"},
		{"storage", Config{URLs: ok, Streams: StreamsConfig{Storage: "disk"}}, "storage"},
		{"retention", Config{URLs: ok, Streams: StreamsConfig{Claims: StreamSettings{Retention: "workqueue"}}}, "claims stream retention"},
		{"dup window", Config{URLs: ok, Streams: StreamsConfig{Articles: StreamSettings{MaxAge: time.Hour, Duplicates: 2 * time.Hour}}}, "duplicate window"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.cfg.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestOpsHandler(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:m")
	st := runStages(t, b, fastWorker, sink)
	publishAll(t, b, sampleArticles())
	waitIdle(t, b, st)
	srv := httptest.NewServer(OpsHandler(b.metrics.Registry(), b.Healthy))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("healthz %d %q", code, body)
	}
	_, body := get("/metrics")
	for _, want := range []string{
		`claimwire_claims_stored_total{sink="mem:m"} 4`,
		`claimwire_claims_extracted_total 4`,
		`claimwire_articles_published_total{source="test"} 4`,
		`claimwire_consumer_pending{consumer="extract",stream="ARTICLES"} 0`,
		`claimwire_stage_latency_seconds_count{stage="sink"} 4`,
		`claimwire_end_to_end_latency_seconds_count 4`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	b.Close()
	if code, _ := get("/healthz"); code != 503 {
		t.Errorf("healthz after close: %d", code)
	}
}
