package extractor

import "testing"

// TestFirmByAmpersandAndTeam: capitalised names joined by an ampersand are
// a firm ("Hunt & Hackett said…"), and a team at a firm speaks for it ("The
// threat intelligence team at Nozomi Networks linked…", « l'équipe de
// Nozomi Networks »). Sentences written for this rule.
func TestFirmByAmpersandAndTeam(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"ampersand firm", "en", "Cyber news\n\nHunt & Hackett said APT29 targeted Dutch telecom companies.", "Hunt & Hackett", "APT29"},
		{"team at", "en", "Cyber news\n\nThe threat intelligence team at Nozomi Networks linked the malware to Sandworm.", "Nozomi Networks", "Sandworm"},
		{"entreprise à esperluette", "fr", "Cyber actu\n\nHunt & Hackett affirme qu'APT29 a ciblé des opérateurs télécoms néerlandais.", "Hunt & Hackett", "APT29"},
		{"équipe de", "fr", "Cyber actu\n\nL'équipe de renseignement sur les menaces de Nozomi Networks a relié le maliciel à Sandworm.", "Nozomi Networks", "Sandworm"},
	})
}
