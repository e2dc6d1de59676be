package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// accusedNames returns the sorted names of the accused of the accusations.
func accusedNames(cs []claim.Claim) string {
	var got []string
	for _, c := range cs {
		if c.Stance == claim.StanceAccusation && c.Accused != nil && !slices.Contains(got, c.Accused.Name) {
			got = append(got, c.Accused.Name)
		}
	}
	slices.Sort(got)
	return strings.Join(got, ",")
}

// TestFrontCompanyOperator: a front company named in sanctions is not the
// accused group; the group or organ it fronts for is, whether named in the
// same sentence or in another claim of the article.
func TestFrontCompanyOperator(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, want string
	}{
		{"en front for an organ in the same sentence", "en",
			"Cyber news\n\nBritain said hackers working for China broke into the servers of its election watchdog. London also sanctioned a company in Hubei, Wuhan Xiaoruizhi, which it described as a front for China's Ministry of State Security.",
			"MSS"},
		{"fr société écran d'un service", "fr",
			"Cyber\n\nLe Royaume-Uni a accusé des pirates liés à la Chine d'avoir piraté sa commission électorale. Londres a aussi sanctionné une société de Wuhan, Wuhan Xiaoruizhi, présentée comme une façade du ministère chinois de la Sécurité d'État.",
			"MSS"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := accusedNames(extract(t, tc.lang, "2024-05-04", tc.text)); strings.Contains(got, "Wuhan") || !strings.Contains(got, tc.want) {
				t.Errorf("accused = %q, want %s and no front company", got, tc.want)
			}
		})
	}
}

func TestOperatorsForFronts(t *testing.T) {
	t.Parallel()
	front := claim.Entity{Kind: claim.KindGroup, Name: "Front Co", Country: "CN", IDs: map[string]string{"front": "yes"}}
	grp := func(name, cc string) *claim.Entity {
		return &claim.Entity{Kind: claim.KindGroup, Name: name, Country: cc}
	}
	cases := []struct {
		name  string
		other *claim.Entity
		want  string
	}{
		{"operator of the same state", grp("APT31", "CN"), "APT31"},
		{"group of another state", grp("APT28", "RU"), "Front Co"},
		{"gang without a state", grp("Some Gang", ""), "Front Co"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := front
			out := []claim.Claim{{Accused: tc.other}, {Accused: &f}}
			operatorsForFronts(out)
			if got := out[1].Accused.Name; got != tc.want {
				t.Errorf("accused = %q, want %q", got, tc.want)
			}
		})
	}
}
