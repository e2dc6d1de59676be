package extractor

import "testing"

// TestHolidayClaimDate: an accusation dated by a named day ("On Christmas
// Eve, the National Police Agency said…", « La veille de Noël, la police a
// affirmé… », "on New Year's Day", « le jour de l'An ») is of that day, the
// latest on or before publication, not of the publication's day; a deed
// dated so has that day as its period. Found reading blind-ba/en-002.
// Sentences written for this rule; the guard keeps a bare "Christmas
// holidays" no date.
func TestHolidayClaimDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, claimDate, start string }{
		{"Christmas Eve", "en", "On Christmas Eve, the National Police Agency said that North Korean hackers had stolen bitcoin from the DMM exchange.", "2024-12-24", ""},
		{"New Year's Day", "en", "On New Year's Day, the FBI accused Iranian hackers of breaching the Treasury.", "2025-01-01", ""},
		{"attack on Christmas Day", "en", "The FBI said on Tuesday that North Korean hackers attacked the Treasury on Christmas Day.", "2025-01-07", "2024-12-25"},
		{"la veille de Noël", "fr", "La veille de Noël, la police japonaise a affirmé que des pirates nord-coréens avaient dérobé des bitcoins à la plateforme DMM.", "2024-12-24", ""},
		{"le jour de l'An", "fr", "Le jour de l'An, le FBI a accusé des pirates iraniens d'avoir piraté le Trésor.", "2025-01-01", ""},
		{"guard: Christmas holidays", "en", "The FBI said on Tuesday that North Korean hackers attacked the Treasury during the Christmas holidays.", "2025-01-07", ""},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-01-09", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			if string(c.ClaimDate) != tc.claimDate {
				t.Errorf("claim date %q, want %q", c.ClaimDate, tc.claimDate)
			}
			start := ""
			if c.AttackPeriod != nil {
				start = string(c.AttackPeriod.Start)
			}
			if start != tc.start {
				t.Errorf("period %+v, want start %q", c.AttackPeriod, tc.start)
			}
		})
	}
}
