package extractor

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// periodCase is one article and the attack period its accusations should
// carry ("start..end", "" for none).
type periodCase struct {
	name, lang, pub, text string
	want                  string // "start..end", "" for none
}

// runPeriodCases extracts each case and compares the attack period of its
// accusations (the last one set wins; cases have one incident).
func runPeriodCases(t *testing.T, cases []periodCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/p", Published: claim.Date(tc.pub)}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			var got string
			n := 0
			for _, c := range cs {
				if c.Stance != claim.StanceAccusation {
					continue
				}
				n++
				if !c.AttackPeriod.IsZero() {
					got = string(c.AttackPeriod.Start) + ".." + string(c.AttackPeriod.End)
				}
			}
			if n == 0 {
				t.Fatalf("no accusation in %q", tc.text)
			}
			if got != tc.want {
				t.Errorf("attack period = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPeriodPhrasings: date expressions that date the story or the
// accusation, not the attacks (a wire dateline, "attributed X to Y in
// April 2021"); a "previously unknown" actor, which does not make the
// sentence's events earlier ones; possessive relative periods ("last
// week's hack"). Sentences written for these rules.
func TestPeriodPhrasings(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"wire dateline", "en", "2025-08-28",
			"Cyber news\n\nWASHINGTON, Aug 27 (Wire) - The United States on Wednesday blamed Salt Typhoon for a years-long campaign against telecom carriers.", ""},
		{"dépêche datée", "fr", "2024-03-13",
			"Actualité\n\nPARIS, 12 mars (Agence) - La France a accusé mardi le groupe APT28 d'une campagne d'espionnage contre ses ministères.", ""},
		{"a group name is no dateline", "en", "2025-08-28",
			"Cyber news\n\nAPT28, active in 2024 - the NCSC said on Wednesday - was behind intrusions into defence firms.", "2024..2024"},
		{"dateline before a dated attack", "en", "2025-08-28",
			"Cyber news\n\nLONDON, Aug 27 (Wire) - Britain on Wednesday blamed APT28 for intrusions into defence firms in 2023.", "2023..2023"},
		{"attributed the operation to the accused in a month", "en", "2024-01-20",
			"Cyber news\n\nSome text on security.\n\nThe United States formally attributed the operation to the SVR in April 2021.", ""},
		{"attribué l'opération au SVR en avril", "fr", "2024-01-20",
			"Actualité\n\nUn texte sur la sécurité.\n\nLes États-Unis avaient officiellement attribué cette opération au SVR en avril 2021.", ""},
		{"the attack's date before the accused", "en", "2024-01-20",
			"Cyber news\n\nSome text on security.\n\nMicrosoft attributed the intrusion in November 2023 to Midnight Blizzard.", "2023-11..2023-11"},
		{"a previously unknown group", "en", "2025-05-27",
			"Cyber news\n\nSome text on security.\n\nThe AIVD said on Tuesday a previously unknown Russian state-backed group was responsible for stealing data of police employees last September.", "2024-09..2024-09"},
		{"the group was already blamed", "en", "2025-05-27",
			"Cyber news\n\nSome text on security.\n\nThe AIVD said on Tuesday the Russian group Laundry Bear was already responsible for stealing data of police employees in 2023.", ""},
		{"last week's hack", "en", "2025-02-27",
			"Cyber news\n\nThe FBI on Wednesday blamed North Korea for last week's hack of the Bybit exchange.", "2025-02..2025-02"},
		{"last year's attack", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused China of last year’s attack on the Electoral Commission.", "2023..2023"},
		{"the campaign, four sentences on", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused China of hacking the Electoral Commission.\n\nThe commission holds the names of 40 million voters.\n\nIts chief executive apologised to the public.\n\nMPs asked for an inquiry into the security of the servers.\n\nThe campaign began in August 2021, officials said.", "2021-08..2021-08"},
		{"les pirates, quatre phrases plus loin", "fr", "2024-03-26",
			"Actualité\n\nLe Royaume-Uni a accusé lundi la Chine d'avoir piraté la commission électorale.\n\nLa commission détient les noms de 40 millions d'électeurs.\n\nSon directeur a présenté des excuses.\n\nDes députés réclament une enquête sur la sécurité des serveurs.\n\nLes pirates se sont introduits dans les serveurs en août 2021.", "2021-08..2021-08"},
		{"far anaphor, two incidents", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused China of hacking the Electoral Commission, and blamed Russia for attacks on its ports.\n\nThe commission holds the names of 40 million voters.\n\nIts chief executive apologised to the public.\n\nMPs asked for an inquiry into the security of the servers.\n\nThe campaign began in August 2021, officials said.", ""},
		{"the disclosure's date", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused APT31 of hacking the Electoral Commission.\n\nThe Electoral Commission first disclosed the breach in August 2023.", ""},
		{"la date de la révélation", "fr", "2024-03-26",
			"Actualité\n\nLondres a accusé lundi APT31 d'avoir piraté la commission électorale.\n\nLa commission avait révélé l'intrusion en août 2023.", ""},
		{"revealed last year", "en", "2024-05-03",
			"Cyber news\n\nThe German government on Friday accused Russia of a cyberattack on the Social Democratic Party, revealed last year.", ""},
		{"révélée l'an dernier", "fr", "2024-05-03",
			"Actualité\n\nLe gouvernement allemand a accusé vendredi la Russie d'être responsable d'une cyberattaque contre le SPD, révélée l'an dernier.", ""},
		{"made public in March", "en", "2024-05-03",
			"Cyber news\n\nThe German government on Friday accused Russia of a cyberattack on the Social Democratic Party that was made public in March.", ""},
		{"since the start of the year", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused APT31 of hacking the commission since the start of the year.", "2024.."},
		{"en début d'année", "fr", "2024-03-26",
			"Actualité\n\nLondres a accusé lundi APT31 d'avoir piraté la commission électorale en début d'année.", "2024..2024"},
		{"a discovery still dates the attack", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused APT31 of hacking the Electoral Commission.\n\nThe Electoral Commission discovered the breach in October 2022.", "2022-10..2022-10"},
		{"a law's adoption", "en", "2024-03-26",
			"Cyber news\n\nBritain on Monday accused APT31 of hacking the Electoral Commission.\n\nThe new National Security Act, passed in 2023, makes such espionage a crime.", ""},
		{"l'adoption d'une loi", "fr", "2024-03-26",
			"Actualité\n\nLondres a accusé lundi APT31 d'avoir piraté la commission électorale.\n\nLa loi sur la sécurité nationale, adoptée en 2023, punit ce type d'espionnage.", ""},
		{"an apposition recalls the group's past", "en", "2025-05-29",
			"Cyber news\n\nPolish officials on Thursday blamed the attacks on water plants on Sandworm, the GRU unit behind the 2015 and 2016 blackouts in Ukraine.", ""},
		{"une apposition rappelle le passé du groupe", "fr", "2025-05-29",
			"Actualité\n\nVarsovie a accusé jeudi Sandworm, l'unité du GRU derrière les coupures de courant de 2015 en Ukraine, d'avoir visé des stations d'eau.", ""},
		{"the apposition dates this attack", "en", "2025-05-29",
			"Cyber news\n\nPolish officials on Thursday blamed Sandworm, the GRU unit behind the attack on a water plant in March.", "2025-03..2025-03"},
		{"un groupe précédemment inconnu", "fr", "2025-05-27",
			"Actualité\n\nUn texte sur la sécurité.\n\nL'AIVD a accusé mardi un groupe précédemment inconnu, Laundry Bear, d'avoir volé en septembre dernier des données de policiers néerlandais.", "2024-09..2024-09"},
	})
}

// TestPeriodStateAndGroup: an article accusing a state and naming its group
// in another claim tells one incident; a period either claim receives is
// shared with the other. Sentences written for this rule.
func TestPeriodStateAndGroup(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	cases := []struct {
		name, lang, text string
		want             int // accusations with a period
	}{
		{"state and group share the period", "en",
			"Cyber news\n\nBritain on Monday accused China of hacking the Electoral Commission.\n\nThe deputy prime minister said the attack was carried out by APT31.\n\nSome other sentence about politics here.\n\nAnother sentence about the economy.\n\nThe breach began in August 2021 and lasted more than a year.", 2},
		{"l'État et son groupe partagent la période", "fr",
			"Actualité\n\nLe Royaume-Uni a accusé lundi la Chine d'avoir piraté la commission électorale.\n\nLe vice-premier ministre a affirmé que l'attaque avait été menée par APT31.\n\nUne autre phrase sur la politique.\n\nUne phrase sur l'économie.\n\nL'intrusion a commencé en août 2021.", 2},
		{"a separate story shares nothing", "en",
			"US charges Chinese hackers in years-long campaign against critics\n\nThe US Justice Department on Tuesday unsealed charges against 12 Chinese nationals, including two officers of China's Ministry of Public Security, accusing them of hacking hundreds of email accounts and servers on behalf of Beijing.\n\nSeparately, the Treasury sanctioned a Chinese hacker who prosecutors say belonged to APT27, a group that has targeted US defence contractors since at least 2011.", 1},
		{"another state's group shares nothing", "en",
			"Cyber news\n\nBritain on Monday accused China of hacking the Electoral Commission.\n\nThe deputy prime minister said the attack on the port was carried out by APT28.\n\nSome other sentence about politics here.\n\nAnother sentence about the economy.\n\nThe breach began in August 2021 and lasted more than a year.", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := claim.Article{Lang: tc.lang, Text: tc.text, URL: "https://example.test/s", Published: "2024-03-26"}
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, c := range cs {
				if c.Stance == claim.StanceAccusation && !c.AttackPeriod.IsZero() {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%d accusations with a period, want %d", n, tc.want)
				for _, c := range cs {
					t.Logf("%v → %v: %v", c.Accuser, c.Accused, c.AttackPeriod)
				}
			}
		})
	}
}
