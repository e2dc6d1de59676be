package normalizer

import "testing"

// TestPoliceOrgans: police and prosecution organs that announce takedowns
// of hacker groups (Germany's BKA and ZIT, Spain's Guardia Civil and
// Policía Nacional, Italy's Polizia Postale, Poland's CBZC, Switzerland's
// fedpol) are organs of their states, in English and French text. Before,
// none was found and « le BKA accuse… » had no accuser.
func TestPoliceOrgans(t *testing.T) {
	t.Parallel()
	checkOrgans(t, []organCase{
		{"bka en", "en", "Germany's Federal Criminal Police Office said the servers were seized.", "BKA", "DE"},
		{"bka fr", "fr", "L'Office fédéral de police criminelle (BKA) accuse deux Russes.", "BKA", "DE"},
		{"zit", "en", "Prosecutors at the ZIT in Frankfurt led the case.", "ZIT", "DE"},
		{"guardia civil", "en", "The Guardia Civil arrested a suspect in Huelva.", "Guardia Civil", "ES"},
		{"policía fr", "fr", "La police nationale espagnole a interpellé un suspect.", "Policía Nacional", "ES"},
		{"polizia", "fr", "La police postale italienne a bloqué les attaques.", "Polizia Postale", "IT"},
		{"cbzc", "en", "Poland's Central Cybercrime Bureau searched two flats.", "CBZC", "PL"},
		{"fedpol", "fr", "L'Office fédéral de la police (fedpol) a participé à l'opération.", "fedpol", "CH"},
	})
}

// TestUSCivilAgencies: civil US agencies that co-sign advisories (the
// EPA, the Department of Energy, HHS and its HC3, the TSA) are US organs,
// so a list of co-signers ending with one stays a list of speakers.
// Before, none was found and "the NSA and the Environmental Protection
// Agency, together with…" broke the subject list.
func TestUSCivilAgencies(t *testing.T) {
	t.Parallel()
	checkOrgans(t, []organCase{
		{"epa", "en", "The NSA and the Environmental Protection Agency issued the advisory.", "EPA", "US"},
		{"epa fr", "fr", "L'Agence américaine de protection de l'environnement a publié l'avis.", "EPA", "US"},
		{"doe", "en", "The Department of Energy said utilities were targeted.", "Department of Energy", "US"},
		{"hc3", "en", "HHS's HC3 warned hospitals about Killnet.", "HHS", "US"},
		{"tsa", "en", "The Transportation Security Administration issued a directive.", "TSA", "US"},
	})
}
