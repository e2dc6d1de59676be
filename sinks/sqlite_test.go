package sinks

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

func openTestSQLite(t *testing.T, path string, opts Options) *sqliteSink {
	t.Helper()
	s, err := Open(context.Background(), "sqlite:"+path, opts, (&sinkTestLogs{}).logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.(*sqliteSink)
}

// openTestReader opens a second, independent connection pool on the same
// file, as the review page does.
func openTestReader(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path+"?_busy_timeout=5000&_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

type storedClaim struct {
	doc, storedAt, updatedAt, victims, accused, accuserCountry string
	confidence                                                 float64
}

func queryClaim(t *testing.T, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, ph, id string) storedClaim {
	t.Helper()
	var r storedClaim
	err := q.QueryRowContext(context.Background(),
		"SELECT doc, stored_at, updated_at, victims, accused_name, accuser_country, confidence FROM claims WHERE id = "+ph, id).
		Scan(&r.doc, &r.storedAt, &r.updatedAt, &r.victims, &r.accused, &r.accuserCountry, &r.confidence)
	if err != nil {
		t.Fatalf("claim %s: %v", id, err)
	}
	return r
}

func countRows(t *testing.T, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, query string) int {
	t.Helper()
	var n int
	if err := q.QueryRowContext(context.Background(), query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func victimRows(t *testing.T, db *sql.DB, ph, id string) []string {
	t.Helper()
	rows, err := db.Query("SELECT country FROM claim_victims WHERE claim_id = "+ph+" ORDER BY country", id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		rows.Scan(&c)
		out = append(out, c)
	}
	return out
}

// testUpsertSemantics is shared by the SQLite and PostgreSQL tests: the
// same id twice gives one row whose stored_at is the first insert's and
// whose doc and projections are the second's.
func testUpsertSemantics(t *testing.T, s Sink, db *sql.DB, ph string, clock *sinkTestClock) {
	ctx := context.Background()
	t0 := time.Date(2025, 5, 1, 12, 0, 0, 123456789, time.UTC)
	clock.Set(t0)
	c := sinkTestClaim(3) // victims AT CA US
	if err := s.WriteClaims(ctx, []claim.Claim{c, sinkTestClaim(4)}); err != nil {
		t.Fatal(err)
	}
	r1 := queryClaim(t, db, ph, c.ID)
	if r1.storedAt != "2025-05-01T12:00:00.123456789Z" || r1.updatedAt != r1.storedAt {
		t.Fatalf("stored_at %q updated_at %q", r1.storedAt, r1.updatedAt)
	}
	if r1.victims != "AT CA US" || r1.accused != "APT40" || r1.accuserCountry != "GB" || r1.confidence != 0.8 {
		t.Fatalf("projections: %+v", r1)
	}
	var back claim.Claim
	if err := json.Unmarshal([]byte(r1.doc), &back); err != nil || !reflect.DeepEqual(back, c) {
		t.Fatalf("doc does not round-trip: %v\n%s", err, r1.doc)
	}
	if got := victimRows(t, db, ph, c.ID); !slices.Equal(got, []string{"AT", "CA", "US"}) {
		t.Fatalf("claim_victims %v", got)
	}

	// Redelivery of an updated version (same id): doc and projections
	// replaced, stored_at kept, victims rewritten.
	clock.Set(t0.Add(time.Hour))
	c2 := c
	c2.Confidence = 0.95
	c2.Victims = []claim.Entity{
		{Text: "Japon", Name: "Japan", Kind: claim.KindState, Country: "JP"},
		{Text: "Japon", Name: "Japan", Kind: claim.KindState, Country: "JP"},
		{Text: "Acme", Name: "Acme", Kind: claim.KindCompany},
	}
	if err := s.WriteClaims(ctx, []claim.Claim{c2}); err != nil {
		t.Fatal(err)
	}
	// And the identical batch again: still one row.
	if err := s.WriteClaims(ctx, []claim.Claim{c2}); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 2 {
		t.Fatalf("%d rows, want 2", n)
	}
	r2 := queryClaim(t, db, ph, c.ID)
	if r2.storedAt != r1.storedAt {
		t.Errorf("stored_at changed: %q -> %q", r1.storedAt, r2.storedAt)
	}
	if r2.updatedAt != "2025-05-01T13:00:00.123456789Z" {
		t.Errorf("updated_at %q", r2.updatedAt)
	}
	if r2.confidence != 0.95 || r2.victims != "JP" {
		t.Errorf("projections not updated: %+v", r2)
	}
	var back2 claim.Claim
	json.Unmarshal([]byte(r2.doc), &back2)
	if !reflect.DeepEqual(back2, c2) {
		t.Errorf("doc not updated: %s\n%+v\n%+v", r2.doc, back2, c2)
	}
	if got := victimRows(t, db, ph, c.ID); !slices.Equal(got, []string{"JP"}) {
		t.Errorf("claim_victims after update %v, want [JP]", got)
	}
	if n := countRows(t, db, "SELECT count(*) FROM claim_victims"); n != 1+2 {
		t.Errorf("%d claim_victims rows, want 3", n)
	}

	// Duplicates inside one batch: last wins, one row.
	c3 := c2
	c3.Confidence = 0.5
	if err := s.WriteClaims(ctx, []claim.Claim{c2, c3}); err != nil {
		t.Fatal(err)
	}
	if r := queryClaim(t, db, ph, c.ID); r.confidence != 0.5 {
		t.Errorf("in-batch duplicate: confidence %v, want the last (0.5)", r.confidence)
	}

	// An invalid claim refuses the whole batch.
	bad := sinkTestClaim(9)
	bad.Confidence = 2
	err := s.WriteClaims(ctx, []claim.Claim{sinkTestClaim(8), bad})
	var ce *ClaimError
	if !errors.As(err, &ce) || !slices.Equal(ce.Indexes(), []int{1}) {
		t.Fatalf("invalid batch: %v", err)
	}
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 2 {
		t.Fatalf("%d rows after a refused batch, want 2", n)
	}
}

func testArticles(t *testing.T, s Sink, db *sql.DB, ph string, clock *sinkTestClock) {
	ctx := context.Background()
	aw, ok := s.(ArticleWriter)
	if !ok {
		t.Fatal("sink does not implement ArticleWriter")
	}
	t0 := time.Date(2025, 5, 2, 8, 0, 0, 0, time.UTC)
	clock.Set(t0)
	a := claim.Article{
		Schema: claim.SchemaArticle, URL: "https://news.example.fr/a?utm=x", CanonicalURL: "https://news.example.fr/a",
		Source: "example.fr", Lang: "fr", Title: "Titre", Published: "2021-07-19",
		Text: "Le Royaume-Uni accuse la Chine.", Hash: claim.ContentHash("Le Royaume-Uni accuse la Chine."),
	}
	b := a
	b.URL, b.CanonicalURL = "https://news.example.fr/b", ""
	if err := aw.WriteArticles(ctx, []claim.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	clock.Set(t0.Add(time.Hour))
	a2 := a
	a2.Title = "Titre corrigé"
	if err := aw.WriteArticles(ctx, []claim.Article{a2}); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, db, "SELECT count(*) FROM articles"); n != 2 {
		t.Fatalf("%d articles, want 2", n)
	}
	var title, storedAt, text string
	err := db.QueryRow("SELECT title, stored_at, text FROM articles WHERE url = "+ph, "https://news.example.fr/a").Scan(&title, &storedAt, &text)
	if err != nil {
		t.Fatal("article not keyed by its canonical url:", err)
	}
	if title != "Titre corrigé" || storedAt != "2025-05-02T08:00:00.000000000Z" || text != a.Text {
		t.Fatalf("article row: title %q stored_at %q text %q", title, storedAt, text)
	}
	noURL := a
	noURL.URL, noURL.CanonicalURL = "", ""
	if err := aw.WriteArticles(ctx, []claim.Article{noURL}); !errors.Is(err, ErrPermanent) {
		t.Fatalf("article without url: %v", err)
	}
}

func TestSQLiteUpsert(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	clock := &sinkTestClock{}
	s := openTestSQLite(t, path, Options{Now: clock.Now})
	if s.Name() != "sqlite:"+path {
		t.Errorf("Name() = %q", s.Name())
	}
	testUpsertSemantics(t, s, openTestReader(t, path), "?", clock)
}

func TestSQLiteArticles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	clock := &sinkTestClock{}
	s := openTestSQLite(t, path, Options{Now: clock.Now})
	testArticles(t, s, openTestReader(t, path), "?", clock)
}

func TestSQLiteReopenKeepsDataAndMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "data", "claims.db")
	s := openTestSQLite(t, path, Options{})
	if err := s.WriteClaims(ctx, sinkTestClaims(0, 10)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := s.WriteClaims(ctx, sinkTestClaims(0, 1)); !errors.Is(err, ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
	s2 := openTestSQLite(t, path, Options{})
	if err := s2.WriteClaims(ctx, sinkTestClaims(5, 15)); err != nil {
		t.Fatal(err)
	}
	db := openTestReader(t, path)
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 15 {
		t.Fatalf("%d claims, want 15", n)
	}
	if n := countRows(t, db, "SELECT count(*) FROM schema_migrations WHERE version = 1"); n != 1 {
		t.Fatalf("migration 1 recorded %d times", n)
	}
}

func TestSQLiteSynchronousFollowsFsyncPolicy(t *testing.T) {
	for _, tc := range []struct {
		policy string
		want   int // PRAGMA synchronous: 1 NORMAL, 2 FULL
	}{{"", 2}, {FsyncAlways, 2}, {FsyncInterval, 1}, {FsyncNever, 1}} {
		t.Run("fsync="+tc.policy, func(t *testing.T) {
			s := openTestSQLite(t, filepath.Join(t.TempDir(), "c.db"), Options{Fsync: tc.policy})
			var got int
			var mode string
			s.db.QueryRow("PRAGMA synchronous").Scan(&got)
			s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
			if got != tc.want || mode != "wal" {
				t.Fatalf("synchronous=%d journal_mode=%s, want %d wal", got, mode, tc.want)
			}
		})
	}
}

// TestSQLiteConcurrentWriterAndReader: in WAL mode a reader on another
// connection never blocks the writer nor sees a half-written batch.
func TestSQLiteConcurrentWriterAndReader(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.db")
	s := openTestSQLite(t, path, Options{Fsync: FsyncNever})
	db := openTestReader(t, path)
	const batches, size = 40, 5
	done := make(chan struct{})
	var wg sync.WaitGroup
	var readErr error
	var reads int
	wg.Go(func() {
		last := 0
		for {
			select {
			case <-done:
				return
			default:
			}
			var n int
			if err := db.QueryRowContext(ctx, "SELECT count(*) FROM claims").Scan(&n); err != nil {
				readErr = err
				return
			}
			if n < last || n%size != 0 {
				readErr = fmt.Errorf("reader saw %d rows after %d: not whole batches", n, last)
				return
			}
			last = n
			reads++
		}
	})
	for b := 0; b < batches; b++ {
		if err := s.WriteClaims(ctx, sinkTestClaims(b*size, (b+1)*size)); err != nil {
			t.Fatalf("batch %d: %v", b, err)
		}
	}
	close(done)
	wg.Wait()
	if readErr != nil {
		t.Fatal(readErr)
	}
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != batches*size {
		t.Fatalf("%d rows, want %d", n, batches*size)
	}
	t.Logf("%d concurrent reads", reads)
}

// TestSQLiteBusyIsUnavailable: a write lock held elsewhere beyond
// busy_timeout is a retryable error, and the next write succeeds.
func TestSQLiteBusyIsUnavailable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.db")
	s := openTestSQLite(t, path, Options{BusyTimeout: 100 * time.Millisecond})
	other, err := sql.Open("sqlite", path+"?_txlock=immediate&_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = s.WriteClaims(ctx, sinkTestClaims(0, 2))
	if !errors.Is(err, ErrUnavailable) || errors.Is(err, ErrPermanent) {
		t.Fatalf("write under a foreign lock: %v, want ErrUnavailable", err)
	}
	tx.Rollback()
	if err := s.WriteClaims(ctx, sinkTestClaims(0, 2)); err != nil {
		t.Fatalf("write after the lock is released: %v", err)
	}
	if n := countRows(t, openTestReader(t, path), "SELECT count(*) FROM claims"); n != 2 {
		t.Fatalf("%d rows", n)
	}
}

func TestMultiWritesAll(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := OpenAll(ctx, []string{"sqlite:" + filepath.Join(dir, "c.db"), "jsonl:" + filepath.Join(dir, "c.jsonl")}, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, ok := s.(*Multi)
	if !ok || len(m.Sinks()) != 2 {
		t.Fatalf("OpenAll returned %T", s)
	}
	if m.Name() != "multi(sqlite:"+filepath.Join(dir, "c.db")+",jsonl:"+filepath.Join(dir, "c.jsonl")+")" {
		t.Errorf("Name() = %q", m.Name())
	}
	cs := sinkTestClaims(0, 7)
	for i := 0; i < 2; i++ { // the second round is a redelivery
		if err := m.WriteClaims(ctx, cs); err != nil {
			t.Fatal(err)
		}
	}
	if err := m.WriteArticles(ctx, []claim.Article{{Schema: claim.SchemaArticle, URL: "https://x.example/a", Text: "t"}}); err != nil {
		t.Fatal(err)
	}
	got, _ := ReadJSONL(filepath.Join(dir, "c.jsonl"))
	if !slices.Equal(sinkTestIDs(got), sinkTestIDs(cs)) {
		t.Errorf("jsonl ids %v", sinkTestIDs(got))
	}
	db := openTestReader(t, filepath.Join(dir, "c.db"))
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 7 {
		t.Errorf("sqlite has %d claims", n)
	}
	if n := countRows(t, db, "SELECT count(*) FROM articles"); n != 1 {
		t.Errorf("sqlite has %d articles", n)
	}
	// A poison claim is refused before any member writes.
	bad := sinkTestClaims(7, 9)
	bad[0].ID = ""
	err = m.WriteClaims(ctx, bad)
	var ce *ClaimError
	if !errors.As(err, &ce) || !slices.Equal(ce.Indexes(), []int{0}) {
		t.Fatalf("poison batch: %v", err)
	}
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 7 {
		t.Errorf("a member wrote part of a refused batch")
	}
	// One member failing fails the whole write with its sentinel.
	m.Sinks()[0].Close()
	err = m.WriteClaims(ctx, sinkTestClaims(9, 10))
	if !errors.Is(err, ErrClosed) {
		t.Fatalf("write with a closed member: %v", err)
	}
}
