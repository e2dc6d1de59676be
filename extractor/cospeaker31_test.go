package extractor

import "testing"

// TestCoSpeakerApposition: an apposition opened by a co-speaker phrase
// between the speaker and its verb ("The FBI, joined by Britain, Canada,
// Australia and New Zealand, accused…", « Le FBI, rejoint par la
// Grande-Bretagne, le Canada, … ») leaves the speaker before it as the
// subject, and its whole list speaks with it, "counterparts in Britain"
// included, past a name no table knows ("the Department of Defense Cyber
// Crime Center and Japan's National Police Agency", which the list before
// the verb found before and must still find). Before, the list's
// last items were the subject (the FBI and Britain were lost), "American
// agencies, joined by their counterparts in …" gave no accuser, the
// partners "in Britain and Canada" were places, and « accompagné de »
// made Canada a victim. Sentences written for this rule.
func TestCoSpeakerApposition(t *testing.T) {
	t.Parallel()
	vt := ", a Chinese state-sponsored group, of hacking water utilities."
	vtFR := ", un groupe soutenu par l'État chinois, d'avoir piraté des réseaux d'eau."
	checkClaimKeys(t, []keyCase{
		{"en/joined by a list", "en", "Cyber news\n\nThe FBI, joined by Britain, Canada, Australia and New Zealand, accused Volt Typhoon" + vt, []string{"FBI>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>", "AU>Volt Typhoon>", "NZ>Volt Typhoon>"}},
		{"en/counterparts in", "en", "Cyber news\n\nAmerican agencies, joined by their counterparts in Britain, Canada, Australia and New Zealand, accused Volt Typhoon" + vt, []string{"US>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>", "AU>Volt Typhoon>", "NZ>Volt Typhoon>"}},
		{"en/accompanied by counterparts from", "en", "Cyber news\n\nThe FBI, accompanied by its counterparts from Britain and Canada, accused Volt Typhoon" + vt, []string{"FBI>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>"}},
		{"en/guard: past an unknown name (passed before)", "en", "Cyber news\n\nIn December, the FBI, together with the Department of Defense Cyber Crime Center and Japan's National Police Agency, said TraderTraitor was behind the theft of $308 million from the Japanese exchange DMM Bitcoin.", []string{"FBI>TraderTraitor>JP", "Japan National Police Agency>TraderTraitor>JP"}},
		{"fr/rejoint par une liste", "fr", "Actualité\n\nLe FBI, rejoint par la Grande-Bretagne, le Canada, l'Australie et la Nouvelle-Zélande, a accusé Volt Typhoon" + vtFR, []string{"FBI>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>", "AU>Volt Typhoon>", "NZ>Volt Typhoon>"}},
		{"fr/accompagné de ses homologues", "fr", "Actualité\n\nLe FBI, accompagné de ses homologues au Royaume-Uni et au Canada, a accusé Volt Typhoon" + vtFR, []string{"FBI>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>"}},
		{"fr/guard: rejoint par ses homologues du", "fr", "Actualité\n\nLe FBI, rejoint par ses homologues du Royaume-Uni et du Canada, a accusé Volt Typhoon" + vtFR, []string{"FBI>Volt Typhoon>", "GB>Volt Typhoon>", "CA>Volt Typhoon>"}},
	})
}
