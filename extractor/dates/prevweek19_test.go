package dates

import "testing"

// TestWeekdayOfLastWeek: a weekday followed by "last week" (« de la
// semaine dernière ») is that day of the calendar week before, Monday to
// Sunday, not the most recent such day. 2024-05-10 is a Friday.
func TestWeekdayOfLastWeek(t *testing.T) {
	claimIs := func(w string) []dateCheck { return []dateCheck{wantClaim(w)} }
	checkDates(t, newParserT(t), []datesCase{
		{"en on Wednesday last week", "Germany blamed APT28 on Wednesday last week for the hack.", "en", "2024-05-10", claimIs("2024-05-01")},
		{"en Friday last week said on a Friday", "On Friday last week, Germany blamed APT28 for the hack.", "en", "2024-05-10", claimIs("2024-05-03")},
		{"en Sunday of last week said on a Monday", "Germany blamed APT28 on Sunday of last week.", "en", "2024-05-13", claimIs("2024-05-12")},
		{"en Wednesday alone is this week's", "Germany blamed APT28 on Wednesday for the hack.", "en", "2024-05-10", claimIs("2024-05-08")},
		{"fr mercredi de la semaine dernière", "L'Allemagne a accusé mercredi de la semaine dernière le groupe APT28.", "fr", "2024-05-10", claimIs("2024-05-01")},
		{"fr lundi de la semaine passée dit un dimanche", "L'Allemagne a accusé lundi de la semaine passée le groupe APT28.", "fr", "2024-05-12", claimIs("2024-04-29")},
	})
}
