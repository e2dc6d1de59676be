package extractor

import "testing"

// TestYardstickVictim: a place named after a comparison, with no verb of
// the sentence's own between ("compared the episode to Stuxnet, the worm
// that sabotaged centrifuges in Iran", "was similar to the 2015 blackout in
// Ukraine", « comparé l'épisode à Stuxnet, le ver qui a saboté des
// centrifugeuses en Iran », « comparable à la panne de 2015 en Ukraine »),
// is the yardstick's victim, not this attack's. Before, Iran or Ukraine was
// the victim of Venezuela's accusation, which now falls back on the
// accuser's own grid. Sentences written for this rule, found reading
// blind-be/en-003.
func TestYardstickVictim(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nVenezuela on Tuesday blamed the United States for a cyber attack on its power grid. "
	fr := "Actualité\n\nLe Venezuela a accusé mardi les États-Unis d'une cyberattaque contre son réseau électrique. "
	want := []string{"VE>US>VE"}
	checkClaimKeys(t, []keyCase{
		{"en/compared to Stuxnet, the worm that sabotaged … in Iran", "en", en + "Government supporters compared the episode to Stuxnet, the worm that sabotaged centrifuges in Iran a decade ago.", want},
		{"en/similar to the blackout in Ukraine", "en", en + "The episode was similar to the 2015 blackout in Ukraine.", want},
		{"fr/comparé à Stuxnet, le ver qui a saboté … en Iran", "fr", fr + "Des partisans du gouvernement ont comparé l'épisode à Stuxnet, le ver qui a saboté des centrifugeuses en Iran il y a dix ans.", want},
		{"fr/comparable à la panne en Ukraine", "fr", fr + "L'épisode est comparable à la panne de 2015 en Ukraine.", want},
	})
}
