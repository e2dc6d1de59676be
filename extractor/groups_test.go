package extractor

import (
	"context"
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestRelatedGroupAfterAnaphor: a group named only to situate the accused
// one, with "the group" / « ce groupe » as the group situated ("The group,
// which researchers see as a subgroup of APT10"), is neither accused nor an
// antecedent for a later sentence. Sentences written for this rule.
func TestRelatedGroupAfterAnaphor(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-01-08", []groupCase{
		{"the group, a subgroup of", "en",
			"Cyber news\n\nJapan's police on Wednesday blamed MirrorFace, a group linked to the Chinese state, for 210 cyberattacks on ministries.\n\nThe group, which several security firms see as a subgroup of APT10, focuses on national security.\n\nLast year the police had already blamed North Korean hackers for a theft of cryptocurrency from a Japanese exchange.",
			[]string{"MirrorFace"}},
		{"ce groupe, une branche de", "fr",
			"Actualité\n\nLa police japonaise a attribué mercredi à MirrorFace, un groupe lié à l'État chinois, quelque 210 cyberattaques contre des ministères.\n\nCe groupe, que plusieurs sociétés de cybersécurité considèrent comme une branche d'APT10, s'intéresse à la sécurité nationale.\n\nL'an dernier déjà, la police japonaise avait imputé à des pirates nord-coréens le vol de cryptomonnaies d'une plateforme.",
			[]string{"MirrorFace"}},
		{"que certains rattachent à la nébuleuse", "fr",
			"Actualité\n\nLa police japonaise a attribué mercredi à MirrorFace, un groupe lié à l'État chinois, quelque 210 cyberattaques contre des ministères.\n\nMirrorFace, que certains chercheurs rattachent à la nébuleuse APT10, vise surtout des diplomates.",
			[]string{"MirrorFace"}},
	})
}

// TestGroupNameCuePerson: a name after a group-name cue ("known as", "which
// Microsoft calls", « qu'il appelle ») is a group's only when the attacker
// noun before it names a group or subgroup, not one person ("a Chinese
// hacker known as Zhou Shuai"). Sentences written for these rules.
func TestGroupNameCuePerson(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-03-05", []groupCase{
		{"a hacker known as", "en",
			"Cyber news\n\nThe Treasury on Tuesday sanctioned a Chinese hacker known as Zhou Shuai for intrusions into US defence contractors.", nil},
		{"a hacker group known as", "en",
			"Cyber news\n\nThe Treasury on Tuesday sanctioned a Chinese hacker group known as Silver Shuai for intrusions into US defence contractors.", []string{"Silver Shuai"}},
		{"un pirate surnommé", "fr",
			"Actualité\n\nLe Trésor américain a sanctionné mardi un pirate chinois surnommé Zhou Shuai pour des intrusions contre des industriels de la défense.", nil},
		{"a subgroup Microsoft calls", "en",
			"Cyber news\n\nMicrosoft on Wednesday blamed Russia's GRU for intrusions into Western firms.\n\nThe subgroup, which Microsoft calls Copper Pilot, has been active since 2021.", []string{"Copper Pilot"}},
		{"un sous-groupe que Microsoft appelle", "fr",
			"Actualité\n\nMicrosoft a accusé mercredi le GRU russe d'intrusions dans des entreprises occidentales.\n\nLe sous-groupe, que Microsoft appelle Copper Pilot, est actif depuis 2021.", []string{"Copper Pilot"}},
		{"un groupe de pirates baptisé", "fr",
			"Actualité\n\nLe Trésor américain a sanctionné mardi un groupe de pirates chinois baptisé Silver Shuai pour des intrusions contre des industriels de la défense.", []string{"Silver Shuai"}},
	})
}

// groupCase is one text and the accused group names its accusations must
// give (sorted, each once).
type groupCase struct {
	name, lang, text string
	want             []string
}

// checkAccusedGroups extracts each case as published on pub and compares
// the accused groups of its accusations.
func checkAccusedGroups(t *testing.T, pub string, cases []groupCase) {
	t.Helper()
	checkAccusedKinds(t, pub, cases, claim.KindGroup)
}

// checkAccusedKinds compares the names of the accused of each case's
// accusations whose kind is one of kinds, sorted, without repeats.
func checkAccusedKinds(t *testing.T, pub string, cases []groupCase, kinds ...claim.Kind) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/g", Published: claim.Date(pub)}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				if c.Stance == claim.StanceAccusation && c.Accused != nil && slices.Contains(kinds, c.Accused.Kind) && !slices.Contains(got, c.Accused.Name) {
					got = append(got, c.Accused.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("accused %v = %v, want %v", kinds, got, tc.want)
			}
		})
	}
}
