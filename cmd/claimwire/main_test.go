package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrors: invalid flag values and stray arguments are usage
// errors (exit 2, message on stderr, nothing run); --help is an answer
// (usage on stdout, exit 0).
func TestUsageErrors(t *testing.T) {
	tmp := t.TempDir()
	noDB := "sqlite:" + filepath.Join(tmp, "none.db")
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // substring expected on stdout
		stderr     string // substring expected on stderr
		notStderr  string
		noStdout   bool
		notInOuput string
	}{
		{"export bad format", []string{"export", "--db", noDB, "--format", "xml"}, 2, "", `--format "xml": want stix, csv or jsonl`, "export: export:", true, ""},
		{"export bad status", []string{"export", "--db", noDB, "--status", "bogus"}, 2, "", `--status "bogus"`, "", true, ""},
		{"export bad date", []string{"export", "--db", noDB, "--from", "yesterday"}, 2, "", `"yesterday"`, "", true, ""},
		{"export stray arg", []string{"export", "--db", noDB, "extra"}, 2, "", `unexpected argument "extra"`, "", true, ""},
		{"replay bad since", []string{"replay", "--to", "jsonl:" + filepath.Join(tmp, "r.jsonl"), "--since", "garbage"}, 2, "", `since "garbage"`, "", true, ""},
		{"fetch without nats", []string{"fetch", "--once"}, 2, "", "--nats is required", "", true, ""},
		{"extract-worker without nats", []string{"extract-worker"}, 2, "", "--nats is required", "", true, ""},
		{"sink without nats", []string{"sink", "--to", "jsonl:" + filepath.Join(tmp, "s.jsonl")}, 2, "", "--nats is required", "", true, ""},
		{"bench negative", []string{"bench", "--articles", "-5"}, 2, "", "--articles -5: want a positive number", "", true, ""},
		{"bench zero", []string{"bench", "--articles", "0"}, 2, "", "--articles 0", "", true, ""},
		{"run stray arg", []string{"run", "--once", "--data-dir", tmp, "extra"}, 2, "", `unexpected argument "extra"`, "", true, ""},
		{"demo stray arg", []string{"demo", "extra"}, 2, "", `unexpected argument "extra"`, "", true, ""},
		{"serve bad proxy", []string{"serve", "--trusted-proxy", "10.0.0.0/99"}, 2, "", `--trusted-proxy "10.0.0.0/99"`, "", true, ""},
		{"serve bad public url", []string{"serve", "--public-url", "javascript:alert(1)"}, 1, "", `public url`, "", true, ""},
		{"serve require-auth without credentials", []string{"serve", "--require-auth"}, 1, "", `auth required but no credentials`, "", true, ""},
		{"extract javascript url", []string{"extract", "--url", "javascript:alert(1)", "-"}, 2, "", `scheme "javascript" not allowed`, "", true, ""},
		{"unknown flag", []string{"serve", "--bogus"}, 2, "", "flag provided but not defined", "", true, ""},
		{"serve help", []string{"serve", "--help"}, 0, "-db string", "", "", false, "-db run"},
		{"replay help", []string{"replay", "-h"}, 0, "-data-dir string", "", "", false, "-data-dir claimwire"},
		{"run help", []string{"run", "-help"}, 0, "-tables FILE", "", "", false, ""},
		{"top-level help", []string{"--help"}, 0, "Commands:", "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := realMain(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
			if tt.stdout != "" && !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tt.stdout)
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.stderr)
			}
			if tt.notStderr != "" && strings.Contains(stderr.String(), tt.notStderr) {
				t.Errorf("stderr %q contains %q", stderr.String(), tt.notStderr)
			}
			if tt.noStdout && stdout.Len() > 0 {
				t.Errorf("unexpected stdout %q", stdout.String())
			}
			if tt.code == 0 && stderr.Len() > 0 {
				t.Errorf("help wrote to stderr: %q", stderr.String())
			}
			if tt.notInOuput != "" && strings.Contains(stdout.String(), tt.notInOuput) {
				t.Errorf("usage renders %q:\n%s", tt.notInOuput, stdout.String())
			}
		})
	}
}

// TestNoDoubledPrefix: a package's own prefix equal to the command name is
// not repeated after "claimwire CMD:".
func TestNoDoubledPrefix(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := realMain([]string{"eval", "--gold", evalTestdata + "gold", "--cmd", `"unclosed`}, strings.NewReader(""), &stdout, &stderr)
	if code != 1 || strings.Contains(stderr.String(), "eval: eval:") || !strings.HasPrefix(stderr.String(), "claimwire eval: command") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
}

// TestRunBadWebAddr: a bad --web-addr fails before anything starts (no
// data dir, no embedded NATS store, no crawl).
func TestRunBadWebAddr(t *testing.T) {
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources.yaml")
	// A loopback source that is never reached: the run must stop first.
	if err := os.WriteFile(sources, []byte("allow_hosts: [127.0.0.1]\nsources:\n  - name: local\n    kind: rss\n    url: http://127.0.0.1:1/feed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	for _, addr := range []string{"bogus", "127.0.0.1:99999"} {
		t.Run(addr, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := realMain([]string{"run", "--once", "--sources", sources, "--data-dir", data, "--web-addr", addr}, strings.NewReader(""), &stdout, &stderr)
			if code != 1 || !strings.Contains(stderr.String(), addr) || strings.Contains(stderr.String(), "NATS (embedded)") {
				t.Fatalf("exit %d, stderr %q", code, stderr.String())
			}
			if _, err := os.Stat(data); !os.IsNotExist(err) {
				t.Errorf("data dir created before the address was checked: %v", err)
			}
		})
	}
}

// TestDemoNoDuplicatesAfterLostState: a demo data dir whose NATS state was
// lost (and whose fixture port changed) stores no claim twice: claim ids
// come from the pages' canonical URLs, not from the loopback port.
func TestDemoNoDuplicatesAfterLostState(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	count := func() int {
		b, err := os.ReadFile(filepath.Join(dir, "claims.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return strings.Count(string(b), "\n")
	}
	run := func() {
		var stdout, stderr bytes.Buffer
		if code := realMain([]string{"demo", "--data-dir", dir}, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("demo: exit %d: %s", code, stderr.String())
		}
	}
	run()
	first := count()
	if first == 0 {
		t.Fatal("demo stored no claims")
	}
	if err := os.RemoveAll(filepath.Join(dir, "nats")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "demo-site.addr")) // a new port too
	run()
	if got := count(); got != first {
		t.Errorf("%d claims after losing the NATS state, %d before", got, first)
	}
}
