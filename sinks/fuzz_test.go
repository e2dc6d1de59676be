package sinks

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// FuzzParseSpec: a sink spec (--to, --db) either fails with ErrBadSpec
// quoting the spec, or gives a spec of a known kind that parses again to
// itself (a postgres URL re-parsed with its schema gives the same Spec).
func FuzzParseSpec(f *testing.F) {
	for _, s := range []string{
		"jsonl:out/claims.jsonl", "jsonl://claims.jsonl", "sqlite:data/claims.db", "sqlite3://x.db", "sqlite:dir/",
		"postgres://user@127.0.0.1:5432/test?sslmode=disable", "pg://u:p@h/db?schema=cw_1&sslmode=disable",
		"postgresql:///db?host=/tmp", "postgres://h/db?search_path=x", "postgres://h/db?schema=1bad", "", "jsonl", "mysql://x",
		"postgres://h/db?%zz", "sqlite:a?b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		sp, err := ParseSpec(spec)
		if err != nil {
			if !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), fmt.Sprintf("%q", spec)) {
				t.Fatalf("error %q does not match ErrBadSpec or quote the spec", err)
			}
			return
		}
		var again string
		switch sp.Kind {
		case KindJSONL, KindSQLite:
			if sp.Path == "" || sp.URL != "" || sp.Schema != "" || strings.HasSuffix(sp.Path, "/") {
				t.Fatalf("bad file spec %+v", sp)
			}
			again = sp.Kind + ":" + sp.Path
		case KindPostgres:
			u, err := url.Parse(sp.URL)
			if err != nil || u.Scheme != "postgres" || sp.Path != "" || u.Query().Has("schema") {
				t.Fatalf("bad postgres spec %+v: %v", sp, err)
			}
			if sp.Schema != "" && !sinkIdentRE().MatchString(sp.Schema) {
				t.Fatalf("schema %q accepted", sp.Schema)
			}
			again = sp.URL
			if sp.Schema != "" {
				q := u.Query()
				q.Set("schema", sp.Schema)
				u.RawQuery = q.Encode()
				again = u.String()
			}
		default:
			t.Fatalf("unknown kind %q", sp.Kind)
		}
		sp2, err := ParseSpec(again)
		if err != nil || sp2 != sp {
			t.Fatalf("%q → %+v → %q → %+v, %v", spec, sp, again, sp2, err)
		}
	})
}
