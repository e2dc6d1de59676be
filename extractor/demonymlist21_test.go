package extractor

import (
	"slices"
	"testing"
)

// TestDemonymListSharesHead: a list of three nationality adjectives shares
// the noun written once after it — speakers ("German, French and Italian
// officials blamed…": German, two pairs from the head, was lost) and
// targets ("the phones of Israeli, Syrian and Chinese diplomats": only the
// last was a victim). French already shared a victim noun before the list;
// its test guards it. Sentences written for this rule.
func TestDemonymListSharesHead(t *testing.T) {
	t.Parallel()
	t.Run("en/speakers", func(t *testing.T) {
		var got []string
		for _, c := range extract(t, "en", "2025-10-08", ministryEN("German, French and Italian officials blamed Russia for the attack on the ministries.")) {
			if c.Accuser != nil {
				got = append(got, c.Accuser.Country)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, []string{"DE", "FR", "IT"}) {
			t.Errorf("accusers %v, want [DE FR IT]", got)
		}
	})
	checkFirstVictims(t, []victimsCase{
		{"victims", "en", ministryEN("The FSB accused US intelligence agencies of compromising the phones of Israeli, Syrian and Chinese diplomats."), []string{"CN", "IL", "SY"}},
		{"victimes", "fr", ministryFR("Le FSB a accusé les services américains d'avoir compromis les téléphones de diplomates israéliens, syriens et chinois."), []string{"CN", "IL", "SY"}},
	})
}
