package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite"

	"github.com/claimwire/claimwire/claim"
)

// extractJSONL runs `claimwire extract` on two fixture articles and returns
// its output: claims JSONL as an analyst would produce offline.
func extractJSONL(t *testing.T) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, f := range []string{"en-001.txt", "fr-001.txt"} {
		var stderr bytes.Buffer
		path := filepath.Join("..", "..", "fixtures", "articles", f)
		args := []string{"extract", "--url", "https://news.example/offline/" + f, "--published", "2025-03-0" + string(rune('1'+i)), path}
		if rc := realMain(args, strings.NewReader(""), &out, &stderr); rc != 0 {
			t.Fatalf("extract %s: rc %d: %s", f, rc, stderr.String())
		}
	}
	if bytes.Count(out.Bytes(), []byte("\n")) < 2 {
		t.Fatalf("the fixtures give too few claims to test import:\n%s", out.String())
	}
	return out.Bytes()
}

func idsOfJSONL(t *testing.T, data []byte) []string {
	t.Helper()
	var ids []string
	for sc := bufio.NewScanner(bytes.NewReader(data)); sc.Scan(); {
		var c claim.Claim
		if err := json.Unmarshal(sc.Bytes(), &c); err == nil && c.ID != "" {
			ids = append(ids, c.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// storedIDs returns every claim id row of a sink (duplicates kept).
type storedIDs func(t *testing.T) []string

func sqliteStored(path string) storedIDs {
	return func(t *testing.T) []string {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query("SELECT id FROM claims")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var ids []string
		for rows.Next() {
			var id string
			rows.Scan(&id)
			ids = append(ids, id)
		}
		slices.Sort(ids)
		return ids
	}
}

func jsonlStored(path string) storedIDs {
	return func(t *testing.T) []string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var c claim.Claim
			if err := json.Unmarshal([]byte(l), &c); err != nil {
				t.Fatalf("bad line in the sink file: %v", err)
			}
			ids = append(ids, c.ID)
		}
		slices.Sort(ids)
		return ids
	}
}

// pgImportTarget returns a postgres spec in a fresh schema (dropped at the
// end) and its reader, or skips with a message when no server answers.
func pgImportTarget(t *testing.T) (string, storedIDs) {
	const base = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Skipf("no PostgreSQL at 127.0.0.1:5432 (%v): the postgres import is not tested", err)
	}
	b := make([]byte, 5)
	rand.Read(b)
	schema := "cw_import_" + hex.EncodeToString(b)
	t.Cleanup(func() {
		conn.Exec(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
		conn.Close(context.Background())
	})
	return base + "&schema=" + schema, func(t *testing.T) []string {
		rows, err := conn.Query(context.Background(), "SELECT id FROM "+schema+".claims")
		if err != nil {
			t.Fatal(err)
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(ids)
		return ids
	}
}

// TestImportCommand: claims JSONL from `extract`, with bad lines among
// them, into every kind of sink, twice: each claim is stored once, every
// bad line is named with file:line, the good lines are all imported.
func TestImportCommand(t *testing.T) {
	t.Parallel()
	good := extractJSONL(t)
	want := idsOfJSONL(t, good)
	lines := bytes.Split(bytes.TrimSpace(good), []byte("\n"))
	// Bad lines at known places: line 2 is not JSON, line 4 is a claim
	// without an accused, line 5 is blank (skipped silently).
	var noAccused claim.Claim
	if err := json.Unmarshal(lines[0], &noAccused); err != nil {
		t.Fatal(err)
	}
	noAccused.Accused = nil
	noAccusedJSON, _ := json.Marshal(noAccused)
	var in bytes.Buffer
	in.Write(lines[0])
	in.WriteString("\n{not json at all\n")
	in.Write(lines[1])
	in.WriteString("\n")
	in.Write(noAccusedJSON)
	in.WriteString("\n\n")
	for _, l := range lines[2:] {
		in.Write(l)
		in.WriteString("\n")
	}
	in.Write(lines[0]) // the same claim again in the same file
	in.WriteString("\n")

	for _, tc := range []struct {
		name   string
		target func(t *testing.T, dir string) (string, storedIDs)
	}{
		{"sqlite", func(t *testing.T, dir string) (string, storedIDs) {
			p := filepath.Join(dir, "claims.db")
			return "sqlite:" + p, sqliteStored(p)
		}},
		{"jsonl", func(t *testing.T, dir string) (string, storedIDs) {
			p := filepath.Join(dir, "claims.jsonl")
			return "jsonl:" + p, jsonlStored(p)
		}},
		{"postgres", func(t *testing.T, _ string) (string, storedIDs) { return pgImportTarget(t) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			file := filepath.Join(dir, "offline.jsonl")
			if err := os.WriteFile(file, in.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			spec, stored := tc.target(t, dir)
			for run := 1; run <= 2; run++ {
				var stdout, stderr bytes.Buffer
				rc := realMain([]string{"import", "--to", spec, "--batch", "3", file}, strings.NewReader(""), &stdout, &stderr)
				if rc != 1 {
					t.Errorf("run %d: rc %d, want 1 (bad lines)\n%s%s", run, rc, stdout.String(), stderr.String())
				}
				for _, w := range []string{file + ":2: not a claim JSON object", file + ":4: claim: invalid"} {
					if !strings.Contains(stderr.String(), w) {
						t.Errorf("run %d: stderr does not name %q:\n%s", run, w, stderr.String())
					}
				}
				if !strings.Contains(stdout.String(), "2 bad lines") {
					t.Errorf("run %d: summary %q", run, stdout.String())
				}
				if got := stored(t); !slices.Equal(got, want) {
					t.Fatalf("run %d: stored %d ids %v, want each of %d once %v", run, len(got), got, len(want), want)
				}
			}
		})
	}
}

// TestImportExport: a JSONL export (claims with a "review" member) loads
// back into a new store.
func TestImportExport(t *testing.T) {
	t.Parallel()
	dsn := seedDB(t)
	dir := t.TempDir()
	exp := filepath.Join(dir, "export.jsonl")
	var stdout, stderr bytes.Buffer
	if rc := realMain([]string{"export", "--db", dsn, "--format", "jsonl", "-o", exp}, strings.NewReader(""), &stdout, &stderr); rc != 0 {
		t.Fatalf("export: rc %d: %s", rc, stderr.String())
	}
	data, _ := os.ReadFile(exp)
	want := idsOfJSONL(t, data)
	if len(want) == 0 || !bytes.Contains(data, []byte(`"review"`)) {
		t.Fatalf("export gives no reviewed claims:\n%s", data)
	}
	target := filepath.Join(dir, "copy.db")
	stdout.Reset()
	stderr.Reset()
	if rc := realMain([]string{"import", "--to", "sqlite:" + target, exp}, strings.NewReader(""), &stdout, &stderr); rc != 0 {
		t.Fatalf("import: rc %d: %s", rc, stderr.String())
	}
	if got := sqliteStored(target)(t); !slices.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
}

func TestImportUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"import", "x.jsonl"}, {"import", "--to", "sqlite:/tmp/x.db"}, {"import", "--to", "nope:x", "f"}} {
		var stdout, stderr bytes.Buffer
		if rc := realMain(args, strings.NewReader(""), &stdout, &stderr); rc != 2 {
			t.Errorf("%v: rc %d, want 2: %s", args, rc, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	rc := realMain([]string{"import", "--to", "sqlite:" + filepath.Join(t.TempDir(), "x.db"), "/nonexistent/claims.jsonl"}, strings.NewReader(""), &stdout, &stderr)
	if rc != 1 || !strings.Contains(stderr.String(), "/nonexistent/claims.jsonl") {
		t.Errorf("missing file: rc %d, stderr %s", rc, stderr.String())
	}
}
