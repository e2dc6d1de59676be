package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractPoolOrdered checks that the worker pool changes nothing but the
// speed: many files (the repository's fixture articles, each copied several
// times, with unreadable ones among them) give byte for byte the output of
// one worker, and of one process per file, in the order given.
func TestExtractPoolOrdered(t *testing.T) {
	src, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(src) == 0 {
		t.Fatalf("no fixture articles: %v", err)
	}
	dir := t.TempDir()
	var names []string
	for i := 0; i < 120; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		switch i % 41 {
		case 7: // missing: an error on stderr, the run goes on
		case 19:
			if err := os.WriteFile(p, []byte("\x00\x01binary"), 0o644); err != nil {
				t.Fatal(err)
			}
		default:
			b, err := os.ReadFile(src[i%len(src)])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		names = append(names, p)
	}
	run := func(args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		code := realMain(append([]string{"extract"}, args...), strings.NewReader(""), &out, &errb)
		return out.String(), errb.String(), code
	}
	seqOut, seqErr, seqCode := run(append([]string{"--jobs", "1"}, names...)...)
	if seqCode == 0 || strings.Count(seqOut, "\n") < 50 {
		t.Fatalf("sequential run: exit %d, %d claims; want a failure exit and many claims", seqCode, strings.Count(seqOut, "\n"))
	}
	for _, jobs := range []string{"2", "8", "64"} {
		t.Run("jobs="+jobs, func(t *testing.T) {
			out, errs, code := run(append([]string{"--jobs", jobs}, names...)...)
			if out != seqOut {
				t.Errorf("output differs from one worker's (%d vs %d bytes)", len(out), len(seqOut))
			}
			if code != seqCode || errLines(errs) != errLines(seqErr) {
				t.Errorf("exit %d, stderr\n%s\nwant exit %d, stderr\n%s", code, errs, seqCode, seqErr)
			}
		})
	}
	t.Run("one process per file", func(t *testing.T) {
		var all strings.Builder
		for _, n := range names[:30] {
			out, _, _ := run(n)
			all.WriteString(out)
		}
		out, _, _ := run(append([]string{"--jobs", "8"}, names[:30]...)...)
		if out != all.String() {
			t.Errorf("pool output differs from one run per file")
		}
	})
}

// errLines keeps the per-file error lines, in order (log lines from workers
// may interleave differently).
func errLines(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "claimwire extract:") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}
