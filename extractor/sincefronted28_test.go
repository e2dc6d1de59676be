package extractor

import "testing"

// TestSinceOpensReportedClause: an open period fronted in the reported
// clause ("Mandiant said that since the summer of 2020, UNC2452 had been
// hacking US think tanks", « a affirmé que depuis l'été 2020, UNC2452
// lisait… ») dates the deed, never the saying, whatever verb follows; "dates
// back to at least 2015", « remonte au moins à 2015 » open a period too.
// Before, the first two gave no period and the last two none either.
// Sentences written for this rule; the guard keeps a group's history told
// after the saying ("It said the group has been active since 2007") out of
// the period.
func TestSinceOpensReportedClause(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, start string }{
		{"said that since", "en", "Mandiant said that since the summer of 2020, UNC2452 had been hacking US think tanks.", "2020-06"},
		{"a affirmé que depuis", "fr", "Mandiant a affirmé que depuis l'été 2020, UNC2452 lisait les courriels de groupes de réflexion américains.", "2020-06"},
		{"dates back to at least", "en", "The UK accused the FSB of a hacking campaign against British politicians. The campaign dates back to at least 2015, the government said.", "2015"},
		{"remonte au moins à", "fr", "Londres a accusé le FSB d'une campagne de piratage visant des élus britanniques. La campagne remonte au moins à 2015, selon le gouvernement.", "2015"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2023-12-05", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if p := cs[0].AttackPeriod; p == nil || string(p.Start) != tc.start {
				t.Errorf("period %+v, want start %s", p, tc.start)
			}
		})
	}
	t.Run("en/guard: a group's history", func(t *testing.T) {
		cs := extract(t, "en", "2015-06-10", "Cyber news\n\nMandiant said on Tuesday that APT28 was behind the attack on the broadcaster. It said the group has been active since 2007.")
		for _, c := range cs {
			if c.AttackPeriod != nil && c.AttackPeriod.Start == "2007" {
				t.Errorf("period %+v from the group's history", c.AttackPeriod)
			}
		}
	})
}
