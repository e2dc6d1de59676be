package dates

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestStemStarts(t *testing.T) {
	tests := []struct {
		name  string
		stems []string
		in    string // bytes that must be in the set
		out   string // bytes that must not
	}{
		{"letters", []string{"attack", "pirat", "hack"}, "aph", "bzA0"},
		{"high bytes", []string{"\xc3\xa9", "\xff"}, "\xc3\xff", "\xc2e"},
		{"empty stem starts everything", []string{""}, "a\x00\xff", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s stemStarts
			s.add(tc.stems)
			for i := 0; i < len(tc.in); i++ {
				if !s.has(tc.in[i]) {
					t.Errorf("byte %q not in the set", tc.in[i])
				}
			}
			for i := 0; i < len(tc.out); i++ {
				if s.has(tc.out[i]) {
					t.Errorf("byte %q in the set", tc.out[i])
				}
			}
		})
	}
}

// TestStemPositionsFiltered: the first-byte index of stemPositions skips no
// word a stem starts, on the embedded lexicons and on stem lists with
// one-byte and empty stems, over the benchmark article and random words.
func TestStemPositionsFiltered(t *testing.T) {
	p := newParserT(t)
	texts := []string{benchArticle, "a ab abc b bc x xyz 1 l'attaque d'un pirate hackers accusés a b"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 200; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			for l := 1 + rng.IntN(6); l > 0; l-- {
				b.WriteByte("abcdehiklmnoprstuyé"[rng.IntN(19)])
			}
			b.WriteByte(' ')
		}
		texts = append(texts, b.String())
	}
	lexicons := []*lexicon{p.all}
	for _, lx := range p.langs {
		lexicons = append(lexicons, lx)
	}
	for _, stems := range [][]string{{"a", "pir", "hack"}, {"", "zz"}, {"b", "bc", "x"}} {
		lx := &lexicon{attackStems: stems, claimStems: []string{"accus", "s"}, bgStems: []string{"ab"}}
		lx.indexStems()
		lexicons = append(lexicons, lx)
	}
	naive := func(m *matcher, stems []string) []int {
		var out []int
		for i, tk := range m.t.toks {
			if tk.kind != tokWord {
				continue
			}
			for _, st := range stems {
				if strings.HasPrefix(m.t.folded(i), st) {
					out = append(out, i)
					break
				}
			}
		}
		return out
	}
	for _, lx := range lexicons {
		for _, text := range texts {
			var tk tokens
			tk.tokenize(text)
			m := &matcher{lx: lx, t: &tk}
			at, cl, bg := m.stemPositions(true)
			if !slices.Equal(at, naive(m, lx.attackStems)) || !slices.Equal(cl, naive(m, lx.claimStems)) || !slices.Equal(bg, naive(m, lx.bgStems)) {
				t.Fatalf("stems %v %v %v on %.60q: got %v %v %v, want %v %v %v", lx.attackStems, lx.claimStems, lx.bgStems, text,
					at, cl, bg, naive(m, lx.attackStems), naive(m, lx.claimStems), naive(m, lx.bgStems))
			}
		}
	}
}
