package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedLexiconsValid loads every embedded lexicon through the strict
// loader: no unknown key, no key or entry given twice.
func TestEmbeddedLexiconsValid(t *testing.T) {
	entries, err := langFS.ReadDir("lang")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".json" {
			continue
		}
		n++
		t.Run(e.Name(), func(t *testing.T) {
			data, err := langFS.ReadFile("lang/" + e.Name())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := compileLexiconFile("lang/"+e.Name(), data); err != nil {
				t.Fatal(err)
			}
		})
	}
	if n < 2 {
		t.Fatalf("%d embedded lexicons, want fr and en at least", n)
	}
	// and the testdata lexicons users are shown as examples
	files, _ := filepath.Glob("testdata/lang/*.json")
	for _, f := range files {
		if _, err := loadLexicons([]string{f}); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// TestBadLexiconFiles: an extra lexicon with an unknown key, a duplicate
// key or a duplicate entry fails to load with the file and line (New returns this error).
func TestBadLexiconFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, data, want string }{
		{"unknown key", "{\n  \"lang\": \"xx\",\n  \"acuse\": [\"blamed\"]\n}\n", `xx.json:3: unknown key "acuse" in the top-level object`},
		{"duplicate key", "{\n  \"lang\": \"xx\",\n  \"accuse\": [\"blamed\"],\n  \"accuse\": [\"accused\"]\n}\n", `xx.json:4: duplicate key "accuse" in the top-level object (first at line 3)`},
		{"duplicate entry", "{\n  \"lang\": \"xx\",\n  \"accuse\": [\n    \"blamed\",\n    \"accused\",\n    \"blamed\"\n  ]\n}\n", `xx.json:6: duplicate entry "blamed" in "accuse" (first at line 4)`},
		{"unknown anaphor kind", "{\n  \"lang\": \"xx\",\n  \"anaphors\": {\n    \"compagny\": [\"the firm\"]\n  }\n}\n", `xx.json:4: unknown key "compagny" in "anaphors" (known: company, report, institution)`},
		{"wrong type", "{\n  \"lang\": \"xx\",\n  \"accuse\": \"blamed\"\n}\n", `xx.json:3: accuse: want []string, got string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name, "xx.json")
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := loadLexicons([]string{p})
			if err == nil || !strings.Contains(err.Error(), p+tt.want[len("xx.json"):]) {
				t.Fatalf("error %v, want it to contain %q", err, p+tt.want[len("xx.json"):])
			}
		})
	}
}

// BenchmarkLoadLexicons: the embedded lexicons as every process that
// extracts loads them (start-up of `claimwire extract`).
func BenchmarkLoadLexicons(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadLexicons(nil); err != nil {
			b.Fatal(err)
		}
	}
}
