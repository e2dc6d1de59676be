package normalizer

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the .golden.json files from the current tables")

// goldenMention is what the golden files keep of a mention: enough to see,
// in a diff, what a data change did to real-looking text.
type goldenMention struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Form    Form   `json:"form"`
	Prep    string `json:"prep,omitempty"`
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

// TestGolden runs Find over testdata/*.txt (written for this package, in
// our own words) and compares with testdata/*.golden.json. Run
// `go test ./normalizer -run TestGolden -update` after a deliberate change
// and review the diff.
func TestGolden(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			base := filepath.Base(f)
			// NAME_LANG.txt
			lang := strings.TrimSuffix(base[strings.LastIndex(base, "_")+1:], ".txt")
			text := string(data)
			ms := n.Find(text, lang)
			checkOffsets(t, text, ms)
			got := make([]goldenMention, 0, len(ms))
			for _, m := range ms {
				got = append(got, goldenMention{m.Start, m.End, m.Text, m.Form, m.Prep, string(m.Entity.Kind), m.Entity.Name, m.Entity.Country})
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			goldenPath := f[:len(f)-len(".txt")] + ".golden.json"
			if *update {
				if err := os.WriteFile(goldenPath, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if d := golden.Diff(string(want), string(out)); d != "" {
				t.Errorf("Find(%s) differs from %s; run with -update and review the diff (- golden, + got):\n%s", base, goldenPath, d)
			}
		})
	}
}
