package sinks

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"sync"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// The one implementation satisfies every narrow interface callers take.
var (
	_ ClaimReader = (*sqlStore)(nil)
	_ Decisions   = (*sqlStore)(nil)
	_ Outbox      = (*sqlStore)(nil)
	_ EventReader = (*sqlStore)(nil)
	_ EventWriter = (*sqlStore)(nil)
	_ ClaimWriter = Sink(nil)
)

func recordedVersions(t *testing.T, s *sqlStore) string {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var vs []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	return fmt.Sprint(vs)
}

// TestStoreMigrationsNumbered: a store on a new database records every
// table's migration, the review tables' (100) included; a database whose
// review tables predate the numbering (100 not recorded) keeps its
// decisions and gets 100 recorded.
func TestStoreMigrationsNumbered(t *testing.T) {
	ctx := context.Background()
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "c.db")
	st, err := OpenStore(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := st.(*sqlStore)
	const want = "[1 20 100 101 102 103]"
	if got := recordedVersions(t, s); got != want {
		t.Errorf("fresh store: migrations %s, want %s", got, want)
	}
	c := storeTestClaim(1)
	if err := SeedStore(ctx, st, []claim.Claim{c}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveDecision(ctx, claim.Decision{ClaimID: c.ID, Action: claim.ActionAccept, Reviewer: "alice"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = 100`); err != nil {
		t.Fatal(err)
	}
	st.Close()

	st, err = OpenStore(ctx, dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := recordedVersions(t, st.(*sqlStore)); got != want {
		t.Errorf("reopened: migrations %s, want %s", got, want)
	}
	if r, err := st.Get(ctx, c.ID); err != nil || r.Status != claim.StatusAccepted || len(r.Decisions) != 1 {
		t.Errorf("decision after migration 100 re-ran: %+v, %v", r, err)
	}
}

// TestStoreAndSinkMigratePostgresTogether: a store and sinks opening one
// new schema at once all succeed (they share the migration lock, since both
// record the sinks' migrations), and every migration is recorded once.
func TestStoreAndSinkMigratePostgresTogether(t *testing.T) {
	ctx := context.Background()
	u := sinkTestPGURL(t)
	schema := sinkTestPGSchema(t, u)
	pu, _ := url.Parse(u)
	q := pu.Query()
	q.Set("schema", schema)
	pu.RawQuery = q.Encode()
	spec := pu.String()

	var wg sync.WaitGroup
	var stores [2]Store
	var sinks [2]Sink
	var errs [4]error
	for i := range 2 {
		wg.Go(func() { stores[i], errs[i] = OpenStore(ctx, spec, nil) })
		wg.Go(func() { sinks[i], errs[2+i] = Open(ctx, spec, Options{}, nil) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
	}
	for i := range 2 {
		defer stores[i].Close()
		defer sinks[i].Close()
	}
	if got := recordedVersions(t, stores[0].(*sqlStore)); got != "[1 20 100 101 102 103]" {
		t.Errorf("migrations %s", got)
	}
	if err := sinks[0].WriteClaims(ctx, []claim.Claim{storeTestClaim(2)}); err != nil {
		t.Fatal(err)
	}
	if n, err := stores[1].Count(ctx, Filter{}); err != nil || n != 1 {
		t.Errorf("count %d, %v", n, err)
	}
}
