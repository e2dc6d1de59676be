package extractor

import "testing"

// TestExonerationLongObject: an exoneration's object runs on through other
// names and an example list while no clause of its own starts ("found no
// technical overlap between Laundry Bear and Russia's better-known state
// groups such as APT28 and APT29", « aucun recoupement technique entre
// Laundry Bear et les groupes russes plus connus comme APT28 et APT29 »):
// the groups compared are cleared. Before, APT28 and APT29 were accused.
// Texts written for this rule.
func TestExonerationLongObject(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"no technical overlap between", "en", "Dutch intelligence on Tuesday blamed a Russian group it calls Laundry Bear for the breach of the national police. The Dutch services said they found no technical overlap between Laundry Bear and Russia's better-known state groups such as APT28 and APT29."},
		{"aucun recoupement technique entre", "fr", "Le renseignement néerlandais a attribué mardi au groupe russe Laundry Bear l'intrusion dans la police nationale. Les services néerlandais disent n'avoir trouvé aucun recoupement technique entre Laundry Bear et les groupes russes plus connus comme APT28 et APT29."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			lb := false
			for _, c := range extract(t, tc.lang, "2025-05-27", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil {
					continue
				}
				lb = lb || c.Accused.Name == "Laundry Bear"
				if c.Accused.Name == "APT28" || c.Accused.Name == "APT29" {
					t.Errorf("%s accused by %+v", c.Accused.Name, c.Accuser)
				}
			}
			if !lb {
				t.Error("Laundry Bear not accused")
			}
		})
	}
}

// TestSelfClaimerLinkUnspoken: a group linked to the hacker who claimed an
// intrusion (« un pirate se présentant sous le pseudonyme « Rey », lié au
// groupe de rançongiciel HellCat, eut revendiqué l'intrusion », "a hacker
// calling himself Rey, linked to the HellCat ransomware group, claimed the
// intrusion"), in a sentence where no one speaks, is accused by no one.
// Before, the link gave a claim with no accuser. Texts written for this
// rule.
func TestSelfClaimerLinkUnspoken(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"lié au groupe, revendiqué", "fr", "En février, sa filiale roumaine avait confirmé le vol de données internes après qu'un pirate se présentant sous le pseudonyme « Rey », lié au groupe de rançongiciel HellCat, eut revendiqué l'intrusion sur un forum."},
		{"linked to the group, claimed", "en", "In February, its Romanian subsidiary confirmed the theft of internal data after a hacker calling himself Rey, linked to the HellCat ransomware group, claimed the intrusion on a forum."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2025-07-29", "Cyber news\n\n"+tc.text) {
				if c.Accused != nil && c.Accused.Name == "HellCat" {
					t.Errorf("HellCat accused by %+v", c.Accuser)
				}
			}
		})
	}
}
