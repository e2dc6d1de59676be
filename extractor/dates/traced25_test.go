package dates

import "testing"

// TestTracedToOpensPeriod: "a campaign it traced to early 2020", "traced
// back to 2018", « qu'elle faisait remonter à 2018 environ » open the attack
// period as "dates back to" and « remonte à » do (since data). Before, the
// English gave no period and the French closed it on its year. Found on the
// read blind-ba/en-004 and fr-002.
func TestTracedToOpensPeriod(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		// fail before the rule
		{"en traced to early year", "Researchers tied the group to intrusions into power firms in a campaign it traced to early 2020.", "en", "2022-04-08",
			[]dateCheck{wantPeriod("2020-01..")}},
		{"en traced back to year", "The firm said the campaign traced back to 2018.", "en", "2022-04-08",
			[]dateCheck{wantPeriod("2018..")}},
		{"fr faisait remonter à année environ", "Les agences décrivaient une activité qu'elles faisaient remonter à 2018 environ.", "fr", "2023-03-07",
			[]dateCheck{wantPeriod("2018..")}},
		// guard: the same before and after
		{"en dates back to year", "The firm said the campaign dates back to 2018.", "en", "2022-04-08",
			[]dateCheck{wantPeriod("2018..")}},
	})
}
