package extractor

import (
	"testing"
)

func mustLexicon(tb testing.TB, lang string) *lexicon {
	tb.Helper()
	lex, err := loadLexicons(nil)
	if err != nil {
		tb.Fatal(err)
	}
	lx, ok := lex[lang]
	if !ok {
		tb.Fatalf("no lexicon %s", lang)
	}
	return lx
}

func TestSegment(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"abbreviations", "en", "U.S. officials met Mr. Smith on Dec. 27 in Washington. The talks ended.",
			[]string{"U.S. officials met Mr. Smith on Dec. 27 in Washington.", "The talks ended."}},
		{"abbreviation ends sentence", "en", "The attack hit the U.S. The FBI said so.",
			[]string{"The attack hit the U.S.", "The FBI said so."}},
		{"french closing guillemet", "fr", "« Nous savons qui a fait cela. » Le ministre a conclu.",
			[]string{"« Nous savons qui a fait cela. »", "Le ministre a conclu."}},
		{"quote then speaker", "en", "\"It was Russia.\" The minister said it twice.",
			[]string{"\"It was Russia.\"", "The minister said it twice."}},
		{"title line and paragraphs", "fr", "Le titre sans point\n\nPremier paragraphe. Deuxième phrase.\nLigne suivante.",
			[]string{"Le titre sans point", "Premier paragraphe.", "Deuxième phrase.", "Ligne suivante."}},
		{"decimals and initials", "fr", "Le groupe a volé 3.5 millions selon M. Hong. Fin.",
			[]string{"Le groupe a volé 3.5 millions selon M. Hong.", "Fin."}},
		{"glued sentences", "fr", "selon la société américaine.Les attaques ont continué.",
			[]string{"selon la société américaine.", "Les attaques ont continué."}},
		{"ellipsis", "en", "They waited… Then it struck.",
			[]string{"They waited…", "Then it struck."}},
		{"wrapped line", "en", "The agency said the group\nwas behind it.",
			[]string{"The agency said the group\nwas behind it."}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lx := mustLexicon(t, tc.lang)
			var got []string
			for _, sp := range segment(tc.text, lx) {
				got = append(got, tc.text[sp.start:sp.end])
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d: %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestTokenizeElisions(t *testing.T) {
	t.Parallel()
	text := "L’OTAN accuse d’APT40 qu’il nie. China's MSS, state-sponsored"
	var got []string
	for _, tk := range tokenize(text, 0, len(text)) {
		got = append(got, tk.w)
		if text[tk.start:tk.end] == "" {
			t.Errorf("empty token")
		}
	}
	want := []string{"l'", "otan", "accuse", "d'", "apt40", "qu'", "il", "nie", ".", "china", "'s", "mss", ",", "state-sponsored"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// TestLexiconsLoad: every language file compiles and has the categories the
// rules need.
func TestLexiconsLoad(t *testing.T) {
	t.Parallel()
	lex, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	for lang, lx := range lex {
		for _, c := range []cat{catAccuse, catReport, catCueRight, catDenial, catHedge, catVictimPrep} {
			found := false
			for _, ps := range lx.byFirst {
				for _, p := range ps {
					if p.cat == c {
						found = true
					}
				}
			}
			if !found {
				t.Errorf("%s: category %d empty", lang, c)
			}
		}
		if _, err := compileLexicon([]byte(`{"lang":"xx","accuse":["* bad"]}`)); err == nil {
			t.Error("a phrase starting with a gap was accepted")
		}
	}
}
