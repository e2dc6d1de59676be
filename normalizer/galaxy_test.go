package normalizer

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestGalaxyNoFalseFriends: ordinary English and French sentences full of
// words that are also galaxy group names (Snake, Lead, Mirage, Cobalt,
// Reaper, Pioneer, Silence, Tick, Butterfly…) give no group.
func TestGalaxyNoFalseFriends(t *testing.T) {
	n := testNormalizer(t)
	sentences := []struct{ lang, text string }{
		{"en", "Oil salesmen sold lead pipes and a cobalt mirage to the pioneer who kept his silence."},
		{"en", "Scimitar blades are rare. Lead poisoning is not. Cobalt prices rose. Watchdog groups flew drones over the field."},
		{"en", "Silence fell. Pioneer families, a butterfly, a tick and a trident appeared in the monsoon moonlight."},
		{"en", "The comment crew of the newspaper wrote an opinion; a gold rush, a golden chicken and the evil eye followed. Comment Crew is a group, comment crew a phrase."},
		{"en", "Animal Farm is a novel. The white bear and the silver fox met a brown fox at the lucky cat café."},
		{"en", "Honeybee colonies, a rattlesnake and a gorilla live in the zoo; the packrat hid a pickaxe."},
		{"en", "Superman and Popeye are cartoon heroes; Polaris is a star and Calypso a nymph."},
		{"en", "Storm cloud over the salted earth: a dust storm hit the desert town on Monday."},
		{"en", "Sea turtle nests were counted. Transparent tribe politics, a blind eagle and magic hounds made the news."},
		{"en", "Machete in hand, the newscaster praised the patchwork quilt; Slingshot and Blackjack are games."},
		{"fr", "La foudre est tombée sur le mirage du désert ; le silence du pionnier et le cobalt du sous-sol."},
		{"fr", "Le serpent a mordu un randonneur, selon le journal local, qui a publié un commentaire."},
	}
	for _, s := range sentences {
		for _, m := range n.Find(s.text, s.lang) {
			if m.Text == "Comment Crew" {
				continue // the capitalised name is the group (APT1)
			}
			if m.Entity.Kind == claim.KindGroup || len(m.Entity.Candidates) > 0 {
				t.Errorf("%q: found group %q (%s) in an ordinary sentence", s.text, m.Text, m.Entity.Name)
			}
		}
	}
}

// TestGalaxyGroups: groups only the galaxy knows are found with their state
// and ATT&CK id, a name two galaxy actors share gives candidates, and the
// curated table wins over the galaxy.
func TestGalaxyGroups(t *testing.T) {
	n := testNormalizer(t)
	tests := []struct {
		phrase, name, country, mitre string
		candidates                   int
	}{
		// galaxy only
		{"Ajax Security Team", "Flying Kitten", "IR", "G0130", 0},
		{"Pink Sandstorm", "Agrius", "IR", "", 0},
		{"Crouching Yeti", "Dragonfly", "RU", "", 0},
		// a synonym of two galaxy actors (the US report covering both)
		{"Grizzly Steppe", "Grizzly Steppe", "RU", "", 2},
		// curated canonical names and states win
		{"Fancy Bear", "APT28", "RU", "G0007", 0},
		{"Sofacy", "APT28", "RU", "G0007", 0},
		{"Cozy Bear", "APT29", "RU", "G0016", 0},
		{"Z-Pentest", "Z-Pentest", "", "", 0}, // curated: no state (the galaxy has an origin)
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			e, ok := n.Resolve(tt.phrase, "en")
			if !ok {
				t.Fatalf("Resolve(%q) found nothing", tt.phrase)
			}
			if e.Name != tt.name || e.Country != tt.country || len(e.Candidates) != tt.candidates {
				t.Errorf("Resolve(%q) = %q %q, %d candidates %v; want %q %q, %d", tt.phrase, e.Name, e.Country, len(e.Candidates), names(e.Candidates), tt.name, tt.country, tt.candidates)
			}
			if tt.mitre != "" && e.IDs["mitre"] != tt.mitre {
				t.Errorf("Resolve(%q) mitre %q, want %q", tt.phrase, e.IDs["mitre"], tt.mitre)
			}
		})
	}
	// a group name that is also a country stays the country (CLDR is above
	// the galaxy), and a curated company stays the company
	for _, p := range []struct {
		phrase string
		kind   claim.Kind
	}{{"Iran", claim.KindState}, {"Microsoft", claim.KindCompany}} {
		if e, ok := n.Resolve(p.phrase, "en"); !ok || e.Kind != p.kind || len(e.Candidates) > 0 {
			t.Errorf("Resolve(%q) = %+v, want a %s", p.phrase, e, p.kind)
		}
	}
}
