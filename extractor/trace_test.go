package extractor_test

import (
	"context"
	"testing"
)

// TestExplainMatchesExtract: on every fixture article, Explain returns the
// claims Extract returns, and every source its trace names is a sentence of
// the article as written, even with articles extracted in between (the
// extractor reuses its per-article buffers, and a trace must not point into
// them).
func TestExplainMatchesExtract(t *testing.T) {
	x := newExtractor(t)
	as := articles(t)
	sources := 0
	for i, fa := range as {
		a := fa.Article()
		want, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		got, tr, err := x.Explain(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		// another article through the same buffers before the trace is read
		b := as[(i+1)%len(as)].Article()
		if _, err := x.Extract(context.Background(), &b); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: Explain %d claims, Extract %d", fa.Name, len(got), len(want))
		}
		for k := range got {
			if got[k].ID != want[k].ID {
				t.Errorf("%s: claim %d: Explain id %s, Extract %s", fa.Name, k, got[k].ID, want[k].ID)
			}
		}
		for _, c := range tr.Candidates {
			if c.Source == nil {
				continue
			}
			sources++
			if s := c.Source; s.Start >= s.End || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Sentence {
				t.Fatalf("%s: %s: source %d-%d %q is not the article's text there", fa.Name, c.Describe(), s.Start, s.End, s.Sentence)
			}
		}
		for _, c := range tr.Claims {
			if e := c.Evidence; e.Start >= e.End || a.Text[e.Start:e.End] != e.Sentence {
				t.Fatalf("%s: trace claim evidence %d-%d %q is not the article's text there", fa.Name, e.Start, e.End, e.Sentence)
			}
		}
	}
	if sources == 0 {
		t.Fatal("no candidate with a source")
	}
}
