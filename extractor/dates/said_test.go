package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSaidDate: a day told in the attack clause before any word of saying
// dates the attack, not the statement.
func TestSaidDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, s string
		want          claim.Date
	}{
		{"said on Monday", "en", "The NCSC said on Monday that APT29 was behind the phishing campaign.", "2024-03-11"},
		{"sentence-initial day", "fr", "Jeudi dernier, le ministère a accusé le GRU d'être à l'origine de la campagne.", "2024-03-07"},
		{"attack clause first", "en", "A cyberattack disrupted petrol stations on Monday, and an official said Israel was behind it.", ""},
		{"attaque d'abord", "fr", "Une cyberattaque a paralysé les stations-service lundi, et un responsable a accusé Israël.", ""},
		// a site made unreachable (a denial of service) is an attack clause too
		{"rendus inaccessibles", "fr", "Des sites ministériels ont été rendus inaccessibles lundi par des attaques que l'agence attribue au groupe.", ""},
		{"knocked offline", "en", "Ministry sites were knocked offline on Monday by attacks that the agency attributed to the group.", ""},
		{"DDoS first", "en", "A DDoS wave hit ministry sites on Monday, and the agency blamed the group.", ""},
		{"saturés", "fr", "Des sites ont été saturés lundi par des requêtes que l'agence attribue au groupe.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.SaidDate(tc.s, tc.lang, "2024-03-14"); got != tc.want {
				t.Errorf("SaidDate = %q, want %q", got, tc.want)
			}
		})
	}
}
