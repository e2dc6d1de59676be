package extractor

import "testing"

// TestVictimNounsFR: French victim heads that take a nationality after
// them (« un exportateur ukrainien », « des transporteurs polonais ») give
// that country as the victim, as their English counterparts do. Sentences
// written for this vocabulary.
func TestVictimNounsFR(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"exportateur", "fr", "Piratage\n\nESET affirme que Sandworm a déployé un logiciel destructeur contre un exportateur ukrainien.\n\nL'attaque a paralysé les serveurs de l'entreprise.", "UA"},
		{"transporteurs", "fr", "Piratage\n\nLe CERT polonais affirme que le groupe APT28 a piraté des transporteurs polonais.\n\nL'attaque a paralysé les serveurs des entreprises.", "PL"},
		{"extorted", "en", "Hack\n\nThe FBI said REvil had extorted Australian insurers.\n\nThe attack crippled the companies' servers.", "AU"},
		{"rançonné", "fr", "Piratage\n\nLe FBI affirme que REvil a rançonné des assureurs australiens.\n\nL'attaque a paralysé les serveurs des entreprises.", "AU"},
		{"exporter", "en", "Hack\n\nESET said Sandworm had deployed a wiper against a Ukrainian exporter.\n\nThe attack crippled the company's servers.", "UA"},
	})
}
