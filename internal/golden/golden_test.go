package golden

import (
	"fmt"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("same line\n", 500)
	for _, tc := range []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one changed line among many", long + "old\n" + long, long + "new\n" + long, "-501: old\n+501: new"},
		{"added", "a\nc\n", "a\nb\nc\n", "+2: b"},
		{"removed", "a\nb\nc\n", "a\nc\n", "-2: b"},
		{"final newline", "a\n", "a", "(the lines are equal; the files differ in line endings or the final newline: 2 vs 1 bytes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Diff(tc.want, tc.got); got != tc.diff {
				t.Errorf("Diff = %q, want %q", got, tc.diff)
			}
		})
	}
	many := Diff(strings.Repeat("a\n", 100), strings.Repeat("b\n", 100))
	if n := strings.Count(many, "\n"); n != maxLines || !strings.HasSuffix(many, "… and 160 more differing lines") {
		t.Errorf("%d lines shown: %q", n, many[len(many)-60:])
	}
}

// TestCheckFailsWithOnlyTheDiff: a golden mismatch fails the test and the
// message holds the differing line, not the whole file.
func TestCheckFailsWithOnlyTheDiff(t *testing.T) {
	t.Parallel()
	path := t.TempDir() + "/x.golden"
	long := strings.Repeat("unchanged\n", 200)
	Check(t, path, []byte(long+"before\n"), true)
	rec := &recorder{TB: t}
	Check(rec, path, []byte(long+"after\n"), false)
	if !rec.failed || !strings.Contains(rec.msg, "-201: before\n+201: after") || strings.Contains(rec.msg, "unchanged") {
		t.Errorf("failed %v, message %q", rec.failed, rec.msg)
	}
}

type recorder struct {
	testing.TB
	failed bool
	msg    string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failed = true
	r.msg = fmt.Sprintf(format, args...)
}
