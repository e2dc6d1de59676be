package extractor

import "testing"

// TestAttackMeansIsNoAgent: « des attaques par rançongiciel en Pologne »
// names the attacks' means after « par », not their agent, so the country
// after it is no accused (it is the target); "attacks by ransomware gangs
// linked to Russia" keeps its actor. Before, Poland was accused. Texts
// written for this rule.
func TestAttackMeansIsNoAgent(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, acc string }{
		{"attaques par rançongiciel", "fr", "Microsoft attribue des attaques par rançongiciel en Pologne à des pirates militaires russes.", ""},
		{"attaques par hameçonnage", "fr", "L'Anssi attribue des attaques par hameçonnage en Lituanie à des pirates chinois.", ""},
		{"attacks by ransomware gangs", "en", "Poland said it had suffered attacks by ransomware gangs linked to Russia.", "PL"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2022-11-11", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			for _, c := range cs {
				if c.Accused == nil || (c.Accused.Country != "RU" && c.Accused.Country != "CN") {
					t.Errorf("accused %+v, want only the attackers' state", c.Accused)
				}
			}
		})
	}
}
