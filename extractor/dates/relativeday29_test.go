package dates

import "testing"

// TestRelativeClauseDay: a day relative to publication told in a relative
// clause opened on an attack noun ("the hack, which took place last
// Friday", "the cyberattack that disrupted petrol stations on Tuesday",
// « la cyberattaque qui a paralysé ses serveurs jeudi dernier ») dates the
// deed, not the statement: no claim date, the attack period that day.
// Before, the day was the claim date and the attack had no period.
// Sentences written for this rule; the guard keeps a relative clause with
// its own word of saying dating the saying.
func TestRelativeClauseDay(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en which took place", "The FBI said the hack, which took place last Friday, was carried out by North Korea.", "en", "2024-05-15",
			[]dateCheck{wantClaim(""), wantPeriod("2024-05-10..2024-05-10")}},
		{"en that disrupted", "Iran blamed Israel for the cyberattack that disrupted petrol stations across the country on Tuesday.", "en", "2024-05-15",
			[]dateCheck{wantClaim(""), wantPeriod("2024-05-14..2024-05-14")}},
		{"fr qui a paralysé", "La Pologne a attribué à la Russie la cyberattaque qui a paralysé ses serveurs jeudi dernier.", "fr", "2024-05-15",
			[]dateCheck{wantClaim(""), wantPeriod("2024-05-09..2024-05-09")}},
		{"en guard: saying in the clause", "Germany said the attack, which it blamed on Russia on Monday, hit its parliament.", "en", "2024-05-15",
			[]dateCheck{wantClaim("2024-05-13"), wantPeriod("")}},
		{"fr garde: dire dans la relative", "Berlin a évoqué la cyberattaque, qu'il a imputée lundi à la Russie.", "fr", "2024-05-15",
			[]dateCheck{wantClaim("2024-05-13"), wantPeriod("")}},
	})
}
