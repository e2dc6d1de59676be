package extractor

import (
	"slices"
	"testing"
)

// victimsCase is one article and the sorted victim countries of its first
// claim.
type victimsCase struct {
	name, lang, text string
	want             []string
}

func checkFirstVictims(t *testing.T, cases []victimsCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			var got []string
			for _, v := range cs[0].Victims {
				got = append(got, v.Country)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("victims %v, want %v", got, tc.want)
			}
		})
	}
}

// TestAmongVictimsList: every institution of a list before "were among the
// victims" / « figurent parmi les victimes » is a victim, not only the one
// within six words of the victim noun ("A Spanish telecom operator and two
// Italian ministries were among the victims"). Sentences written for this
// rule.
func TestAmongVictimsList(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"were among the victims", "en", ministryEN("A Spanish telecom operator and two Italian ministries were among the victims, ESET said, attributing the intrusions to APT15."), []string{"ES", "IT"}},
		{"figurent parmi les victimes", "fr", ministryFR("Un opérateur espagnol et deux ministères italiens figurent parmi les victimes, a indiqué ESET, qui attribue les intrusions à APT15."), []string{"ES", "IT"}},
	})
}
