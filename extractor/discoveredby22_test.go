package extractor

import "testing"

// TestDiscoveredBySameSpeaker: a sentence telling the incident as found by
// the accuser of the claim beside it ("The operation, uncovered by
// Kaspersky, hit embassies in Iran…" then "Kaspersky said Turla was behind
// it") gives that claim its victims; a discovery told by someone else is
// another account. Sentences written for this rule.
func TestDiscoveredBySameSpeaker(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"uncovered by", "en", "Cyber news\n\nThe operation, uncovered by Kaspersky, hit embassies in Iran and Kazakhstan. Kaspersky said Turla was behind it.", []string{"IR", "KZ"}},
		{"discovered by", "en", "Cyber news\n\nThe intrusions, discovered by Mandiant last month, struck energy firms in Norway. Mandiant attributed them to APT29.", []string{"NO"}},
		{"discovered by another firm", "en", "Cyber news\n\nThe intrusions, discovered by Recorded Future last month, struck energy firms in Norway. Mandiant attributed them to APT29.", nil},
		{"découverte par", "fr", "Cyber actu\n\nL'opération, découverte par Kaspersky, a touché des ambassades en Iran et au Kazakhstan. Kaspersky l'attribue à Turla.", []string{"IR", "KZ"}},
		{"détectées par", "fr", "Cyber actu\n\nLes intrusions, détectées par Mandiant le mois dernier, ont frappé des entreprises énergétiques en Norvège. Mandiant les attribue à APT29.", []string{"NO"}},
	})
}
