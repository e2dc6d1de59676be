package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestDropUnreadCarried: a victim a claim only carried from another claim
// of its frame goes when the model rejected its country in every sentence
// that names it ("a spokesman for Britain's NCSC said", whose GB was the
// accuser's own default victim); it stays when some sentence's candidate
// was kept, or when no sentence names the country at all.
func TestDropUnreadCarried(t *testing.T) {
	t.Parallel()
	ent := func(ccs ...string) []claim.Entity {
		var out []claim.Entity
		for _, cc := range ccs {
			out = append(out, claim.Entity{Kind: claim.KindState, Country: cc})
		}
		return out
	}
	cases := []struct {
		name    string
		victims [][]claim.Entity
		reads   []victimRead
		want    [][]string
	}{
		{
			name:    "rejected where read: the carried copy goes",
			victims: [][]claim.Entity{ent("CH"), ent("CH", "GB")},
			reads: []victimRead{
				{claim: 0, cc: "CH", kept: true},
				{claim: 0, cc: "GB", kept: false},
				{claim: 1, cc: "CH", kept: true},
				{claim: 1, cc: "GB", carried: true, kept: true},
			},
			want: [][]string{{"CH"}, {"CH"}},
		},
		{
			name:    "kept in one sentence, rejected in another: stays",
			victims: [][]claim.Entity{ent("UA"), nil, ent("UA")},
			reads: []victimRead{
				{claim: 0, cc: "UA", kept: true},
				{claim: 1, cc: "UA", kept: false},
				{claim: 2, cc: "UA", carried: true, kept: true},
			},
			want: [][]string{{"UA"}, nil, {"UA"}},
		},
		{
			name:    "named in no sentence: the carried copy stays",
			victims: [][]claim.Entity{ent("KR"), ent("KR")},
			reads: []victimRead{
				{claim: 0, cc: "KR", carried: true, kept: true},
				{claim: 1, cc: "KR", carried: true, kept: true},
			},
			want: [][]string{{"KR"}, {"KR"}},
		},
		{
			name:    "a victim read in its own sentence is never dropped",
			victims: [][]claim.Entity{ent("NL")},
			reads: []victimRead{
				{claim: 0, cc: "NL", kept: true},
				{claim: 0, cc: "NL", kept: false},
			},
			want: [][]string{{"NL"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dropUnreadCarried(tc.victims, tc.reads, nil)
			for i, vs := range tc.victims {
				var got []string
				for _, v := range vs {
					got = append(got, v.Country)
				}
				if !slices.Equal(got, tc.want[i]) {
					t.Errorf("claim %d: got %q, want %q", i, got, tc.want[i])
				}
			}
		})
	}
}
