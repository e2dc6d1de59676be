package sinks

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/tcpproxy"
)

// The PostgreSQL tests use the server of this machine (or
// CLAIMWIRE_TEST_POSTGRES), each in a fresh schema dropped at the end.
const sinkTestPGDefault = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

func sinkTestPGURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("CLAIMWIRE_TEST_POSTGRES")
	if u == "" {
		u = sinkTestPGDefault
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Skipf("no PostgreSQL server answers at %s (set CLAIMWIRE_TEST_POSTGRES to test the PostgreSQL sink): %v", pgRedact(u), err)
	}
	conn.Close(ctx)
	return u
}

// sinkTestPGSchema returns a fresh schema name, dropped with everything in
// it when the test ends.
func sinkTestPGSchema(t testing.TB, connURL string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "cw_sinktest_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, connURL)
		if err != nil {
			t.Logf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Logf("drop schema %s: %v", schema, err)
		}
	})
	return schema
}

// sinkTestPGReader is a database/sql handle on the test schema.
func sinkTestPGReader(t testing.TB, connURL, schema string) *sql.DB {
	t.Helper()
	cfg, err := pgx.ParseConfig(connURL)
	if err != nil {
		t.Fatal(err)
	}
	cfg.RuntimeParams["search_path"] = schema
	db := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { db.Close() })
	return db
}

func openTestPG(t *testing.T, connURL string, opts Options) *pgSink {
	t.Helper()
	s, err := Open(context.Background(), connURL, opts, (&sinkTestLogs{}).logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.(*pgSink)
}

func TestPostgresUpsert(t *testing.T) {
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	clock := &sinkTestClock{}
	s := openTestPG(t, u, Options{PostgresSchema: schema, Now: clock.Now})
	testUpsertSemantics(t, s, sinkTestPGReader(t, u, schema), "$1", clock)
}

func TestPostgresArticles(t *testing.T) {
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	clock := &sinkTestClock{}
	s := openTestPG(t, u, Options{PostgresSchema: schema, Now: clock.Now})
	testArticles(t, s, sinkTestPGReader(t, u, schema), "$1", clock)
}

// TestPostgresMigrationsIdempotent opens the same new schema from several
// sinks at once and again later: the schema is created, migration 1 runs
// once, and data survives reopening.
func TestPostgresMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	// The schema comes from the spec here; the name carries no password.
	pu, _ := url.Parse(u)
	pu.User = url.UserPassword(pu.User.Username(), "s3cret")
	q := pu.Query()
	q.Set("schema", schema)
	pu.RawQuery = q.Encode()
	spec := pu.String()
	if !strings.Contains(spec, "s3cret") {
		t.Fatal("test setup: no password in spec")
	}
	var wg sync.WaitGroup
	sinks := make([]Sink, 3)
	errs := make([]error, 3)
	for i := range sinks {
		wg.Go(func() { sinks[i], errs[i] = Open(ctx, spec, Options{}, nil) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("concurrent open %d: %v", i, err)
		}
		defer sinks[i].Close()
	}
	if name := sinks[0].Name(); strings.Contains(name, "s3cret") || !strings.Contains(name, "schema="+schema) {
		t.Errorf("Name() = %q: leaks the password or lacks the schema", name)
	}
	if err := sinks[1].WriteClaims(ctx, sinkTestClaims(0, 5)); err != nil {
		t.Fatal(err)
	}
	for _, s := range sinks {
		s.Close()
	}
	s := openTestPG(t, spec, Options{})
	if err := s.WriteClaims(ctx, sinkTestClaims(3, 8)); err != nil {
		t.Fatal(err)
	}
	db := sinkTestPGReader(t, u, schema)
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 8 {
		t.Fatalf("%d claims, want 8", n)
	}
	if n := countRows(t, db, "SELECT count(*) FROM schema_migrations"); n != len(sinkMigrations) {
		t.Fatalf("%d migrations recorded, want %d", n, len(sinkMigrations))
	}
	// The tables are in the test schema, not in public.
	var where string
	if err := db.QueryRow("SELECT table_schema FROM information_schema.tables WHERE table_name = 'claims' AND table_schema = $1", schema).Scan(&where); err != nil {
		t.Fatalf("claims table not in schema %s: %v", schema, err)
	}
}

// TestPostgresStoresAwkwardText: NUL bytes and invalid UTF-8 are refused by
// PostgreSQL TEXT; the projections are cleaned so the claim is stored (doc
// keeps the exact claim as JSON escapes).
func TestPostgresStoresAwkwardText(t *testing.T) {
	ctx := context.Background()
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	s := openTestPG(t, u, Options{PostgresSchema: schema})
	c := sinkTestClaim(1)
	c.Accused.Name = "APT\x0040"
	c.Evidence.Sentence = "bad \xff byte"
	c.ID = claim.ComputeID(&c)
	if err := s.WriteClaims(ctx, []claim.Claim{c}); err != nil {
		t.Fatal(err)
	}
	r := queryClaim(t, sinkTestPGReader(t, u, schema), "$1", c.ID)
	if r.accused != "APT40" {
		t.Errorf("accused_name %q", r.accused)
	}
}

func TestPostgresUnavailableAtOpen(t *testing.T) {
	ctx := context.Background()
	u := sinkTestPGURL(t)
	// A loopback port where nothing listens.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close()
	pu, _ := url.Parse(u)
	pu.Host = dead
	_, err = Open(ctx, pu.String(), Options{ConnectTimeout: time.Second}, nil)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("open on a closed port: %v, want ErrUnavailable", err)
	}
	// A server that accepts but never answers: bounded by ConnectTimeout.
	p, err := tcpproxy.New(pu.Host, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.Stall()
	pu.Host = p.Addr()
	err = sinkTestWithin(t, 30*time.Second, func() error {
		_, err := Open(ctx, pu.String(), Options{ConnectTimeout: 500 * time.Millisecond, WriteTimeout: time.Second}, nil)
		return err
	})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("open on a stalled server: %v, want ErrUnavailable", err)
	}
}

