package extractor

import "testing"

// TestSiblingPeriodBeforeBackground: the title's claim takes the period of
// the lead's claim about the same incident ("last month") before a later
// sentence that names no actor ("The notorious NotPetya malware … spread
// around the world in 2017") can lend it another incident's year. Before,
// the title claim took 2017. The French twin guards it. Texts written for
// this rule.
func TestSiblingPeriodBeforeBackground(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"NotPetya", "en", "Microsoft ties ransomware attacks in Poland to Russian military hackers\n\nMicrosoft said on Thursday that Sandworm, a Russian military intelligence unit, was behind a wave of ransomware attacks on logistics firms in Poland last month. The company said the malware did not seem aimed at making money. Polish firms play a key role in shipping aid to Ukraine. The notorious NotPetya malware, which also posed as ransomware, spread from Ukraine around the world in 2017."},
		{"NotPetya", "fr", "Microsoft relie des attaques par rançongiciel à des pirates militaires russes\n\nMicrosoft a affirmé jeudi que Sandworm, une unité du renseignement militaire russe, était derrière une vague d'attaques par rançongiciel contre des entreprises de logistique en Pologne le mois dernier. Selon l'entreprise, le logiciel ne semblait pas viser un gain financier. Les entreprises polonaises jouent un rôle clé dans l'acheminement de l'aide à l'Ukraine. Le célèbre logiciel NotPetya, qui se faisait lui aussi passer pour un rançongiciel, s'était propagé depuis l'Ukraine dans le monde entier en 2017."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2022-11-11", tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			for _, c := range cs {
				if c.AttackPeriod != nil && c.AttackPeriod.Start == "2017" {
					t.Errorf("claim %s → %s took 2017, the background's year", c.Accuser.Name, c.Accused.Name)
				}
			}
		})
	}
}
