package extractor

import "testing"

// TestFrenchDemonymListAfterNoun: « Les responsables allemands, français et
// italiens ont accusé… »: the first demonym, which closes the noun it
// qualifies, speaks with the list of demonyms after it (Germany was lost).
// Sentences written for this rule.
func TestFrenchDemonymListAfterNoun(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"responsables allemands, français et italiens", "fr", "Cyber actu\n\nLes responsables allemands, français et italiens ont accusé la Russie d'avoir piraté leurs réseaux diplomatiques.", []string{"Germany", "France", "Italy"}},
		{"gouvernements britannique, américain et canadien", "fr", "Cyber actu\n\nLes gouvernements britannique, américain et canadien ont accusé la Russie d'avoir mené des cyberattaques.", []string{"United Kingdom", "United States", "Canada"}},
		{"German, French and Italian officials (unchanged)", "en", "Cyber news\n\nGerman, French and Italian officials accused Russia of hacking their diplomatic networks.", []string{"Germany", "France", "Italy"}},
	})
}
