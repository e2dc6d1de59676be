package eval_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/eval"
)

// sharedEval is ../shared/eval relative to the repository root; CI clones
// the repository with shared/ beside it.
const sharedEval = "../../../shared/eval"

func devGold(t *testing.T) []*eval.Gold {
	t.Helper()
	dir := filepath.Join(sharedEval, "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no dev set at %s (../shared/eval/dev from the repo root): %v", dir, err)
	}
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	return golds
}

// syntheticClaims derives claims from the gold ones with mistakes of every
// kind (claims dropped, extra accusers, names given as aliases, state and
// group kinds, dates at other precisions), so the parity test exercises
// every rule of the scorer, whatever the extractor does today.
func syntheticClaims(golds []*eval.Gold) []map[string]any {
	var out []map[string]any
	n := 0
	for gi, g := range golds {
		url := "file:///dev/" + g.ID + ".html"
		for _, c := range g.Claims {
			n++
			if n%4 == 0 {
				continue // a missed claim
			}
			m := map[string]any{"schema": claim.SchemaClaim, "article": map[string]any{"url": url}, "stance": "accusation"}
			if a := c.Accuser; a != "" {
				if len(a) == 2 && a == toUpper(a) {
					kinds := []string{"state", "agency", "official", "company"}
					m["accuser"] = map[string]any{"text": a, "name": "gov " + a, "kind": kinds[n%4], "country": a}
				} else {
					m["accuser"] = map[string]any{"text": a, "name": a, "kind": "company"}
				}
			}
			acc := map[string]any{}
			if c.AccusedState != "" {
				acc["country"] = c.AccusedState
				acc["kind"] = "state"
			}
			if c.AccusedGroup != "" {
				acc["name"] = c.AccusedGroup
				acc["kind"] = []string{"group", "agency", "government"}[n%3]
			}
			m["accused"] = acc
			var vs []any
			for i, v := range c.VictimCountries {
				if i%2 == 0 {
					vs = append(vs, map[string]any{"country": v})
				} else {
					vs = append(vs, v)
				}
			}
			m["victims"] = vs
			if c.ClaimDate != nil && n%5 != 0 {
				m["claim_date"] = c.ClaimDate
			}
			if p, ok := c.AttackPeriod.(map[string]any); ok && n%3 != 0 {
				m["attack_period"] = map[string]any{"start": p["from"], "end": p["to"]}
			}
			out = append(out, m)
		}
		if gi%3 == 0 {
			out = append(out, map[string]any{"article": map[string]any{"url": url},
				"accuser": map[string]any{"name": "Kaspersky Lab", "kind": "company", "country": "RU"},
				"accused": map[string]any{"text": "Fancy Bear", "kind": "group"},
				"victims": []any{"de"}, "claim_date": "2020-01-02", "attack_period": map[string]any{"from": "2015-03"}})
		}
	}
	return out
}

func toUpper(s string) string { return string(bytes.ToUpper([]byte(s))) }

func writeJSONL(t *testing.T, claims []map[string]any) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "claims.jsonl")
	var b bytes.Buffer
	for _, c := range claims {
		line, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	b.WriteString("{broken\n")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// assertParity scores the claims file with the Go scorer (score.py's alias
// table only) and with score.py, and wants the same output, byte for byte.
func assertParity(t *testing.T, golds []*eval.Gold, claimsPath string) {
	t.Helper()
	s, err := eval.NewScorer(eval.Options{NoDefaultAliases: true, AliasFiles: []string{filepath.Join(sharedEval, "aliases.json")}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(claimsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := s.ScoreClaims(f, golds)
	if err != nil {
		t.Fatal(err)
	}
	var goOut bytes.Buffer
	r.Format(&goOut, true)
	t.Logf("Go scorer:\n%s", goOut.String())
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: parity with score.py not checked")
	}
	cmd := exec.Command(py, filepath.Join(sharedEval, "score.py"), "--gold", filepath.Join(sharedEval, "dev"), "--claims", claimsPath, "--verbose")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pyOut, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v: %s", err, stderr.String())
	}
	if goOut.String() != string(pyOut) {
		t.Errorf("Go scorer and score.py differ.\nGo:\n%s\nscore.py:\n%s", goOut.String(), pyOut)
	}
}

func TestParitySynthetic(t *testing.T) {
	t.Parallel()
	golds := devGold(t)
	assertParity(t, golds, writeJSONL(t, syntheticClaims(golds)))
}

// TestParityExtractor scores the built-in extractor's claims on the dev set
// with both scorers.
func TestParityExtractor(t *testing.T) {
	t.Parallel()
	golds := devGold(t)
	x := newExtractor(t)
	var all []map[string]any
	for _, g := range golds {
		text, err := os.ReadFile(g.TextPath)
		if err != nil {
			t.Fatal(err)
		}
		a := eval.ArticleFromText(g.URL(), g.Lang, g.PublishedDate(), string(text))
		cs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatalf("%s: %v", g.ID, err)
		}
		js, err := eval.ToJSONClaims(cs)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range js {
			c["article"] = map[string]any{"url": fmt.Sprintf("file:///dev/%s.html", g.ID)}
			all = append(all, c)
		}
	}
	assertParity(t, golds, writeJSONL(t, all))
}
