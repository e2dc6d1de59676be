package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

func TestDropAccusedVictims(t *testing.T) {
	t.Parallel()
	st := func(cc string) *claim.Entity { return &claim.Entity{Kind: claim.KindState, Country: cc, Name: cc} }
	ent := func(k claim.Kind, name, cc string) *claim.Entity {
		return &claim.Entity{Kind: k, Name: name, Country: cc}
	}
	acc := func(by, of *claim.Entity, victims ...string) claim.Claim {
		c := claim.Claim{Stance: claim.StanceAccusation, Accuser: by, Accused: of}
		for _, v := range victims {
			c.Victims = append(c.Victims, *st(v))
		}
		return c
	}
	countries := func(c claim.Claim) []string {
		var got []string
		for _, v := range c.Victims {
			got = append(got, v.Country)
		}
		return got
	}
	cases := []struct {
		name string
		in   []claim.Claim
		want [][]string // victims per claim after the filter
	}{
		{"pro-state gang: the state its accuser accuses is no victim", []claim.Claim{
			acc(st("MD"), st("RU"), "MD"), acc(st("MD"), ent(claim.KindGroup, "Some Crew", ""), "MD", "RU"),
		}, [][]string{{"MD"}, {"MD"}}},
		{"state of an accused group", []claim.Claim{
			acc(ent(claim.KindCompany, "vendor", ""), ent(claim.KindGroup, "APT00", "IR"), "IL", "IR"),
		}, [][]string{{"IL"}}},
		{"tit-for-tat between two accusers keeps both", []claim.Claim{
			acc(st("US"), st("CN"), "US"), acc(st("CN"), ent(claim.KindAgency, "NSA", "US"), "CN"),
		}, [][]string{{"US"}, {"CN"}}},
		{"an organ of the victim named as accused does not count", []claim.Claim{
			acc(ent(claim.KindCompany, "vendor", ""), ent(claim.KindGroup, "Storm-0000", "CN"), "US"),
			acc(ent(claim.KindCompany, "vendor", ""), ent(claim.KindAgency, "State Department", "US")),
		}, [][]string{{"US"}, nil}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dropAccusedVictims(tc.in)
			for i, c := range tc.in {
				if got := countries(c); !slices.Equal(got, tc.want[i]) {
					t.Errorf("claim %d victims = %v, want %v", i, got, tc.want[i])
				}
			}
		})
	}
}

// TestAccusedNotVictimText: "in support of Russia", « prorusse »: the state
// an accuser blames is not made a victim of the same accuser's claims.
func TestAccusedNotVictimText(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, want string
	}{
		{"en group acting for the accused state", "en",
			"Cyber news\n\nMoldova accused Russia and the Killnet group, which acts in support of Russia, of cyberattacks against Moldovan ministries in 2023.",
			""},
		{"fr groupe agissant pour l'État accusé", "fr",
			"Cyber\n\nChisinau a imputé à la Russie et au groupe Killnet, qui agit en soutien à la Russie, une série de cyberattaques contre des ministères moldaves en 2023.",
			""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs := extract(t, tc.lang, "2024-06-17", tc.text)
			if got := victimCountries(cs); strings.Contains(got, "RU") {
				t.Errorf("victims = %q, want no RU", got)
			}
		})
	}
}
