package extractor

import "testing"

// TestWordClassBits checks that the class bits recorded per word at load
// time answer exactly what the word sets answer, for the words of every set
// and for words of other sets (which must not carry a class they lack).
func TestWordClassBits(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lexs {
		t.Run(lang, func(t *testing.T) {
			sets := lx.classSets()
			words := map[string]bool{"zzz-not-a-word": true}
			for _, set := range sets {
				for w := range set {
					words[w] = true
				}
			}
			for w := range words {
				cls := lx.info[w].cls
				for c, set := range sets {
					if got, want := cls&(1<<c) != 0, set[w]; got != want {
						t.Errorf("%q class %d: bit %v, set %v", w, c, got, want)
					}
				}
			}
		})
	}
}

// TestCyberCache checks that the per-token cache of hasCyber gives the same
// answer asked once or twice.
func TestCyberCache(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	lx := lexs["en"]
	if lx == nil || len(lx.cyber) == 0 {
		t.Skip("no English cyber stems")
	}
	text := "the cyberattack hit the ministry"
	toks := appendTokens(nil, text, 0, len(text))
	z := &analyzer{lx: lx, toks: toks, cyb: make([]int8, len(toks))}
	for i := range toks {
		want := hasCyber(lx, toks[i].w)
		for range 2 {
			if got := z.cyber(i); got != want {
				t.Errorf("token %q: cyber %v, want %v", toks[i].w, got, want)
			}
		}
	}
	if !z.cyber(1) {
		t.Errorf("%q is not a cyber word", toks[1].w)
	}
}
