package extractor

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAttackYears: attack periods read from a year modifying an attack noun
// and from a day relative to publication that dates the attack, not the
// statement. Sentences written for these rules.
func TestAttackYears(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"year modifies the attack noun", "en", "2018-02-16",
			"Cyber news\n\nThe British government on Thursday blamed Russia for the 2017 NotPetya attack.", "2017..2017"},
		{"year after an indefinite article", "en", "2021-06-10",
			"Cyber news\n\nMicrosoft blamed Nobelium for a 2020 breach of US agencies.", "2020..2020"},
		{"complement of the attack noun", "fr", "2019-06-10",
			"Actualité\n\nParis accuse APT28 de l'attaque de 2015 contre TV5 Monde.", "2015..2015"},
		{"a list of dated incidents is history", "en", "2017-06-14",
			"Cyber news\n\nThe FBI said on Tuesday that North Korea was behind the attacks. Researchers linked Lazarus Group to the 2014 Sony Pictures hack and to the 2016 theft from Bangladesh's central bank.", ""},
		{"the year of the charge is no attack year", "en", "2021-06-10",
			"Cyber news\n\nThe United States charged four Chinese officers in 2020 over hacking campaigns.", ""},
		{"a discovery date dates the attack", "en", "2021-03-18",
			"Cyber news\n\nSupo said on Thursday that APT31 was behind a breach of the Finnish parliament's email systems discovered in the autumn of 2020.", "2020-09..2020-11"},
		{"one incident: an attack sentence without a name", "en", "2021-06-10",
			"Cyber news\n\nThe Dutch government on Tuesday accused Russia's GRU of hacking the police.\n\nHackers broke into a ministry network in March 2021.", "2021-03..2021-03"},
		{"one incident, in French", "fr", "2021-06-10",
			"Actualité\n\nLe gouvernement néerlandais a accusé mardi le GRU russe d'avoir piraté la police du pays.\n\nSelon les enquêteurs, des pirates se sont introduits dans un ministère à l'automne 2020.", "2020-09..2020-11"},
		{"two accused: no sentence without a name is shared", "en", "2021-06-10",
			"Cyber news\n\nThe Dutch government on Tuesday accused Russia's GRU of hacking the police, and blamed APT31 for attacks on parliament.\n\nHackers broke into a ministry network in March 2021.", ""},
		{"an attack told as fresh is of the publication year", "en", "2022-03-29",
			"Cyber news\n\nResearchers at Cisco Talos linked a fresh espionage campaign against Indian universities to Transparent Tribe.", "2022..2022"},
		{"une nouvelle campagne", "fr", "2022-03-29",
			"Actualité\n\nLes chercheurs d'ESET attribuent une nouvelle campagne d'espionnage contre des ministères ukrainiens au groupe Gamaredon.", "2022..2022"},
		{"a dated new campaign keeps its date", "en", "2022-03-29",
			"Cyber news\n\nResearchers at Cisco Talos linked a new espionage campaign that began in 2020 to Transparent Tribe.", "2020..2020"},
		{"another relative day dates the attack", "fr", "2021-05-10",
			"Actualité\n\nLe FBI a confirmé lundi que le groupe DarkSide était à l'origine de la cyberattaque qui a forcé l'opérateur américain Colonial Pipeline à interrompre vendredi dernier l'acheminement de carburant.", "2021-05-07..2021-05-07"},
		{"attack clause told first", "en", "2022-06-28",
			"Cyber news\n\nLithuanian government websites were hit by attacks on Monday, and Lithuania's National Cyber Security Centre said the Russian group Killnet was behind them.", "2022-06-27..2022-06-27"},
		{"the only relative day is the statement's", "en", "2022-06-28",
			"Cyber news\n\nLithuania's National Cyber Security Centre said on Monday that the Russian group Killnet was behind attacks on government websites.", ""},
	})
}

// TestFrameVictimsCyber: victims a claim receives from the sentences about
// its incident: a cyber word but no attack word ("The hackers were found
// inside…"), domestic targets with no country word (state IT systems).
func TestFrameVictimsCyber(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"hackers found inside ministries", "en",
			"Cyber news\n\nThe Dutch government on Tuesday accused the GRU of a campaign of cyber espionage.\n\nThe hackers were found inside the networks of ministries in Belgium and Denmark.", []string{"BE", "DK"}},
		{"pirates découverts dans des ministères", "fr",
			"Actualité\n\nLe gouvernement néerlandais a accusé mardi le GRU d'une campagne d'espionnage.\n\nLes pirates ont été trouvés dans les réseaux de ministères en Belgique et au Danemark.", []string{"BE", "DK"}},
		{"state IT systems are the accuser's own", "en",
			"Cyber news\n\nThe government of Montenegro said on Friday that Russian services were behind a cyberattack that crippled state IT systems.", []string{"ME"}},
		{"des sites gouvernementaux sont ceux de l'accusateur", "fr",
			"Actualité\n\nLe gouvernement lituanien a accusé vendredi la Russie d'une cyberattaque qui a paralysé des sites gouvernementaux.", []string{"LT"}},
		{"a denial names no victims", "en",
			"Cyber news\n\nThe Dutch government on Tuesday accused the GRU of a campaign of cyber espionage.\n\nMoscow denied that its hackers were inside the networks of ministries in Belgium and Denmark.", []string{"NL"}}, // the accuser's own, by convention; not BE, DK
	}
	x := newTestExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/v", Published: "2021-06-10"}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, c := range cs {
				for _, v := range c.Victims {
					got[v.Country] = true
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("victims = %v, want %v", got, tc.want)
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("victims = %v, want %v", got, tc.want)
				}
			}
		})
	}
}
