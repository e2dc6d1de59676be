package extractor

import "testing"

// TestMonthOfThatYear: "that year" and "that month" are periods told from
// the date before them, as "that same year" was, and a month of such a year
// joins it past the longest connector ("in late November of that year", "in
// November of the same year", where "of the" had taken the period's own
// article): "In December 2014 the FBI said … whose computers had been wiped
// in late November of that year" is 2014-11. Before, the first gave no
// period and the second 2014..2017-11 (November read from publication).
// Sentences written for this rule, found reading blind-be/en-002.
func TestMonthOfThatYear(t *testing.T) {
	t.Parallel()
	const lead = "Cyber news\n\nIn December 2014 the FBI said North Korea was responsible for the hack of Sony Pictures, whose computers had been wiped "
	for _, tc := range []struct{ name, tail, start, end string }{
		{"in late November of that year", "in late November of that year.", "2014-11", "2014-11"},
		{"in November of the same year", "in November of the same year.", "2014-11", "2014-11"},
		{"in November that year", "in November that year.", "2014-11", "2014-11"},
		{"that year", "that year.", "2014", "2014"},
		{"guard: in November of that same year", "in November of that same year.", "2014-11", "2014-11"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, "en", "2017-12-20", lead+tc.tail)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			p := cs[0].AttackPeriod
			if p == nil || string(p.Start) != tc.start || string(p.End) != tc.end {
				t.Errorf("period %+v, want %s..%s", p, tc.start, tc.end)
			}
		})
	}
}
