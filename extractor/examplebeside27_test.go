package extractor

import (
	"strings"
	"testing"
)

// TestExampleBesideAccusedGroup: a group given as an example ("other
// groups, including Turla", « d'autres groupes, dont Turla ») in the
// sentence of a claim against another group is no actor of that claim;
// examples that are the accused themselves stay ("groups tied to China,
// notably APT27 and APT31", the guard). Before, Turla was accused beside
// APT29. Texts written for this test.
func TestExampleBesideAccusedGroup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text, want, not string }{
		{"en", "The NCSC said APT29 was behind the intrusion and warned that other groups, including Turla, remain active.", "APT29", "Turla"},
		{"fr", "Le NCSC attribue l'intrusion à APT29 et prévient que d'autres groupes, dont Turla, restent actifs.", "APT29", "Turla"},
		{"fr", "Le gouvernement belge a accusé lundi des groupes de pirates liés à la Chine, notamment APT27 et APT31, d'avoir ciblé le ministère de la Défense.", "APT31", ""},
	} {
		got := accusedNames(extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text))
		if !strings.Contains(got, tc.want) || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("%.50q: accused %q, want %s and not %q", tc.text, got, tc.want, tc.not)
		}
	}
}
