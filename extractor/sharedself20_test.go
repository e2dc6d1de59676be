package extractor

import (
	"slices"
	"testing"
)

// TestSharedSelfMarker: a plural possessive ("their energy grids", «
// leurs réseaux ») speaks for every accuser, so each of three or more
// states has its own country as victim; "federal agencies" alone, in a
// list of three, still tells no accuser's assets apart. Sentences written
// for this rule.
func TestSharedSelfMarker(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		victims          []string // of each claim, in order
	}{
		{"their", "en", ministryEN("Lithuania, Latvia and Estonia blamed Russia for the cyberattacks on their energy grids."), []string{"LT", "LV", "EE"}},
		{"leurs", "fr", ministryFR("Dans un communiqué commun, la Lituanie, la Lettonie et l'Estonie ont imputé à la Russie les cyberattaques visant leurs réseaux électriques."), []string{"LT", "LV", "EE"}},
		{"federal agencies (coalition)", "en", ministryEN("The United States, Britain and Australia said Chinese hackers had breached federal agencies."), []string{"", "", ""}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				v := ""
				if len(c.Victims) == 1 {
					v = c.Victims[0].Country
				} else if len(c.Victims) > 1 {
					v = "many"
				}
				got = append(got, v)
			}
			if !slices.Equal(got, tc.victims) {
				t.Errorf("victims per claim = %q, want %q", got, tc.victims)
			}
		})
	}
}
