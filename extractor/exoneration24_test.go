package extractor

import "testing"

// TestContrastedGroupIsNotAccused: a group an accuser sets apart from the
// accused ("the intrusion was distinct from that of Lazarus", « aucun lien
// entre cette intrusion et Lazarus ») is cleared by the short object of an
// exoneration phrase, and groups a report cites as examples "without
// tying them to any attack" (« sans toutefois leur rattacher ») are
// accused of nothing. The news claim stays. Texts written for this rule.
func TestContrastedGroupIsNotAccused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, keep, drop string }{
		{"distinct from that of", "en", "Google said on Wednesday that a North Korean group it tracks as UNC4899 had stolen code signing keys from a software maker. The company added that the intrusion was distinct from that of Lazarus, another actor it had exposed in March.", "UNC4899", "Lazarus Group"},
		{"aucun lien entre", "fr", "Google a attribué mercredi à UNC4899, un groupe nord-coréen, le vol de clés de signature chez un éditeur de logiciels. L'entreprise précise n'avoir trouvé aucun lien entre cette intrusion et Lazarus, qu'elle avait exposé en mars.", "UNC4899", "Lazarus Group"},
		{"sans toutefois leur rattacher", "fr", "Le rapport annuel du BSI, publié mardi, cite comme exemples de la menace des groupes tels qu'APT29 ou Sandworm, sans toutefois leur rattacher une attaque précise contre l'Allemagne.", "", "APT29"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			kept := tc.keep == ""
			for _, c := range extract(t, tc.lang, "2024-03-14", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil {
					continue
				}
				kept = kept || c.Accused.Name == tc.keep
				if c.Accused.Name == tc.drop {
					t.Errorf("%s accused by %+v", tc.drop, c.Accuser)
				}
			}
			if !kept {
				t.Errorf("%s not accused", tc.keep)
			}
		})
	}
}
