package extractor

import "testing"

// TestFirmAnaphorNotLaterMaker: "The firm has said the hackers exploit
// flaws in products made by VMware, Fortinet…": the firm the anaphor names
// is the company before it (Mandiant), not a maker named after it in the
// same sentence; a company named before the anaphor in its own sentence
// ("Microsoft published a report in which the company said…") still is.
// Before, Fortinet accused the group. Texts written for this rule.
func TestFirmAnaphorNotLaterMaker(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"the firm has said", "en", "Mandiant has described UNC3886 as a China-nexus espionage group that goes after defence and telecommunications firms. The firm has said the hackers specialise in network devices, exploiting flaws in products made by VMware, Fortinet and Juniper Networks to stay hidden."},
		{"l'entreprise a indiqué", "fr", "Mandiant décrit UNC3886 comme un groupe d'espionnage lié à la Chine qui s'en prend aux industriels de la défense et des télécommunications. L'entreprise a indiqué que les pirates exploitent des failles dans des produits de VMware, Fortinet et Juniper Networks pour rester cachés."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2025-07-19", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && (c.Accuser.Name == "Fortinet" || c.Accuser.Name == "VMware") {
					t.Errorf("%s accuses %s", c.Accuser.Name, c.Accused.Name)
				}
			}
		})
	}
}
