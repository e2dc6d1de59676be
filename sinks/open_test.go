package sinks

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

func TestParseSpec(t *testing.T) {
	for _, tc := range []struct {
		spec    string
		want    Spec
		wantErr string // substring; "" = no error
	}{
		{spec: "jsonl:data/claims.jsonl", want: Spec{Kind: KindJSONL, Path: "data/claims.jsonl"}},
		{spec: "jsonl:/abs/claims.jsonl", want: Spec{Kind: KindJSONL, Path: "/abs/claims.jsonl"}},
		{spec: "jsonl:///abs/claims.jsonl", want: Spec{Kind: KindJSONL, Path: "/abs/claims.jsonl"}},
		{spec: "  JSONL:x.jsonl ", want: Spec{Kind: KindJSONL, Path: "x.jsonl"}},
		{spec: "sqlite:data/claims.db", want: Spec{Kind: KindSQLite, Path: "data/claims.db"}},
		{spec: "sqlite:///var/lib/claims.db", want: Spec{Kind: KindSQLite, Path: "/var/lib/claims.db"}},
		{spec: "sqlite3:c.db", want: Spec{Kind: KindSQLite, Path: "c.db"}},
		{spec: "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
			want: Spec{Kind: KindPostgres, URL: "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"}},
		{spec: "postgresql://u:p@localhost/db",
			want: Spec{Kind: KindPostgres, URL: "postgres://u:p@localhost/db"}},
		{spec: "pg://localhost/db?schema=claims&sslmode=disable",
			want: Spec{Kind: KindPostgres, URL: "postgres://localhost/db?sslmode=disable", Schema: "claims"}},
		{spec: "", wantErr: "empty"},
		{spec: "claims.jsonl", wantErr: "no kind"},
		{spec: "jsonl:", wantErr: "needs a path"},
		{spec: "jsonl:dir/", wantErr: "directory"},
		{spec: "sqlite:", wantErr: "needs a path"},
		{spec: "sqlite:x.db?_pragma=foo", wantErr: "may not contain"},
		{spec: "sqlite:dir#1/x.db", want: Spec{Kind: KindSQLite, Path: "dir#1/x.db"}},
		{spec: "mysql://localhost/db", wantErr: `unknown kind "mysql"`},
		{spec: "postgres:localhost", wantErr: "want postgres://"},
		{spec: "postgres:///db", wantErr: "no host"},
		{spec: "postgres://h/db?schema=a;drop", wantErr: "schema"},
		{spec: "postgres://h/db?schema=a-b", wantErr: `schema "a-b"`},
		{spec: "postgres://h/db?search_path=x", wantErr: "use schema=NAME"},
		{spec: "postgres://h:bad port/db", wantErr: "bad spec"},
	} {
		t.Run(tc.spec, func(t *testing.T) {
			got, err := ParseSpec(tc.spec)
			if tc.wantErr != "" {
				if err == nil {
					t.Fatalf("ParseSpec(%q) = %+v, want error with %q", tc.spec, got, tc.wantErr)
				}
				if !errors.Is(err, ErrBadSpec) {
					t.Errorf("error %v does not wrap ErrBadSpec", err)
				}
				if !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error %q lacks %q", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), strings.TrimSpace(tc.spec)) {
					t.Errorf("error %q does not name the spec", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("ParseSpec(%q) = %+v, want %+v", tc.spec, got, tc.want)
			}
		})
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opts    Options
		wantErr string
	}{
		{"zero", Options{}, ""},
		{"always", Options{Fsync: FsyncAlways}, ""},
		{"interval", Options{Fsync: FsyncInterval, FsyncInterval: time.Second}, ""},
		{"never", Options{Fsync: FsyncNever}, ""},
		{"rotation", Options{RotateBytes: 1 << 20, RotateDaily: true}, ""},
		{"schema", Options{PostgresSchema: "claims_v1"}, ""},
		{"bad fsync", Options{Fsync: "sometimes"}, `fsync "sometimes"`},
		{"upper fsync", Options{Fsync: "Always"}, `fsync "Always"`},
		{"negative rotate", Options{RotateBytes: -1}, "rotate bytes"},
		{"negative interval", Options{FsyncInterval: -time.Second}, "fsync interval"},
		{"negative write timeout", Options{WriteTimeout: -1}, "write timeout"},
		{"negative connect timeout", Options{ConnectTimeout: -1}, "connect timeout"},
		{"negative busy timeout", Options{BusyTimeout: -1}, "busy timeout"},
		{"negative conns", Options{MaxConns: -1}, "max conns"},
		{"bad schema", Options{PostgresSchema: "a-b"}, `schema "a-b"`},
		{"schema digit", Options{PostgresSchema: "1abc"}, "schema"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.opts.Validate()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrBadOptions) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Validate() = %v, want ErrBadOptions with %q", err, tc.wantErr)
			}
		})
	}
}

func TestOpenRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(ctx, "nosuch:x", Options{}, nil); !errors.Is(err, ErrBadSpec) || !strings.Contains(err.Error(), "nosuch:x") {
		t.Errorf("bad spec: %v", err)
	}
	if _, err := Open(ctx, "jsonl:"+filepath.Join(dir, "a.jsonl"), Options{Fsync: "maybe"}, nil); !errors.Is(err, ErrBadOptions) {
		t.Errorf("bad options: %v", err)
	}
	if _, err := OpenAll(ctx, nil, Options{}, nil); !errors.Is(err, ErrBadSpec) {
		t.Errorf("no specs: %v", err)
	}
	// OpenAll closes what it opened when a later spec fails: the JSONL lock
	// is free again afterwards.
	jl := "jsonl:" + filepath.Join(dir, "b.jsonl")
	if _, err := OpenAll(ctx, []string{jl, "bogus"}, Options{}, nil); !errors.Is(err, ErrBadSpec) {
		t.Fatalf("OpenAll with a bad spec: %v", err)
	}
	s, err := Open(ctx, jl, Options{}, nil)
	if err != nil {
		t.Fatalf("reopen after failed OpenAll: %v", err)
	}
	s.Close()
}

func TestClaimErrorForInvalidClaims(t *testing.T) {
	good := sinkTestClaim(1)
	noAccused := sinkTestClaim(2)
	noAccused.Accused = nil
	badSchema := sinkTestClaim(3)
	badSchema.Schema = "claim/v0"
	err := validateBatch("x", []claim.Claim{good, noAccused, good, badSchema})
	var ce *ClaimError
	if !errors.As(err, &ce) {
		t.Fatalf("want *ClaimError, got %v", err)
	}
	if !errors.Is(err, ErrPermanent) || !errors.Is(err, claim.ErrInvalid) || !errors.Is(err, claim.ErrSchema) {
		t.Errorf("error %v should wrap ErrPermanent, claim.ErrInvalid and claim.ErrSchema", err)
	}
	if errors.Is(err, ErrUnavailable) {
		t.Errorf("permanent error also claims to be retryable")
	}
	if got := ce.Indexes(); len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Errorf("Indexes() = %v, want [1 3]", got)
	}
	if ce.Items[0].ID != noAccused.ID {
		t.Errorf("item id %q, want %q", ce.Items[0].ID, noAccused.ID)
	}
	nan := sinkTestClaim(4)
	nan.Confidence = math.NaN()
	if err := validateBatch("x", []claim.Claim{good, nan}); !errors.As(err, &ce) || !slices.Equal(ce.Indexes(), []int{1}) {
		t.Errorf("NaN confidence: %v", err)
	}
	if validateBatch("x", []claim.Claim{good}) != nil {
		t.Error("a valid batch was refused")
	}
}

func TestBatchOrder(t *testing.T) {
	items := []string{"c", "a", "b", "a", "c"}
	got := batchOrder(items, func(s *string) string { return *s })
	// Last occurrence of each key, in key order: a@3, b@2, c@4.
	if want := []int{3, 2, 4}; !slices.Equal(got, want) {
		t.Fatalf("batchOrder = %v, want %v", got, want)
	}
	if got := batchOrder([]string{}, func(s *string) string { return *s }); len(got) != 0 {
		t.Fatalf("empty: %v", got)
	}
}
