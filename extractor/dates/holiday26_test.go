package dates

import "testing"

// TestHolidayDates: a named day of the calendar ("Christmas Eve",
// "Christmas Day", "New Year's Day", "New Year's Eve", « la veille de
// Noël », « le jour de Noël », « le jour de l'An », « la Saint-Sylvestre »)
// is that month and day, its year from the text when written ("on
// Christmas Eve 2023") or else the most recent such day on or before
// publication, as "on December 24" is. Before, the phrase was no date:
// "On Christmas Eve, the National Police Agency said…" (blind-ba/en-002)
// had the publication's day as its claim date. Sentences written for this
// rule; the guards keep a bare "Christmas" (a season, "the Christmas
// holidays") and a day ahead ("the film's Christmas Day release") undated.
func TestHolidayDates(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en Christmas Eve", "On Christmas Eve, the police said that North Korean hackers stole the bitcoin.", "en", "2025-01-09",
			[]dateCheck{wantClaim("2024-12-24")}},
		{"en Christmas Day with year", "The hackers struck the ministry on Christmas Day 2023, officials said on Monday.", "en", "2025-01-09",
			[]dateCheck{wantPeriod("2023-12-25..2023-12-25")}},
		{"en New Year's Day", "The FBI said on New Year's Day that Iranian hackers had breached the agency.", "en", "2025-01-09",
			[]dateCheck{wantClaim("2025-01-01")}},
		{"en New Year's Eve attack", "The ransomware attack that crippled the hospital on New Year's Eve was the work of LockBit, police said on Monday.", "en", "2025-01-09",
			[]dateCheck{wantPeriod("2024-12-31..2024-12-31")}},
		{"fr la veille de Noël", "La veille de Noël, la police a affirmé que des pirates nord-coréens avaient dérobé les bitcoins.", "fr", "2025-01-09",
			[]dateCheck{wantClaim("2024-12-24")}},
		{"fr le jour de l'An", "Le jour de l'An, le FBI a accusé des pirates iraniens d'avoir piraté l'agence.", "fr", "2025-01-09",
			[]dateCheck{wantClaim("2025-01-01")}},
		{"fr le jour de Noël 2023", "Les pirates ont attaqué le ministère le jour de Noël 2023, a indiqué lundi le gouvernement.", "fr", "2025-01-09",
			[]dateCheck{wantPeriod("2023-12-25..2023-12-25")}},
		{"fr la Saint-Sylvestre", "La cyberattaque qui a paralysé l'hôpital la nuit de la Saint-Sylvestre est l'œuvre de LockBit, a indiqué lundi la police.", "fr", "2025-01-09",
			[]dateCheck{wantPeriod("2024-12-31..2024-12-31")}},
		{"en guard: Christmas holidays", "The attack hit the retailer during the Christmas holidays, the FBI said on Monday.", "en", "2025-01-09",
			[]dateCheck{wantClaim("2025-01-06"), wantPeriod("")}},
		{"en guard: a day ahead", "Sony cancelled the film's Christmas Day release on Wednesday.", "en", "2014-12-20",
			[]dateCheck{wantClaim("2014-12-17"), wantPeriod("")}},
		{"fr garde: les fêtes de Noël", "L'attaque a frappé le distributeur pendant les fêtes de Noël, a indiqué lundi la police.", "fr", "2025-01-09",
			[]dateCheck{wantClaim("2025-01-06"), wantPeriod("")}},
	})
}
