package extractor

import "testing"

// TestFrenchAttackInfinitives: « pénétrer » and « saboter »
// are attack verbs by themselves, as « pirater », « infiltrer » and « compromettre » were,
// so that an adverbial between the attempt and its verb (« ont tenté l'an
// dernier de pénétrer », « à plusieurs reprises de compromettre ») keeps
// the attack. Before, those sentences gave no claim (the words were known
// only inside « tenté de pénétrer »). Texts written for this test.
func TestFrenchAttackInfinitives(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Google affirme que des pirates russes ont tenté l'an dernier de pénétrer les comptes de responsables ukrainiens.",
		"Google affirme que des pirates russes ont tenté à plusieurs reprises de compromettre les serveurs de ministères ukrainiens.",
		"Selon l'Anssi, des pirates liés à la Russie ont cherché en 2023 à saboter des réseaux de distribution d'eau en France.",
	} {
		cs := extract(t, "fr", "2024-05-07", "Actualité cyber\n\n"+text)
		if len(cs) == 0 {
			t.Errorf("%.60q: no claim", text)
		}
	}
}
