package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestIssue10Kinds covers the six kinds of misses listed in issue 10 with
// sentences written for this test (real public events, our own words), in
// English and French. Every article is published on Thursday 2024-03-14.
func TestIssue10Kinds(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string // claim keys that must appear
		not              []string // claim keys that must not appear
		victims          []string // exact victim set (nil: not checked)
		years            []string // exact attack years (nil: not checked)
		months           []string // exact claim months (nil: not checked)
		dates            []string // exact claim dates (nil: not checked)
	}{
		// 6. the accused carried from context
		{name: "the group after a background sentence", lang: "en",
			text: "APT29 returns\n\nAPT29 has been active for years. On Monday, Britain's NCSC said the group was behind a new phishing campaign targeting European diplomats.",
			want: []string{"GB>apt29"}, dates: []string{"2024-03-11"}},
		{name: "the hackers in a passive accusation", lang: "en",
			text: "Cyber espionage\n\nSecurity researchers have tracked APT41 for years. The hackers were blamed by the US Justice Department on Tuesday for breaching video game companies in South Korea.",
			want: []string{"US>apt41"}, victims: []string{"KR"}},
		{name: "les pirates after a background sentence", lang: "fr",
			text: "Le groupe Sandworm accusé\n\nLe groupe Sandworm est lié au GRU. Les autorités ukrainiennes ont accusé mardi les pirates d'avoir saboté le réseau électrique du pays.",
			want: []string{"UA>sandworm"}, victims: []string{"UA"}},
		{name: "ces attaques after a background sentence", lang: "fr",
			text: "Turla de nouveau en action\n\nLe groupe Turla, associé au FSB, cible les ministères européens. Selon l'ANSSI, ces attaques ont visé des ambassades en Pologne et en Roumanie.",
			want: []string{"FR>turla"}, victims: []string{"PL", "RO"}},
		{name: "an organ that sanctions is no antecedent", lang: "fr",
			text: "Sanctions\n\nLe Trésor américain a sanctionné deux sociétés. Le Kremlin a dénoncé ces sanctions tout en niant toute responsabilité dans le piratage.",
			not:  []string{"RU>treasury"}},
		{name: "no antecedent, no claim", lang: "en",
			text: "Hackers strike\n\nOfficials met in Brussels on Monday. The minister said the group was behind the cyberattack on the port.",
			want: nil, not: []string{"?>apt29"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-03-14", tc.text)
			var got, months, dates []string
			for _, c := range cs {
				got = append(got, key(c))
				if c.Stance != claim.StanceAccusation || c.ClaimDate == "" {
					continue
				}
				if m := string(c.ClaimDate[:min(7, len(c.ClaimDate))]); !slices.Contains(months, m) {
					months = append(months, m)
				}
				if d := string(c.ClaimDate); !slices.Contains(dates, d) {
					dates = append(dates, d)
				}
			}
			slices.Sort(months)
			slices.Sort(dates)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %s in %v", w, got)
				}
			}
			if tc.want == nil && tc.not == nil && len(cs) > 0 {
				t.Errorf("want no claim, got %v", got)
			}
			if tc.victims != nil {
				if v := victims(cs); !slices.Equal(v, tc.victims) && !(len(v) == 0 && len(tc.victims) == 0) {
					t.Errorf("victims %v, want %v", v, tc.victims)
				}
			}
			if tc.years != nil {
				if y := attackYears(cs); !slices.Equal(y, tc.years) && !(len(y) == 0 && len(tc.years) == 0) {
					t.Errorf("attack years %v, want %v", y, tc.years)
				}
			}
			if tc.months != nil && !slices.Equal(months, tc.months) {
				t.Errorf("claim months %v, want %v", months, tc.months)
			}
			if tc.dates != nil && !slices.Equal(dates, tc.dates) {
				t.Errorf("claim dates %v, want %v", dates, tc.dates)
			}
		})
	}
}
