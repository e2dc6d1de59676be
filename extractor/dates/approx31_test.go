package dates

import "testing"

// TestApproximateSinceAndDurations: an approximation between a since or
// range word and its year ("from around 2010 until this year", "since
// about 2010", « depuis environ 2010 ») and a duration told with a
// quantifier ("for at least five years", "for more than five years", «
// depuis plus de dix ans ») still open the attack period. Before, each
// gave no start: "from around 2010 until this year" only its end, the
// others nothing. A quantity that is no duration stays none (« depuis
// plus de 2020 » is a year). Sentences written for this rule.
func TestApproximateSinceAndDurations(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en from around … until this year", "The group targeted politicians from around 2010 until this year.", "en", "2024-03-25",
			[]dateCheck{wantPeriod("2010..2024")}},
		{"en since about", "The group has targeted politicians since about 2010.", "en", "2024-03-25",
			[]dateCheck{wantPeriod("2010..")}},
		{"en for at least five years", "The hackers had been burrowing into water networks for at least five years.", "en", "2024-02-08",
			[]dateCheck{wantPeriod("2019..")}},
		{"en for more than five years", "The hackers have been targeting politicians for more than five years.", "en", "2024-02-08",
			[]dateCheck{wantPeriod("2019..")}},
		{"fr depuis environ", "Le groupe vise des élus depuis environ 2010.", "fr", "2024-03-25",
			[]dateCheck{wantPeriod("2010..")}},
		{"fr depuis plus de dix ans", "Le groupe vise des élus depuis plus de dix ans.", "fr", "2024-03-25",
			[]dateCheck{wantPeriod("2014..")}},
		{"fr guard: depuis au moins cinq ans (passed before)", "Les pirates s'infiltrent dans les réseaux d'eau depuis au moins cinq ans.", "fr", "2024-02-08",
			[]dateCheck{wantPeriod("2019..")}},
	})
}
