package extractor

import (
	"slices"
	"testing"
)

// TestGoneAfterVictims: "has mainly gone after organizations in NATO
// member states and Ukraine" (attack verb "gone after" added), « s'en est
// surtout pris à des organisations en Ukraine »: the places after the
// deed are its victims. Before, the English perfect tense named none; the
// French twin is a guard. Texts written for this rule.
func TestGoneAfterVictims(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"has gone after", "en", "Microsoft said on Tuesday that the Russia-affiliated group Laundry Bear has been active since April 2024 and has mainly gone after organizations in NATO member states and Ukraine."},
		{"s'en est pris à", "fr", "Microsoft a affirmé mardi que le groupe russe Laundry Bear, actif depuis avril 2024, s'en est pris à des organisations en Ukraine."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var vs []string
			for _, c := range extract(t, tc.lang, "2025-05-27", "Cyber news\n\n"+tc.text) {
				for _, v := range c.Victims {
					vs = append(vs, v.Country)
				}
			}
			if !slices.Contains(vs, "UA") {
				t.Errorf("Ukraine not a victim (victims %v)", vs)
			}
		})
	}
}
