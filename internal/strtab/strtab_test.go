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

// TestGetOneByteOff: a key of every length up to 24 with one byte
// changed, at any position, is not found (Get compares keys of 4 to 16
// bytes as two overlapping words).
func TestGetOneByteOff(t *testing.T) {
	m := map[string]int{}
	for n := 1; n <= 24; n++ {
		m[strings.Repeat("abcdefgh", 3)[:n]] = n
	}
	tab := New(m)
	for k := range m {
		for i := 0; i < len(k); i++ {
			b := []byte(k)
			b[i] ^= 0x01
			if got, want := tab.Get(string(b)), m[string(b)]; got != want {
				t.Fatalf("Get(%q) = %d, map %d", b, got, want)
			}
		}
		if tab.Get(k) != m[k] {
			t.Fatalf("Get(%q) = %d, want %d", k, tab.Get(k), m[k])
		}
	}
}
