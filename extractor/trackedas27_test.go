package extractor

import (
	"strings"
	"testing"
)

// TestTracksAsNamesGroup: "a crew it tracks as Crypto24", « un groupe
// qu'il suit sous le nom de Crypto24 » name a group the tables do not know,
// as "a group it calls Crypto24" did. Before, both claims were lost. Texts
// written for this test.
func TestTracksAsNamesGroup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text string }{
		{"en", "Sophos attributed the intrusion to a crew it tracks as Crypto24."},
		{"fr", "Sophos attribue l'intrusion à un groupe qu'il suit sous le nom de Crypto24."},
	} {
		if got := accusedNames(extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text)); !strings.Contains(got, "Crypto24") {
			t.Errorf("%.50q: accused %q, want Crypto24", tc.text, got)
		}
	}
}
