package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// accusedCountries returns the sorted countries of the accused of the
// accusations in cs, joined by commas.
func accusedCountries(cs []claim.Claim) string {
	var got []string
	for _, c := range cs {
		if c.Stance == claim.StanceAccusation && c.Accused != nil && c.Accused.Country != "" && !slices.Contains(got, c.Accused.Country) {
			got = append(got, c.Accused.Country)
		}
	}
	slices.Sort(got)
	return strings.Join(got, ",")
}

// victimCountries returns the sorted union of the accusations' victim
// countries in cs, joined by commas.
func victimCountries(cs []claim.Claim) string {
	var got []string
	for _, c := range cs {
		if c.Stance != claim.StanceAccusation {
			continue
		}
		for _, v := range c.Victims {
			if v.Country != "" && !slices.Contains(got, v.Country) {
				got = append(got, v.Country)
			}
		}
	}
	slices.Sort(got)
	return strings.Join(got, ",")
}

// TestDropCoAccusers: a state (or its organ) that accuses, in the same
// article, a third state its partner accuses too is on the accusing side,
// never the partner's accused; two states accusing each other keep their
// claims.
func TestDropCoAccusers(t *testing.T) {
	t.Parallel()
	st := func(cc string) *claim.Entity { return &claim.Entity{Kind: claim.KindState, Country: cc, Name: cc} }
	ag := func(name, cc string) *claim.Entity {
		return &claim.Entity{Kind: claim.KindAgency, Country: cc, Name: name}
	}
	gr := func(name, cc string) *claim.Entity {
		return &claim.Entity{Kind: claim.KindGroup, Country: cc, Name: name}
	}
	acc := func(by, of *claim.Entity) claim.Claim {
		return claim.Claim{Stance: claim.StanceAccusation, Accuser: by, Accused: of}
	}
	cases := []struct {
		name string
		in   []claim.Claim
		want []string // accused names kept, in order
	}{
		{"partner's organ named in a joint advisory", []claim.Claim{
			acc(st("AU"), gr("APT40", "CN")), acc(ag("FBI", "US"), gr("APT40", "CN")), acc(ag("FBI", "US"), ag("ASD", "AU")),
		}, []string{"APT40", "APT40"}},
		{"partner state named as a speaker of an earlier statement", []claim.Claim{
			acc(st("NZ"), ag("MSS", "CN")), acc(st("US"), ag("MSS", "CN")), acc(st("US"), st("NZ")),
		}, []string{"MSS", "MSS"}},
		{"tit-for-tat keeps both sides", []claim.Claim{
			acc(st("US"), st("CN")), acc(st("CN"), ag("NSA", "US")),
		}, []string{"CN", "NSA"}},
		{"a group of the partner's country is not an organ", []claim.Claim{
			acc(st("GB"), st("RU")), acc(st("US"), st("RU")), acc(st("US"), gr("Some Crew", "GB")),
		}, []string{"RU", "RU", "Some Crew"}},
		{"a third state accused by one accuser only stays", []claim.Claim{
			acc(st("GB"), st("RU")), acc(st("US"), st("KP")), acc(st("US"), st("GB")),
		}, []string{"RU", "KP", "GB"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			sent := make([]int, len(tc.in))
			out, sent := dropCoAccusers(tc.in, sent)
			if len(sent) != len(out) {
				t.Fatalf("claimSent has %d entries for %d claims", len(sent), len(out))
			}
			var got []string
			for _, c := range out {
				got = append(got, c.Accused.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("accused kept = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCoSignersNotAccused: the co-signers of a joint advisory, named in
// the sentence of the accusation, are not accused by their partners.
func TestCoSignersNotAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"fr co-signing intelligence service", "fr",
			"Cyber\n\nLa Corée du Sud et les États-Unis accusent le groupe nord-coréen Kimsuky d'espionner des chercheurs. L'avis, cosigné par le Service national du renseignement (NIS), la police sud-coréenne, le FBI et la NSA, explique que les pirates se font passer pour des journalistes.",
			"KP"},
		{"en co-signing intelligence service", "en",
			"Cyber news\n\nSouth Korea and the United States accused North Korea's Kimsuky group of spying on researchers. The advisory, co-signed by the National Intelligence Service, South Korean police, the FBI and the NSA, explains that the hackers pose as journalists.",
			"KP"},
	})
}

// TestDenierPronounNoAccuser: a speaker who calls the accusation baseless
// and, as "she" or « elle », turns it back on the accuser answers it; the
// pronoun does not bring the denier back as the accuser of a claim.
func TestDenierPronounNoAccuser(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en denier's pronoun", "en",
			"Cyber news\n\nThe US Treasury accused China's Ministry of State Security of hacking its email servers. A Chinese foreign ministry spokeswoman, Lin Mei, said China rejected what she called baseless smears, and she accused Washington of being the largest cyber thief in the world.",
			"CN"},
		{"fr denier's pronoun", "fr",
			"Cyber\n\nLe Trésor américain accuse le ministère chinois de la Sécurité d'État d'avoir piraté ses serveurs de messagerie. Une porte-parole de la diplomatie chinoise, Lin Mei, a déclaré que la Chine rejetait ces calomnies, et elle a accusé Washington d'être le plus grand pirate du monde.",
			"CN"},
	})
}

