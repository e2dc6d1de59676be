package extractor

import "testing"

// TestVictimDemonymLists: companies named by their nationality in a list
// after an attack, each item a noun phrase of its own, or the first example
// after "including" / « dont ». An attacker or an organ in the list is no
// target. Events are invented for the test; want lists the expected
// "accuser>accused>victims" keys, victims sorted.
func TestVictimDemonymLists(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en demonym list after hit",
			lang: "en",
			text: "Canada blamed Russia's GRU for the wiper, which hit Italian insurer Generali, Austrian steelmaker Voestalpine and Belgian brewer AB InBev last spring.",
			want: []string{"CA>GRU>AT,BE,IT"},
		},
		{
			name: "fr demonym after the head in a dont list",
			lang: "fr",
			text: "Le Danemark accuse la Russie d'être derrière le rançongiciel qui a paralysé des milliers de réseaux, dont le brasseur belge AB InBev, l'assureur italien Generali et le sidérurgiste autrichien Voestalpine.",
			want: []string{"DK>RU>AT,BE,IT"},
		},
		{
			name: "fr the election named by its demonym",
			lang: "fr",
			text: "Le Canada a accusé le GRU du piratage de plusieurs partis lors de la présidentielle brésilienne de 2022.",
			want: []string{"CA>GRU>BR"},
		},
		{
			name: "en including a demonym company",
			lang: "en",
			text: "Norway said Chinese state hackers had breached hundreds of firms, including Swedish truckmaker Volvo.",
			want: []string{"NO>CN>SE"},
		},
		{
			name: "en a state tie in the list is no target",
			lang: "en",
			text: "Poland accused the GRU of the attack, which hit Italian insurer Generali, according to Polish state media and Russian state hackers' own channels.",
			want: []string{"PL>GRU>IT"},
		},
		{
			name: "fr an attacker group after dont is no target",
			lang: "fr",
			text: "La Suède accuse plusieurs groupes d'avoir attaqué ses hôpitaux, dont le groupe russe APT28.",
			want: []string{"SE>APT28>SE"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimNotMakerOrSanctioned: a state named as the maker of an
// exploited product, or as the target of sanctions, is no victim of the
// attack. Events are invented for the test.
func TestVictimNotMakerOrSanctioned(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en product made by a demonym company",
			lang: "en",
			text: "Canada accused Iranian state hackers of breaking into water plants in Ontario through controllers made by the Dutch company Vexa.",
			want: []string{"CA>IR>CA"},
		},
		{
			name: "en product made in a country",
			lang: "en",
			text: "Canada accused Iranian state hackers of sabotaging water plants in Ontario, targeting pumps made in Italy.",
			want: []string{"CA>IR>CA"},
		},
		{
			name: "fr routeurs vendus par des fournisseurs",
			lang: "fr",
			text: "La Suède accuse la Chine d'avoir piraté ses hôpitaux en exploitant des failles dans des routeurs vendus par des fournisseurs coréens.",
			want: []string{"SE>CN>SE"},
		},
		{
			name: "en sanctions imposed on a third state",
			lang: "en",
			text: "Britain blamed China for the hack of its electoral commission, a month after the sanctions it imposed on Belarus.",
			want: []string{"GB>CN>GB"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimLaterLink: a past incident the sentence links to the accused
// without saying who links it (an agentless passive, unnamed researchers)
// gives no victim to the claim; a link that is the statement itself does.
// Events are invented for the test.
func TestVictimLaterLink(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en agentless passive after the accusation",
			lang: "en",
			text: "Sweden blamed the Lazarus Group for the theft from its central bank, and the group has since been tied to a heist at Chile's largest exchange.",
			want: []string{"SE>Lazarus Group>SE"},
		},
		{
			name: "en unnamed investigators in a relative clause",
			lang: "en",
			text: "Sweden's security police said the attack on its central bank was carried out by the Lazarus Group, the same crew that investigators have linked to the theft from Chile's central bank.",
			want: []string{"SE>Lazarus Group>SE"},
		},
		{
			name: "en a hacktivist's own claim names no victim",
			lang: "en",
			text: "Finland blamed the GRU for the intrusion into its parliament. The hacktivist front later claimed responsibility for manipulating water utility systems in Estonia and Latvia, but researchers could not confirm it.",
			want: []string{"FI>GRU>FI"},
		},
		{
			name: "en the link is the statement",
			lang: "en",
			text: "The Lazarus Group has been tied to the theft from Chile's central bank, ESET said.",
			want: []string{"ESET>Lazarus Group>CL"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimSelfReportedAgentAnaphor: a state that reports its own assets
// were attacked by "the same group" accuses the group named before, with
// itself as victim. Events are invented for the test.
func TestVictimSelfReportedAgentAnaphor(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "fr ses institutions visées par le même groupe",
			lang: "fr",
			text: "La Lituanie a attribué au groupe APT29 le piratage de son ministère de la défense. Le même jour, la Lettonie a indiqué que plusieurs de ses institutions avaient été visées par le même groupe.",
			want: []string{"LT>APT29>LT", "LV>APT29>LV"},
		},
		{
			name: "en its agencies targeted by the same group",
			lang: "en",
			text: "Lithuania attributed the breach of its defence ministry to APT29. Latvia said some of its agencies had been targeted by the same group.",
			want: []string{"LT>APT29>LT", "LV>APT29>LV"},
		},
	}
	checkClaimKeys(t, cases)
}
