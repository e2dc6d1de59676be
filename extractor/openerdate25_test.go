package extractor

import "testing"

// TestOpenerDatedStatement: "And in February 2024, the agencies said…",
// « Et en février 2024, les services ont affirmé… »: the opening date after
// "And" (dates lexicon openers) dates the statement, and "the previous
// year" the attack the year before it. Before, the English claim took the
// publication date and the year before publication. Texts written for
// this rule.
func TestOpenerDatedStatement(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"and in February", "en", "Dutch intelligence agencies on Tuesday blamed a Russian group for a breach of the national police. And in February 2024, the agencies said Chinese state-sponsored hackers had broken into a Dutch defence network the previous year."},
		{"et en février", "fr", "Les services de renseignement néerlandais ont accusé mardi un groupe russe d'avoir piraté la police nationale. Et en février 2024, les services avaient affirmé que des pirates soutenus par l'État chinois avaient pénétré un réseau de la défense néerlandaise l'année précédente."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2025-05-27", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil || c.Accused.Country != "CN" {
					continue
				}
				found = true
				if c.ClaimDate != "2024-02" || c.AttackPeriod == nil || c.AttackPeriod.Start != "2023" {
					t.Errorf("China claim dated %s, period %+v; want 2024-02 and 2023", c.ClaimDate, c.AttackPeriod)
				}
			}
			if !found {
				t.Error("no claim on China")
			}
		})
	}
}
