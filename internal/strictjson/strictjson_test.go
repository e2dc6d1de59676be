package strictjson

import (
	"strings"
	"testing"
)

type inner struct {
	Unit   string `json:"unit"`
	Offset int    `json:"offset"`
}

type doc struct {
	Lang    string              `json:"lang"`
	Words   []string            `json:"words"`
	Lists   [][]string          `json:"lists"`
	Periods map[string]inner    `json:"periods"`
	Kinds   map[string][]string `json:"kinds"`
	Flag    bool                `json:"flag"`
}

var allowed = map[string][]string{"kinds": {"strong", "weak"}}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, data, want string // want: "" for success, else a substring of the error
	}{
		{"valid", "{\n\"lang\": \"xx\",\n\"words\": [\"a\", \"b\"],\n\"lists\": [[\"a\"], [\"a\"]],\n\"periods\": {\"last year\": {\"unit\": \"year\", \"offset\": -1}},\n\"kinds\": {\"strong\": [\"x\"]}\n}", ""},
		{"same word in two lists", "{\"words\": [\"a\"],\n\"lists\": [[\"a\", \"b\"], [\"b\"]]}", ""},
		{"unknown top-level key", "{\n\"lang\": \"xx\",\n\"wrods\": []\n}", `f.json:3: unknown key "wrods" in the top-level object (known: flag, kinds, lang, lists, periods, words)`},
		{"unknown nested struct key", "{\"periods\": {\n\"last year\": {\"unit\": \"year\",\n \"ofset\": 1}}}", `f.json:3: unknown key "ofset" in "periods.last year"`},
		{"unknown key of a closed map", "{\"kinds\": {\"strong\": [],\n\"medium\": []}}", `f.json:2: unknown key "medium" in "kinds" (known: strong, weak)`},
		{"duplicate key", "{\n\"lang\": \"xx\",\n\n\"lang\": \"yy\"\n}", `f.json:4: duplicate key "lang" in the top-level object (first at line 2)`},
		{"duplicate map key", "{\"periods\": {\n\"last year\": {},\n\"last year\": {}}}", `f.json:3: duplicate key "last year" in "periods" (first at line 2)`},
		{"duplicate entry", "{\"words\": [\n\"a\",\n\"b\",\n\"a\"\n]}", `f.json:4: duplicate entry "a" in "words" (first at line 2)`},
		{"duplicate entry in inner list", "{\"lists\": [[\"x\"],\n[\"y\",\n\"y\"]]}", `f.json:3: duplicate entry "y" in "lists[1]" (first at line 2)`},
		{"type error", "{\n\"lang\": \"xx\",\n\"flag\": \"yes\"\n}", `f.json:3: flag: want bool, got string`},
		{"syntax error", "{\n\"lang\": \"xx\",\n\"words\": [\"a\" \"b\"]\n}", `f.json:3:`},
		{"truncated", "{\n\"lang\": \"xx\",\n", `f.json:2: unexpected end of file`},
		{"trailing data", "{}\n{}", `f.json:2: data after the top-level value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := Decode("f.json", []byte(tt.data), &d, allowed)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestDecodeFills(t *testing.T) {
	var d doc
	if err := Decode("f.json", []byte(`{"lang":"xx","periods":{"last year":{"unit":"year","offset":-1}}}`), &d, nil); err != nil {
		t.Fatal(err)
	}
	if d.Lang != "xx" || d.Periods["last year"].Offset != -1 {
		t.Fatalf("decoded %+v", d)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"lang":"xx","words":["a","a"]}`))
	f.Add([]byte(`{"periods":{"a":{"unit":1}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var d doc
		if err := Decode("f.json", b, &d, allowed); err != nil && !strings.HasPrefix(err.Error(), "f.json") {
			t.Fatalf("error without the file name: %v", err)
		}
	})
}
