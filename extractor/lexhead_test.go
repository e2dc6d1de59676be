package extractor

import (
	"encoding/json"
	"io/fs"
	"reflect"
	"testing"
)

// TestLexiconHeadIsUnmarshal: lexiconHead gives json.Unmarshal's lang and
// guess_words for every embedded lexicon (by the skim, not the fallback)
// and for documents of other shapes (duplicate keys, brackets and escapes
// in skipped strings, case-folded keys, nulls, bad JSON).
func TestLexiconHeadIsUnmarshal(t *testing.T) {
	t.Parallel()
	type head struct {
		Lang       string   `json:"lang"`
		GuessWords []string `json:"guess_words"`
	}
	var docs []string
	entries, err := fs.ReadDir(langFS, "lang")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := langFS.ReadFile("lang/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if e.Name()[len(e.Name())-5:] != ".json" {
			continue
		}
		var l string
		var w []string
		if !skimHead(data, &l, &w) {
			t.Errorf("%s: not read by the skim", e.Name())
		}
		docs = append(docs, string(data))
	}
	docs = append(docs, `{}`, ` { } `, `{"lang":"fr"}`, `{"guess_words":["a","b"],"lang":"en"}`,
		`{"lang":"fr","x":{"a":"}]\"{","b":[1,2,{"c":null}]},"guess_words":["le","la"],"lang":"en"}`,
		`{"guess_words":["a"],"guess_words":["b","c"]}`, `{"Lang":"fr"}`, `{"LANG":"fr","lang":"en"}`,
		`{"l\u0061ng":"fr"}`, `{"lang":null,"guess_words":null}`, `{"lang":"fr","n":-1.5e3,"t":true,"f":false}`,
		`{"lang":"fr",}`, `{"lang":"fr"} x`, `[]`, `{"lang":1}`, `{"lang":"fr"`, `{"x":"\\","lang":"f\"r"}`,
		`{"guess_words":["\u00e9t\u00e9","o\u00f9"]}`, "{\n\t\"lang\" : \"fr\" ,\r\n \"guess_words\" : [ \"le\" ] \n}\n")
	for _, d := range docs {
		var want head
		werr := json.Unmarshal([]byte(d), &want)
		lang, words, err := lexiconHead([]byte(d))
		if (err != nil) != (werr != nil) || err == nil && (lang != want.Lang || !reflect.DeepEqual(words, want.GuessWords)) {
			t.Errorf("%.60q: %q %q %v, json.Unmarshal %q %q %v", d, lang, words, err, want.Lang, want.GuessWords, werr)
		}
	}
}
