package extractor

import "testing"

// TestToolCollectionOwner: a vendor's report of a tool "added to the
// toolkit of Turla", « ajouté à l'arsenal de Gamaredon » (lexicon
// tool_collections), with no attack verb in the sentence, accuses the
// group of nothing; the same group accused of an attack in a sentence of
// its own stays accused. Before, the report accused the group. Texts
// written for this rule.
func TestToolCollectionOwner(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             bool
	}{
		{"toolkit of", "en", "ESET researchers on Thursday published an analysis of a new backdoor they say has been added to the toolkit of Turla, the long-running espionage group.", false},
		{"'s arsenal", "en", "ESET researchers on Thursday published an analysis of a new backdoor they say has joined Turla's arsenal.", false},
		{"arsenal de", "fr", "L'éditeur Sekoia a publié jeudi l'analyse d'un nouveau chargeur ajouté à l'arsenal de Gamaredon, un groupe suivi depuis dix ans par les chercheurs.", false},
		{"attack kept", "en", "ESET researchers said on Thursday that Turla had used a new backdoor to hack the foreign ministries of three European countries.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := false
			for _, c := range extract(t, tc.lang, "2024-05-16", "Cyber news\n\n"+tc.text) {
				got = got || c.Accused != nil && (c.Accused.Name == "Turla" || c.Accused.Name == "Gamaredon")
			}
			if got != tc.want {
				t.Errorf("group accused %v, want %v", got, tc.want)
			}
		})
	}
}
