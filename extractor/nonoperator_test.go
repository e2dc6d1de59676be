package extractor

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestNotAccusedNorVictim: names that stand beside an attack word without
// a role in it. The organs that investigate, help or sanction (FBI, State
// Department, Treasury) are not accused; the city an international
// organisation sits in ("the OPCW in The Hague", « l'AIEA à Vienne ») is
// where the target is housed, not a victim country.
func TestNotAccusedNorVictim(t *testing.T) {
	t.Parallel()
	slots := map[string]func([]claim.Claim) string{"accused": accusedNames, "victims": victimCountries}
	cases := []struct {
		name, slot, lang, text, not string
	}{
		{"en discoverer", "accused", "en",
			"Cyber news\n\nMicrosoft said a China-based group it calls Storm-0000 broke into government mailboxes. Microsoft first disclosed the intrusion in July, after the State Department noticed odd activity in its own logs.",
			"State Department"},
		{"fr équipe d'aide", "accused", "fr",
			"Cyber\n\n« Des services iraniens sont derrière l'attaque », a affirmé vendredi le gouvernement albanais, évoquant une cyberattaque contre ses serveurs. Une équipe du FBI est arrivée cette semaine pour aider à restaurer les systèmes, a indiqué le gouvernement.",
			"FBI"},
		{"en organisation in its seat", "victims", "en",
			"Cyber news\n\nCanada and Australia blamed Russia's GRU for a failed attempt to hack the OPCW in The Hague in 2018.",
			"NL"},
		{"fr organisation à son siège", "victims", "fr",
			"Cyber\n\nLe Canada et l'Australie ont accusé le GRU russe d'avoir tenté de pirater l'AIEA à Vienne en 2019.",
			"AT"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := slots[tc.slot](extract(t, tc.lang, "2024-05-04", tc.text)); strings.Contains(got, tc.not) {
				t.Errorf("%s = %q, want no %s", tc.slot, got, tc.not)
			}
		})
	}
}
