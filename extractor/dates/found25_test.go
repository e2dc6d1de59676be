package dates

import "testing"

// TestFoundEndsSince: a date right after a word telling when the intrusion
// was found (lang data "discovery_stems") ends a since the sentence tells,
// and a duration counted back counts from it; a finding dated without its
// written year, a since alone and a finding alone keep their readings.
func TestFoundEndsSince(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		// fail before the rule
		{"en found in year, compromised since", "The ministry discovered in 2021 that its network had been compromised since 2019.", "en", "2022-07-19",
			[]dateCheck{wantPeriod("2019..2021")}},
		{"en breach detected in year, running since at least", "The breach, detected in 2020, had been running since at least 2018, the agency said.", "en", "2022-03-01",
			[]dateCheck{wantPeriod("2018..2020")}},
		{"en first identified in month, in since month", "The attack was first identified in October 2022, although the hackers had been inside since August 2021.", "en", "2024-03-25",
			[]dateCheck{wantPeriod("2021-08..2022-10")}},
		{"fr avait découvert en année, compromis depuis", "Le ministère avait découvert en 2021 que ses serveurs étaient compromis depuis 2019.", "fr", "2022-07-19",
			[]dateCheck{wantPeriod("2019..2021")}},
		{"fr intrusion découverte en année, durait depuis au moins", "L'intrusion, découverte en 2020 au ministère, durait depuis au moins 2017, selon le centre.", "fr", "2022-05-02",
			[]dateCheck{wantPeriod("2017..2020")}},
		{"en since then found in year", "The campaign had been going on since at least 2019 and was discovered in 2021.", "en", "2022-07-19",
			[]dateCheck{wantPeriod("2019..2021")}},
		{"fr découverte en année, durait depuis près de deux ans", "L'intrusion la plus grave, découverte en 2021 au ministère, durait depuis près de deux ans.", "fr", "2023-07-19",
			[]dateCheck{wantPeriod("2019..2021")}},
		// guards: the same before and after
		{"en found last year, since stays open", "Officials said the campaign had been going on since at least 2019 and was discovered last year.", "en", "2022-07-19",
			[]dateCheck{wantPeriod("2019..")}},
		{"fr découvertes l'an dernier, depuis reste ouvert", "Ces activités, découvertes l'an dernier, se poursuivaient depuis au moins 2019.", "fr", "2022-07-19",
			[]dateCheck{wantPeriod("2019..")}},
		{"en since alone", "The group has targeted ministries since 2019.", "en", "2022-07-19",
			[]dateCheck{wantPeriod("2019..")}},
		{"fr découverte alone", "L'intrusion a été découverte en mars 2021 par les équipes du ministère.", "fr", "2022-07-19",
			[]dateCheck{wantPeriod("2021-03..2021-03")}},
		{"en since after finding year", "Analysts spotted in 2018 a tool the group has used since 2020.", "en", "2022-07-19",
			[]dateCheck{wantPeriod("2020..")}},
	})
}
