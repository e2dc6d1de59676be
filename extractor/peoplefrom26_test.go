package extractor

import "testing"

// TestTargetPeopleFrom: a place preposition after people targeted
// (target_people: "the phones of diplomats from Israel, Syria and China")
// gives the targets' countries, as « de diplomates d'Israël » does; a
// speaker's noun keeps its reading ("Officials from Britain said…").
// Before, the English list gave no victim. Texts written for this rule;
// the French twin passed and is the guard.
func TestTargetPeopleFrom(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"diplomats from", "en", "FSB accuses NSA\n\nThe FSB accused the NSA of hacking the phones of diplomats from Israel, Syria and China."},
		{"diplomates de", "fr", "Le FSB accuse la NSA\n\nLe FSB a accusé la NSA d'avoir piraté les téléphones de diplomates d'Israël, de Syrie et de Chine."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, c := range extract(t, tc.lang, "2023-06-01", tc.text) {
				for _, v := range c.Victims {
					got[v.Country] = true
				}
			}
			for _, cc := range []string{"IL", "SY", "CN"} {
				if !got[cc] {
					t.Errorf("%s not a victim (victims %v)", cc, got)
				}
			}
		})
	}
	// the guard: officials from a state speak for it
	for _, c := range extract(t, "en", "2023-06-01", "Ministry hacked\n\nOfficials from Britain said Russia was behind the hack of the ministry.") {
		if c.Accuser == nil || c.Accuser.Country != "GB" {
			t.Errorf("accuser %v, want the United Kingdom", c.Accuser)
		}
	}
}
