package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDataFlagsEveryCommand: every command that extracts takes --tables and
// --lexicon, and a bad file stops it with the file and line before any work
// (no NATS connection, no data dir).
func TestDataFlagsEveryCommand(t *testing.T) {
	dir := t.TempDir()
	badLex := filepath.Join(dir, "xx.json")
	if err := os.WriteFile(badLex, []byte("{\n  \"lang\": \"xx\",\n  \"acuse\": [\"blamed\"]\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	badTable := filepath.Join(dir, "groups.tsv")
	if err := os.WriteFile(badTable, []byte("# mine\ngroup\tFrosty Mole\tRU\t-\tFrosty Mole|=FMOLE\ngroup\tFrosty Mole\tRU\t-\t=FMOLE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("Le gouvernement a accusé la Russie.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// run's sources are on loopback and never reached: the check comes first
	sources := filepath.Join(dir, "sources.yaml")
	if err := os.WriteFile(sources, []byte("allow_hosts: [127.0.0.1]\nsources:\n  - name: local\n    kind: rss\n    url: http://127.0.0.1:1/feed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	commands := map[string][]string{
		"extract":        {"extract", text},
		"eval":           {"eval", "--gold", evalTestdata + "gold"},
		"run":            {"run", "--once", "--sources", sources, "--data-dir", "DATA", "--web-addr", ""},
		"extract-worker": {"extract-worker", "--nats", "nats://127.0.0.1:1"},
		"bench":          {"bench", "--articles", "1", "--data-dir", "DATA"},
	}
	for name, args := range commands {
		t.Run(name+" help", func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := realMain([]string{name, "--help"}, strings.NewReader(""), &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			for _, f := range []string{"-tables FILE", "-lexicon FILE"} {
				if !strings.Contains(stdout.String(), f) {
					t.Errorf("usage lacks %q:\n%s", f, stdout.String())
				}
			}
		})
		for flag, want := range map[string]string{
			"--lexicon": badLex + `:3: unknown key "acuse"`,
			"--tables":  badTable + `:3: duplicate entry "=FMOLE" (first at line 2)`,
		} {
			file := badLex
			if flag == "--tables" {
				file = badTable
			}
			t.Run(name+" "+flag, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				data := filepath.Join(t.TempDir(), "data")
				argv := append(append([]string{}, args[:1]...), flag, file)
				for _, a := range args[1:] {
					if a == "DATA" {
						a = data
					}
					argv = append(argv, a)
				}
				code := realMain(argv, strings.NewReader(""), &stdout, &stderr)
				if code != 1 || !strings.Contains(stderr.String(), want) {
					t.Fatalf("exit %d, stderr %q; want it to contain %q", code, stderr.String(), want)
				}
				if _, err := os.Stat(data); !os.IsNotExist(err) {
					t.Errorf("data dir created before the files were checked: %v", err)
				}
			})
		}
	}
}
