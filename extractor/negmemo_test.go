package extractor

import (
	"context"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// TestNegatedAtMemo: the claims and traces with negatedAt's answers kept
// (negMemo) are those of an Extractor that computes every answer again
// (noNegMemo), on every fixture text, in both lexicons, and over articles
// read one after another by one Extractor (the pool's memo lives on).
func TestNegatedAtMemo(t *testing.T) {
	x := newTestExtractor(t)
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref, err := New(Config{Version: "claimwire/test"}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ref.noNegMemo = true // its own Extractor: x is the tests' shared one
	n := 0
	for _, text := range fixtureTexts(t) {
		for _, lang := range []string{"en", "fr"} {
			a := claim.Article{URL: "https://example.test/a", Lang: lang, Published: "2025-01-10", Text: text}
			want, err := ref.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(wj) != string(gj) {
				t.Fatalf("claims differ with negatedAt's answers kept:\n%s\n%s", gj, wj)
			}
			_, tr, err := x.Explain(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			_, wtr, err := ref.Explain(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			tj, _ := json.Marshal(tr)
			wtj, _ := json.Marshal(wtr)
			if string(tj) != string(wtj) {
				t.Fatal("traces differ with negatedAt's answers kept")
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Fatal("no claim")
	}
}

// TestNegMemoWraps: a generation counter that wraps clears the answers, so
// none of an old generation is taken for the new one.
func TestNegMemoWraps(t *testing.T) {
	var m negMemo
	m.gen = ^uint32(0)
	m.e[5] = negAnswer{gen: 0, v: 2, i: 5, a: 0}
	m.e[6] = negAnswer{gen: 1, v: 2, i: 6, a: 0}
	m.newList()
	if m.gen != 1 || m.e[5] != (negAnswer{}) || m.e[6] != (negAnswer{}) {
		t.Fatalf("after the wrap: gen %d, entries %+v %+v", m.gen, m.e[5], m.e[6])
	}
}
