package extractor

import (
	"slices"
	"testing"
)

// TestAgenciesInListAfterAgent: "co-authored by the NSA, the FBI and cyber
// agencies in Germany and South Korea", « rédigé par la NSA, le FBI et des
// agences de cybersécurité en Allemagne »: agencies placed in countries at
// the end of a list of named speakers after an agent preposition speak
// with them (before, "in" made those countries victims). Sentences written
// for this rule.
func TestAgenciesInListAfterAgent(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             []string
	}{
		{"co-authored by … and cyber agencies in", "en", ministryEN("The advisory, co-authored by the NSA, the FBI and cyber agencies in Germany and South Korea, names Kimsuky as the culprit."), []string{"DE", "KR", "US"}},
		{"rédigé par … et des agences de cybersécurité en", "fr", ministryFR("L'avis, rédigé par la NSA, le FBI et des agences de cybersécurité en Allemagne, désigne Kimsuky comme responsable."), []string{"DE", "US"}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var acc, vic []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Accuser != nil && !slices.Contains(acc, c.Accuser.Country) {
					acc = append(acc, c.Accuser.Country)
				}
				for _, v := range c.Victims {
					vic = append(vic, v.Country)
				}
			}
			slices.Sort(acc)
			if !slices.Equal(acc, tc.want) || len(vic) > 0 {
				t.Errorf("accusers %v, victims %v; want accusers %v, no victim", acc, vic, tc.want)
			}
		})
	}
}
