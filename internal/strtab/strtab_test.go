package strtab

import (
	"fmt"
	"strings"
	"testing"
)

// TestGetMatchesMap: every key, and keys it lacks (prefixes, suffixes,
// other cases, the empty string, long strings), answer as the map does.
func TestGetMatchesMap(t *testing.T) {
	for _, n := range []int{0, 1, 5, 300, 5000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			m := map[string]int{}
			for i := 0; i < n; i++ {
				m[fmt.Sprintf("w%d-%s", i, strings.Repeat("é", i%13))] = i + 1
			}
			tab := New(m)
			if tab == nil {
				t.Fatal("no table")
			}
			probe := []string{"", "w", strings.Repeat("a", 300), "W0-"}
			for k := range m {
				probe = append(probe, k, k+"s", k[:len(k)-1], strings.ToUpper(k))
			}
			for _, k := range probe {
				if got, want := tab.Get(k), m[k]; got != want {
					t.Fatalf("Get(%q) = %d, map %d", k, got, want)
				}
			}
		})
	}
}

func TestNewRefusesTooMany(t *testing.T) {
	m := make(map[string]bool, Max+1)
	for i := 0; i <= Max; i++ {
		m[fmt.Sprint(i)] = true
	}
	if New(m) != nil {
		t.Fatalf("a table of %d keys: want nil (16-bit indices)", len(m))
	}
}
