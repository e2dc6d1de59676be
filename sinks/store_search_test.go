package sinks

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestStoreMigratesAnOldDatabase opens the review store on a database the
// sink wrote before the store ever saw it (no text index, no versions 100+),
// and on one whose text index lost step with claims (as after a VACUUM):
// both are upgraded and the search finds the claims.
func TestStoreMigratesAnOldDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	sink, err := Open(ctx, "sqlite:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs := []claim.Claim{storeTestClaim(0), storeTestClaim(1), storeTestClaim(2)}
	if err := sink.WriteClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	sink.Close()

	open := func() *sqlStore {
		t.Helper()
		st, err := OpenStore(ctx, "sqlite:"+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st.(*sqlStore)
	}
	s := open()
	var versions []int
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var v int
		rows.Scan(&v)
		versions = append(versions, v)
	}
	rows.Close()
	if fmt.Sprint(versions) != "[1 20 100 101 102 103]" {
		t.Errorf("schema_migrations = %v, want [1 20 100 101 102 103] (sinks, events, review store, event indexes)", versions)
	}
	if n, err := s.Count(ctx, Filter{Q: "case 1."}); err != nil || n != 1 {
		t.Errorf("search after upgrade: %d, %v; want 1", n, err)
	}
	// Index out of step: emptied behind the store's back.
	if _, err := s.db.ExecContext(ctx, `DELETE FROM claims_fts`); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(ctx, Filter{Q: "case 1."}); n != 0 {
		t.Fatalf("emptied index still finds %d", n)
	}
	s.Close()
	s = open()
	if n, err := s.Count(ctx, Filter{Q: "case 1."}); err != nil || n != 1 {
		t.Errorf("search after reopening: %d, %v; want 1 (index rebuilt)", n, err)
	}
}

// TestStorePostgresFullText checks the PostgreSQL migration on a schema the
// sink created first, and the word-prefix search it gives.
func TestStorePostgresFullText(t *testing.T) {
	st := storeTestPostgres(t)
	s := st.(*sqlStore)
	ctx := context.Background()
	storeTestSeed(t, st, 40)
	var indexed bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'claims_search' AND schemaname = current_schema())`).Scan(&indexed); err != nil || !indexed {
		t.Fatalf("GIN index claims_search: %v %v", indexed, err)
	}
	for q, want := range map[string]int{"case 7.": 1, "CASE 3": 11, "hacked victims": 40, "mandi": 10, "a'; drop table claims; --": 0, ":*&|!": 0} {
		if n, err := st.Count(ctx, Filter{Q: q}); err != nil || n != want {
			t.Errorf("Count(q=%q) = %d, %v; want %d", q, n, err, want)
		}
	}
	// Reopening does not apply the migration again.
	if err := s.migrateVersioned(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestPGPrefixQuery(t *testing.T) {
	for in, want := range map[string]string{"APT 28": "apt:* & 28:*", "l'ANSSI": "l:* & anssi:*", "&|!:*()": "", "Пекин": "пекин:*", "": ""} {
		if got := pgPrefixQuery(in); got != want {
			t.Errorf("pgPrefixQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStoreTextPerRow: a text matching more than textSortLimit claims is
// listed by probing the text index row by row; the pages are the same as
// the set query gives, and Count from the index agrees with the rows.
func TestStoreTextPerRow(t *testing.T) {
	st := storeTestSQLite(t)
	s := st.(*sqlStore)
	ctx := context.Background()
	storeTestSeed(t, st, textSortLimit+600)
	for _, f := range []Filter{{Q: "hacked victims"}, {Q: "hacked", AccusedState: "KP"}, {Q: "case 12"}} {
		n, ok, err := s.textCount(ctx, f.Q)
		if err != nil || !ok {
			t.Fatal(err)
		}
		for _, after := range []string{"", storeCursor(storeTestAt(3000).UTC().Format(storeTimeFormat), "")} {
			var pages [2][]string
			for i, perRow := range []bool{false, true} {
				query, args, err := s.listQueryT(f, Page{Limit: 20, After: after}, perRowTests{text: perRow}, branchAll)
				if err != nil {
					t.Fatal(err)
				}
				recs, err := s.query(ctx, query, args...)
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range recs {
					pages[i] = append(pages[i], r.Claim.ID)
				}
			}
			if len(pages[0]) == 0 || strings.Join(pages[0], ",") != strings.Join(pages[1], ",") {
				t.Errorf("%+v after %q: set %v, per row %v", f, after, pages[0], pages[1])
			}
		}
		got, err := st.Count(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var rows int
		w, args := s.whereB(f, dimNone, perRowTests{}, branchAll)
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM claims c WHERE `+w, args...).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if got != rows || f.AccusedState == "" && got != n {
			t.Errorf("%+v: Count %d, rows %d, index %d", f, got, rows, n)
		}
	}
}