// TestOwnCountryVictims: the one state accusing in an article is the
// victim of its accusations that name no victim, also when only its organ
// names it (the FBI); not when several states accuse.
func TestOwnCountryVictims(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en national attribution, country in the title", "en",
			"Denmark: a water plant sabotaged\n\nDenmark's intelligence service blamed Russia's GRU for the sabotage of a water plant.",
			"DK"},
		{"fr national attribution, country in the title", "fr",
			"Danemark : une station de pompage sabotée\n\nLe renseignement danois impute au GRU russe le sabotage informatique d'une station de pompage.",
			"DK"},
		{"en country named only by its organ", "en",
			"Cyber news\n\nThe FBI blamed North Korea's Lazarus Group for the theft of $90 million from a crypto exchange.",
			"US"},
		{"fr country named only by its organ", "fr",
			"Cyber\n\nLe FBI impute au groupe nord-coréen Lazarus le vol de 90 millions de dollars chez une plateforme de cryptomonnaies.",
			"US"},
		{"en victim named elsewhere by another claim about the accused", "en",
			"Cyber news\n\nThe FBI blamed Lazarus for the theft. Lazarus also hacked banks in Chile, the FBI said.",
			"CL"},
		{"fr several accusing states", "fr",
			"Cyber\n\nLe Royaume-Uni et le Canada accusent le GRU russe du piratage d'une compagnie maritime. Des responsables britanniques et canadiens affirment que la compagnie a perdu ses registres.",
			""},
	})
}

// TestTargetOwnerNotAccused: a state name used as the owner of a target
// ("US hospitals", "Bangladesh's central bank", « la banque centrale du
// Bangladesh ») is never accused, unless a tie word makes it the actor.
func TestTargetOwnerNotAccused(t *testing.T) {
	t.Parallel()
	mk := func(kind claim.Kind, modifier, tie bool) ment {
		return ment{Mention: normalizer.Mention{Entity: claim.Entity{Kind: kind, Country: "US", Name: "United States"}}, modifier: modifier, tie: tie}
	}
	cases := []struct {
		name string
		m    ment
		want bool
	}{
		{"state owning a target", mk(claim.KindState, true, false), false},
		{"state with a tie word", mk(claim.KindState, true, true), true},
		{"state in another position", mk(claim.KindState, false, false), true},
		{"organ before a target noun stays an organ", mk(claim.KindAgency, true, false), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := tc.m.accusedOK(); got != tc.want {
				t.Errorf("accusedOK() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestBackgroundBlameNoVictims: a later sentence that recalls, in the
// passive, an attribution by unnamed accusers ("has been blamed by Western
// researchers for the attacks on Ukraine's grid") tells another story: its
// targets are not victims of the claim before it.
func TestBackgroundBlameNoVictims(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en passive blame by unnamed researchers", "en",
			"Cyber news\n\nEstonia blamed Russia's GRU on Monday for the hack of its energy ministry.\n\nEstonian officials said the intrusion lasted weeks. Diplomats met in Tallinn on Tuesday. The same unit has been blamed by Western researchers for the 2016 attacks on Ukraine's power grid.",
			"EE"},
		{"fr passive blame by unnamed researchers", "fr",
			"Cyber\n\nL'Estonie a accusé lundi le GRU russe du piratage de son ministère de l'Énergie.\n\nSelon les autorités estoniennes, l'intrusion a duré des semaines. Des diplomates se sont réunis à Tallinn mardi. La même unité a été accusée par des chercheurs occidentaux des attaques de 2016 contre le réseau électrique de l'Ukraine.",
			"EE"},
		{"fr a plain continuation still adds its victims", "fr",
			"Cyber\n\nL'OTAN accuse le GRU russe d'avoir piraté des ministères estoniens. Des ministères lettons ont aussi été visés.",
			"EE,LV"},
	})
}

// TestExampleGroupsNotCarried: groups named elsewhere in the article as
// examples of a kind ("fronts such as X and Y", « plusieurs unités, dont X
// et Y ») are not carried into the article's claims; a group named as the
// actor of the incident still is.
func TestExampleGroupsNotCarried(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, want string
	}{
		{"en fronts such as", "en",
			"Cyber news\n\nPoland blamed Russia's GRU on Monday for the hack of a water utility. The GRU runs several hacktivist fronts on Telegram, such as XakNet and Solntsepek.",
			"GRU"},
		{"fr unités, dont", "fr",
			"Cyber\n\nSéoul accuse la Corée du Nord du piratage d'un chantier naval. Selon des experts, le régime dispose de plusieurs unités de pirates, dont Lazarus et Andariel.",
			""},
		{"en group named as the actor is carried", "en",
			"Cyber news\n\nPoland blamed Russia's GRU on Monday for the hack of a water utility. The intrusion was carried out by Sandworm.",
			"GRU,Sandworm"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, c := range extract(t, tc.lang, "2024-05-04", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil && c.Accused.Kind != claim.KindState && !slices.Contains(got, c.Accused.Name) {
					got = append(got, c.Accused.Name)
				}
			}
			slices.Sort(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("accused groups = %q, want %q", g, tc.want)
			}
		})
	}
}
