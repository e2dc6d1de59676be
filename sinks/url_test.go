package sinks

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSinksRefuseBadArticleURLs: every sink refuses a claim whose
// article URL is neither http(s) nor a local file URL, as a permanent
// per-claim error naming the URL, and writes nothing of the batch.
func TestSinksRefuseBadArticleURLs(t *testing.T) {
	withURL := func(i int, u string) claim.Claim {
		c := sinkTestClaim(i)
		c.Article.URL = u
		c.ID = claim.ComputeID(&c)
		return c
	}
	good := sinkTestClaim(1)
	local := withURL(2, "file:///srv/archive/a.html")
	js := withURL(3, "javascript:alert(document.cookie)")
	label := withURL(4, "seed:000_ab.txt") // fine in extract's output, not in a store
	data := withURL(5, "data:text/html,<script>alert(1)</script>")
	dir := t.TempDir()
	sinks := map[string]func(t *testing.T) Sink{
		"jsonl": func(t *testing.T) Sink {
			s, err := Open(context.Background(), "jsonl:"+filepath.Join(dir, "c.jsonl"), Options{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		"sqlite": func(t *testing.T) Sink { return openTestSQLite(t, filepath.Join(dir, "c.db"), Options{}) },
		"postgres": func(t *testing.T) Sink {
			u := sinkTestPGURL(t)
			return openTestPG(t, u, Options{PostgresSchema: sinkTestPGSchema(t, u)})
		},
	}
	for _, name := range []string{"jsonl", "sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			s := sinks[name](t)
			err := s.WriteClaims(context.Background(), []claim.Claim{good, js, local, label, data})
			var ce *ClaimError
			if !errors.As(err, &ce) || !errors.Is(err, ErrPermanent) || !errors.Is(err, claim.ErrInvalid) {
				t.Fatalf("WriteClaims = %v, want a permanent *ClaimError", err)
			}
			if !slices.Equal(ce.Indexes(), []int{1, 3, 4}) {
				t.Errorf("refused %v, want [1 3 4]", ce.Indexes())
			}
			if msg := err.Error(); !strings.Contains(msg, `scheme "javascript" not allowed`) || !strings.Contains(msg, js.ID) {
				t.Errorf("error does not say what and which: %s", msg)
			}
			if err := s.WriteClaims(context.Background(), []claim.Claim{good, local}); err != nil {
				t.Fatalf("http and file urls: %v", err)
			}
		})
	}
	b, err := os.ReadFile(filepath.Join(dir, "c.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "javascript:") || strings.Count(string(b), "\n") != 2 {
		t.Errorf("jsonl file holds:\n%s", b)
	}
}
