package dates

import (
	"io/fs"
	"os"
	"path"
	"reflect"
	"strings"
	"testing"
)

// TestEmbeddedLangFilesValid decodes every embedded date lexicon, and the
// German example in testdata, with the strict loader; New reads the
// embedded ones without its token walk, which must give the same data.
func TestEmbeddedLangFilesValid(t *testing.T) {
	n := 0
	err := fs.WalkDir(langFS, "lang", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		n++
		b, err := langFS.ReadFile(p)
		if err != nil {
			return err
		}
		strict, err := decodeLang(p, b)
		if err != nil {
			return err
		}
		fast, err := decodeEmbeddedLang(p, b)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(strict, fast) {
			t.Errorf("%s: decodeEmbeddedLang differs from the strict loader", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 {
		t.Fatalf("%d date lexicons, want fr and en at least", n)
	}
	b, err := os.ReadFile("testdata/de.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodeLang("testdata/de.json", b); err != nil {
		t.Fatal(err)
	}
}

// TestBadLangFiles: unknown keys and duplicates are reported with file and
// line, wrapping ErrLangData.
func TestBadLangFiles(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"unknown key", "{\n\"lang\": \"xx\",\n\"monhts\": []\n}", `xx.json:3: unknown key "monhts"`},
		{"unknown period key", "{\n\"relative_periods\": {\n\"last year\": {\"unit\": \"year\", \"ofset\": -1}\n}\n}", `xx.json:3: unknown key "ofset" in "relative_periods.last year"`},
		{"duplicate phrase key", "{\n\"day_relative\": {\n\"yesterday\": -1,\n\"today\": 0,\n\"yesterday\": -2\n}\n}", `xx.json:5: duplicate key "yesterday" in "day_relative" (first at line 3)`},
		{"duplicate entry", "{\n\"connectors\": [\"of\",\n\"the\",\n\"of\"]\n}", `xx.json:4: duplicate entry "of" in "connectors" (first at line 2)`},
		{"duplicate month name", "{\n\"months\": [[\"jan\",\n\"jan\"]]\n}", `xx.json:3: duplicate entry "jan" in "months[0]"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeLang("xx.json", []byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), ErrLangData.Error()) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}
