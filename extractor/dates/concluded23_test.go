package dates

import "testing"

// TestConcludedIsSaying: "concluded", "reached that conclusion", « a
// conclu », "exposed" (as « exposé » already) report a finding: the date
// beside them is the statement's, not the deed's.
func TestConcludedIsSaying(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en concluded in month", "The three governments concluded in July that the hackers were behind the intrusion.", "en", "2021-04-15",
			[]dateCheck{wantStatement("2020-07"), wantPeriod("")}},
		{"en reached that conclusion", "Investigators reached that conclusion in October, when the minister told reporters the group had launched the attack.", "en", "2017-12-19",
			[]dateCheck{wantStatement("2017-10"), wantPeriod("")}},
		{"en jointly exposed in month", "The attempts to steal vaccine research were part of a campaign that three countries jointly exposed in July 2020.", "en", "2021-04-15",
			[]dateCheck{wantStatement("2020-07"), wantPeriod("")}},
		{"fr a conclu en mois", "Les services de renseignement ont conclu en mars que le groupe était responsable de l'intrusion.", "fr", "2019-09-16",
			[]dateCheck{wantStatement("2019-03"), wantPeriod("")}},
		{"fr avait conclu en annee", "En 2018, le parquet avait conclu que l'attaque, qui s'est étalée de 2010 à 2013, était l'œuvre d'un service étranger.", "fr", "2022-07-19",
			[]dateCheck{wantStatement("2018"), wantPeriod("2010..2013")}},
	})
}
