package extractor

import (
	"strings"
	"testing"
)

// TestNonOperatorAgencies: the organs that investigate, help or sanction
// (FBI, State Department, Treasury) are not made accused by standing
// beside an attack word.
func TestNonOperatorAgencies(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, not string
	}{
		{"en discoverer", "en",
			"Cyber news\n\nMicrosoft said a China-based group it calls Storm-0000 broke into government mailboxes. Microsoft first disclosed the intrusion in July, after the State Department noticed odd activity in its own logs.",
			"State Department"},
		{"fr équipe d'aide", "fr",
			"Cyber\n\n« Des services iraniens sont derrière l'attaque », a affirmé vendredi le gouvernement albanais, évoquant une cyberattaque contre ses serveurs. Une équipe du FBI est arrivée cette semaine pour aider à restaurer les systèmes, a indiqué le gouvernement.",
			"FBI"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := accusedNames(extract(t, tc.lang, "2024-05-04", tc.text)); strings.Contains(got, tc.not) {
				t.Errorf("accused = %q, want no %s", got, tc.not)
			}
		})
	}
}
