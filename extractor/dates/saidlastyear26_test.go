package dates

import "testing"

// TestSaidLastYear: a year told from publication right after a word of
// saying ("Washington accused Russia last year of interfering…", « a
// accusé l'an dernier la Russie », "The FBI said last year that…") dates
// the statement, as "In 2016, Washington accused…" and "Last year,
// Washington accused…" did: a past statement of that year, not one of the
// publication's day. Found reading blind-n/en-002 (gold: no claim date).
// Sentences written for this rule; the guards keep "last year" after the
// deed ("said on Monday that hackers breached the DNC last year") the
// deed's.
func TestSaidLastYear(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en accused Russia last year of", "Washington accused Russia last year of interfering in the presidential election through cyber operations.", "en", "2017-12-19",
			[]dateCheck{wantStatement("2016"), wantClaim("")}},
		{"en said last year that", "The FBI said last year that Russian hackers had breached the DNC.", "en", "2017-12-19",
			[]dateCheck{wantStatement("2016"), wantClaim("")}},
		{"fr a accusé l'an dernier", "Washington a accusé l'an dernier la Russie d'ingérence dans l'élection présidentielle.", "fr", "2017-12-19",
			[]dateCheck{wantStatement("2016"), wantClaim("")}},
		{"en guard: last year after the deed", "The FBI said on Monday that Russian hackers had breached the DNC last year.", "en", "2017-12-19",
			[]dateCheck{wantStatement(""), wantClaim("2017-12-18"), wantPeriod("2016..2016")}},
		{"fr garde: l'an dernier après l'acte", "Le FBI a affirmé lundi que des pirates russes avaient piraté le parti l'an dernier.", "fr", "2017-12-19",
			[]dateCheck{wantStatement(""), wantClaim("2017-12-18"), wantPeriod("2016..2016")}},
	})
}
