package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// full summarises a claim as "ACCUSER>ACCUSED>VICTIMS>YEARS" (victims as
// sorted codes, years as start-end of the attack period, empty when none).
func full(c claim.Claim) string {
	var vs []string
	for _, v := range c.Victims {
		vs = append(vs, v.Country)
	}
	slices.Sort(vs)
	yrs := ""
	if p := c.AttackPeriod; p != nil {
		s, e := string(p.Start), string(p.End)
		if len(s) >= 4 {
			s = s[:4]
		}
		if len(e) >= 4 {
			e = e[:4]
		}
		yrs = s + "-" + e
	}
	return key(c) + ">" + strings.Join(vs, ",") + ">" + yrs
}

// TestRecallVictims3 covers victim and attack-year forms that our own
// unseen sets missed (issue 10, miss kinds 4 and 5) and one precision bug
// (countries after "including" read as accused). want and not hold
// prefixes of full(c); the sentences are written for this test.
func TestRecallVictims3(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "including list after a bloc is no accused", lang: "en",
			text: "Microsoft said APT28 ran attacks on organisations in several NATO countries, including Latvia, Lithuania and Poland.",
			want: []string{"microsoft>apt28>LT,LV,PL>"},
			not:  []string{"microsoft>LV", "microsoft>LT", "microsoft>PL"}},
		{name: "including list after a bloc blamed", lang: "en",
			text: "Germany blamed Russia for cyberattacks on organisations in several NATO countries, including Latvia, Lithuania and Poland.",
			want: []string{"DE>RU>LT,LV,PL>"},
			not:  []string{"DE>LV", "DE>LT", "DE>PL"}},
		{name: "nationality adjective institution after attack verb", lang: "en",
			text: "The Dutch intelligence service said Laundry Bear broke into the Dutch national police last year.",
			want: []string{"NL>laundry bear>NL>"}},
		{name: "attempt verb before attack verb", lang: "en",
			text: "Estonia said the GRU had tried in April to hack into the networks of Estonian ministries.",
			want: []string{"EE>gru>EE>"}},
		{name: "language names are no countries", lang: "en",
			text: "Poland blamed Russia for hacking the site of a Polish news agency to post a message in Ukrainian, Russian and Polish.",
			want: []string{"PL>RU>PL>"}},
		{name: "the three countries after a list", lang: "en",
			text: "Google said APT29 targeted embassies of Latvia, Lithuania and Estonia. The group sent phishing emails to diplomats in the three countries.",
			want: []string{"google>apt29>EE,LT,LV>"}},
		{name: "the three countries are the speakers", lang: "en",
			text: "Britain, the United States and Canada said APT29 had gone after vaccine research at universities in the three countries.",
			want: []string{"GB>apt29>CA,GB,US>"}},
		{name: "fr ces pays after a list", lang: "fr",
			text: "La Lettonie, la Lituanie et l'Estonie accusent le groupe APT29 d'avoir visé des diplomates dans ces trois pays.",
			want: []string{"LV>apt29>EE,LT,LV>"}},
		{name: "passive demonym compound with an institution modifier", lang: "en",
			text: "Lithuanian government websites were knocked offline on Monday, and the NCSC said Killnet was behind the attack.",
			want: []string{"GB>killnet>LT>"}},
		{name: "state as passive subject", lang: "en",
			text: "Singapore is being targeted by UNC3886, a highly capable espionage actor, the security minister said on Friday.",
			want: []string{"SG>unc3886>SG>"}},
		{name: "fr state as passive subject", lang: "fr",
			text: "Selon le ministre, la Pologne a été visée par le groupe APT28 en mars.",
			want: []string{"PL>apt28>PL>"}},
		{name: "defacement of domestic government websites", lang: "en",
			text: "A deputy secretary of Ukraine's security council said on Saturday that UNC1151 was behind the defacement of some seventy government websites.",
			want: []string{"UA>unc1151>UA>"}},
		{name: "since year span reaches the claim", lang: "en",
			text: "Since 2022, a Chinese group has kept breaking into Belgian ministries. Belgium's security service said on Monday that APT31 was behind the intrusions.",
			want: []string{"BE>apt31>BE>2022-"}},
		{name: "fr passive nationality institutions", lang: "fr",
			text: "Le CERT-UA a attribué au groupe Sandworm des courriels piégés reçus par des administrations ukrainiennes.",
			want: []string{"UA>sandworm>UA>"}},
		{name: "fr attempt verb before cut power", lang: "fr",
			text: "Kiev accuse le groupe Sandworm, qui avait tenté vendredi de couper le courant dans plusieurs régions ukrainiennes.",
			want: []string{"UA>sandworm>UA>"}},
		{name: "fr language after en is no country", lang: "fr",
			text: "La Pologne accuse la Russie d'avoir piraté le site d'une agence polonaise pour y publier un texte en ukrainien, en russe et en polonais.",
			want: []string{"PL>RU>PL>"}},
		{name: "fr depuis year", lang: "fr",
			text: "Depuis 2021, des pirates visent des hôpitaux français. L'ANSSI a attribué mardi ces intrusions au groupe APT31.",
			want: []string{"FR>apt31>FR>2021-"}},
		{name: "received by demonym institutions", lang: "en",
			text: "CERT-UA said APT28 was behind phishing emails received by Ukrainian ministries.",
			want: []string{"UA>apt28>UA>"}},
		{name: "hacking group is no attack verb object", lang: "en",
			text: "Germany blamed a hacking group of the Russian government for the outage.",
			not:  []string{"DE>RU>RU"}},
		{name: "fr institution object of an attack verb", lang: "fr",
			text: "La Pologne accuse la Russie d'avoir piraté le site de l'agence de presse polonaise.",
			want: []string{"PL>RU>PL>"}},
		{name: "fr rendre responsable with a weekday between", lang: "fr",
			text: "La diplomatie française a rendu mardi le renseignement militaire russe responsable d'une douzaine d'intrusions contre des ministères.",
			want: []string{"FR>gru>FR>"}},
		{name: "fr tenir pour l'auteur", lang: "fr",
			text: "Le gouvernement tchèque tient le groupe chinois APT31 pour l'auteur du piratage de son ministère des Affaires étrangères.",
			want: []string{"CZ>apt31"}},
		{name: "fr renseignement militaire russe son unite APT28", lang: "fr",
			text: "La France accuse le renseignement militaire russe et son unité APT28 d'avoir piraté des entreprises françaises.",
			want: []string{"FR>gru", "FR>apt28"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkPrefixes(t, extract(t, tc.lang, "2025-06-20", tc.text), tc.want, tc.not)
		})
	}
}
