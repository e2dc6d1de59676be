package extractor

import (
	"strings"
	"testing"
)

// TestOutageNouns: a blackout or an outage is the attack a claim is about
// ("accused Sandworm of the 2015 and 2016 blackouts in Ukraine", « des
// coupures de courant de 2015 et 2016 »): its years date the attack, and
// the one whose grid or service it hit is the victim. Before, only
// "attacks" was an attack noun here: the sentences had no attack period,
// and "blamed hackers for the outage" at Lithuania's tax office had no
// victim. Sentences written for this rule.
func TestOutageNouns(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, lang, text, period, victim string }{
		{"en/the 2015 and 2016 blackouts", "en", "Cyber news\n\nThe United States accused Sandworm of the 2015 and 2016 blackouts in Ukraine.", "2015..2016", "UA"},
		{"fr/les coupures de courant de 2015 et 2016", "fr", "Actualité\n\nLes États-Unis ont accusé Sandworm des coupures de courant de 2015 et 2016 en Ukraine.", "2015..2016", "UA"},
		{"en/the outage at the tax office", "en", "Vilnius blames Russian military hackers for tax office outage\n\nLithuania's defence ministry said on Thursday that the GRU was behind the outage at the Lithuanian tax office in April.", "", "LT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2020-10-20", tc.text)
			var periods, victims []string
			for _, c := range cs {
				if !c.AttackPeriod.IsZero() {
					periods = append(periods, string(c.AttackPeriod.Start)+".."+string(c.AttackPeriod.End))
				}
				for _, v := range c.Victims {
					victims = append(victims, v.Country)
				}
			}
			if tc.period != "" && !strings.Contains(strings.Join(periods, " "), tc.period) {
				t.Errorf("periods %v, want %s", periods, tc.period)
			}
			if !strings.Contains(strings.Join(victims, " "), tc.victim) {
				t.Errorf("victims %v, want %s", victims, tc.victim)
			}
		})
	}
}

// TestYardstickSubject: a sentence that opens with the name an earlier
// sentence gave as a yardstick ("the worst since NotPetya. NotPetya was
// unleashed by Sandworm in 2017.", « la pire depuis NotPetya. NotPetya
// avait été lancé par Sandworm en 2017. ») tells the yardstick's story:
// its group is not the accused of the incident, nor its year the attack's.
// Before, Sandworm became a second accused with the period 2017. A guard:
// a sentence naming the actor of the incident itself still gives it.
func TestYardstickSubject(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/the worst since NotPetya", "en", "Cyber news\n\nThe Danish agency blamed a pro-Russian collective for the outage, the worst since NotPetya. NotPetya was unleashed by Sandworm in 2017.", []string{"DK>RU>DK"}},
		{"fr/la pire depuis NotPetya", "fr", "Actualité\n\nL'agence danoise a imputé la panne à un collectif prorusse, la pire depuis NotPetya. NotPetya avait été lancé par Sandworm en 2017.", []string{"DK>RU>DK"}},
		{"en/guard: the actor of the incident", "en", "Cyber news\n\nThe Danish agency blamed Russian hackers for the outage. The attack was carried out by Sandworm, it said.", []string{"DK>RU>DK", "DK>Sandworm>DK"}},
	})
	for _, lang := range []string{"en", "fr"} {
		text := "Cyber news\n\nThe Danish agency blamed a pro-Russian collective for the outage, the worst since NotPetya. NotPetya was unleashed by Sandworm in 2017."
		if lang == "fr" {
			text = "Actualité\n\nL'agence danoise a imputé la panne à un collectif prorusse, la pire depuis NotPetya. NotPetya avait été lancé par Sandworm en 2017."
		}
		for _, c := range extract(t, lang, "2025-03-01", text) {
			if !c.AttackPeriod.IsZero() {
				t.Errorf("%s: the yardstick's year dates the attack: %v", lang, c.AttackPeriod)
			}
		}
	}
}
