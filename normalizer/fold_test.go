package normalizer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRef is fold written rune by rune, with no fast path: the
// specification the ASCII loop of fold must keep.
func foldRef(text string) ([]byte, []int32) {
	loadRuneFold()
	var b []byte
	var offs []int32
	lastSpace := true
	put := func(s string, i int) {
		for j := 0; j < len(s); j++ {
			if s[j] == foldSpace {
				if lastSpace {
					continue
				}
				lastSpace = true
			} else {
				lastSpace = false
			}
			b = append(b, s[j])
			offs = append(offs, int32(i))
		}
	}
	for i, r := range text {
		switch s, ok := runeFold[r]; {
		case r < utf8.RuneSelf:
			put(string(asciiFold[r]), i)
		case ok:
			put(s, i)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			put(string(unicode.ToLower(r)), i)
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		case unicode.IsSpace(r):
			put(" ", i)
		default:
			put(string(rune(foldOther)), i)
		}
	}
	return b, append(offs, int32(len(text)))
}

// TestFoldFastPath compares fold with foldRef on texts whose folds grow
// (Ⱥ: 2 bytes → 3, œ, ß) so that the ASCII loop runs out of the room sized
// for the text and must grow the buffers, with reused and empty buffers.
func TestFoldFastPath(t *testing.T) {
	pieces := []string{"a", "B", " ", "  ", "-", "\t", "\n", "Ⱥ", "ȺȺȺȺ", "œ", "ß", "é", "e\u0301", "’", "\u00a0", "\u200b", "«", "—", "x1", "Zz", "DGSI", "l’ANSSI", "日本",
		// Latin-1's upper half (latin1Fold), × and ÷, a lead byte alone
		"é", "À", "ß", "Þ", "×", "÷", "ÿ", "\xc3", "\xc3x"}
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []string{"", " ", "a", "ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ" + strings.Repeat("x", 40), strings.Repeat("Ⱥ", 100) + strings.Repeat("a b ", 100)}
	for n := 0; n < 400; n++ {
		var sb strings.Builder
		for k := rng.IntN(60); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, sb.String())
	}
	var reused folded
	for _, text := range cases {
		wantB, wantO := foldRef(text)
		for _, f := range []*folded{{}, &reused, {b: make([]byte, 0, 3), offs: make([]int32, 0, 2)}} {
			f.fold(text)
			if !slices.Equal(f.b, wantB) || !slices.Equal(f.offs, wantO) {
				t.Fatalf("fold(%q) = %q %v, want %q %v", text, f.b, f.offs, wantB, wantO)
			}
		}
	}
}
