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

// TestDistinctionClears: "Officials drew a distinction with Evil Corp",
// « ont fait une distinction avec Evil Corp »: the group set apart is
// cleared, the news claim stays. Before, Evil Corp was accused too. Texts
// written for this rule.
func TestDistinctionClears(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"distinction with", "en", "The Justice Department on Monday charged a Ukrainian man with deploying REvil ransomware against the software firm Kaseya. Officials drew a distinction with Evil Corp, whose leader was sanctioned in 2019 over bank fraud."},
		{"distinction avec", "fr", "Le ministère américain de la Justice a inculpé lundi un Ukrainien pour avoir déployé le rançongiciel REvil contre l'éditeur Kaseya. Les responsables ont fait une distinction avec Evil Corp, dont le chef a été sanctionné en 2019 pour des fraudes bancaires."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			kept := false
			for _, c := range extract(t, tc.lang, "2021-11-09", "Cyber news\n\n"+tc.text) {
				kept = kept || c.Accused != nil && c.Accused.Name == "REvil"
				if c.Accused != nil && c.Accused.Name == "Evil Corp" {
					t.Errorf("Evil Corp accused by %+v", c.Accuser)
				}
			}
			if !kept {
				t.Error("REvil not accused")
			}
		})
	}
}