// sinkTestWithin runs fn and fails the test if it does not return within d
// (a hang detector, not a speed assertion: d is far above the timeouts set).
func sinkTestWithin(t *testing.T, d time.Duration, fn func() error) error {
	t.Helper()
	ch := make(chan error, 1)
	go func() { ch <- fn() }()
	select {
	case err := <-ch:
		return err
	case <-time.After(d):
		t.Fatalf("call did not return within %v: the timeouts do not bound it", d)
		return nil
	}
}

// TestPostgresOutage puts a TCP proxy between the sink and PostgreSQL, cuts
// or stalls it mid-run, and checks that writes fail as ErrUnavailable within
// the configured timeouts, succeed again once it is restored, and that the
// final row set is exact (the failed batch, retried, is stored once).
func TestPostgresOutage(t *testing.T) {
	for _, mode := range []string{"cut", "stall"} {
		t.Run(mode, func(t *testing.T) {
			ctx := context.Background()
			u := sinkTestPGURL(t)
			schema := sinkTestPGSchema(t, u)
			pu, _ := url.Parse(u)
			p, err := tcpproxy.New(pu.Host, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			pu.Host = p.Addr()
			s := openTestPG(t, pu.String(), Options{
				PostgresSchema: schema,
				ConnectTimeout: 500 * time.Millisecond,
				WriteTimeout:   1500 * time.Millisecond,
			})
			batchA, batchB, batchC := sinkTestClaims(0, 10), sinkTestClaims(10, 20), sinkTestClaims(20, 30)
			if err := s.WriteClaims(ctx, batchA); err != nil {
				t.Fatal(err)
			}
			if mode == "cut" {
				p.Cut()
			} else {
				p.Stall()
			}
			// Several attempts while down, as the pipeline's retries would.
			for i := 0; i < 2; i++ {
				err := sinkTestWithin(t, 30*time.Second, func() error { return s.WriteClaims(ctx, batchB) })
				if !errors.Is(err, ErrUnavailable) || errors.Is(err, ErrPermanent) {
					t.Fatalf("attempt %d while %s: %v, want ErrUnavailable", i, mode, err)
				}
				t.Logf("attempt %d while %s: %v", i, mode, err)
			}
			p.Restore()
			if err := s.WriteClaims(ctx, batchB); err != nil {
				t.Fatalf("first write after restore: %v", err)
			}
			if err := s.WriteClaims(ctx, batchC); err != nil {
				t.Fatal(err)
			}
			db := sinkTestPGReader(t, u, schema)
			rows, err := db.Query("SELECT id FROM claims ORDER BY id")
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var got []string
			for rows.Next() {
				var id string
				rows.Scan(&id)
				got = append(got, id)
			}
			want := sinkTestIDs(slices.Concat(batchA, batchB, batchC))
			if !slices.Equal(got, want) {
				t.Fatalf("stored ids (%d) differ from the 30 written", len(got))
			}
			if n := countRows(t, db, "SELECT count(*) FROM claim_victims"); n != 30*2+10 {
				t.Fatalf("%d claim_victims rows, want 70", n)
			}
		})
	}
}

func TestPGClassify(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		permanent bool
	}{
		{"invalid byte sequence", &pgconn.PgError{Code: "22021"}, true},
		{"unique violation", &pgconn.PgError{Code: "23505"}, true},
		{"connection failure", &pgconn.PgError{Code: "08006"}, false},
		{"admin shutdown", &pgconn.PgError{Code: "57P01"}, false},
		{"serialization", &pgconn.PgError{Code: "40001"}, false},
		{"undefined table", &pgconn.PgError{Code: "42P01"}, false},
		{"eof", io.ErrUnexpectedEOF, false},
		{"deadline", context.DeadlineExceeded, false},
		{"wrapped", fmt.Errorf("x: %w", &pgconn.PgError{Code: "22P05"}), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pgClassify(tc.err)
			if errors.Is(err, ErrPermanent) != tc.permanent || errors.Is(err, ErrUnavailable) == tc.permanent {
				t.Fatalf("pgClassify(%v) = %v, permanent=%v", tc.err, err, tc.permanent)
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("cause lost: %v", err)
			}
		})
	}
}

func TestPostgresClosed(t *testing.T) {
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	s := openTestPG(t, u, Options{PostgresSchema: schema})
	s.Close()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteClaims(context.Background(), sinkTestClaims(0, 1)); !errors.Is(err, ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
}

// TestPostgresConcurrentWriters: two sinks (two replicas) writing the same
// claims in opposite orders at once neither deadlock nor fail: rows are
// written in id order whatever the batch order.
func TestPostgresConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	a := openTestPG(t, u, Options{PostgresSchema: schema})
	b := openTestPG(t, u, Options{PostgresSchema: schema})
	cs := sinkTestClaims(0, 60)
	rev := slices.Clone(cs)
	slices.Reverse(rev)
	errs := make(chan error, 2*10)
	var wg sync.WaitGroup
	for round := 0; round < 10; round++ {
		wg.Go(func() { errs <- a.WriteClaims(ctx, cs) })
		wg.Go(func() { errs <- b.WriteClaims(ctx, rev) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	db := sinkTestPGReader(t, u, schema)
	if n := countRows(t, db, "SELECT count(*) FROM claims"); n != 60 {
		t.Fatalf("%d rows, want 60", n)
	}
}
