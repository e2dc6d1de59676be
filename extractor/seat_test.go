package extractor

import (
	"strings"
	"testing"
)

// TestSeatNotVictim: the city an international organisation sits in ("the
// OPCW in The Hague", « l'AIEA à Vienne ») is where the target is housed,
// not a victim country.
func TestSeatNotVictim(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, not string
	}{
		{"en organisation in its seat", "en",
			"Cyber news\n\nCanada and Australia blamed Russia's GRU for a failed attempt to hack the OPCW in The Hague in 2018.",
			"NL"},
		{"fr organisation à son siège", "fr",
			"Cyber\n\nLe Canada et l'Australie ont accusé le GRU russe d'avoir tenté de pirater l'AIEA à Vienne en 2019.",
			"AT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := victimCountries(extract(t, tc.lang, "2024-05-04", tc.text)); strings.Contains(got, tc.not) {
				t.Errorf("victims = %q, want no %s", got, tc.not)
			}
		})
	}
}
