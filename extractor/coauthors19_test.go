package extractor

import "testing"

// TestCoAuthorsAndDashedPartners: the co-authors of an advisory speak with
// it ("The advisory was co-authored by agencies from…", « L'avis a été
// corédigé par… »), and partners set between dashes before the verb ("The
// FBI — joined by Australia and Canada — said…", « Le FBI — rejoint par… —
// a affirmé… ») leave the subject before them the speaker. Sentences
// written for these rules.
func TestCoAuthorsAndDashedPartners(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en co-authored by", "en",
			"Cyber news\n\nAPT40 stole passwords from Australian networks, the ASD said. The advisory was co-authored by agencies from the United States, the United Kingdom, Canada and Japan.",
			"AU,CA,GB,JP,US"},
		{"fr corédigé par", "fr",
			"Cyber\n\nAPT40 a volé des mots de passe sur des réseaux australiens, selon l'ASD. L'avis a été corédigé par des agences des États-Unis, du Royaume-Uni, du Canada et du Japon.",
			"AU,CA,GB,JP,US"},
		{"en partners between dashes", "en",
			"Cyber news\n\nThe FBI — joined by Australia and Canada — said Volt Typhoon had burrowed into American networks.",
			"AU,CA,US"},
		{"fr partenaires entre tirets", "fr",
			"Cyber\n\nLe FBI — rejoint par l'Australie et le Canada — a affirmé que Volt Typhoon s'était introduit dans des réseaux américains.",
			"AU,CA,US"},
	})
}
