package normalizer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// findTexts are texts whose mentions the fast paths of Find must not
// change: the benchmark texts, the repository's own fixture articles and
// short phrases with ambiguous names, IDs and naming rules.
func findTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"Winnti and Hidden Cobra hit la Corée; APT40 (G0065), Volt Typhoon, Linen Typhoon, Storm-0558.",
		"aux Etats-Unis, en Autriche, L’ANSSI accuse APT28 (Fancy Bear) et les U.S.A.",
		"Jordan Smith met the Kremlin in U.S. and UK; the White House said.",
	}
	var files []string
	for _, pat := range []string{"testdata/bench_*.txt", "../fixtures/articles/*.txt", "../fixtures/eval-own/*/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d text files found", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestFirstWordFilter: the first-word filter and the solo and pair filters
// behind it only skip trie walks that find nothing. find with every filter
// bit set (a walk at every word start, as before the filters) gives the
// same mentions in every language.
func TestFirstWordFilter(t *testing.T) {
	t.Parallel()
	n, err := New(Options{}) // its own: the filters are replaced below
	if err != nil {
		t.Fatal(err)
	}
	texts := findTexts(t)
	langs := append(n.Langs(), "")
	want := map[string][]Mention{}
	for _, text := range texts {
		for _, lang := range langs {
			want[lang+"\x00"+text] = n.Find(text, lang)
		}
	}
	var all wordFilter
	for i := range all {
		all[i] = ^uint64(0)
	}
	for i := range n.firstWords {
		n.firstWords[i], n.soloWords[i], n.pairWords[i] = &all, &all, &all
	}
	for _, text := range texts {
		for _, lang := range langs {
			if got := n.Find(text, lang); !reflect.DeepEqual(got, want[lang+"\x00"+text]) {
				t.Fatalf("lang %q: the filter changed the mentions of %.60q…:\n got %+v\nwant %+v", lang, text, got, want[lang+"\x00"+text])
			}
		}
	}
}

// TestAppendFind: AppendFind gives Find's mentions after dst, and Find and
// Resolve still give entities whose IDs the caller may change.
func TestAppendFind(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	for _, text := range findTexts(t) {
		for _, lang := range []string{"en", "fr", ""} {
			want := n.Find(text, lang)
			dst := []Mention{{Text: "kept"}}
			got := n.AppendFind(dst, text, lang)
			if got[0].Text != "kept" || len(got) != 1+len(want) || len(want) > 0 && !reflect.DeepEqual(got[1:], want) {
				t.Fatalf("lang %q: AppendFind differs from Find on %.60q…", lang, text)
			}
		}
	}
	e, ok := n.Resolve("Winnti", "en")
	if !ok || len(e.Candidates) == 0 {
		t.Fatalf("Resolve(Winnti): %+v", e)
	}
	for i := range e.Candidates {
		for k := range e.Candidates[i].IDs {
			e.Candidates[i].IDs[k] = "X"
		}
	}
	if e, ok := n.Resolve("APT40", "en"); ok {
		e.IDs["mitre"] = "X"
	}
	for _, text := range []string{"Winnti", "APT40"} {
		for _, m := range n.AppendFind(nil, text, "en") {
			for _, c := range append(m.Entity.Candidates, m.Entity) {
				for k, v := range c.IDs {
					if v == "X" {
						t.Fatalf("%s: %s's IDs[%s] changed through a returned entity", text, c.Name, k)
					}
				}
			}
		}
	}
}
