package dates

import "testing"

// TestDayOfRelativeYear: a day and month followed by a year told from
// publication ("January 12 last year", "12 January last year", « le 12
// janvier de l'an dernier », "on March 3 this year") is that day of that
// year, as "February last year" / « février de l'an dernier » was that
// month. Before, the day took the publication's year (2023-01-12 in a
// paper of March 2023) and "last year" stood apart as the attack period.
// Found reading blind-ba/fr-002 (« Le 12 janvier de l'an dernier, le Cyber
// Command américain avait … présenté le groupe »). Sentences written for
// this rule; the guards keep « le 12 janvier dernier » (the latest 12
// January) and a day told before "the previous year" (left to the
// statement date it is told from) as they were.
func TestDayOfRelativeYear(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en January 12 last year", "On January 12 last year, US Cyber Command accused MuddyWater of spying for Iran.", "en", "2023-03-09",
			[]dateCheck{wantClaim("2022-01-12"), wantPeriod("")}},
		{"en 12 January last year", "On 12 January last year, US Cyber Command accused MuddyWater of spying for Iran.", "en", "2023-03-09",
			[]dateCheck{wantClaim("2022-01-12"), wantPeriod("")}},
		{"en attack on a day this year", "The FBI said on Monday that Iranian hackers attacked the utility on January 3 this year.", "en", "2023-03-09",
			[]dateCheck{wantClaim("2023-03-06"), wantPeriod("2023-01-03..2023-01-03")}},
		{"fr le 12 janvier de l'an dernier", "Le 12 janvier de l'an dernier, le Cyber Command américain avait accusé MuddyWater d'espionner pour l'Iran.", "fr", "2023-03-09",
			[]dateCheck{wantClaim("2022-01-12"), wantPeriod("")}},
		{"fr attaque le 3 janvier de l'année dernière", "Le FBI a accusé lundi des pirates iraniens d'avoir attaqué le réseau le 3 janvier de l'année dernière.", "fr", "2023-03-09",
			[]dateCheck{wantClaim("2023-03-06"), wantPeriod("2022-01-03..2022-01-03")}},
		{"fr garde: le 12 janvier dernier", "Le 12 janvier dernier, le Cyber Command américain avait accusé MuddyWater d'espionner pour l'Iran.", "fr", "2023-03-09",
			[]dateCheck{wantClaim("2023-01-12"), wantPeriod("")}},
		{"en guard: January 12 alone", "On January 12, US Cyber Command accused MuddyWater of spying for Iran.", "en", "2023-03-09",
			[]dateCheck{wantClaim("2023-01-12"), wantPeriod("")}},
	})
}
