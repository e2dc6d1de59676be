package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// Articles of one sentence between a title and an attack sentence, in each
// language, for the cue tables of this file and orgs15_test.go.
func ministryEN(s string) string {
	return "Hackers hit ministry\n\n" + s + "\n\nThe attack disrupted the ministry's network for days."
}

func ministryFR(s string) string {
	return "Un ministère piraté\n\n" + s + "\n\nL'attaque a perturbé le réseau du ministère pendant plusieurs jours."
}

// accusedCase is one article and the name of the first accused of its
// accusations ("" for none).
type accusedCase struct {
	name, lang, text, want string
}

func checkFirstAccused(t *testing.T, cases []accusedCase) {
	t.Helper()
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

// TestAttackNounAfterArticle: « attaque » is a verb and a noun; after an
// article (« a attribué l'attaque à l'Iran ») it is the noun, whose « à »
// names the author, not a target. Sentences written for this rule.
func TestAttackNounAfterArticle(t *testing.T) {
	t.Parallel()
	checkFirstAccused(t, []accusedCase{
		{"a attribué l'attaque à", "fr", ministryFR("L'Albanie a attribué l'attaque à l'Iran."), "Iran"},
		{"attribue l'attaque à la", "fr", ministryFR("L'Albanie attribue l'attaque à la Russie."), "Russia"},
		{"relié l'attaque à", "fr", ministryFR("Les enquêteurs albanais disent avoir relié l'attaque à Téhéran."), "Iran"},
		{"verbe : X attaque Y", "fr", ministryFR("L'Iran attaque l'Albanie depuis des mois, selon un chercheur."), ""},
	})
}

// TestNamedAsCulprit: "identified X as the culprit behind", "named X as the
// group behind", « désigné X comme l'auteur de » name the accused. Sentences
// written for these cues.
func TestNamedAsCulprit(t *testing.T) {
	t.Parallel()
	checkFirstAccused(t, []accusedCase{
		{"identified as the culprit", "en", ministryEN("Canada identified China as the culprit behind the attack."), "China"},
		{"named as the group behind", "en", ministryEN("Canada named APT31 as the group behind the attack."), "APT31"},
		{"désigné comme l'auteur", "fr", ministryFR("Paris a désigné le GRU comme l'auteur de l'attaque."), "GRU"},
		{"identifié comme le responsable", "fr", ministryFR("Ottawa a identifié le groupe APT31 comme le responsable de l'attaque."), "APT31"},
	})
}

// TestAgentAfterApposition: the agent of a passive attribution may follow
// an apposition to its object ("attributed to X, a group known for…, by
// researchers at Y", « attribuée au groupe X, connu pour…, par les
// chercheurs de Y »). Names and sentences written for this rule.
func TestAgentAfterApposition(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"en apposition", "en", ministryEN("The intrusion was attributed to APT41, a group known for espionage in Asia and believed to work for Beijing, by researchers at Zorbex Labs."), []string{"Zorbex Labs"}},
		{"fr apposition", "fr", ministryFR("L'intrusion a été attribuée au groupe APT41, connu pour ses opérations en Asie et considéré comme au service de Pékin, par les chercheurs de Zorbex Labs."), []string{"Zorbex Labs"}},
		{"a clause ends first", "en", ministryEN("The intrusion was attributed to APT41, a group known for espionage; it was later studied by researchers at Zorbex Labs."), nil},
	})
}
