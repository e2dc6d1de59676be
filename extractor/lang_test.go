package extractor

import (
	"context"
	"log/slog"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// TestGermanDataOnly adds a language the way a user would: a lexicon file
// through Config.ExtraLexicons and German country names through the
// normalizer's extra tables, with no change to the extractor's code.
func TestGermanDataOnly(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{ExtraFiles: []string{"testdata/lang/de.countries.tsv"}})
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Config{Version: "claimwire/test", ExtraLexicons: []string{"testdata/lang/de.json"}}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := x.lex["de"]; !ok {
		t.Fatal("de lexicon not loaded")
	}
	tests := []struct {
		name, text string
		lang       string
		accuser    string
		accused    string
		want       bool
	}{
		{"accuse", "Die Bundesregierung beschuldigt Russland, hinter dem Angriff zu stecken.", "de", "DE", "RU", true},
		{"negated", "Die Bundesregierung beschuldigt Russland nicht, hinter dem Angriff zu stecken.", "de", "DE", "RU", false},
		// untagged: guess_words pick the German lexicon
		{"guessed", "Die Bundesregierung beschuldigt Russland, hinter dem Angriff zu stecken.", "", "DE", "RU", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &claim.Article{URL: "https://example.test/de.html", Title: "Test", Lang: tt.lang, Text: tt.text}
			cs, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				t.Logf("claim %s→%s %q", countryOf(c.Accuser), countryOf(c.Accused), c.Evidence.Sentence)
				if countryOf(c.Accuser) == tt.accuser && countryOf(c.Accused) == tt.accused {
					if !tt.want {
						t.Fatalf("unexpected %s→%s claim", tt.accuser, tt.accused)
					}
					return
				}
			}
			if tt.want {
				t.Fatalf("no %s→%s claim in %+v", tt.accuser, tt.accused, cs)
			}
		})
	}
}

// countryOf is the entity's country, "" if none.
func countryOf(e *claim.Entity) string {
	if e == nil {
		return ""
	}
	return e.Country
}

// TestExtraLexiconErrors: a missing file or a name that disagrees with its
// "lang" fails New.
func TestExtraLexiconErrors(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"testdata/lang/missing.json", "testdata/lang/de.countries.tsv"} {
		if _, err := New(Config{Version: "v", ExtraLexicons: []string{p}}, norm, nil); err == nil {
			t.Errorf("%s: want an error", p)
		}
	}
}
