package extractor

import "testing"

// TestExampleListUnknownName: a capitalised name the tables do not know,
// after an example marker or a joiner, is one more item of the example
// list ("rival brands such as Akira and Black Basta", « des marques
// rivales comme Akira et Black Basta »): the known group after it
// illustrates a kind and is not the article's actor, in a sentence with
// no trigger. Before, the unknown first name broke the list and the NCA
// accused Black Basta (the French test fails before; the English wording
// already passed, as the article pass is what the blind set tripped on).
// Texts written for this rule; the group accused by a verb is the guard.
func TestExampleListUnknownName(t *testing.T) {
	t.Parallel()
	lead := map[string]string{
		"en": "LockBit leader named\n\nThe NCA said LockBit had attacked thousands of organisations, more than 200 of them in the UK. ",
		"fr": "Le chef de LockBit identifié\n\nLa NCA a indiqué que LockBit avait attaqué des milliers d'organisations, dont plus de 200 au Royaume-Uni. ",
	}
	for _, tc := range []struct {
		name, lang, text string
		want             bool
	}{
		{"such as", "en", "Researchers say rival brands such as Akira and Black Basta have grown since February.", false},
		{"comme", "fr", "Selon des chercheurs, des marques rivales comme Akira et Black Basta ont progressé depuis février.", false},
		{"guard", "en", "The NCA also said Black Basta had attacked hospitals in the UK.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := false
			for _, c := range extract(t, tc.lang, "2024-05-07", lead[tc.lang]+tc.text) {
				got = got || c.Accused != nil && c.Accused.Name == "Black Basta"
			}
			if got != tc.want {
				t.Errorf("Black Basta accused: %v, want %v", got, tc.want)
			}
		})
	}
}
