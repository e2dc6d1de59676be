package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("CLAIMWIRE_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// startEmbedded starts an embedded server on a random port in a temp dir.
func startEmbedded(t testing.TB, dir string, port int) *Embedded {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	if port == 0 {
		port = -1
	}
	e, err := StartEmbedded(context.Background(), EmbeddedConfig{Port: port, StoreDir: dir}, testLogger(t))
	if err != nil {
		t.Fatalf("start embedded: %v", err)
	}
	t.Cleanup(e.Shutdown)
	return e
}

// connect returns a Bus over TCP (so it survives a server restart) with
// streams set up.
func connect(t testing.TB, cfg Config) *Bus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	b, err := Connect(ctx, cfg, NewMetrics(nil), testLogger(t))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(b.Close)
	if err := b.Setup(ctx); err != nil {
		t.Fatalf("setup: %v", err)
	}
	return b
}

// fakeExtract turns each line "ACCUSER > ACCUSED/CC" of the article text
// into a claim, with exact evidence offsets. Lines without ">" give nothing.
func fakeExtract(_ context.Context, a *claim.Article) ([]claim.Claim, error) {
	var out []claim.Claim
	off := 0
	for line := range strings.SplitAfterSeq(a.Text, "\n") {
		start := off
		off += len(line)
		s := strings.TrimRight(line, "\n")
		acc, rest, ok := strings.Cut(s, " > ")
		if !ok {
			continue
		}
		name, cc, _ := strings.Cut(rest, "/")
		c := claim.Claim{
			Schema:     claim.SchemaClaim,
			Article:    a.Ref(),
			Accuser:    &claim.Entity{Text: acc, Name: acc, Kind: claim.KindState},
			Accused:    &claim.Entity{Text: name, Name: name, Kind: claim.KindGroup, Country: cc},
			Victims:    []claim.Entity{},
			Stance:     claim.StanceAccusation,
			Evidence:   claim.Evidence{Sentence: s, Start: start, End: start + len(s)},
			Confidence: 0.5,
			Extractor:  "fake/1",
		}
		c.ID = claim.ComputeID(&c)
		out = append(out, c)
	}
	return out, nil
}

func article(url, lang string, lines ...string) claim.Article {
	text := strings.Join(lines, "\n")
	return claim.Article{Schema: claim.SchemaArticle, URL: url, Lang: lang, Title: url, Text: text, Hash: claim.ContentHash(text), Source: "test"}
}

// memSink is an upserting in-memory sink with fault injection.
type memSink struct {
	name   string
	mu     sync.Mutex
	claims map[string]claim.Claim
	writes int
	fail   func(batch []claim.Claim) error
}

func newMemSink(name string) *memSink { return &memSink{name: name, claims: map[string]claim.Claim{}} }

func (s *memSink) Name() string { return s.name }

func (s *memSink) WriteClaims(_ context.Context, batch []claim.Claim) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail != nil {
		if err := s.fail(batch); err != nil {
			return err
		}
	}
	s.writes++
	for _, c := range batch {
		s.claims[c.ID] = c
	}
	return nil
}

func (s *memSink) setFail(f func([]claim.Claim) error) {
	s.mu.Lock()
	s.fail = f
	s.mu.Unlock()
}

func (s *memSink) ids() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id := range s.claims {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func expectedIDs(t testing.TB, arts ...claim.Article) []string {
	t.Helper()
	var ids []string
	for i := range arts {
		cs, err := fakeExtract(context.Background(), &arts[i])
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			ids = append(ids, c.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// eventually polls cond every 50ms until it holds or the generous cap ends.
func eventually(t testing.TB, what string, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var err error
	for time.Now().Before(deadline) {
		if err = cond(); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s: still not true after 60s: %v", what, err)
}

func sameIDs(got, want []string) error {
	if slices.Equal(got, want) {
		return nil
	}
	return fmt.Errorf("got %d ids %v, want %d ids %v", len(got), got, len(want), want)
}

var errDown = errors.New("sink down")
