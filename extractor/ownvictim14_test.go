package extractor

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// TestOwnVictimNamedOnly: with Config.OwnVictimNamedOnly, a bare organ
// speaking (the FBI, le FBI) gives no default victim, while an article
// that names the accuser's country, even only as the speaker's owner or
// demonym, still does; without it both do.
func TestOwnVictimNamedOnly(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	off := newTestExtractor(t)
	on, err := New(Config{Version: "claimwire/test", OwnVictimNamedOnly: true}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, text string
		wantOff, wantOn  string
	}{
		{"en bare organ", "en",
			"Cyber news\n\nThe FBI blamed North Korea's Lazarus Group for the theft of $90 million from a crypto exchange.",
			"US", ""},
		{"fr bare organ", "fr",
			"Cyber\n\nLe FBI impute au groupe nord-coréen Lazarus le vol de 90 millions de dollars chez une plateforme de cryptomonnaies.",
			"US", ""},
		{"en country owns the speaker", "en",
			"Cyber news\n\nNorway's security service blamed Russia's GRU for the sabotage of a water plant.",
			"NO", "NO"},
		{"fr demonym of the speaker", "fr",
			"Cyber\n\nLe renseignement danois impute au GRU russe le sabotage informatique d'une station de pompage.",
			"DK", "DK"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, side := range []struct {
				x    *Extractor
				want string
			}{{off, tc.wantOff}, {on, tc.wantOn}} {
				a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/v.html", Lang: tc.lang, Published: "2024-06-05", Text: tc.text}
				cs, err := side.x.Extract(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				if len(cs) == 0 {
					t.Fatal("no claim")
				}
				var got []string
				for _, c := range cs {
					for _, v := range c.Victims {
						if !slices.Contains(got, v.Country) {
							got = append(got, v.Country)
						}
					}
				}
				slices.Sort(got)
				if g := strings.Join(got, ","); g != side.want {
					t.Errorf("OwnVictimNamedOnly=%v: victims %q, want %q", side.x.cfg.OwnVictimNamedOnly, g, side.want)
				}
			}
		})
	}
}

// TestInfrastructureOrList: every place of a list of relay servers joined
// by « ou » / "or" only places the attackers' machines, the last one too
// (folded, « ou » reads as « où », a clause boundary).
func TestInfrastructureOrList(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"fr third place after ou", "fr",
			"Cyber\n\nKaspersky attribue à Lazarus le vol d'une banque au Bangladesh. Les pirates faisaient transiter leurs connexions par des serveurs relais en France, en Corée du Sud ou à Taïwan.",
			"BD"},
		{"fr order swapped", "fr",
			"Cyber\n\nKaspersky attribue à Lazarus le vol d'une banque au Bangladesh. Les pirates faisaient transiter leurs connexions par des serveurs relais en France, à Taïwan ou en Corée du Sud.",
			"BD"},
		{"en third place after or", "en",
			"Cyber\n\nKaspersky blamed Lazarus for the theft from a bank in Bangladesh. The hackers routed their connections through relay servers in France, South Korea or Taiwan.",
			"BD"},
		{"fr a place after où is still a target", "fr",
			"Cyber\n\nKaspersky attribue à Lazarus le vol d'une banque au Bangladesh, où des serveurs ont aussi été piratés au Népal.",
			"BD,NP"},
	})
}
