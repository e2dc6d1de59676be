package extractor

import "testing"

// TestSaidLastYearClaimDate: "Washington accused Russia last year of
// interfering…", « Washington a accusé l'an dernier la Russie… » tell a
// statement of last year, whose month the text does not give: no claim
// date, as for "In 2016, Washington accused…", not the publication's day.
// Found reading blind-n/en-002. Sentences written for this rule; the guard
// keeps a day of saying with "last year" after the deed.
func TestSaidLastYearClaimDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, claimDate string }{
		{"accused Russia last year of", "en", "Washington accused Russia last year of interfering in the U.S. presidential election through cyber operations.", ""},
		{"a accusé l'an dernier", "fr", "Washington a accusé l'an dernier la Russie d'ingérence dans l'élection présidentielle par des cyberattaques.", ""},
		{"guard: said on Monday", "en", "The FBI said on Monday that Russian hackers had breached the Democratic National Committee last year.", "2017-12-18"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2017-12-19", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if got := string(cs[0].ClaimDate); got != tc.claimDate {
				t.Errorf("claim date %q, want %q", got, tc.claimDate)
			}
		})
	}
}
