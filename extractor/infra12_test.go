package extractor

import "testing"

// TestInfrastructureNotVictim: the states where the attacker's machines sit
// ("relayed through servers in…", « en passant par des serveurs situés… »)
// are not victims; servers named as hit in a state still make it one.
func TestInfrastructureNotVictim(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en relay servers listed", "en",
			"Spies blamed\n\nEstonia's foreign intelligence service blamed Russia's SVR for the intrusion into a ministry in Tallinn, which the hackers relayed through servers located in Brazil, Chile and Norway.",
			"EE"},
		{"en leased servers", "en",
			"Spies blamed\n\nLithuania accused China's APT41 of breaching its energy regulator in Lithuania using leased servers in Canada.",
			"LT"},
		{"fr serveurs relais", "fr",
			"Espions\n\nLa Lituanie accuse le groupe chinois APT41 d'avoir piraté son régulateur de l'énergie en Lituanie en passant par des serveurs situés dans plusieurs pays, dont le Brésil et la Norvège.",
			"LT"},
		{"fr serveurs loués", "fr",
			"Espions\n\nL'Estonie impute au SVR russe une intrusion contre un ministère en Estonie, menée à l'aide de serveurs loués au Chili.",
			"EE"},
		{"en servers hit keep their country", "en",
			"Spies blamed\n\nEstonia blamed Russia's SVR for a cyberattack that wiped servers in Latvia.",
			"LV"},
		{"fr serveurs visés gardent leur pays", "fr",
			"Espions\n\nL'Estonie accuse le SVR russe d'une cyberattaque qui a effacé des serveurs en Lettonie.",
			"LV"},
	})
}
