package extractor

import (
	"context"
	"log/slog"
	"os"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// FuzzCompileLexicon: a lexicon file (the --lexicon format) either fails
// with an error or compiles into a lexicon that extracts from a sample
// article without panicking, every claim valid with exact offsets.
func FuzzCompileLexicon(f *testing.F) {
	for _, p := range []string{"lang/en.json", "lang/fr.json"} {
		b, err := langFS.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	if b, err := os.ReadFile("testdata/lang/de.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"lang":"xx","accuse":["accuse *"],"negation":["not"]}`))
	f.Add([]byte(`{"lang":"en","accuse":["*"]}`))
	f.Add([]byte(`{"lang":""}`))
	base := newTestExtractor(f)
	text := "The United Kingdom accused Russia of a cyberattack on Ukraine in 2021. " +
		"« La France accuse la Chine d'avoir piraté des ministères », a déclaré le porte-parole. APT28 was not involved."
	f.Fuzz(func(t *testing.T, data []byte) {
		lx, err := compileLexicon(data)
		if err != nil {
			return
		}
		if lx == nil || lx.lang == "" {
			t.Fatalf("compiled lexicon without a language: %+v", lx)
		}
		x := &Extractor{cfg: Config{Version: "claimwire/fuzz"}, norm: base.norm, dates: base.dates,
			lex: map[string]*lexicon{lx.lang: lx}, log: slog.New(slog.DiscardHandler)}
		cs, err := x.Extract(context.Background(), &claim.Article{Schema: claim.SchemaArticle, URL: "https://fuzz.test/a", Lang: lx.lang, Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if c.Evidence.End > len(text) || text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Sentence {
				t.Fatalf("bad evidence %d..%d", c.Evidence.Start, c.Evidence.End)
			}
		}
	})
}
