package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/internal/golden"
)

// evalTestdata is the scorer's hand-checked test set (internal/eval/testdata).
const evalTestdata = "../../internal/eval/testdata/"

func TestEvalCommand(t *testing.T) {
	var out, errb bytes.Buffer
	code := realMain([]string{"eval", "--gold", evalTestdata + "gold", "--claims", evalTestdata + "claims.jsonl"}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want, err := os.ReadFile(evalTestdata + "expected.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d := golden.Diff(string(want), out.String()); d != "" {
		t.Errorf("output differs from expected.txt (- want, + got):\n%s", d)
	}

	out.Reset()
	code = realMain([]string{"eval", "--gold", evalTestdata + "gold", "--claims", evalTestdata + "claims.jsonl", "--json", "--verbose"}, strings.NewReader(""), &out, &errb)
	var sum struct {
		Slots  map[string]struct{ TP, FP, FN int }
		Misses []struct{ ID string }
	}
	if code != 0 || json.Unmarshal(out.Bytes(), &sum) != nil {
		t.Fatalf("--json: exit %d: %s", code, out.String())
	}
	if a := sum.Slots["accusers"]; a.TP != 2 || a.FP != 3 || a.FN != 3 || len(sum.Misses) != 9 {
		t.Errorf("--json: %+v", sum)
	}
}

func TestEvalCommandErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no gold", []string{"eval"}, 2, "--gold DIR is required"},
		{"missing dir", []string{"eval", "--gold", "/nonexistent/gold-dir"}, 1, "/nonexistent/gold-dir"},
		{"not a dir", []string{"eval", "--gold", evalTestdata + "expected.txt"}, 1, "not a directory"},
		{"cmd and claims", []string{"eval", "--gold", evalTestdata + "gold", "--cmd", "x", "--claims", "y"}, 2, "exclusive"},
		{"bad aliases", []string{"eval", "--gold", evalTestdata + "gold", "--aliases", "/nonexistent/aliases.json"}, 1, "aliases.json"},
		{"help", []string{"eval", "--help"}, 0, "Usage: claimwire eval"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := realMain(c.args, strings.NewReader(""), &out, &errb)
			got := errb.String()
			if c.code == 0 {
				got = out.String() // --help answers on stdout
			}
			if code != c.code || !strings.Contains(got, c.msg) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, c.code, errb.String(), c.msg)
			}
		})
	}
}

// TestEvalCommandFailures: an extractor command that fails everywhere is an
// error (exit 1), one that fails somewhere a warning; a claims file naming
// no gold article is a warning.
func TestEvalCommandFailures(t *testing.T) {
	claims := t.TempDir() + "/c.jsonl"
	os.WriteFile(claims, []byte(`{"article":{"url":"https://x.example/zz-001.html"}}`+"\n"), 0o644)
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
		stdout string
	}{
		{"all fail", []string{"--cmd", "false"}, 1, `--cmd "false" failed on all`, ""},
		{"some fail", []string{"--cmd", `sh -c 'case "$*" in *901*) echo boom >&2; exit 3;; esac' sh`}, 0, "warning: --cmd failed on 1 of", "errors=1"},
		{"no claim matches", []string{"--claims", claims}, 0, "warning: none of the 1 claims", "articles="},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := realMain(append([]string{"eval", "--gold", evalTestdata + "gold"}, c.args...), strings.NewReader(""), &out, &errb)
			if code != c.code || !strings.Contains(errb.String(), c.stderr) || !strings.Contains(out.String(), c.stdout) {
				t.Errorf("exit %d (want %d)\nstderr %q (want %q)\nstdout %q", code, c.code, errb.String(), c.stderr, out.String())
			}
		})
	}
}
