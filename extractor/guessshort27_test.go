package extractor

import "testing"

// TestGuessShortText: a one-sentence article whose function words are all
// outside the first guess lists (« au », « ces », « en », "to", "by") was
// read as English on a tie, and its French triggers never fired. Texts
// written for this test.
func TestGuessShortText(t *testing.T) {
	t.Parallel()
	lex, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	g := newGuesser(lex)
	for _, tc := range []struct{ text, want string }{
		{"Actualité cyber\n\nMicrosoft a rebaptisé Nobelium en Midnight Blizzard l'an dernier ; l'entreprise accuse ce groupe, lié au SVR russe, d'avoir pénétré ses messageries en novembre.", "fr"},
		{"Cyberattaque\n\nSelon l'Anssi, ces intrusions ont été menées par APT31 contre des élus.", "fr"},
		{"Cyber news\n\nMicrosoft blamed Midnight Blizzard, tied to Russia's SVR, for breaking into its mail servers in November.", "en"},
		{"Breach\n\nThe intrusions were carried out by APT31 against lawmakers, according to officials.", "en"},
	} {
		if got := g.guess(tc.text); got != tc.want {
			t.Errorf("%.50q: guess %q, want %q", tc.text, got, tc.want)
		}
	}
	// and the French article is read as French: « l'entreprise accuse » is
	// Microsoft's accusation (read as English, the claims had no accuser)
	cs := extract(t, "", "2024-05-07", "Actualité cyber\n\nMicrosoft a rebaptisé Nobelium en Midnight Blizzard l'an dernier ; l'entreprise accuse ce groupe, lié au SVR russe, d'avoir pénétré ses messageries en novembre.")
	if len(cs) == 0 {
		t.Fatal("no claim")
	}
	for _, c := range cs {
		if c.Accuser == nil || c.Accuser.Name != "Microsoft" {
			t.Errorf("claim → %s: accuser %v, want Microsoft (read as French)", c.Accused.Name, c.Accuser)
		}
	}
}
