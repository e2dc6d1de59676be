package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestCarriedDenierAccusesNoThirdParty: a state that calls an accusation
// baseless, carried as the speaker of a later sentence ("its", « a indiqué
// le gouvernement »), does not become the accuser of whatever group or agency
// that sentence names: a denier answers, it accuses no one.
func TestCarriedDenierAccusesNoThirdParty(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		notAccuser       string // country that must accuse no one
	}{
		{"en pronoun after a denial", "en",
			"Cyber news\n\nThe Dutch intelligence service said Russia's GRU hacked the servers of a chemical weapons watchdog. Moscow dismissed the accusations as groundless. Its earlier statements had also mentioned the ransomware gang Conti, which hacked hospitals.",
			"RU"},
		{"fr possessive after a denial", "fr",
			"Cyber\n\nLe service de renseignement néerlandais a accusé le GRU russe d'avoir piraté les serveurs d'une organisation internationale. Moscou a jugé ces accusations infondées. Son communiqué évoquait aussi le gang de rançongiciel Conti, qui a piraté des hôpitaux.",
			"RU"},
		{"fr unnamed government after a denial", "fr",
			"Cyber\n\nLe service de renseignement néerlandais a accusé le GRU russe d'avoir piraté les serveurs d'une organisation internationale. L'ambassade de Russie a jugé ces accusations infondées. Une équipe du FBI est arrivée pour aider à nettoyer les serveurs piratés, a indiqué le gouvernement.",
			"RU"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, c := range extract(t, tc.lang, "2024-05-04", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accuser != nil && c.Accuser.Country == tc.notAccuser {
					t.Errorf("denier %s accuses %v", tc.notAccuser, c.Accused)
				}
			}
		})
	}
}

// TestAnswersAccuser: a counter-accusation that turns the accusation back on
// its author's state stays a claim; anyone else does not.
func TestAnswersAccuser(t *testing.T) {
	t.Parallel()
	st := func(cc string) *claim.Entity { return &claim.Entity{Kind: claim.KindState, Country: cc, Name: cc} }
	out := []claim.Claim{{Stance: claim.StanceAccusation, Accuser: &claim.Entity{Kind: claim.KindAgency, Name: "FBI", Country: "US"}, Accused: st("CN")}}
	cases := []struct {
		name    string
		accused []claim.Entity
		want    bool
	}{
		{"accuser's state", []claim.Entity{{Kind: claim.KindAgency, Name: "NSA", Country: "US"}}, true},
		{"third-party gang", []claim.Entity{{Kind: claim.KindGroup, Name: "Some Gang"}}, false},
		{"another state", []claim.Entity{*st("GB")}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := answersAccuser(out, tc.accused); got != tc.want {
				t.Errorf("answersAccuser = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRhetoricNotAccused: a spokesperson who accuses the accuser of spreading
// "disinformation" (in scare quotes, after a name of several tokens) or urges
// it to stop "political manipulation" names no cyber operation: the state
// answered is not accused.
func TestRhetoricNotAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en scare-quoted disinformation", "en",
			"Cyber news\n\nThe FBI said hackers working for China broke into water utilities. A spokesman for the Chinese embassy said Beijing opposes all cyberattacks and accused the United States of spreading \"disinformation\" about Chinese hacking.",
			"CN"},
		{"en political manipulation", "en",
			"Cyber news\n\nThe FBI said hackers working for China broke into water utilities. A Chinese foreign ministry spokesman said Washington should stop \"political manipulation\" over cyberattacks.",
			"CN"},
		{"fr désinformation entre guillemets", "fr",
			"Cyber\n\nLe FBI a accusé des pirates liés à la Chine d'avoir infiltré des réseaux d'eau potable. Un porte-parole de l'ambassade de Chine a accusé les États-Unis d'Amérique de répandre de la « désinformation » sur le piratage chinois.",
			"CN"},
		{"fr manipulation politique", "fr",
			"Cyber\n\nLe FBI a accusé des pirates liés à la Chine d'avoir infiltré des réseaux d'eau potable. Un porte-parole chinois a appelé Washington à cesser la « manipulation politique » autour des cyberattaques.",
			"CN"},
	})
}
