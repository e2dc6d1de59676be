package extractor

import "testing"

// TestCommaBeforeSpeakerClosesClause: in "…and two universities in
// Portugal, ESET said", the comma before the speaker closes another
// clause: a list's last segment holds its coordinator, so with none the
// segment before is no list head of speakers. Pure lists of names stay
// lists, coordinated or not ("EU, UK, US blame Russia"). Sentences written
// for this rule.
func TestCommaBeforeSpeakerClosesClause(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"victim place then speaker", "en", "Cyber news\n\nAmong the victims were a Spanish defence contractor, an Italian ministry and two universities in Portugal, ESET said, blaming the Lazarus Group.", []string{"ESET"}},
		{"headline list without and", "en", "EU, UK, US blame Russia for satellite hack\n\nThe attack disrupted service across Ukraine.", []string{"EU", "United Kingdom", "United States"}},
		{"coordinated list", "en", "Cyber news\n\nBritain, Canada and the United States said Russia's SVR was behind the attacks.", []string{"United Kingdom", "Canada", "United States"}},
		{"lieu de la victime puis locuteur", "fr", "Cyber actu\n\nParmi les victimes figurent un sous-traitant espagnol et deux universités au Portugal, a indiqué ESET, qui accuse le groupe Lazarus.", []string{"ESET"}},
	})
}
