package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// A statement told as made "at the time" of the event the sentence before
// dates (« avait alors affirmé ») takes that sentence's month or day as its
// claim date; without the anaphor, or when the sentence before names no
// single date, the claim keeps its own.
func TestClaimDateAtTheTime(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             claim.Date
		source           bool
	}{
		{name: "at the time", lang: "en",
			text: "Cloud email breach\n\nMicrosoft first disclosed the breach last July, after officials spotted unusual activity. In a blog post at the time, Microsoft said it had attributed the campaign to APT29.",
			want: "2023-07", source: true},
		{name: "avait alors affirmé", lang: "fr",
			text: "Réseau démantelé\n\nEn septembre, le FBI avait démantelé un réseau de routeurs piratés. Le directeur du FBI avait alors accusé le groupe APT31 d'être derrière ce piratage.",
			want: "2023-09", source: true},
		{name: "no anaphor", lang: "en",
			text: "Cloud email breach\n\nMicrosoft first disclosed the breach last July, after officials spotted unusual activity. In a blog post, Microsoft said it had attributed the campaign to APT29.",
			want: "2024-03-14"},
		{name: "alors que is no anaphor", lang: "fr",
			text: "Réseau démantelé\n\nEn septembre, le FBI avait démantelé un réseau de routeurs piratés. Le FBI accuse le groupe APT31 d'être derrière ce piratage, alors que Pékin dément.",
			want: "2024-03-14"},
		{name: "two dates before", lang: "en",
			text: "Cloud email breach\n\nMicrosoft disclosed the breach in July and a second one in September. In a blog post at the time, Microsoft said it had attributed the campaign to APT29.",
			want: "2024-03-14"},
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
			if c.ClaimDate != tc.want {
				t.Errorf("claim date %q, want %q", c.ClaimDate, tc.want)
			}
			if _, ok := c.Sources[claim.SourceClaimDate]; ok != tc.source {
				t.Errorf("claim date source %v, want %v", ok, tc.source)
			}
		})
	}
}

// TestAttackYearsBesideTheClaim: which years beside an accusation date its
// attack. Each group of cases says why. (A text that gives no claim gives
// no years, so a wanted year also checks that there is a claim.)
func TestAttackYearsBesideTheClaim(t *testing.T) {
	cases := []struct {
		name, lang, pub, text string
		years                 []string // nil: none
	}{
		// A year that dates an attack noun beside the year of the
		// accusation is no list of incidents: the deed keeps its own year,
		// the statement's dates nothing else.
		{name: "deed dated apart", lang: "en", pub: "2024-03-14",
			text:  "Parliament hack\n\nIn 2021, Finland blamed APT31 for the 2020 hack of its parliament.",
			years: []string{"2020"}},
		{name: "l'attaque de 2015", lang: "fr", pub: "2024-03-14",
			text:  "TV5 Monde\n\nEn 2019, Paris a accusé APT28 de l'attaque de 2015 contre TV5 Monde.",
			years: []string{"2015"}},

		// An attack sentence that names no group speaks of the article's
		// one incident when it is the lead or near a claim; further on,
		// with no anaphor, it tells another incident (a background
		// paragraph) and gives the claims nothing.
		{name: "far background sentence", lang: "en", pub: "2024-06-01",
			text: "Poland blames Russia\n\nThe Polish government on Saturday accused Russia of hacking the state news agency PAP. " +
				"The agency withdrew the false report within minutes. Officials met in Warsaw on Monday. The minister spoke to reporters. " +
				"The government plans new rules for the media. Parliament will debate them next month. " +
				"In the summer of 2023, a cyberattack stopped dozens of trains in the north of the country."},
		{name: "lead sentence", lang: "en", pub: "2025-05-27",
			text: "Dutch police hacked\n\nHackers stole the work contact details of Dutch police employees last September. " +
				"Officials met in The Hague on Monday. The minister spoke to reporters. The government plans new rules. " +
				"The Dutch intelligence service said on Tuesday that APT28 was behind the intrusion.",
			years: []string{"2024"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if y := attackYears(extract(t, tc.lang, tc.pub, tc.text)); !slices.Equal(y, tc.years) {
				t.Errorf("attack years %v, want %v", y, tc.years)
			}
		})
	}
}
