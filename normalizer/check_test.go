package normalizer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryTableFileValid loads each embedded table and each example user
// file on its own, so a slip names its file even where layering would hide it.
// It is also the duplicate check of the embedded tables, which New skips.
func TestEveryTableFileValid(t *testing.T) {
	n := 0
	err := fs.WalkDir(embedded, "data", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		table := tableOf(p)
		if table == "" {
			t.Errorf("%s: not a table file (want a name ending in %s)", p, strings.Join(tableNames, ", "))
			return nil
		}
		n++
		data, err := fs.ReadFile(embedded, p)
		if err != nil {
			return err
		}
		b := newBuilder(&Normalizer{prefixes: map[string][]string{}, families: map[string]familyRule{}, personNames: map[string]bool{}, familyStop: map[string]map[string]bool{}})
		// entities first: a countries.tsv row may name one (@EU)
		if err := b.loadTable(p, table, data, "", 0); err != nil {
			t.Error(err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("%d embedded tables", n)
	}
	var extra []string
	filepath.WalkDir("testdata/extra", func(p string, de fs.DirEntry, err error) error {
		if err == nil && !de.IsDir() && tableOf(p) != "" {
			extra = append(extra, p)
		}
		return err
	})
	if _, err := New(Options{ExtraFiles: extra}); err != nil {
		t.Fatal(err)
	}
}

// TestBadTableFiles: unknown keys (kind, form, rule) and duplicate entries
// are errors naming file and line.
func TestBadTableFiles(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, file, data, want string }{
		{"unknown kind", "groups.tsv", "# mine\ngroup\tFrosty Mole\tRU\t-\tFrosty Mole\ngang\tCold Vole\t-\t-\t-\n", `groups.tsv:3: unknown kind "gang"`},
		{"unknown form", "countries.tsv", "FR\tname\t^Hexagone\nFR\tnickname\t^Gaule\n", `countries.tsv:2: unknown form "nickname"`},
		{"unknown id key", "groups.tsv", "group\tFrosty Mole\tRU\tmitr=G9999\tFrosty Mole\n", `groups.tsv:1: unknown id key "mitr"`},
		{"unknown rule", "rules.tsv", "family\tMole\tRU\nfamilly\tVole\t-\n", `rules.tsv:2: unknown rule "familly"`},
		{"duplicate alias in a row", "groups.tsv", "group\tFrosty Mole\tRU\t-\tFrosty Mole|=FMOLE|Frost Mole|=FMOLE\n", `groups.tsv:1: duplicate entry "=FMOLE" (first at line 1)`},
		{"duplicate alias across rows", "groups.tsv", "group\tFrosty Mole\tRU\t-\tFrost Mole\n\ngroup\tFrosty Mole\t-\t-\tfrost-mole\n", `groups.tsv:3: duplicate entry "frost-mole" (first at line 1)`},
		{"contradicting rows", "groups.tsv", "group\tFrosty Mole\tRU\t-\tFrost Mole\ngroup\tFrosty Mole\tBY\t-\tF. Mole\n", `groups.tsv:2: country of "group Frosty Mole" is "BY" here but "RU" at line 1`},
		{"duplicate country name", "countries.tsv", "FR\tname\t^Hexagone|^Gaule\nFR\tname\t^L'Hexagone|^Hexagone\n", `countries.tsv:2: duplicate entry "^Hexagone" (first at line 1)`},
		{"duplicate stop phrase", "stop.tsv", "Mole Day|Mole Hill\nmole hill\n", `stop.tsv:2: duplicate entry "mole hill" (first at line 1)`},
		{"duplicate family", "rules.tsv", "family\tMole\tRU\nfamily\tMole\tBY\n", `rules.tsv:2: duplicate entry "Mole" (first at line 1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+"-"+tt.file)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := New(Options{ExtraFiles: []string{p}})
			want := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+"-") + tt.want
			if err == nil || !errors.Is(err, ErrData) || !strings.Contains(err.Error(), want) {
				t.Fatalf("error %v, want it to contain %q", err, want)
			}
		})
	}
	// the same name for one entity in two languages, or spelled with
	// another match mode, is no duplicate
	ok := filepath.Join(dir, "fine-groups.tsv")
	if err := os.WriteFile(ok, []byte("group\tFrosty Mole\tRU\t-\tFrosty Mole|=FROSTY MOLE\n# lang: fr\ngroup\tFrosty Mole\t-\t-\tFrosty Mole\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{ExtraFiles: []string{ok}}); err != nil {
		t.Fatal(err)
	}
}

// FuzzLoadTable: any bytes in any table give rows or an ErrData error naming
// the file, never a panic.
func FuzzLoadTable(f *testing.F) {
	f.Add(0, []byte("group\tFrosty Mole\tRU\tmitre=G9999\tFrosty Mole|=FMOLE|-Mole\n"))
	f.Add(1, []byte("FR\tname\t^Hexagone|^Hexagone\n@EU\tseat\t^Bruxelles\n"))
	f.Add(2, []byte("family\tMole\tRU\nseries\tMOLE-\t-\nprefix\tla|le\n"))
	f.Add(3, []byte("New Jersey|=NJ\n# lang: fr\nNew Jersey\n"))
	f.Fuzz(func(t *testing.T, which int, data []byte) {
		table := tableNames[(which%len(tableNames)+len(tableNames))%len(tableNames)]
		b := newBuilder(&Normalizer{prefixes: map[string][]string{}, families: map[string]familyRule{}, personNames: map[string]bool{}, familyStop: map[string]map[string]bool{}})
		if err := b.loadTable("x/"+table, table, data, "", 1); err != nil {
			if !errors.Is(err, ErrData) || !strings.Contains(err.Error(), "x/"+table) {
				t.Fatalf("error %v does not wrap ErrData with the file name", err)
			}
		}
	})
}
