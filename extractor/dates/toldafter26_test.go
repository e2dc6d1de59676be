package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestToldAfter: a sentence opened by a later phrase ("Six weeks later",
// "Weeks later", « Six semaines plus tard », « Quelques jours après ») with
// a day or month written without its year, or naming "the previous year"
// (« l'année précédente ») with no date before it, needs the date told
// before it (NeedsAnchor); AnalyzeAfter then dates its yearless days from
// that date (the first on or after it) and counts the relative period from
// it. Before, « Six semaines plus tard, le 24 février » told after « le 12
// janvier de l'an dernier » took the publication's year (blind-ba/fr-002).
// Sentences written for this rule; the guards keep sentences without a
// later phrase, with their own year or with a year before the phrase.
func TestToldAfter(t *testing.T) {
	p := newParserT(t)
	ref := claim.Date("2023-03-09")
	for _, tc := range []struct {
		name, lang, text   string
		needs              bool
		after, claim, span string
	}{
		{"en six weeks later", "en", "Six weeks later, on February 24, the FBI and CISA accused MuddyWater of espionage.", true, "2022-01-12", "2022-02-24", ""},
		{"en weeks later, in March", "en", "Weeks later, in March, the hackers struck the ministry again, the FBI said.", true, "2021-12", "", "2022-03..2022-03"},
		{"en the previous year", "en", "Vitiuk also said that Sandworm had broken into another telecoms operator the previous year.", true, "2022-12", "", "2021..2021"},
		{"fr six semaines plus tard", "fr", "Six semaines plus tard, le 24 février, le FBI et la CISA ont accusé MuddyWater d'espionnage.", true, "2022-01-12", "2022-02-24", ""},
		{"fr quelques jours après", "fr", "Quelques jours après, le 3 février, le FBI a accusé MuddyWater d'espionnage.", true, "2022-01-28", "2022-02-03", ""},
		{"fr l'année précédente", "fr", "Il a aussi affirmé que Sandworm avait piraté un autre opérateur l'année précédente.", true, "2022-12", "", "2021..2021"},
		{"en guard: no later phrase", "en", "On February 24, the FBI and CISA accused MuddyWater of espionage.", false, "2022-01-12", "2023-02-24", ""},
		{"en guard: its own year", "en", "Six weeks later, on February 24, 2021, the FBI accused MuddyWater of espionage.", false, "2022-01-12", "2021-02-24", ""},
		{"en guard: a year before the phrase", "en", "In 2023, the agency said hackers had stolen $700 million the previous year.", false, "2020-05", "", "2022..2022"},
		{"fr garde: pas de « plus tard »", "fr", "Le 24 février, le FBI a accusé MuddyWater d'espionnage.", false, "2022-01-12", "2023-02-24", ""},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if got := p.Analyze(tc.text, tc.lang, ref).NeedsAnchor(); got != tc.needs {
				t.Errorf("NeedsAnchor = %v, want %v", got, tc.needs)
			}
			s := p.AnalyzeAfter(tc.text, tc.lang, ref, claim.Date(tc.after))
			if tc.claim != "" {
				if got := s.ClaimDate(); string(got) != tc.claim {
					t.Errorf("claim date %q, want %q", got, tc.claim)
				}
			}
			if tc.span != "" {
				if got := periodOf(s); got != tc.span {
					t.Errorf("period %q, want %q", got, tc.span)
				}
			}
		})
	}
}
