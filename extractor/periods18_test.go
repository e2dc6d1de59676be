package extractor

import "testing"

// TestIncidentYearsBesideStatementDates: a year that names an attack noun
// ("the 2015 hack", « le piratage de 2015 ») is the attack's, beside the
// date of a statement or a sanction in the same sentence; a list of years
// before the noun ("the 2015 and 2016 attacks") dates it whole. Sentences
// written for these rules.
func TestIncidentYearsBesideStatementDates(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"en year of the hack beside a sanction month", "en", "2024-05-10",
			"Cyber news\n\nGermany blamed the group APT28 for the 2015 hack of the Bundestag's computer network, and in October 2020 the EU imposed its first cyber sanctions on GRU officers over that attack.",
			"2015..2015"},
		{"fr année du piratage à côté d'un mois de sanction", "fr", "2024-05-10",
			"Cyber\n\nL'Allemagne a imputé au groupe APT28 le piratage de 2015 du Bundestag, et en octobre 2020 l'Union européenne a sanctionné des officiers du GRU.",
			"2015..2015"},
		{"en list of years before the noun", "en", "2024-05-10",
			"Cyber news\n\nThe Mandiant report attributes to APT44 the 2015 and 2016 attacks that caused blackouts in Ukraine and the NotPetya outbreak of 2017.",
			"2015..2017"},
		{"fr liste d'années après le nom", "fr", "2024-05-10",
			"Cyber\n\nLe rapport de Mandiant attribue à APT44 les attaques de 2015 et 2016 contre le réseau électrique ukrainien.",
			"2015..2016"},
	})
}
