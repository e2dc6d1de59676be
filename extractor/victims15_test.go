package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestDropUnreadCarried: a victim a claim only carried from another claim
// of its frame goes when the model rejected its country in every sentence
// that names it ("a spokesman for Britain's NCSC said", whose GB was the
// accuser's own default victim); it stays when some sentence's candidate
// was kept, or when no sentence names the country at all.
func TestDropUnreadCarried(t *testing.T) {
	t.Parallel()
	ent := func(ccs ...string) []claim.Entity {
		var out []claim.Entity
		for _, cc := range ccs {
			out = append(out, claim.Entity{Kind: claim.KindState, Country: cc})
		}
		return out
	}
	cases := []struct {
		name    string
		victims [][]claim.Entity
		reads   []victimRead
		want    [][]string
	}{
		{
			name:    "rejected where read: the carried copy goes",
			victims: [][]claim.Entity{ent("CH"), ent("CH", "GB")},
			reads: []victimRead{
				{claim: 0, cc: "CH", kept: true},
				{claim: 0, cc: "GB", kept: false},
				{claim: 1, cc: "CH", kept: true},
				{claim: 1, cc: "GB", carried: true, kept: true},
			},
			want: [][]string{{"CH"}, {"CH"}},
		},
		{
			name:    "kept in one sentence, rejected in another: stays",
			victims: [][]claim.Entity{ent("UA"), nil, ent("UA")},
			reads: []victimRead{
				{claim: 0, cc: "UA", kept: true},
				{claim: 1, cc: "UA", kept: false},
				{claim: 2, cc: "UA", carried: true, kept: true},
			},
			want: [][]string{{"UA"}, nil, {"UA"}},
		},
		{
			name:    "named in no sentence: the carried copy stays",
			victims: [][]claim.Entity{ent("KR"), ent("KR")},
			reads: []victimRead{
				{claim: 0, cc: "KR", carried: true, kept: true},
				{claim: 1, cc: "KR", carried: true, kept: true},
			},
			want: [][]string{{"KR"}, {"KR"}},
		},
		{
			name:    "a victim read in its own sentence is never dropped",
			victims: [][]claim.Entity{ent("NL")},
			reads: []victimRead{
				{claim: 0, cc: "NL", kept: true},
				{claim: 0, cc: "NL", kept: false},
			},
			want: [][]string{{"NL"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dropUnreadCarried(tc.victims, tc.reads, nil)
			for i, vs := range tc.victims {
				var got []string
				for _, v := range vs {
					got = append(got, v.Country)
				}
				if !slices.Equal(got, tc.want[i]) {
					t.Errorf("claim %d: got %q, want %q", i, got, tc.want[i])
				}
			}
		})
	}
}

// TestFrameVictimsGroupAnaphor: "the group" of an attack sentence further
// on is another claim's group when the nearest claims accuse states only (a
// list of states blamed for older incidents): its victims go to none of
// them. Near a claim about a group they still go to it. Events are
// invented for the test.
func TestFrameVictimsGroupAnaphor(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en the group after a list of states",
			lang: "en",
			text: "EU sanctions GRU officers over Bundestag hack\n\n" +
				"The European Union on Thursday sanctioned two officers of Russia's GRU for the 2015 hack of the German parliament.\n\n" +
				"In July, the EU had blamed Russia, China and North Korea for the WannaCry and NotPetya attacks.\n\n" +
				"The decision was adopted unanimously by the member states after weeks of talks.\n\n" +
				"Experts recall that the group, active since at least 2004, has since attacked many targets, from the Democratic Party in the United States to sports bodies.",
			want: []string{"EU>GRU>DE", "EU>RU>", "EU>CN>", "EU>KP>"},
		},
		{
			name: "fr le groupe after a list of states",
			lang: "fr",
			text: "L'UE sanctionne des officiers du GRU pour le piratage du Bundestag\n\n" +
				"L'Union européenne a sanctionné jeudi deux officiers du GRU russe pour le piratage du Parlement allemand en 2015.\n\n" +
				"En juillet, l'UE avait accusé la Russie, la Chine et la Corée du Nord des attaques WannaCry et NotPetya.\n\n" +
				"La décision a été adoptée à l'unanimité par les États membres après des semaines de discussions.\n\n" +
				"Les experts rappellent que le groupe, actif depuis au moins 2004, s'en est pris depuis à de nombreuses cibles, du Parti démocrate américain aux fédérations sportives.",
			want: []string{"EU>GRU>DE", "EU>RU>", "EU>CN>", "EU>KP>"},
		},
		{
			name: "en the group after a claim about a group",
			lang: "en",
			text: "Britain blames APT28 for parliament hack\n\n" +
				"Britain on Thursday blamed APT28 for the 2015 hack of its parliament.\n\n" +
				"The decision was adopted after weeks of talks with allies.\n\n" +
				"Experts recall that the group, active since at least 2004, has since attacked many targets, including ministries in Latvia.",
			want: []string{"GB>APT28>GB,LV"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimListAsides: a list of targets named by demonym or possessive
// goes on past an aside about one item (", which lost its billing
// systems,", « , qui a dû couper son réseau, ») and past an item whose
// "group" is a business with a name; a state inside the aside is no
// target. Events are invented for the test.
func TestVictimListAsides(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en relative aside after the first item",
			lang: "en",
			text: "Canada accused Russian military hackers of the wiper attack, which hit Italian insurer Generali, which lost its billing systems for a week, Austrian steelmaker Voestalpine and Belgian brewer AB InBev.",
			want: []string{"CA>RU>AT,BE,IT"},
		},
		{
			name: "en a possessive opens the list",
			lang: "en",
			text: "Canada accused Russian military hackers of the wiper attack, which hit Japan's largest port operator, Austrian steelmaker Voestalpine and Belgian brewer AB InBev.",
			want: []string{"CA>RU>AT,BE,JP"},
		},
		{
			name: "en a possessive item with an aside, then a business group",
			lang: "en",
			text: "The United States on Tuesday blamed North Korea for the ransomware attack, which hit Britain's National Health Service, which was forced to cancel appointments, Spanish telecoms group Movistar, German rail operator Deutsche Bahn and French carmaker Renault.",
			want: []string{"US>KP>DE,ES,FR,GB"},
		},
		{
			name: "fr relative aside in a dont list",
			lang: "fr",
			text: "Les États-Unis ont accusé mardi la Corée du Nord d'être derrière le rançongiciel qui a paralysé des milliers d'entreprises, dont l'opérateur espagnol Movistar, qui a dû couper son réseau interne, le transporteur allemand Deutsche Bahn et le constructeur français Renault.",
			want: []string{"US>KP>DE,ES,FR"},
		},
		{
			name: "en a state inside the aside is no target",
			lang: "en",
			text: "Canada accused Russian military hackers of the wiper attack on Italian insurer Generali, which blamed Belarusian hackers, and on local councils.",
			// Belarus is no target of the Russian claim. Since nationality
			// hackers name their state (session 9) the aside's own
			// accusation is a claim too, credited to the sentence's speaker
			// rather than to Generali: a known limitation (an accusation in
			// a relative clause belongs to its antecedent)
			want: []string{"CA>BY>IT", "CA>RU>IT"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimRegionListQuantified: a target place after a quantifier ("in
// other NATO countries", « dans plusieurs pays ») is in target position, and
// a list of regions goes on to the state after it ("NATO and EU countries
// as well as Ukraine"). Events are invented for the test.
func TestVictimRegionListQuantified(t *testing.T) {
	t.Parallel()
	lead := "Norway on Tuesday accused the Russian group Laundry Bear of stealing emails from police officers. "
	cases := []keyCase{
		{
			name: "en other regions as well as a state",
			lang: "en",
			text: lead + "The agency said the group had also targeted organisations in other NATO and EU countries as well as Ukraine.",
			want: []string{"NO>Laundry Bear>UA"},
		},
		{
			name: "en several regions and a state",
			lang: "en",
			text: lead + "The agency said the group had also hit ministries in several NATO countries and Moldova.",
			want: []string{"NO>Laundry Bear>MD"},
		},
		{
			name: "fr plusieurs pays ainsi que",
			lang: "fr",
			text: "La Norvège a accusé mardi le groupe russe Laundry Bear d'avoir dérobé les courriels de policiers. Selon l'agence, le groupe a aussi visé des ministères dans plusieurs pays de l'OTAN ainsi qu'en Moldavie.",
			want: []string{"NO>Laundry Bear>MD"},
		},
		{
			// Norway's own country is the default victim of its accusation
			// (ownCountryVictims), not a target read after "several"
			name: "en speakers after a quantifier stay speakers",
			lang: "en",
			text: "Officials from several NATO countries and Norway said the Russian group Laundry Bear had stolen emails from police officers.",
			want: []string{"NATO>Laundry Bear>", "NO>Laundry Bear>NO"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimNotVendorDemonym: the nationality of the security firm that
// speaks ("the Chinese security firm Qihoo 360, which said …") is the
// firm's home, not a target, even with cyber words between the company
// noun and its name. Events are invented for the test.
func TestVictimNotVendorDemonym(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en demonym security firm then its name",
			lang: "en",
			text: "Blind Eagle was first described in 2019 by the Chinese security firm Qihoo 360, which said the group had been attacking Colombian government institutions and large companies since at least 2018.",
			want: []string{"Qihoo 360>Blind Eagle>CO"},
		},
		{
			name: "en demonym cybersecurity company then its name",
			lang: "en",
			text: "Blind Eagle was first described in 2019 by the Japanese cybersecurity company Trend Micro, which said the group had been attacking Colombian government institutions since at least 2018.",
			want: []string{"Trend Micro>Blind Eagle>CO"},
		},
		{
			name: "fr société chinoise de cybersécurité",
			lang: "fr",
			text: "Le groupe Blind Eagle a été décrit en 2019 par la société chinoise de cybersécurité Qihoo 360, qui affirme que le groupe attaque des institutions gouvernementales colombiennes depuis 2018.",
			want: []string{"Qihoo 360>Blind Eagle>CO"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimAmongVictims: a target named by its nationality "among the
// victims" (« parmi les victimes »), before or after it, in a sentence that
// follows the claim, even paragraphs further on. Events are invented for
// the test.
func TestVictimAmongVictims(t *testing.T) {
	t.Parallel()
	en := "Britain on Monday accused China of a hacking campaign that stole data from hundreds of organisations. "
	fr := "Le Royaume-Uni a accusé lundi la Chine d'une campagne de piratage qui a dérobé des données à des centaines d'organisations. "
	cases := []keyCase{
		{name: "en demonym before among the victims", lang: "en", text: en + "Canadian universities were among the victims.", want: []string{"GB>CN>CA"}},
		{name: "en among the victims before the demonym", lang: "en", text: en + "Among the victims were Canadian universities.", want: []string{"GB>CN>CA"}},
		{name: "fr demonym before parmi les victimes", lang: "fr", text: fr + "Des universités canadiennes figurent parmi les victimes.", want: []string{"GB>CN>CA"}},
		{name: "fr parmi les victimes before the demonym", lang: "fr", text: fr + "Parmi les victimes figurent des universités canadiennes.", want: []string{"GB>CN>CA"}},
		{name: "fr no victims noun: no target", lang: "fr", text: fr + "Des universités canadiennes ont publié un communiqué.", want: []string{"GB>CN>GB"}},
		{
			name: "en victims sentence paragraphs after the claim",
			lang: "en",
			text: "Microsoft blames Chinese groups\n\nMicrosoft said on Tuesday that the Chinese group Violet Typhoon had exploited flaws in its servers.\n\n" +
				"The company released patches for the flaws on Sunday.\n\nHospitals and universities in Canada were among the victims.",
			want: []string{"Microsoft>Violet Typhoon>CA"},
		},
	}
	checkClaimKeys(t, cases)
}

// TestVictimDeniedAttack: the place of an attack a negative determiner
// denies ("reported no such attacks against …", « aucune attaque contre
// … »), or a place fronted before that clause, is no victim; "no fewer
// than" counts attacks, it denies none. Events are invented for the test.
func TestVictimDeniedAttack(t *testing.T) {
	t.Parallel()
	en := "The Czech foreign ministry on Friday accused APT28 of hacking the email accounts of several institutions. "
	fr := "Le ministère tchèque des Affaires étrangères a accusé vendredi le groupe APT28 d'avoir piraté les courriels de plusieurs institutions. "
	cases := []keyCase{
		{name: "en no such attacks against a modifier", lang: "en", text: en + "The Luxembourg agency reported no such attacks against Luxembourg institutions.", want: []string{"CZ>APT28>CZ"}},
		{name: "en fronted place before a denied attack", lang: "en", text: en + "In Luxembourg, the national protection agency reported no such attacks against institutions.", want: []string{"CZ>APT28>CZ"}},
		{name: "fr aucune attaque contre a demonym", lang: "fr", text: fr + "Le Haut-Commissariat n'a signalé aucune attaque de ce type contre des institutions luxembourgeoises.", want: []string{"CZ>APT28>CZ"}},
		{name: "fr fronted place before aucune attaque", lang: "fr", text: fr + "Au Luxembourg, le Haut-Commissariat n'a signalé aucune attaque de ce type contre des institutions.", want: []string{"CZ>APT28>CZ"}},
		{name: "en no fewer than counts attacks", lang: "en", text: "The Czech foreign ministry on Friday accused APT28 of launching no fewer than twenty attacks against Slovak ministries.", want: []string{"CZ>APT28>SK"}},
	}
	checkClaimKeys(t, cases)
}

// TestVictimPassiveSubjectAside: a demonym target that is the subject of a
// passive attack verb stays one past a list of examples set off by commas
// ("websites, including those of …, were knocked offline", « sites, dont
// ceux de …, ont été rendus inaccessibles »). Events are invented for the
// test.
func TestVictimPassiveSubjectAside(t *testing.T) {
	t.Parallel()
	cases := []keyCase{
		{
			name: "en including aside before the passive",
			lang: "en",
			text: "About thirty Slovak municipal websites, including those of two regional councils and several hospitals, were knocked offline on Monday by cyberattacks that Norway blamed on the collective NoName057(16).",
			want: []string{"NO>NoName057(16)>SK"},
		},
		{
			name: "fr dont aside before the passive",
			lang: "fr",
			text: "Une trentaine de sites municipaux slovaques, dont ceux de deux conseils régionaux et de plusieurs hôpitaux, ont été rendus inaccessibles lundi par des attaques que la Norvège a imputées au collectif NoName057(16).",
			want: []string{"NO>NoName057(16)>SK"},
		},
	}
	checkClaimKeys(t, cases)
}
