package dates

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAnchorsChangeNothing: the anchor check only skips sentences where the
// matcher finds nothing. Every line and sentence of the fixture articles,
// in every language table and against references of each precision, gives
// the same hits with the check as without it.
func TestAnchorsChangeNothing(t *testing.T) {
	p, all := newParserT(t), newParserT(t)
	all.unanchored = true
	files, err := filepath.Glob("../../fixtures/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture articles: %v", err)
	}
	more, _ := filepath.Glob("../../fixtures/eval-own/*/*.txt")
	texts := []string{benchArticle, benchNoDate}
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			texts = append(texts, line)
			texts = append(texts, strings.SplitAfter(line, ". ")...)
		}
	}
	skipped := 0
	for _, lang := range []string{"en", "fr", ""} {
		for _, ref := range []claim.Date{"2025-01-10", "2021-07", "2019", ""} {
			for _, s := range texts {
				got, want := p.find(s, lang, ref, true), all.find(s, lang, ref, true)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("find(%q, %q, %q):\nwith anchors %+v\nwithout      %+v", s, lang, ref, got, want)
				}
				if len(want) == 0 {
					skipped++
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no sentence without a date: the test reads nothing")
	}
}
