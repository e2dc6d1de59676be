package extractor

import (
	"slices"
	"testing"
)

// refMatchAll is matchAll as it was before word ids and the second-word
// index (issue 11): every phrase of the first word, in order, compared
// word by word as strings. The fast one must find the same matches.
func refMatchAll(lx *lexicon, toks []token, lo, hi int) []match {
	var out []match
	for i := lo; i < hi; i++ {
		ps := lx.byFirst[toks[i].w]
		var seen [nCats]bool
		for _, p := range ps {
			if seen[p.cat] {
				continue
			}
			if j, ok := refMatchAt(p.words, toks, i, hi); ok {
				seen[p.cat] = true
				out = append(out, match{i: i, j: p.verbEnd(i, j), cat: p.cat})
			}
		}
	}
	return out
}

func refMatchAt(words []string, toks []token, i, hi int) (int, bool) {
	if len(words) == 0 {
		return i, true
	}
	if words[0] == "*" {
		n := maxGap // a tail of three words or more allows the long gap
		if tail := words[1:]; len(tail) >= 3 && !slices.Contains(tail, "*") {
			n = maxLongGap
		}
		for g := 0; g <= n && i+g <= hi; g++ {
			if j, ok := refMatchAt(words[1:], toks, i+g, hi); ok {
				return j, true
			}
		}
		return 0, false
	}
	if i >= hi || toks[i].w != words[0] {
		return 0, false
	}
	return refMatchAt(words[1:], toks, i+1, hi)
}

// TestMatchAllMatchesReference: on every fixture article, whole and cut
// into sentences, and on each lexicon phrase written out alone, matchAll
// finds what the string-by-string reference finds.
func TestMatchAllMatchesReference(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := fixtureTexts(t)
	for lang, lx := range lexs {
		t.Run(lang, func(t *testing.T) {
			cases := slices.Clone(texts)
			for _, ps := range lx.byFirst {
				for _, p := range ps {
					cases = append(cases, joinWords(p.words, "x y"))
					cases = append(cases, joinWords(p.words, ""))
				}
			}
			n := 0
			for _, text := range cases {
				toks := tokenize(text, 0, len(text))
				info := make([]wordInfo, len(toks))
				for i := range toks {
					info[i] = lx.info[toks[i].w]
				}
				spans := [][2]int{{0, len(toks)}}
				for _, sp := range segment(text, lx) {
					a, _ := slices.BinarySearchFunc(toks, sp.start, func(tk token, s int) int { return tk.start - s })
					b, _ := slices.BinarySearchFunc(toks, sp.end, func(tk token, e int) int { return tk.start - e })
					spans = append(spans, [2]int{a, b})
				}
				for _, sp := range spans {
					got := lx.matchAll(toks, info, sp[0], sp[1], nil)
					want := refMatchAll(lx, toks, sp[0], sp[1])
					n += len(want)
					if !slices.Equal(got, want) {
						t.Fatalf("%.60q tokens [%d, %d): matches %v, reference %v", text, sp[0], sp[1], got, want)
					}
				}
			}
			if n == 0 {
				t.Fatal("no match at all")
			}
		})
	}
}

// joinWords writes a phrase's words with gapFill for each gap.
func joinWords(ws []string, gapFill string) string {
	out := ""
	for i, w := range ws {
		if w == "*" {
			w = gapFill
		}
		if i > 0 {
			out += " "
		}
		out += w
	}
	return out
}
