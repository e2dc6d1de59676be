package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestSecondAttributionObject: a coordinator repeating the attribution's
// preposition names a second accused, not a place (« attribué la
// cyberattaque aux États-Unis et à Israël », "attributed it to the United
// States and to Israel"); after an object pronoun (« lui attribuait des
// intrusions aux États-Unis et au Royaume-Uni ») the places stay places.
// Sentences written for this rule.
func TestSecondAttributionObject(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		accused, victims []string
	}{
		{"aux … et à", "fr", "Cyber actu\n\nTéhéran a attribué la cyberattaque aux États-Unis et à Israël.", []string{"Israel", "United States"}, []string{"IR"}},
		{"to … and to", "en", "Cyber news\n\nTehran attributed the cyberattack to the United States and to Israel.", []string{"Israel", "United States"}, []string{"IR"}},
		{"lui attribuait … aux, au (lieux)", "fr", "Cyber actu\n\nMandiant présente UNC5174 comme un prestataire du ministère chinois de la Sécurité d'État, et lui attribuait en mars des intrusions aux États-Unis et au Royaume-Uni.", []string{"UNC5174"}, []string{"GB", "US"}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var acd, vic []string
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance != claim.StanceAccusation || c.Accused == nil {
					continue
				}
				if !slices.Contains(acd, c.Accused.Name) {
					acd = append(acd, c.Accused.Name)
				}
				for _, v := range c.Victims {
					if !slices.Contains(vic, v.Country) {
						vic = append(vic, v.Country)
					}
				}
			}
			slices.Sort(acd)
			slices.Sort(vic)
			if !slices.Equal(acd, tc.accused) || !slices.Equal(vic, tc.victims) {
				t.Errorf("accused %v victims %v, want %v %v", acd, vic, tc.accused, tc.victims)
			}
		})
	}
}
