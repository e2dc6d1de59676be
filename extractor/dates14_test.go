package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// A word like "already" qualifies the claim sentence's date only in the
// clause of that date: one after a coordinator tells what followed the
// dated deed, and the date stays the attack's.
func TestPreviousWordAfterTheDate(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             string // start..end, "" for none
	}{
		{name: "already after and", lang: "en",
			text: "Exchange theft\n\nThe FBI said on Tuesday that North Korea was responsible for the March 3 theft from the exchange and had already begun laundering the funds.",
			want: "2024-03-03..2024-03-03"},
		{name: "deja after et", lang: "fr",
			text: "Piratage\n\nLe FBI a accusé mardi la Corée du Nord d'être à l'origine du piratage du 3 mars contre la plateforme et d'avoir déjà commencé à blanchir les fonds.",
			want: "2024-03-03..2024-03-03"},
		{name: "already before the date", lang: "en",
			text: "Exchange theft\n\nThe FBI said on Tuesday that North Korea was responsible for the hack of the exchange, having already been blamed for the 2022 Ronin hack.",
			want: ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-03-14", tc.text)
			var c *claim.Claim
			for i := range cs {
				if c == nil && cs[i].Stance == claim.StanceAccusation {
					c = &cs[i]
				}
			}
			if c == nil {
				t.Fatalf("no claim in %v", cs)
			}
			got := ""
			if p := c.AttackPeriod; p != nil {
				got = string(p.Start) + ".." + string(p.End)
			}
			if got != tc.want {
				t.Errorf("attack period %q, want %q", got, tc.want)
			}
		})
	}
}
