package extractor

import "testing"

// TestSameDayStatementDate: a statement told as made "the same day" («
// le même jour », lexicon day_words beside same_words) takes the date of
// the claim before it that names its own, not the publication date.
// Before, the second claim was dated by the publication. Texts written for
// this rule.
func TestSameDayStatementDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"on the same day", "en", "The United Kingdom on Monday accused China-backed hackers of breaching its Electoral Commission. On the same day the US Justice Department charged seven members of the APT31 group over a hacking operation that began around 2010."},
		{"le même jour", "fr", "Le Royaume-Uni a accusé lundi des pirates liés à la Chine d'avoir piraté sa commission électorale. Le même jour, le département américain de la Justice a inculpé sept membres du groupe APT31 pour une opération de piratage commencée vers 2010."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2024-03-27", "Cyber news\n\n"+tc.text) {
				if c.Accused != nil && c.Accused.Name == "APT31" {
					found = true
					if c.ClaimDate != "2024-03-25" {
						t.Errorf("%s → APT31 dated %s, want 2024-03-25", c.Accuser.Name, c.ClaimDate)
					}
				}
			}
			if !found {
				t.Error("no claim on APT31")
			}
		})
	}
}
