package extractor

import "testing"

// TestCompoundTarget: a state opening a noun compound headed by an attack
// noun right after "links"/"blames", with the attribution's "to" after it
// ("links Ukraine power grid attack to Sandworm"), owns the target: it is
// the victim, not the verb's object. The object stays the accused when a
// preposition or no compound follows ("blame Iran for hack of …", "accused
// Beijing of sponsoring cyberattacks"). Sentences written for this
// construction.
func TestCompoundTarget(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"title case", "en", "Cisco Talos Links Taiwan Research Institute Hack to Chinese APT41\n\nThe researchers said the group was behind the intrusion.", "TW"},
		{"sentence case", "en", "Mandiant links Ukraine power grid attack to Sandworm.", "UA"},
		{"with article (unchanged)", "en", "The FBI linked the Ukraine grid attack to Sandworm.", "UA"},
	})
	checkSlot(t, "accused states", accusedCountries, []slotCase{
		{"title case: not accused", "en", "Cisco Talos Links Taiwan Research Institute Hack to Chinese APT41\n\nThe researchers said the group was behind the intrusion.", "CN"},
		{"sentence case: not accused", "en", "Mandiant links Ukraine power grid attack to Sandworm.", "RU"},
		{"for a hack of: accused", "en", "US intelligence agencies blame Iran for hack of Trump campaign", "IR"},
		{"of sponsoring: accused", "en", "The advisory accused Beijing of sponsoring cyberattacks on critical infrastructure around the world.", "CN"},
		{"French word order (unchanged)", "fr", "Mandiant attribue l'attaque contre le réseau électrique ukrainien à Sandworm.", "RU"},
	})
}
