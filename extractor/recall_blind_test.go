package extractor

import "testing"

// TestBackgroundStatementMonth: an earlier statement told with « préciser »
// (« avait précisé que … ») after the month that opens the sentence takes
// that month, not the publication date (blind-i, issue 10). The sentences
// are written for this test.
func TestBackgroundStatementMonth(t *testing.T) {
	t.Parallel()
	checkClaimDates(t, "2023-05-10", []claimDateCase{
		{name: "french avait precise after the month", lang: "fr",
			text: "En novembre 2022, l'ANSSI avait précisé que le groupe APT29 était à l'origine du piratage du réseau.",
			want: "2022-11"},
		{name: "french a precise on a weekday keeps the day", lang: "fr",
			text: "L'ANSSI a précisé lundi que le groupe APT29 était à l'origine du piratage du réseau.",
			want: "2023-05-08"},
	})
}
