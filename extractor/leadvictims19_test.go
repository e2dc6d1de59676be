package extractor

import "testing"

// TestLeadPassiveVictims: the lead of a news story told in the passive
// with no accuser ("Six officers of Russia's GRU were charged on Monday
// with…", « ont été inculpés lundi pour… ») is the news itself, not an
// earlier attribution by someone else: the countries it names as targets
// are the victims of the claims the next sentences make, and a state organ
// there (the GRU) stands for its state's group in those claims (Unit 74455).
func TestLeadPassiveVictims(t *testing.T) {
	t.Parallel()
	en := "GRU officers indicted\n\nSix officers of Russia's GRU were charged on Monday with cyberattacks that disrupted Spain's rail network.\n\n" +
		"The Justice Department said the officers belonged to Unit 74455, which researchers call Sandworm."
	fr := "Des officiers du GRU inculpés\n\nSix officiers du GRU russe ont été inculpés lundi pour des cyberattaques qui ont paralysé le réseau ferroviaire espagnol et l'administration fiscale italienne.\n\n" +
		"Le ministère américain de la Justice a affirmé que ces officiers appartenaient à l'unité 74455, que les chercheurs appellent Sandworm."
	// further on, the same passive is background: its targets are not the claims'
	late := "GRU officers indicted\n\nThe Justice Department said on Monday that Unit 74455, which researchers call Sandworm, hacked Poland's energy regulator.\n\n" +
		"The indictment runs to fifty pages.\n\nThe prosecutors spent four years on it.\n\n" +
		"Years ago, the GRU had been blamed for cyberattacks that disrupted Spain's rail network."
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en lead passive", "en", en, "ES"},
		{"fr lead passive", "fr", fr, "ES,IT"},
		{"en late background passive", "en", late, "PL"},
	})
}
