package dates

import "testing"

// TestOpeningDateOfTyingOrPublishing: a date opening the sentence before
// "tied … to" or before "published research tying…" dates the statement,
// not the attacks: "tied" and "tying" are words of saying (claim_stems),
// and "published", both a word of saying and of background, is the saying
// after such a date. Before, February 2021 was the attack period and the
// statement took the publication date. « avait publié une étude
// attribuant » passed before (guard); "a report published in 2019" stays
// background. Sentences written for this rule.
func TestOpeningDateOfTyingOrPublishing(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en tied", "In February 2021 the company tied a group it called RedEcho to intrusions into ten Indian power-sector organisations.", "en", "2022-04-08",
			[]dateCheck{wantStatement("2021-02"), wantPeriod("")}},
		{"en published research tying", "In February last year the company published research tying a group it called RedEcho to intrusions into Indian power-sector organisations.", "en", "2022-04-08",
			[]dateCheck{wantStatement("2021-02"), wantPeriod("")}},
		{"fr guard: avait publié une étude attribuant (passed before)", "En février 2021, la société avait publié une étude attribuant à un groupe baptisé RedEcho des intrusions dans dix organisations indiennes.", "fr", "2022-04-08",
			[]dateCheck{wantStatement("2021-02"), wantPeriod("")}},
		{"en guard: a report published in", "Hackers broke into the grid operator, according to a report published in 2019.", "en", "2022-04-08",
			[]dateCheck{wantStatement(""), wantPeriod("")}},
	})
}
