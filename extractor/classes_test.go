package extractor

import (
	"testing"
	"unicode"
)

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
			sets, sets2 := lx.classSets(), lx.classSets2()
			checkClassBits(t, "class", sets[:], func(w string) uint64 { return lx.info[w].cls })
			checkClassBits(t, "class2", sets2[:], func(w string) uint64 { return uint64(lx.info[w].cls2) })
		})
	}
}

// TestCyberCache checks that the per-token hasCyber (first-byte filter,
// then cache) answers what hasCyber answers, asked once or twice, for the
// stems themselves, words they start, and words they do not start.
func TestCyberCache(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lexs {
		t.Run(lang, func(t *testing.T) {
			if len(lx.cyber) == 0 {
				t.Skip("no cyber stems")
			}
			text := "the ministry said hackers 1998 ."
			for _, s := range lx.cyber {
				text += " " + s + "ique q" + s
			}
			toks := appendTokens(nil, text, 0, len(text))
			z := &analyzer{lx: lx, toks: toks, cyb: make([]int8, len(toks))}
			yes := 0
			for i := range toks {
				want := hasCyber(lx, toks[i].w)
				if want {
					yes++
				}
				for range 2 {
					if got := z.cyber(i); got != want {
						t.Errorf("token %q: cyber %v, want %v", toks[i].w, got, want)
					}
				}
			}
			if yes < len(lx.cyber) {
				t.Errorf("%d cyber tokens, want at least %d", yes, len(lx.cyber))
			}
		})
	}
}

// TestIsWordRuneASCII checks the ASCII fast path of isWordRune against the
// Unicode tables it stands for.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestIsWordRuneGeneralPunctuation checks isWordRune's answer for the
// General Punctuation block (U+2000–U+206F) against the Unicode tables.
func TestIsWordRuneGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r < 0x2070; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestByteInfo: the table of one-byte words answers what the word map
// answers, for every ASCII byte (the lexicon must not change info after
// building it).
func TestByteInfo(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lexs {
		known := 0
		for c := range lx.byteInfo {
			want := lx.info[string(rune(c))]
			if lx.byteInfo[c] != want {
				t.Errorf("%s %q: byteInfo %+v, info %+v", lang, rune(c), lx.byteInfo[c], want)
			}
			if want != (wordInfo{}) {
				known++
			}
		}
		if known == 0 {
			t.Errorf("%s: no one-byte word known to the lexicon", lang)
		}
	}
}

// TestKnownFilter: every word of the lexicon passes the filter that spares
// the map look-up, and the filter turns most other words away.
func TestKnownFilter(t *testing.T) {
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lexs {
		for w := range lx.info {
			if !lx.mayKnow(w) {
				t.Errorf("%s: %q is in info but not let through", lang, w)
			}
		}
		text := "Researchers at Mandiant linked Sandworm to the Kyivstar outage; Microsoft, Proofpoint and Recorded Future published telemetry about Volt Typhoon, Salt Typhoon, Charming Kitten, Kimsuky and Lazarus operations targeting Estonia, Latvia, Lithuania, Taiwan and Japan."
		passed, words := 0, 0
		for _, tok := range tokenize(text, 0, len(text)) {
			if _, ok := lx.info[tok.w]; !ok && tok.word {
				words++
				if lx.mayKnow(tok.w) {
					passed++
				}
			}
		}
		if passed*2 > words {
			t.Errorf("%s: %d of %d unknown words let through", lang, passed, words)
		}
	}
}

// checkClassBits compares, for every word of the sets and one word of none,
// bit c of bits(word) with the word's membership of sets[c].
func checkClassBits(t *testing.T, series string, sets []map[string]bool, bits func(string) uint64) {
	t.Helper()
	words := map[string]bool{"zzz-not-a-word": true}
	for _, set := range sets {
		for w := range set {
			words[w] = true
		}
	}
	for w := range words {
		b := bits(w)
		for c, set := range sets {
			if got, want := b&(1<<c) != 0, set[w]; got != want {
				t.Errorf("%q %s %d: bit %v, set %v", w, series, c, got, want)
			}
		}
	}
}
