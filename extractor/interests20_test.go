package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestServedInterests: the state whose interests a group serves ("in
// support of Iranian interests", "in the interests of Iran", « au service
// des intérêts iraniens », « servant les intérêts de Téhéran ») is the
// accused, not the owner of a target; without a cue of the accused the same
// words name a target ("attacked Israeli interests"). Sentences written for
// this rule.
func TestServedInterests(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		accused          string   // first accused ("" for no claim)
		victims          []string // its victims' countries
	}{
		{"in support of demonym interests", "en", ministryEN("Mandiant said a group operating in support of Iranian interests was behind the ransomware attack on Albania."), "Iran", []string{"AL"}},
		{"in the interests of X", "en", ministryEN("Mandiant said a group acting in the interests of Iran was behind the ransomware attack on Albania."), "Iran", []string{"AL"}},
		{"aligned with demonym state interests", "en", ministryEN("Mandiant said a cluster aligned with Chinese state interests was behind the ransomware attack on Albania."), "China", []string{"AL"}},
		{"attacked demonym interests", "en", ministryEN("Mandiant said Iran-linked hackers attacked Israeli interests in Albania."), "Iran", []string{"IL", "AL"}},
		{"au service des intérêts", "fr", ministryFR("Selon ESET, un groupe au service des intérêts iraniens est à l'origine de la cyberattaque contre l'Albanie."), "Iran", []string{"AL"}},
		{"proche des intérêts", "fr", ministryFR("Selon ESET, un groupe proche des intérêts iraniens est à l'origine de la cyberattaque contre l'Albanie."), "Iran", []string{"AL"}},
		{"servant les intérêts de", "fr", ministryFR("Selon ESET, des pirates servant les intérêts de Téhéran sont à l'origine de la cyberattaque contre l'Albanie."), "Iran", []string{"AL"}},
		{"visé des intérêts", "fr", ministryFR("Selon ESET, des pirates iraniens ont visé des intérêts israéliens en Albanie."), "Iran", []string{"IL", "AL"}},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got *claim.Claim
			cs := extract(t, tc.lang, "2025-10-08", tc.text)
			for i := range cs {
				if cs[i].Stance == claim.StanceAccusation && cs[i].Accused != nil {
					got = &cs[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no accusation, want one of %s", tc.accused)
			}
			if got.Accused.Name != tc.accused {
				t.Errorf("accused = %q, want %q", got.Accused.Name, tc.accused)
			}
			var vs []string
			for _, v := range got.Victims {
				vs = append(vs, v.Country)
			}
			if !slices.Equal(vs, tc.victims) {
				t.Errorf("victims = %v, want %v", vs, tc.victims)
			}
		})
	}
}
