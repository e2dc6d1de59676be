package extractor

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestOrgAppositive: a firm outside the entity table named by an apposition
// ("Zorbex, a Dutch security firm, said…", « Zorbex, une entreprise de
// cybersécurité, a affirmé… ») is the accuser; a person's apposition that
// names a role at a firm keeps the firm, not the person. Names and
// sentences written for this rule.
func TestOrgAppositive(t *testing.T) {
	t.Parallel()
	const en = "Bank hit by cyberattack\n\n%s\n\nThe cyberattack disrupted online banking for two days, the bank said."
	const fr = "Une banque visée par une cyberattaque\n\n%s\n\nLa cyberattaque a perturbé les services en ligne de la banque pendant deux jours."
	cases := []struct {
		name, lang, frame, sentence string
		want                        []string // accuser names
	}{
		{"a security firm", "en", en, "Zorbex, a security firm, said that APT28 was behind the attack.", []string{"Zorbex"}},
		{"demonym before the cue", "en", en, "Zorbex, a Dutch security firm, said that APT28 was behind the attack.", []string{"Zorbex"}},
		{"cue then participle", "en", en, "Zorbex, a cybersecurity company based in Utrecht, said that APT28 was behind the attack.", []string{"Zorbex"}},
		{"head noun alone", "en", en, "Zorbex, a security vendor, said APT28 was behind the attack.", []string{"Zorbex"}},
		{"role at a firm stays a person", "en", en, "Smith, a researcher at security firm Zorbex, said that APT28 was behind the attack.", []string{"Zorbex"}},
		{"entreprise de cybersécurité", "fr", fr, "Zorbex, une entreprise de cybersécurité, a affirmé que le groupe APT28 était derrière l'attaque.", []string{"Zorbex"}},
		{"éditeur sans article", "fr", fr, "Zorbex, éditeur de sécurité, a affirmé que le groupe APT28 était derrière l'attaque.", []string{"Zorbex"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", fmt.Sprintf(tc.frame, tc.sentence))
			var got []string
			for _, c := range cs {
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

// TestOrgResearchersOpening: "Zorbex researchers said…" opening a sentence
// names a firm when the article writes "Zorbex" capitalised inside a
// sentence too; "Independent researchers said…" names none.
func TestOrgResearchersOpening(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text string
		want       []string
	}{
		{"named again inside", "Bank hit by cyberattack\n\nZorbex researchers said that APT28 was behind the attack on the bank. The bank said it had called in Zorbex after the cyberattack.", []string{"Zorbex"}},
		{"common adjective", "Bank hit by cyberattack\n\nIndependent researchers said that APT28 was behind the attack on the bank. The bank said it had called in Zorbex after the cyberattack.", nil},
		{"named only at the opening", "Bank hit by cyberattack\n\nZorbex researchers said that APT28 was behind the attack on the bank. The cyberattack disrupted services.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, "en", "2025-10-08", tc.text) {
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
