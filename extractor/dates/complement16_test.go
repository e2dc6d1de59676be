package dates

import "testing"

// TestDateBeforeComplement: a date between an accusation's object and its
// complement ("accused Russia in October 2018 of hacking", « accusé
// Moscou en octobre 2018 d'avoir piraté ») dates the saying, though the
// deed's word follows it; without the complement the deed keeps it.
func TestDateBeforeComplement(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkDates(t, p, []datesCase{
		{"en of after the date", "Britain accused Russia in October 2018 of hacking its parliament.", "en", "2024-03-14", []dateCheck{wantStatement("2018-10")}},
		{"en for after the date", "Britain blamed Russia in October 2018 for hacking its parliament.", "en", "2024-03-14", []dateCheck{wantStatement("2018-10")}},
		{"fr d' after the date", "Londres avait accusé Moscou en octobre 2018 d'avoir piraté le Parlement.", "fr", "2024-03-14", []dateCheck{wantStatement("2018-10")}},
		{"en a deed right after the date", "The agency said hackers in October 2018 stole data from the parliament.", "en", "2024-03-14", []dateCheck{wantStatement("")}},
	})
}
