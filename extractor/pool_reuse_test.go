package extractor_test

import (
	"context"
	"encoding/json"
	"testing"
)

// TestClaimsOutliveTheNextArticle: the claims Extract returns share nothing
// with the buffers it keeps for the next article (the pool's token, mention
// and entity arenas): extracting every other fixture article leaves each
// article's claims as they were returned.
func TestClaimsOutliveTheNextArticle(t *testing.T) {
	x := newExtractor(t)
	as := articles(t)
	before := make([][]byte, len(as))
	kept := make([]any, len(as))
	for i, fa := range as {
		a := fa.Article()
		cs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(cs)
		if err != nil {
			t.Fatal(err)
		}
		before[i], kept[i] = b, cs
	}
	for i := range as {
		b, err := json.Marshal(kept[i])
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(before[i]) {
			t.Fatalf("%s: claims changed after the next articles:\nbefore %s\nafter  %s", as[i].Name, before[i], b)
		}
	}
}
