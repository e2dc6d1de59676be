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

// A list of dated incidents that a named accuser blames on the group is
// the accusation's period; one a relative clause or unnamed researchers
// tie to the group stays its history (TestAttackYears).
func TestAccusedOfDatedList(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"blamed for two dated incidents", "en", "2024-05-12",
			"Cyber news\n\nWashington blamed the Lazarus Group for the 2014 hack of Sony Pictures and the 2017 WannaCry ransomware outbreak.", "2014..2017"},
		{"passive with a named agent", "en", "2024-05-12",
			"Cyber news\n\nThe Lazarus Group is also blamed by Washington for the 2014 hack of Sony Pictures and the 2017 WannaCry ransomware outbreak.", "2014..2017"},
		{"relative clause about the accused", "en", "2017-12-20",
			"Cyber news\n\nThe White House said on Tuesday that the Lazarus Group, an outfit that investigators have linked to the 2014 Sony Pictures hack and the 2016 Bangladesh theft, was behind the attack.", ""},
	})
}

// A current accusation whose attack the article dates only by a month or a
// day without its year is of the year that date falls in.
func TestYearlessAttackOfCurrentClaim(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"day of the outage in the previous December", "en", "2016-01-06",
			"Cyber news\n\nKiev on Monday accused Russia of being behind the cyberattack.\n\nThe outage hit the western region's grid on Dec. 23, leaving 80,000 homes without power.", "2015..2015"},
		{"day in the previous December", "fr", "2016-01-06",
			"Actualité\n\nKiev a accusé lundi la Russie d'être à l'origine de la cyberattaque.\n\nLa panne a privé d'électricité 80 000 foyers de l'ouest du pays le 23 décembre.", "2015..2015"},
	})
}
