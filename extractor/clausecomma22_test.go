package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestCommaBeforeSpeakerClosesClause: in "…and two universities in
// Portugal, ESET said", the comma before the speaker closes another
// clause: a list's last segment holds its coordinator, so with none the
// segment before is no list head of speakers. Pure lists of names stay
// lists, coordinated or not ("EU, UK, US blame Russia"). Sentences written
// for this rule.
func TestCommaBeforeSpeakerClosesClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"victim place then speaker", "en", "Cyber news\n\nAmong the victims were a Spanish defence contractor, an Italian ministry and two universities in Portugal, ESET said, blaming the Lazarus Group.", []string{"ESET"}},
		{"headline list without and", "en", "EU, UK, US blame Russia for satellite hack\n\nThe attack disrupted service across Ukraine.", []string{"EU", "United Kingdom", "United States"}},
		{"coordinated list", "en", "Cyber news\n\nBritain, Canada and the United States said Russia's SVR was behind the attacks.", []string{"Canada", "United Kingdom", "United States"}},
		{"lieu de la victime puis locuteur", "fr", "Cyber actu\n\nParmi les victimes figurent un sous-traitant espagnol et deux universités au Portugal, a indiqué ESET, qui accuse le groupe Lazarus.", []string{"ESET"}},
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
