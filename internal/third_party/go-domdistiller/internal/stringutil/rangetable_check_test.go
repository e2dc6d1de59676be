package stringutil

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/rangetable"
)

func TestCreateRangeTableSameRunes(t *testing.T) {
	for _, pairs := range []string{"azAZ09__\u00C0\u1FFF\uAC00\uD7AF", "\u3040\uA4CF", "azAZ09__\u00C0\u1FFF"} {
		rp := []rune(pairs)
		var all []rune
		for i := 0; i < len(rp); i += 2 {
			for r := rp[i]; r <= rp[i+1]; r++ {
				all = append(all, r)
			}
		}
		want := rangetable.New(all...)
		got := createRangeTable([]rune(pairs))
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(want, r) != unicode.Is(got, r) {
				t.Fatalf("%q: rune %U differs", pairs, r)
			}
		}
	}
}
