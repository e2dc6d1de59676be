package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestGeneralisation covers the forms that rules tuned on a few outlets
// missed: victim lists and demonym targets, possessives, neighbour
// sentences, non-attack dates, organs named by acronym, city police and
// group aliases. The sentences are written for this test (new events).
func TestGeneralisation(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string // claim keys that must appear
		not              []string // claim keys that must not appear
		victims          []string // exact victim set (nil: not checked)
		years            []string // exact attack years (nil: not checked)
	}{
		// 1. victims
		{name: "list after in, with an article", lang: "en",
			text:    "Microsoft said Flax Typhoon had compromised government networks in Chile, Laos, the Philippines and Zambia in a long cyber espionage campaign.",
			want:    []string{"microsoft>flax typhoon"},
			victims: []string{"CL", "LA", "PH", "ZM"}},
		{name: "french list with prepositions", lang: "fr",
			text:    "Selon ESET, le groupe chinois Flax Typhoon a infiltré des réseaux en Égypte, au Népal, aux Émirats arabes unis et à Djibouti.",
			want:    []string{"eset>flax typhoon"},
			victims: []string{"AE", "DJ", "EG", "NP"}},
		{name: "coordinated french demonyms", lang: "fr",
			text:    "ESET a attribué au groupe Sandworm des cyberattaques contre des entreprises ukrainiennes et polonaises.",
			want:    []string{"eset>sandworm"},
			victims: []string{"PL", "UA"}},
		{name: "list after such as is not the subject of a later verb", lang: "en",
			text:    "Cisco Talos said the Chinese group had compromised telecom providers in several countries, such as Italy and Spain, and blamed Salt Typhoon.",
			want:    []string{"cisco talos>salt typhoon"},
			not:     []string{"IT>salt typhoon", "ES>salt typhoon"},
			victims: []string{"ES", "IT"}},
		{name: "demonym with institution noun after an attack verb", lang: "en",
			text:    "The Tokyo Metropolitan Police said MirrorFace had targeted Japanese think tanks and Taiwanese government agencies in a cyber campaign.",
			want:    []string{"JP>mirrorface"},
			victims: []string{"JP", "TW"}},
		{name: "demonym victim network is not the accused", lang: "en",
			text:    "Chinese state hackers breached the Dutch military network, the MIVD and AIVD said in a cyber security advisory.",
			want:    []string{"NL>CN"},
			not:     []string{"NL>NL"},
			victims: []string{"NL"}},
		{name: "french demonym after the organisation", lang: "fr",
			text:    "La Pologne accuse la Russie d'avoir piraté l'agence de presse polonaise lors d'une cyberattaque.",
			want:    []string{"PL>RU"},
			not:     []string{"PL>PL"},
			victims: []string{"PL"}},
		{name: "possessive owner of the target", lang: "en",
			text:    "Kyiv accused Russia's GRU of a cyberattack that crippled Ukraine's largest mobile operator.",
			want:    []string{"UA>gru"},
			victims: []string{"UA"}},
		{name: "complement of a victim noun", lang: "en",
			text:    "The FBI blamed the Lazarus Group for the cyber theft from the central bank of Peru.",
			want:    []string{"US>lazarus group"},
			victims: []string{"PE"}},
		{name: "victim named in the sentence before", lang: "en",
			text:    "The cyberattack paralysed Iran's biggest crypto exchange for two days. Iranian officials blamed Israel for the hack, the state broadcaster said.",
			want:    []string{"IR>IL"},
			not:     []string{"IR>IR"},
			victims: []string{"IR"}},
		{name: "the accuser's own country attacked", lang: "en",
			text:    "Russian hackers of Laundry Bear targeted Dutch defence networks, the Dutch MIVD said in its annual cyber report.",
			want:    []string{"NL>laundry bear"},
			victims: []string{"NL"}},
		{name: "speaker says it was targeted", lang: "en",
			text:    "Poland said it had been targeted by a cyberattack carried out by Russian military intelligence.",
			want:    []string{"PL>gru"},
			victims: []string{"PL"}},
		{name: "speaker's networks were hacked", lang: "en",
			text:    "Germany said its foreign ministry networks were hacked by APT29.",
			want:    []string{"DE>apt29"},
			victims: []string{"DE"}},
		{name: "the island's agencies", lang: "en",
			text:    "Taiwan accused Chinese state hackers of attacking the island's government agencies.",
			want:    []string{"TW>CN"},
			victims: []string{"TW"}},
		{name: "french speaker says it was targeted", lang: "fr",
			text:    "La Pologne a affirmé avoir été visée par une cyberattaque menée par le renseignement militaire russe.",
			want:    []string{"PL>gru"},
			victims: []string{"PL"}},
		{name: "french against the country", lang: "fr",
			text:    "Le Danemark accuse la Russie d'avoir mené des cyberattaques contre le pays.",
			want:    []string{"DK>RU"},
			victims: []string{"DK"}},
		{name: "the operation launched is not the speaker hit", lang: "en",
			text:    "The White House said the worm was launched by the Russian military to destabilise Ukraine, calling it a cyberattack.",
			want:    []string{"US>RU"},
			victims: []string{"US"}}, // the accuser's own, by convention (no victim named), not the speaker "hit"
		{name: "an organ hacked names its state", lang: "fr",
			text:    "Berlin accuse le GRU d'avoir piraté le Bundestag lors d'une cyberattaque.",
			want:    []string{"DE>gru"},
			victims: []string{"DE"}},
		// 2. attack years
		{name: "sanction year is not an attack year", lang: "en",
			text:  "The Treasury said APT31, a cyber espionage group sanctioned in 2024, hacked the networks of US lawmakers in 2021.",
			want:  []string{"US>apt31"},
			years: []string{"2021"}},
		{name: "founding year is not an attack year", lang: "fr",
			text:  "Le groupe APT28, créé en 2004 selon les chercheurs, est accusé par la France d'avoir mené des cyberattaques contre des ministères.",
			want:  []string{"FR>apt28"},
			years: []string{}},
		{name: "charge date skipped for the attack range", lang: "en",
			text:  "The UK charged two Russians in May 2024 over the hacking of British lawmakers by Star Blizzard between 2015 and 2023.",
			want:  []string{"GB>star blizzard"},
			years: []string{"2015", "2023"}},
		// 3. accused groups
		{name: "front company is not an accused group", lang: "en",
			text: "The US Treasury sanctioned Integrity Technology Group, a Beijing company it said helped Flax Typhoon hack networks in Taiwan.",
			want: []string{"US>flax typhoon"},
			not:  []string{"US>integrity technology group"}},
		{name: "long APT name", lang: "en",
			text: "Australia attributed the cyberattacks to Advanced Persistent Threat 40, a group linked to the MSS.",
			want: []string{"AU>apt40"}},
		{name: "vendor rename resolves to one group", lang: "en",
			text: "Microsoft said Gallium, which it now tracks as Granite Typhoon, had compromised telecom operators in Kenya.",
			want: []string{"microsoft>granite typhoon"},
			not:  []string{"microsoft>gallium"}},
		{name: "a subgroup keeps its own name", lang: "en",
			text: "ESET said MirrorFace, a subgroup of APT10, targeted Japanese think tanks in a cyber espionage campaign.",
			want: []string{"eset>mirrorface"},
			not:  []string{"eset>apt10"}},
		{name: "french subgroup", lang: "fr",
			text: "Selon Trend Micro, Earth Kasha, un sous-groupe d'APT10, a piraté des réseaux japonais.",
			want: []string{"trend micro>earth kasha"},
			not:  []string{"trend micro>apt10"}},
		{name: "hacktivist groups", lang: "en",
			text: "Sekoia said Z-Pentest and NoName057(16) had hit water utilities in France and Italy in a cyber campaign.",
			want: []string{"sekoia>z-pentest", "sekoia>noname057(16)"}, victims: []string{"FR", "IT"}},
		// 4. accusers
		{name: "speaker after the quote with a role", lang: "en",
			text: "\"Israel was behind the cyberattack on our banks,\" an Iranian cyber official told state television.",
			want: []string{"IR>IL"}},
		{name: "french spokesman of an army", lang: "fr",
			text: "« Ces cyberattaques ont été menées par l'Inde », a déclaré un porte-parole de l'armée pakistanaise.",
			want: []string{"PK>IN"}},
		{name: "city police", lang: "en",
			text: "Guangzhou police said hackers tied to Taiwan's military had launched a cyberattack on a local technology company.",
			want: []string{"CN>TW"}},
		{name: "organ named by acronym", lang: "en",
			text: "The ISPR said Indian state hackers had attacked Pakistani government websites.",
			want: []string{"PK>IN"}, victims: []string{"PK"}},
		{name: "ministry with demonym", lang: "fr",
			text: "Le ministère polonais du numérique a accusé la Russie d'une cyberattaque contre des hôpitaux.",
			want: []string{"PL>RU"}},
		{name: "NATO in mixed case french", lang: "fr",
			text: "Selon l’Otan, les cyberattaques contre l'Estonie ont été menées par le GRU.",
			want: []string{"nato>gru"}, victims: []string{"EE"}},
		{name: "counter-accusation: both claims", lang: "en",
			text:    "Beijing, long accused by Washington of cyber espionage, on Tuesday accused the United States of hacking Chinese defence firms.",
			want:    []string{"US>CN", "CN>US"},
			victims: []string{"CN"}},
		{name: "habitual accusation stays background", lang: "fr",
			text: "Washington accuse régulièrement Pékin de cyberespionnage.",
			not:  []string{"US>CN"}},
		{name: "french hackers tied to the state", lang: "fr",
			text:    "Le ministère néerlandais de la Défense a accusé des pirates russes soutenus par l'Etat d'avoir piraté ses réseaux.",
			want:    []string{"NL>RU"},
			victims: []string{"NL"}},
		{name: "live-blog line", lang: "en",
			text: "14:32 GMT – Ukraine’s SBU says hackers from Sandworm attacked a mobile network in a cyberattack.",
			want: []string{"UA>sandworm"}},
		{name: "quote then speaker with organ", lang: "en",
			text: "\"These attacks were carried out by the Lazarus Group,\" said a spokesperson for South Korea's National Intelligence Service.",
			want: []string{"KR>lazarus group"}},
		{name: "CVERC accuses", lang: "en",
			text: "The CVERC accused the NSA of cyberattacks on a university in Xi'an.",
			want: []string{"CN>nsa"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-06-20", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
			if tc.victims != nil {
				if v := victims(cs); !slices.Equal(v, tc.victims) && !(len(v) == 0 && len(tc.victims) == 0) {
					t.Errorf("victims %v, want %v", v, tc.victims)
				}
			}
			if tc.years != nil {
				if y := attackYears(cs); !slices.Equal(y, tc.years) && !(len(y) == 0 && len(tc.years) == 0) {
					t.Errorf("attack years %v, want %v", y, tc.years)
				}
			}
		})
	}
}

func attackYears(cs []claim.Claim) []string {
	var out []string
	for _, c := range cs {
		if c.AttackPeriod == nil {
			continue
		}
		for _, d := range []claim.Date{c.AttackPeriod.Start, c.AttackPeriod.End} {
			if len(d) >= 4 && !slices.Contains(out, string(d[:4])) {
				out = append(out, string(d[:4]))
			}
		}
	}
	slices.Sort(out)
	return out
}
