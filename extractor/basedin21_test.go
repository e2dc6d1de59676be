package extractor

import "testing"

// TestHackersBasedIn: a place participle or compound qualifying attackers
// ("hackers based in China", "a China-based hacking group", « des pirates
// basés en Chine », « un groupe de pirates informatiques basé en Iran »)
// says where they operate from, as "operating from China" does: the state
// is accused. Before, "based in" made the country a location (or, after
// "in", a victim). A firm or criminals keep their place. Sentences written
// for this rule.
func TestHackersBasedIn(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"hackers based in", "en", ministryEN("Germany blamed hackers based in China for the breach of its ministry."), "Germany", "China"},
		{"hacking group based in", "en", ministryEN("German officials said a hacking group based in China had breached the ministry."), "Germany", "China"},
		{"X-based hacking group", "en", ministryEN("Germany blamed an Iran-based hacking group for the breach of its ministry."), "Germany", "Iran"},
		{"cybercriminals based in (criminals keep their place)", "en", ministryEN("Germany blamed cybercriminals based in Russia for the ransomware attack on its ministry."), "", ""},
		{"a firm based in (no attacker)", "en", ministryEN("A cybersecurity firm based in Israel blamed APT34 for the breach of the ministry."), "", "APT34"},
		{"pirates basés en", "fr", ministryFR("L'Allemagne a accusé des pirates basés en Chine d'être à l'origine de l'intrusion dans son ministère."), "Germany", "China"},
		{"groupe de pirates informatiques basé en", "fr", ministryFR("Selon Symantec, un groupe de pirates informatiques basé en Iran a visé des entreprises saoudiennes."), "Symantec", "Iran"},
		{"cybercriminels basés en (criminals keep their place)", "fr", ministryFR("L'Allemagne a accusé des cybercriminels basés en Russie d'avoir chiffré les serveurs de son ministère."), "", ""},
	})
}
