package extractor

import "testing"

// TestDayOfRelativeYearClaimDate: an earlier accusation dated by a day of
// a year told from publication ("On January 12 last year, US Cyber
// Command accused…", « Le 12 janvier de l'an dernier, le Royaume-Uni avait
// imputé… ») is of that day (2022-01-12 in a paper of March 2023), not of
// the publication year's. Found reading blind-ay/fr-002 (« Le 19 juillet de
// l'an dernier », 2022-07-19 in a paper of 21 July 2022, gold 2021-07-19)
// and blind-ba/fr-002. Sentences written for this rule.
func TestDayOfRelativeYearClaimDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, claimDate string }{
		{"January 12 last year", "en", "On January 12 last year, US Cyber Command accused Iran's intelligence ministry of running the MuddyWater hacking group.", "2022-01-12"},
		{"le 12 janvier de l'an dernier", "fr", "Le 12 janvier de l'an dernier, le Royaume-Uni avait imputé à la Chine le piratage massif des serveurs Microsoft Exchange.", "2022-01-12"},
		{"guard: January 12", "en", "On January 12, US Cyber Command accused Iran's intelligence ministry of running the MuddyWater hacking group.", "2023-01-12"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2023-03-09", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if got := string(cs[0].ClaimDate); got != tc.claimDate {
				t.Errorf("claim date %q, want %q", got, tc.claimDate)
			}
		})
	}
}
