package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestFrenchDemonymListAfterNoun: « Les responsables allemands, français et
// italiens ont accusé… »: the first demonym, which closes the noun it
// qualifies, speaks with the list of demonyms after it (Germany was lost).
// Sentences written for this rule.
func TestFrenchDemonymListAfterNoun(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"responsables allemands, français et italiens", "fr", "Cyber actu\n\nLes responsables allemands, français et italiens ont accusé la Russie d'avoir piraté leurs réseaux diplomatiques.", []string{"France", "Germany", "Italy"}},
		{"gouvernements britannique, américain et canadien", "fr", "Cyber actu\n\nLes gouvernements britannique, américain et canadien ont accusé la Russie d'avoir mené des cyberattaques.", []string{"Canada", "United Kingdom", "United States"}},
		{"German, French and Italian officials (unchanged)", "en", "Cyber news\n\nGerman, French and Italian officials accused Russia of hacking their diplomatic networks.", []string{"France", "Germany", "Italy"}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accuser != nil && !slices.Contains(got, c.Accuser.Name) {
					got = append(got, c.Accuser.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("accusers %v, want %v", got, tc.want)
			}
		})
	}
}
