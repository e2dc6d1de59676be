package extractor

import "testing"

// TestPassiveAgentShapes15 covers the agent of a passive attribution that
// is not the accuser's bare name (session 15): researchers or analysts
// "at"/« de » their employer, a firm noun before the firm ("the security
// firm Mandiant", « l'entreprise de cybersécurité Mandiant »), with the
// firm's nationality beside it ("Slovak security company ESET", « la
// société slovaque ESET ») that names no speaking state. An agent that
// names no firm ("researchers who declined to be named", "a Russian
// firm") gives no accuser. The sentences are written for this test.
func TestPassiveAgentShapes15(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "researchers at a vendor", lang: "en",
			text: "The intrusion at the ministry was attributed to APT29 by researchers at Mandiant.",
			want: []string{"mandiant>apt29"}},
		{name: "analysts from a vendor", lang: "en",
			text: "The breach of the port authority was blamed on Sandworm by analysts from ESET.",
			want: []string{"eset>sandworm"}},
		{name: "firm noun before the firm", lang: "en",
			text: "The theft from the central bank was attributed to Lazarus by the security firm Symantec.",
			want: []string{"symantec>lazarus group"}},
		{name: "nationality of the firm is no accuser", lang: "en",
			text: "The hack of the parliament was attributed to APT28 by Slovak security company ESET.",
			want: []string{"eset>apt28"}, not: []string{"SK>apt28"}},
		{name: "unnamed researchers give no accuser", lang: "en",
			text: "The hack of the parliament was attributed to APT28 by researchers who declined to be named.",
			not:  []string{"GB>apt28"}},
		{name: "a firm with only a nationality is no accuser", lang: "en",
			text: "The hack of the parliament was attributed to APT28 by a Russian firm.",
			not:  []string{"RU>apt28"}},
		{name: "french chercheurs d'un editeur", lang: "fr",
			text: "Le piratage du ministère a été attribué à APT31 par les chercheurs de Microsoft.",
			want: []string{"microsoft>apt31"}},
		{name: "french experts de la societe", lang: "fr",
			text: "L'attaque contre la banque a été imputée à Lazarus par des analystes de la société ESET.",
			want: []string{"eset>lazarus group"}},
		{name: "french societe et nationalite", lang: "fr",
			text: "L'attaque contre la banque a été imputée à Lazarus par la société slovaque ESET.",
			want: []string{"eset>lazarus group"}, not: []string{"SK>lazarus group"}},
		{name: "french entreprise de cybersecurite", lang: "fr",
			text: "L'intrusion dans le réseau du port a été attribuée à Sandworm par l'entreprise de cybersécurité Mandiant.",
			want: []string{"mandiant>sandworm"}},
		{name: "french entreprise sans nom", lang: "fr",
			text: "L'intrusion dans le réseau du port a été attribuée à Sandworm par une entreprise russe.",
			not:  []string{"RU>sandworm"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}

// TestDescribedAsShapes15 covers a vendor's characterisation of a group:
// "described X as a [Chinese] group/unit/outfit", « présente X comme une
// unité du renseignement russe » is an attribution when the complement is
// an actor noun, not when it is any other description ("described China
// as a partner"); and the subject before an appositive relative clause
// whose own list has commas ("ESET, which … targeted media, political and
// academic organisations, has described…"). The sentences are written for
// this test.
func TestDescribedAsShapes15(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "characterised as a unit", lang: "en",
			text: "Mandiant has characterised Sandworm as a unit of Russian military intelligence.",
			want: []string{"mandiant>sandworm"}},
		{name: "described as a state-sponsored group", lang: "en",
			text: "Security firm ESET described APT31 as a Chinese state-sponsored group that spies on lawmakers.",
			want: []string{"eset>apt31"}},
		{name: "described as something else", lang: "en",
			text: "Britain's foreign minister described China as a partner in the fight against cybercrime.",
			not:  []string{"GB>CN"}},
		{name: "relative clause with a list", lang: "en",
			text: "Slovak security company ESET, which has tracked it since 2021 as it hit energy, transport and water companies, has described Sandworm as a unit of the GRU.",
			want: []string{"eset>sandworm"}},
		{name: "relative clause with a list before said", lang: "en",
			text: "Microsoft, which has followed the group since it hit ministries in Poland, Lithuania and Latvia, said the cyberattacks were run by the GRU.",
			want: []string{"microsoft>gru"}},
		{name: "french presente comme une unite", lang: "fr",
			text: "La société ESET présente APT28 comme une unité du renseignement militaire russe.",
			want: []string{"eset>apt28"}},
		{name: "french decrit comme un groupe", lang: "fr",
			text: "La société Trend Micro avait décrit APT41 comme un groupe d'espionnage chinois.",
			want: []string{"trend micro>apt41"}},
		{name: "french autre description", lang: "fr",
			text: "Le ministre français a présenté la Chine comme un acteur incontournable du commerce mondial.",
			not:  []string{"FR>CN"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}

// TestJointStatementNouns15 covers partners named after the noun of a joint
// statement other than a report or advisory ("in a joint bulletin with the
// FBI", « dans un avis commun avec le FBI »): they speak with it; a joint
// activity that is no statement ("joint exercises with") adds no one. The
// sentences are written for this test.
func TestJointStatementNouns15(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "joint bulletin with", lang: "en",
			text: "In a joint bulletin with the FBI, Australia's cyber agency said Salt Typhoon had exploited a flaw in routers.",
			want: []string{"AU>salt typhoon", "US>salt typhoon"}},
		{name: "joint alert with after the verb", lang: "en",
			text: "The Canadian Centre for Cyber Security said in a joint alert with the NSA that APT40 had hacked routers.",
			want: []string{"CA>apt40", "US>apt40"}},
		{name: "joint exercises are no statement", lang: "en",
			text: "In joint exercises with the United States, Japan said APT10 had hacked its ministries.",
			want: []string{"JP>apt10"}, not: []string{"US>apt10"}},
		{name: "french avis commun avec", lang: "fr",
			text: "Dans un avis commun avec le FBI, le Centre canadien pour la cybersécurité a indiqué que Salt Typhoon avait piraté des routeurs.",
			want: []string{"CA>salt typhoon", "US>salt typhoon"}},
		{name: "french alerte conjointe avec", lang: "fr",
			text: "Dans une alerte conjointe avec la NSA, l'agence australienne de cybersécurité a affirmé que APT40 avait piraté des routeurs.",
			want: []string{"AU>apt40", "US>apt40"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}

// TestIndefiniteLinkObject15 covers an attribution cue whose object opens on
// an indefinite determiner (« des groupes liés à des États », "hackers tied
// to a foreign government"): a new, unnamed actor, so the speakers do not
// take over the accused of the sentence before; a definite object ("linked
// the intrusions to the same group") still does. The sentences are written
// for this test.
func TestIndefiniteLinkObject15(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "french lies a des etats", lang: "fr",
			text: "La société ESET a attribué à APT31 des intrusions dans les messageries du ministère tchèque des Finances.\n\n" +
				"En mars, la Pologne et la Lituanie avaient averti que des pirates, dont des groupes liés à des États, visaient leurs administrations.",
			want: []string{"eset>apt31"}, not: []string{"PL>apt31", "LT>apt31"}},
		{name: "tied to a foreign government", lang: "en",
			text: "ESET attributed intrusions into the mailboxes of Czech finance officials to APT31.\n\n" +
				"In March, Poland had warned that hackers, some of them tied to a foreign government, were targeting its ministries.",
			want: []string{"eset>apt31"}, not: []string{"PL>apt31"}},
		{name: "definite object keeps the accused", lang: "en",
			text: "ESET attributed intrusions into the mailboxes of Czech finance officials to APT31.\n\n" +
				"In March, Poland's cyber command linked the intrusions to the same group.",
			want: []string{"eset>apt31", "PL>apt31"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}

// TestFirmHomeAdjective15 covers a country name written as the adjective of
// a firm whose trade words come before its noun ("U.S. cyber intelligence
// company iSight Partners", "UK threat intelligence firm Recorded Future"):
// the firm speaks, not the state; so does an unnamed firm whose noun ends
// the phrase before a reporting verb or punctuation ("…, says US firm", "a
// US security company said"); a state coordinated with a firm still speaks
// ("U.S. officials and Microsoft"). The sentences are written for
// this test.
func TestFirmHomeAdjective15(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "cyber intelligence company", lang: "en",
			text: "U.S. cyber intelligence company iSight Partners said the blackout was the work of Sandworm.",
			want: []string{"isight partners>sandworm"}, not: []string{"US>sandworm"}},
		{name: "threat intelligence firm", lang: "en",
			text: "U.S. threat intelligence firm Mandiant said the intrusion at the ministry was the work of APT29.",
			want: []string{"mandiant>apt29"}, not: []string{"US>apt29"}},
		{name: "says unnamed US firm", lang: "en",
			text: "APT41 targeted Taiwan's chip makers, says US firm\n\nThe campaign hit three factories last year.",
			not:  []string{"US>apt41"}},
		{name: "a US security company said", lang: "en",
			text: "A US security company said the intrusion at the ministry was the work of APT29.",
			not:  []string{"US>apt29"}},
		{name: "state and firm both speak", lang: "en",
			text: "U.S. officials and Microsoft said the intrusion at the ministry was the work of APT29.",
			want: []string{"US>apt29", "microsoft>apt29"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}
