package extractor

import "testing"

// TestToldAfterTheSentenceBefore: a sentence opened by a later phrase
// ("Six weeks later, on February 24, …", « Six semaines plus tard, le 24
// février, … ») dates its yearless day from the date of the sentence
// before it, and "the previous year" (« l'année précédente ») with no date
// before it in its sentence counts from the date of one of the two
// sentences before, not from publication. Found reading blind-ba/fr-002
// (claim 2023-02-24 → 2022-02-24) and blind-ay/en-004 ("Sandworm had broken
// into another Ukrainian telecoms operator the previous year", told after
// the December 2023 attack: 2022). Sentences written for this rule; the
// guards keep a day without a later phrase and a phrase with no date told
// before it on publication.
func TestToldAfterTheSentenceBefore(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, claimDate, start, end string }{
		{"six weeks later", "en", "On January 12 last year, US Cyber Command said MuddyWater was part of Iran's intelligence ministry. Six weeks later, on February 24, the FBI accused Iranian hackers of spying on telecoms firms.", "2022-02-24", "", ""},
		{"six semaines plus tard", "fr", "Le 12 janvier de l'an dernier, le Cyber Command américain a présenté MuddyWater comme une unité du renseignement iranien. Six semaines plus tard, le 24 février, le FBI a accusé des pirates iraniens d'avoir espionné des opérateurs.", "2022-02-24", "", ""},
		{"the previous year", "en", "The attack on Kyivstar in December cut off phone service for millions. Ukraine's SBU said on Thursday that Russian hackers had also broken into another telecoms operator the previous year.", "2024-01-04", "2022", "2022"},
		{"l'année précédente", "fr", "L'attaque contre Kyivstar en décembre a privé des millions d'abonnés de téléphone. Le SBU ukrainien a affirmé jeudi que des pirates russes avaient aussi piraté un autre opérateur l'année précédente.", "2024-01-04", "2022", "2022"},
		{"the previous year, two sentences on", "en", "The attack on Kyivstar in December cut off phone service for millions. Thousands of servers were destroyed, Vitiuk said. Ukraine's SBU said on Thursday that Russian hackers had also broken into another telecoms operator the previous year.", "2024-01-04", "2022", "2022"},
		{"guard: no later phrase", "en", "On January 12 last year, US Cyber Command said MuddyWater was part of Iran's intelligence ministry. On February 24, the FBI accused Iranian hackers of spying on telecoms firms.", "2023-02-24", "", ""},
		{"guard: no date before", "en", "The attack cut off phone service for millions. Ukraine's SBU said on Thursday that Russian hackers had also broken into another telecoms operator the previous year.", "2024-01-04", "2023", "2023"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			pub := "2023-03-09"
			if tc.start != "" {
				pub = "2024-01-05"
			}
			cs := extract(t, tc.lang, pub, "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[len(cs)-1]
			if string(c.ClaimDate) != tc.claimDate {
				t.Errorf("claim date %q, want %q", c.ClaimDate, tc.claimDate)
			}
			var start, end string
			if c.AttackPeriod != nil {
				start, end = string(c.AttackPeriod.Start), string(c.AttackPeriod.End)
			}
			if start != tc.start || end != tc.end {
				t.Errorf("period %s..%s, want %s..%s", start, end, tc.start, tc.end)
			}
		})
	}
}
