package extractor

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// accusersCase is one article and the names of its accusations' accusers,
// in order of first appearance (nil for none).
type accusersCase struct {
	name, lang, text string
	want             []string
}

func checkAccuserNames(t *testing.T, cases []accusersCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accuser != nil && !slices.Contains(got, c.Accuser.Name) {
					got = append(got, c.Accuser.Name)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("accusers = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOrgAppositive: a firm outside the entity table named by an apposition
// ("Zorbex, a Dutch security firm, said…", « Zorbex, une entreprise de
// cybersécurité, a affirmé… ») is the accuser; a person's apposition that
// names a role at a firm keeps the firm, not the person. Names and
// sentences written for this rule.
func TestOrgAppositive(t *testing.T) {
	t.Parallel()
	const en = "Bank hit by cyberattack\n\n%s\n\nThe cyberattack disrupted online banking for two days, the bank said."
	const fr = "Une banque visée par une cyberattaque\n\n%s\n\nLa cyberattaque a perturbé les services en ligne de la banque pendant deux jours."
	zorbex := []string{"Zorbex"}
	checkAccuserNames(t, []accusersCase{
		{"a security firm", "en", fmt.Sprintf(en, "Zorbex, a security firm, said that APT28 was behind the attack."), zorbex},
		{"demonym before the cue", "en", fmt.Sprintf(en, "Zorbex, a Dutch security firm, said that APT28 was behind the attack."), zorbex},
		{"cue then participle", "en", fmt.Sprintf(en, "Zorbex, a cybersecurity company based in Utrecht, said that APT28 was behind the attack."), zorbex},
		{"head noun alone", "en", fmt.Sprintf(en, "Zorbex, a security vendor, said APT28 was behind the attack."), zorbex},
		{"role at a firm stays a person", "en", fmt.Sprintf(en, "Smith, a researcher at security firm Zorbex, said that APT28 was behind the attack."), zorbex},
		{"entreprise de cybersécurité", "fr", fmt.Sprintf(fr, "Zorbex, une entreprise de cybersécurité, a affirmé que le groupe APT28 était derrière l'attaque."), zorbex},
		{"éditeur sans article", "fr", fmt.Sprintf(fr, "Zorbex, éditeur de sécurité, a affirmé que le groupe APT28 était derrière l'attaque."), zorbex},
	})
}

// TestOrgResearchersOpening: "Zorbex researchers said…" opening a sentence
// names a firm when the article writes "Zorbex" capitalised inside a
// sentence too; "Independent researchers said…" names none.
func TestOrgResearchersOpening(t *testing.T) {
	t.Parallel()
	const lead = "Bank hit by cyberattack\n\n"
	checkAccuserNames(t, []accusersCase{
		{"named again inside", "en", lead + "Zorbex researchers said that APT28 was behind the attack on the bank. The bank said it had called in Zorbex after the cyberattack.", []string{"Zorbex"}},
		{"common adjective", "en", lead + "Independent researchers said that APT28 was behind the attack on the bank. The bank said it had called in Zorbex after the cyberattack.", nil},
		{"named only at the opening", "en", lead + "Zorbex researchers said that APT28 was behind the attack on the bank. The cyberattack disrupted services.", nil},
	})
}
