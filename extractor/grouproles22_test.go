package extractor

import "testing"

// TestGroupNamedNotAccused: a group named as a threat that could act
// ("warned that Volt Typhoon could disrupt ports", « pourrait perturber »),
// as a yardstick ("rivalled that of the Equation Group", « comparé … à celle
// de Turla ») or as a suspect later cleared ("…the work of Lazarus, but
// investigators ruled out the North Korean group", « mis hors de cause »)
// is not accused; an explicit accusation beside a clearing of another
// actor stays. Sentences written for this rule.
func TestGroupNamedNotAccused(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"could disrupt", "en", "Cyber news\n\nUS officials warned that Volt Typhoon could disrupt ports and pipelines if a conflict over Taiwan broke out.", "", ""},
		{"pourrait perturber", "fr", "Cyber actu\n\nLes autorités américaines ont averti que Volt Typhoon pourrait perturber des ports en cas de conflit.", "", ""},
		{"rivalled that of", "en", "Cyber news\n\nKaspersky attributed the new implant only to an unknown actor, though it said the code quality rivalled that of the Equation Group.", "", ""},
		{"comparé à celle de", "fr", "Cyber actu\n\nLe chercheur a comparé la discrétion des intrus à celle de Turla, tout en attribuant formellement l'opération à APT29.", "", "APT29"},
		{"ruled out the group", "en", "Cyber news\n\nThe heist was first suspected to be the work of Lazarus, but after tracing the wallets investigators ruled out the North Korean group and blamed a former employee.", "", ""},
		{"mis hors de cause", "fr", "Cyber actu\n\nUn temps soupçonné, Lazarus a finalement été mis hors de cause par les enquêteurs, qui privilégient la piste d'un employé malveillant.", "", ""},
		{"blamed X and ruled out Y (X stays)", "en", "Cyber news\n\nMandiant blamed APT41 and ruled out any role by APT10.", "Mandiant", "APT41"},
	})
}
