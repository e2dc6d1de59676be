package normalizer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
	"unicode"
)

// goldFold is the fold of the evaluation scorer (../shared/eval/score.py):
// NFKD, lower case, combining marks dropped, only [a-z0-9] kept.
func goldFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(strings.ToLower(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if unicode.Is(unicode.Mn, r) {
			continue
		}
	}
	return b.String()
}

// TestGoldAliases checks that every name of the evaluation alias table we
// know resolves to an entity whose canonical Name the scorer maps to the
// same key: the normaliser and the gold data agree on who is who. Skipped
// when ../shared is absent (CI clones may not have it).
func TestGoldAliases(t *testing.T) {
	t.Parallel()
	path := filepath.Join("..", "..", "shared", "eval", "aliases.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no gold alias table: %v", err)
	}
	var table map[string][]string
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	canon := map[string]string{}
	for k, names := range table {
		canon[goldFold(k)] = k
		for _, a := range names {
			canon[goldFold(a)] = k
		}
	}
	n := testNormalizer(t)
	known, total := 0, 0
	for key, names := range table {
		for _, a := range append([]string{key}, names...) {
			total++
			e, ok := n.Resolve(a, "")
			if !ok {
				// lower-case gold aliases of acronyms ("tag", "onu") are
				// case-sensitive here on purpose; try them as written in news
				e, ok = n.Resolve(strings.ToUpper(a), "")
			}
			if !ok {
				t.Logf("gold name %q (%s) unknown", a, key)
				continue
			}
			known++
			name := e.Name
			got, found := canon[goldFold(name)]
			if !found {
				got = goldFold(name)
			}
			if got != key {
				t.Errorf("gold %q → %s; normaliser gives %q (%s), scorer reads %q", a, key, name, e.Kind, got)
			}
		}
	}
	if known*10 < total*9 {
		t.Errorf("only %d of %d gold names known", known, total)
	}
}
