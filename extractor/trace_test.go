package extractor_test

import (
	"context"
	"encoding/json"
	"sync"
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

// TestExtractIndependentOfOrder: an article's claims do not depend on the
// articles extracted before it with the same Extractor (the per-article
// buffers are reused, and nothing of one article may leak into the next),
// nor on articles extracted at the same time.
func TestExtractIndependentOfOrder(t *testing.T) {
	x := newExtractor(t)
	as := articles(t)
	run := func(i int) string {
		a := as[i].Article()
		cs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(cs)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := make([]string, len(as))
	for i := range as {
		first[i] = run(i)
	}
	for i := len(as) - 1; i >= 0; i-- {
		if got := run(i); got != first[i] {
			t.Errorf("%s: claims differ when extracted after other articles", as[i].Name)
		}
	}
	var wg sync.WaitGroup
	got := make([]string, len(as))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(as); i += 4 {
				a := as[i].Article()
				cs, err := x.Extract(context.Background(), &a)
				if err != nil {
					t.Error(err)
					return
				}
				b, _ := json.Marshal(cs)
				got[i] = string(b)
			}
		}()
	}
	wg.Wait()
	for i := range as {
		if got[i] != first[i] {
			t.Errorf("%s: claims differ when extracted concurrently", as[i].Name)
		}
	}
}
