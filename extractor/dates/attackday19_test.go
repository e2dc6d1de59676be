package dates

import "testing"

// TestDayNearerTheDeed: in a sentence with a word of saying, an explicit
// day nearer the deed's word than the saying's dates the deed, however
// far after it ("The FBI said Lazarus stole $1.5 billion from Bybit on
// February 21"); a day nearer the saying still dates the statement.
func TestDayNearerTheDeed(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en day after the deed's object", "The FBI said Lazarus stole $1.5 billion from Bybit on February 21.", "en", "2024-05-10",
			[]dateCheck{wantClaim(""), wantPeriod("2024-02-21..2024-02-21")}},
		{"fr jour après l'objet du méfait", "Le FBI a affirmé que Lazarus avait dérobé 1,5 milliard de dollars à Bybit le 21 février.", "fr", "2024-05-10",
			[]dateCheck{wantClaim(""), wantPeriod("2024-02-21..2024-02-21")}},
		{"en day beside the saying", "The FBI on February 26 blamed Lazarus for the theft of $1.5 billion from Bybit.", "en", "2024-05-10",
			[]dateCheck{wantClaim("2024-02-26"), wantPeriod("")}},
		{"fr jour près du dire", "Le FBI a accusé le 26 février Lazarus du vol de 1,5 milliard de dollars.", "fr", "2024-05-10",
			[]dateCheck{wantClaim("2024-02-26"), wantPeriod("")}},
	})
}
