package extractor

import "testing"

// TestAttackedOwnerNotAccused: a group whose tools and servers the accused
// group hijacked ("hijacking the tools and servers of OilRig", « en
// détournant les outils et les serveurs d'OilRig ») owns the target and is
// accused of nothing; the hijacker stays accused. Before, OilRig was
// accused beside Turla. Texts written for this rule.
func TestAttackedOwnerNotAccused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"hijacking the tools of", "en", "Britain's National Cyber Security Centre said on Monday that Turla, a Russia-based espionage group, had spent 18 months hijacking the tools and servers of OilRig, an Iranian outfit, to spy on targets in 35 countries."},
		{"détournant les outils de", "fr", "Le Centre national de cybersécurité britannique a affirmé lundi que Turla, un groupe d'espionnage russe, avait passé 18 mois à espionner des cibles dans 35 pays en détournant les outils et les serveurs d'OilRig, un groupe iranien."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			turla := false
			for _, c := range extract(t, tc.lang, "2019-10-21", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil {
					continue
				}
				turla = turla || c.Accused.Name == "Turla"
				if c.Accused.Name == "APT34" {
					t.Errorf("OilRig accused by %+v", c.Accuser)
				}
			}
			if !turla {
				t.Error("Turla not accused")
			}
		})
	}
}
