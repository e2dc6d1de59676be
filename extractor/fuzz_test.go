package extractor

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// FuzzExtract: no panic on arbitrary text, and every claim keeps the
// invariants (valid, evidence offsets slice the text, sentences in order).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The UK and the US accused China's MSS of hacking Microsoft Exchange servers in 2021.",
		"« La Russie est derrière l’attaque », a affirmé le ministère ukrainien. Le Kremlin a rejeté ces accusations.",
		"U.S. officials said APT40 (a.k.a. Kryptonite Panda) targeted firms in Cambodia… Beijing denied it.",
		"\"\"«»“”.…\n\n- — ( ) l’ d’ qu’",
		"Le FBI accuse la Corée du Nord.Les enquêteurs, selon lui, pointent du doigt Pyongyang",
	} {
		f.Add(s, "en")
		f.Add(s, "fr")
	}
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return
		}
		a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://fuzz.test/a", Lang: lang, Text: text}
		cs, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		last := -1
		for _, c := range cs {
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if c.Evidence.End > len(text) || text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Sentence {
				t.Fatalf("bad evidence %d..%d", c.Evidence.Start, c.Evidence.End)
			}
			if c.Evidence.Start < last {
				t.Fatalf("claims out of order")
			}
			last = c.Evidence.Start
		}
	})
}

// FuzzSegment: sentences are in order, non-overlapping, inside the text and
// trimmed.
func FuzzSegment(f *testing.F) {
	f.Add("Mr. Smith said so. « Oui. » Then U.S. officials left.\n\nNew para")
	f.Add("a.B c… D? «E.» f")
	lx := mustLexicon(f, "fr")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, sp := range segment(text, lx) {
			if sp.start < prev || sp.end <= sp.start || sp.end > len(text) {
				t.Fatalf("bad span %+v (prev end %d, len %d)", sp, prev, len(text))
			}
			prev = sp.end
		}
	})
}
