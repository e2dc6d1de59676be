// Package golden compares test output with golden files and, when they
// differ, shows only the lines that differ (with their line numbers), not
// two whole files. It is imported by tests only.
package golden

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// maxLines caps the differing lines shown; the rest are counted.
const maxLines = 40

// Diff returns the lines that differ between want and got, "-N: line" for a
// line of want (N its line number in want) and "+N: line" for a line of
// got, in file order; "" when they are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := splitLines(want), splitLines(got)
	// common prefix and suffix need no alignment
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	var out []string
	if len(ma)*len(mb) > 4_000_000 {
		// too big to align: every line of the differing middle
		for i, l := range ma {
			out = append(out, fmt.Sprintf("-%d: %s", pre+i+1, l))
		}
		for j, l := range mb {
			out = append(out, fmt.Sprintf("+%d: %s", pre+j+1, l))
		}
	} else {
		out = lcsDiff(ma, mb, pre)
	}
	if len(out) == 0 {
		// same lines, different line endings or final newline
		return fmt.Sprintf("(the lines are equal; the files differ in line endings or the final newline: %d vs %d bytes)", len(want), len(got))
	}
	more := ""
	if len(out) > maxLines {
		more = fmt.Sprintf("\n… and %d more differing lines", len(out)-maxLines)
		out = out[:maxLines]
	}
	return strings.Join(out, "\n") + more
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// lcsDiff aligns a and b on a longest common subsequence of lines.
func lcsDiff(a, b []string, offset int) []string {
	n, m := len(a), len(b)
	// l[i][j]: LCS length of a[i:] and b[j:]
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			i++
			j++
		case i < n && (j == m || l[i+1][j] >= l[i][j+1]):
			out = append(out, fmt.Sprintf("-%d: %s", offset+i+1, a[i]))
			i++
		default:
			out = append(out, fmt.Sprintf("+%d: %s", offset+j+1, b[j]))
			j++
		}
	}
	return out
}

// Check compares got with the golden file at path. With update it writes
// got to path instead. A difference fails the test with the differing lines
// only.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if d := Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs from the output (- golden, + got; review, then go test -update):\n%s", path, d)
	}
}
