package normalizer

import (
	"math/rand/v2"
	"reflect"
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

// wordsRef lists the words of a folded text as find scanned them before
// foldWords: every maximal run of word bytes, hashed byte by byte.
func wordsRef(b []byte) []foldWord {
	var ws []foldWord
	for i := 0; i < len(b); {
		if !isWordByte(b[i]) {
			i++
			continue
		}
		w, h := i, uint32(wordHashInit)
		for w < len(b) && isWordByte(b[w]) {
			h = wordHashStep(h, b[w])
			w++
		}
		ws = append(ws, foldWord{start: int32(i), end: int32(w), h: h})
		i = w
	}
	return ws
}

// TestFoldWords: foldWords folds as fold does and, with no filter, lists
// exactly the words
// a scan of the folded bytes finds, with their hashes, on the random texts
// of TestFoldFastPath (folds that grow past the room, combining accents,
// vanishing runes inside words, invalid bytes) and on every fixture text,
// with new, reused and too small buffers.
func TestFoldWords(t *testing.T) {
	pieces := []string{"a", "B", " ", "  ", "-", "\t", "\n", "Ⱥ", "ȺȺȺȺ", "œ", "ß", "é", "e\u0301", "’", "\u00a0", "\u200b", "\u00ad", "«", "—", "x1", "Zz", "DGSI", "l’ANSSI", "日本",
		"é", "À", "ß", "Þ", "×", "÷", "ÿ", "\xc3", "\xc3x", "ʼ", "état", "Ü", "_", "`", "a'b", "9"}
	rng := rand.New(rand.NewPCG(3, 4))
	cases := []string{"", " ", "a", "é", "aé", "éa", "ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ" + strings.Repeat("x", 40), strings.Repeat("Ⱥ", 100) + strings.Repeat("a b ", 100),
		strings.Repeat("Ⱥa", 300), strings.Repeat("ȺȺ", 40) + strings.Repeat("abc", 100)}
	// every rune of Latin-1's upper half inside, before, after and
	// between words
	for r := rune(0xC0); r <= 0xFF; r++ {
		c := string(r)
		cases = append(cases, c, "a"+c, c+"b", "a"+c+"b", c+c, "x "+c+" y", "Ab"+c+"Cd"+c+c+"e")
	}
	for n := 0; n < 2000; n++ {
		var sb strings.Builder
		for k := rng.IntN(80); k >= 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, sb.String())
	}
	cases = append(cases, findTexts(t)...)
	var reused folded
	for _, text := range cases {
		var want folded
		want.fold(text)
		wantW := wordsRef(want.b)
		for _, f := range []*folded{{}, &reused, {b: make([]byte, 0, 3), offs: make([]int32, 0, 2)}} {
			f.foldWords(text, nil)
			if !slices.Equal(f.b, want.b) || !slices.Equal(f.offs, want.offs) {
				t.Fatalf("foldWords(%q) = %q %v, want %q %v", text, f.b, f.offs, want.b, want.offs)
			}
			if !slices.Equal(f.words, wantW) {
				t.Fatalf("foldWords(%q) words = %v, want %v", text, f.words, wantW)
			}
		}
	}
}

// TestFoldWordsFiltered: with a language's first-word filter, foldWords
// lists the words of the unfiltered list whose hash is in the filter or
// whose first byte in the text is an ASCII capital, and find gives the
// same mentions from that list as from every word (the scan before it),
// in every language, on the fixture texts and short phrases.
func TestFoldWordsFiltered(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	texts := append(findTexts(t), "état Él Ïle l’ANSSI États-Unis DGSI de la France", "Ⱥb Cc dd", "x")
	for _, text := range texts {
		for _, lang := range append(n.Langs(), "") {
			lang = n.useLang(lang)
			fw := n.firstWords[n.langIndex(lang)]
			var all, some folded
			all.foldWords(text, nil)
			some.foldWords(text, fw)
			var want []foldWord
			for _, w := range all.words {
				if c := text[all.offs[w.start]]; c >= 'A' && c <= 'Z' || fw.has(wordHashEnd(w.h)) {
					want = append(want, w)
				}
			}
			if !slices.Equal(some.words, want) {
				t.Fatalf("lang %q, %.60q…: words %v, want %v", lang, text, some.words, want)
			}
			got, ref := n.find(text, &some, lang, nil), n.find(text, &all, lang, nil)
			if !reflect.DeepEqual(got, ref) {
				t.Fatalf("lang %q, %.60q…: mentions\n got %+v\nwant %+v", lang, text, got, ref)
			}
		}
	}
}

// FuzzFoldWords: on any text, foldWords folds as fold does and lists the
// words of a scan of its output.
func FuzzFoldWords(f *testing.F) {
	for _, s := range []string{"", "a b", "Ab  cd", "l’ANSSI a-b c_d", "é a", "x \u00ad y", "ȺȺ a b c", "a\xc3 b", "A, b. C ; d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var want, got folded
		want.fold(text)
		got.foldWords(text, nil)
		if !slices.Equal(got.b, want.b) || !slices.Equal(got.offs, want.offs) || !slices.Equal(got.words, wordsRef(want.b)) {
			t.Fatalf("foldWords(%q) differs from fold and its scan", text)
		}
	})
}
