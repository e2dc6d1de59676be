package extractor

import (
	"strings"
	"testing"
)

// TestRelatedGroupNamedFar: a group a relation noun situates is no actor
// of the article's claims even when a naming phrase stands between the
// noun and the name ("a subgroup of an older group known as APT10", « une
// branche d'un groupe plus ancien baptisé APT10 »): the window reached
// four words. Before, APT10 was accused beside MirrorFace. Texts written
// for this test.
func TestRelatedGroupNamedFar(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text string }{
		{"en", "Police name MirrorFace\n\nJapan's National Police Agency blamed MirrorFace for attacks on ministries. Several security firms consider MirrorFace a subgroup of an older group known as APT10."},
		{"fr", "La police désigne MirrorFace\n\nL'Agence nationale de la police japonaise a accusé MirrorFace d'attaques contre des ministères. Plusieurs éditeurs voient dans MirrorFace une branche d'un groupe plus ancien baptisé APT10."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			got := accusedNames(extract(t, tc.lang, "2025-01-09", tc.text))
			if !strings.Contains(got, "MirrorFace") || strings.Contains(got, "APT10") {
				t.Errorf("accused %q, want MirrorFace and not APT10", got)
			}
		})
	}
}
