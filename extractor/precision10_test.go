package extractor

import "testing"

// TestAccusedPrecision covers false accused found on unseen articles (issue
// 10, set blind-h): a vendor's own name for a group already in context is
// no new antecedent, and groups a sentence sets apart from the accused one
// ("distinct from", « se distingue de ») are not its accused, nor the
// nationality of a target after "attacks against", nor the object of an
// attribution its author says it cannot make, nor the parent cluster of a
// group given as a pronoun, nor a country after "outside" or a place after
// "the island of". The sentences
// are written for this test.
func TestAccusedPrecision(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		// a vendor's label re-names the antecedent
		{name: "tracks it as", lang: "en",
			text: "The FBI accused Andariel of extorting hospitals with ransomware.\n\nGoogle, which wrote its own report, tracks it as APT45.\n\nThe gang also stole blueprints from shipbuilders, the bureau said.",
			want: []string{"US>andariel"},
			not:  []string{"US>apt45"}},
		{name: "french le suit sous le nom de", lang: "fr",
			text: "Le FBI accuse Andariel d'avoir rançonné des hôpitaux.\n\nGoogle, qui a publié son propre rapport, le suit sous le nom d'APT45.\n\nLe groupe a aussi volé des plans à des chantiers navals, selon le FBI.",
			want: []string{"US>andariel"},
			not:  []string{"US>apt45"}},
		// groups set apart from the accused one
		{name: "french se distingue de", lang: "fr",
			text: "Le parquet allemand accuse le groupe Cadet Blizzard d'avoir saboté des réseaux ukrainiens.\n\nCe groupe se distingue de Turla et de Gamaredon, deux autres équipes du FSB actives en Ukraine.",
			want: []string{"DE>cadet blizzard"},
			not:  []string{"DE>turla", "DE>gamaredon"}},
		{name: "distinct from", lang: "en",
			text: "German prosecutors accused Cadet Blizzard of sabotaging Ukrainian networks.\n\nThe crew is distinct from Turla and Gamaredon, two other FSB teams active in Ukraine.",
			want: []string{"DE>cadet blizzard"},
			not:  []string{"DE>turla", "DE>gamaredon"}},
		// the nationality of a target after "attacks against" when a
		// group is the accused
		{name: "french attaques contre des ministeres", lang: "fr",
			text: "Le parquet belge reproche au groupe NoName057(16) des attaques contre des sites de communes et de ministères italiens pendant la campagne électorale.",
			want: []string{"BE>noname057(16)"},
			not:  []string{"BE>IT"}},
		{name: "attacks against ministries", lang: "en",
			text: "Belgian prosecutors blamed NoName057(16) for attacks against the websites of Italian ministries during the election campaign.",
			want: []string{"BE>noname057(16)"},
			not:  []string{"BE>IT"}},
		// a vendor unable to attribute makes no claim
		{name: "french pas en mesure d'attribuer", lang: "fr",
			text: "« Nous ne sommes pas en mesure d'attribuer cette intrusion au groupe Turla », a indiqué un porte-parole de Sekoia.",
			not:  []string{"sekoia>turla"}},
		{name: "french ne permettent pas de faire le lien", lang: "fr",
			text: "Selon Sekoia, ses analyses ne permettent pas de faire le lien avec le groupe Turla.",
			not:  []string{"sekoia>turla"}},
		{name: "unable to attribute", lang: "en",
			text: "Sekoia said it was unable to attribute the intrusion to Turla.",
			not:  []string{"sekoia>turla"}},
		{name: "too early to blame", lang: "en",
			text: "Sekoia said it was too early to blame Turla for the intrusion.",
			not:  []string{"sekoia>turla"}},
		// the parent cluster named after a relation noun, the group only a pronoun
		{name: "french le considere comme un sous-groupe", lang: "fr",
			text: "Le groupe Earth Kasha s'en est pris à des chercheurs taïwanais.\n\nL'éditeur ESET, qui le considère comme un sous-groupe d'APT10, l'accusait en mars d'avoir visé un institut de recherche.",
			want: []string{"eset>earth kasha"},
			not:  []string{"eset>apt10"}},
		{name: "sees it as a subgroup of", lang: "en",
			text: "The Earth Kasha group went after Taiwanese researchers.\n\nESET, which sees it as a subgroup of APT10, accused it in March of targeting a research institute.",
			want: []string{"eset>earth kasha"},
			not:  []string{"eset>apt10"}},
		// a country after "outside" is where something is not, no accused
		{name: "french une premiere hors du pays", lang: "fr",
			text: "L'éditeur ESET accusait en décembre le groupe MirrorFace d'avoir visé un institut diplomatique, une première hors du Japon pour ce groupe.",
			want: []string{"eset>mirrorface"},
			not:  []string{"eset>JP"}},
		{name: "a first outside the country", lang: "en",
			text: "ESET accused MirrorFace in December of targeting a diplomatic institute, the group's first operation outside Japan.",
			want: []string{"eset>mirrorface"},
			not:  []string{"eset>JP"}},
		// "the island of Guam" is a place
		{name: "french sur l'ile de", lang: "fr",
			text: "Microsoft accusait le groupe Volt Typhoon d'espionner des infrastructures critiques aux États-Unis, y compris sur l'île de Guam, où se trouvent des bases militaires.",
			want: []string{"microsoft>volt typhoon"},
			not:  []string{"microsoft>GU"}},
		{name: "on the island of", lang: "en",
			text: "Microsoft accused Volt Typhoon of spying on critical infrastructure in the United States, including on the island of Guam, home to military bases.",
			want: []string{"microsoft>volt typhoon"},
			not:  []string{"microsoft>GU"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, extract(t, tc.lang, "2025-03-05", tc.text), tc.want, tc.not)
		})
	}
}

// TestBackgroundClaimDate: a background accusation dated only by a year
// gets no claim date (a year is no claim month, and the publication date
// would be wrong); one dated by its month keeps it. The sentences are
// written for this test.
func TestBackgroundClaimDate(t *testing.T) {
	t.Parallel()
	checkClaimDates(t, "2025-03-05", []claimDateCase{
		{name: "year only", lang: "en",
			text: "In 2017 Denmark blamed the GRU for hacking the email servers of its defence ministry.",
			want: ""},
		{name: "month and year", lang: "en",
			text: "In October 2017 Denmark blamed the GRU for hacking the email servers of its defence ministry.",
			want: "2017-10"},
		{name: "french annee seule", lang: "fr",
			text: "En 2017, le Danemark avait accusé le GRU d'avoir piraté les serveurs de messagerie de son ministère de la Défense.",
			want: ""},
	})
}
