package extractor

import (
	"fmt"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAttackNounAfterArticle: « attaque » is a verb and a noun; after an
// article (« a attribué l'attaque à l'Iran ») it is the noun, whose « à »
// names the author, not a target. Sentences written for this rule.
func TestAttackNounAfterArticle(t *testing.T) {
	t.Parallel()
	const frame = "Un ministère piraté\n\n%s\n\nL'attaque a perturbé le réseau du ministère pendant plusieurs jours."
	cases := []struct {
		name, sentence, want string // want: accused name, "" for no accusation
	}{
		{"a attribué l'attaque à", "L'Albanie a attribué l'attaque à l'Iran.", "Iran"},
		{"attribue l'attaque à la", "L'Albanie attribue l'attaque à la Russie.", "Russia"},
		{"relié l'attaque à", "Les enquêteurs albanais disent avoir relié l'attaque à Téhéran.", "Iran"},
		{"verbe : X attaque Y", "L'Iran attaque l'Albanie depuis des mois, selon un chercheur.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, c := range extract(t, "fr", "2025-10-08", fmt.Sprintf(frame, tc.sentence)) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil && got == "" {
					got = c.Accused.Name
				}
			}
			if got != tc.want {
				t.Errorf("accused = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNamedAsCulprit: "identified X as the culprit behind", "named X as the
// group behind", « désigné X comme l'auteur de » name the accused. Sentences
// written for these cues.
func TestNamedAsCulprit(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, want string
	}{
		{"identified as the culprit", "en", "Hackers hit ministry\n\nCanada identified China as the culprit behind the attack.\n\nThe attack disrupted the ministry's network for days.", "China"},
		{"named as the group behind", "en", "Hackers hit ministry\n\nCanada named APT31 as the group behind the attack.\n\nThe attack disrupted the ministry's network for days.", "APT31"},
		{"désigné comme l'auteur", "fr", "Un ministère piraté\n\nParis a désigné le GRU comme l'auteur de l'attaque.\n\nL'attaque a perturbé le réseau du ministère pendant plusieurs jours.", "GRU"},
		{"identifié comme le responsable", "fr", "Un ministère piraté\n\nOttawa a identifié le groupe APT31 comme le responsable de l'attaque.\n\nL'attaque a perturbé le réseau du ministère pendant plusieurs jours.", "APT31"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil && got == "" {
					got = c.Accused.Name
				}
			}
			if got != tc.want {
				t.Errorf("accused = %q, want %q", got, tc.want)
			}
		})
	}
}
