package extractor

import "testing"

// TestSameGroupIsTheGroup: "the same group", « le même groupe » point back
// to the group of the claim before, not to the agency it was tied to
// ("The group, also known as APT33, has been linked to Iran's Islamic
// Revolutionary Guard Corps" … "In 2019, U.S. officials blamed the same
// group for attacks on oil firms"): the earlier accuser accused the group.
// Before, the second accuser also accused the IRGC. A bare "the group"
// carrying a statement's details still reaches all its accused. New
// lexicon key group_anaphor_nouns.
// Texts written for this rule.
func TestSameGroupIsTheGroup(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/the same group", "en", "Cyber news\n\nMicrosoft said an Iranian hacking group had targeted satellite firms in the United States. The group, also known as APT33, has been linked to Iran's Islamic Revolutionary Guard Corps, the company said. In 2019, U.S. officials blamed the same group for cyberattacks on American oil firms.",
			[]string{"Microsoft>APT33>", "Microsoft>IR>US", "Microsoft>IRGC>", "US>APT33>US"}},
		{"fr/le même groupe", "fr", "Actualité\n\nMicrosoft a affirmé qu'un groupe de pirates iranien avait visé des entreprises de satellites aux États-Unis. Le groupe, aussi appelé APT33, est lié aux Gardiens de la révolution iraniens, selon l'entreprise. En 2019, les États-Unis avaient accusé le même groupe de cyberattaques contre des pétroliers américains.",
			[]string{"Microsoft>APT33>", "Microsoft>IR>US", "Microsoft>IRGC>", "US>APT33>US"}},
	})
}
