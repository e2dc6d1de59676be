package extractor

import "testing"

// TestMethodsComparedToAGroup: a group whose methods another's are
// compared to ("compared the tradecraft to that of Volt Typhoon", "with
// those of APT41", "reminded them of Volt Typhoon's approach", « à ceux de
// Volt Typhoon », « leur rappellent celles de Volt Typhoon ») is a
// yardstick, not a second accused. Before, each made the group accused by
// the speaker of the sentence before. Sentences written for this rule.
func TestMethodsComparedToAGroup(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nSingapore on Friday blamed UNC3886 for attacks on its critical infrastructure. "
	fr := "Actualité\n\nSingapour a accusé vendredi UNC3886 d'attaques contre ses infrastructures critiques. "
	want := []string{"SG>UNC3886>SG"}
	checkClaimKeys(t, []keyCase{
		{"en/to that of", "en", en + "One former official compared the tradecraft to that of Volt Typhoon, the group American agencies have described at length.", want},
		{"en/with those of", "en", en + "Researchers compared its methods with those of APT41.", want},
		{"en/reminded them of", "en", en + "Investigators told us the tradecraft reminded them of Volt Typhoon's approach.", want},
		{"fr/à ceux de", "fr", fr + "Un chercheur a comparé ses outils à ceux de Volt Typhoon.", want},
		{"fr/leur rappellent celles de", "fr", fr + "Selon des enquêteurs, ces méthodes leur rappellent celles de Volt Typhoon.", want},
	})
}

// TestTheOnesAccuseIsSpeculation: « les uns accusent la Russie, d'autres
// la Chine » opens on an indefinite subject after its article, as «
// certains accusent »: people the article does not name, no claim. Before,
// China was accused with no accuser. The English "some … others" passed
// before (guard). Sentences written for this rule.
func TestTheOnesAccuseIsSpeculation(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/les uns … les autres", "fr", "Actualité\n\nDes pirates ont chiffré les serveurs du centre de données national indonésien. Les uns accusent la Russie, les autres la Chine.", nil},
		{"fr/après un deux-points", "fr", "Actualité\n\nDes pirates ont chiffré les serveurs du centre de données national indonésien. Sur les réseaux sociaux, les hypothèses fusent : les uns accusent la Russie, berceau supposé de LockBit, d'autres la Chine.", nil},
		{"en/guard: some … others", "en", "Cyber news\n\nHackers encrypted the servers of Indonesia's national data centre. On social media, some blame Russia, the supposed home of LockBit, others China.", nil},
	})
}
