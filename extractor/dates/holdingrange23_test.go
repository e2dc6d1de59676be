package dates

import "testing"

// TestWrittenRangeHoldsThePoint: a sentence that dates one deed by a year
// and another by a written range around it tells the range; a range that
// does not hold the year leaves the nearest date.
func TestWrittenRangeHoldsThePoint(t *testing.T) {
	checkDates(t, newParserT(t), []datesCase{
		{"en year inside a later range", "Officials said the group was responsible for targeting lawmakers in 2021 and that other actors breached the electoral regulator between 2021 and 2022.", "en", "2024-03-25",
			[]dateCheck{wantPeriod("2021..2022")}},
		{"fr annee dans une plage", "Le gouvernement a accusé le groupe d'avoir visé en 2021 des députés, et a imputé à d'autres pirates l'intrusion dans la commission électorale entre 2021 et 2022.", "fr", "2024-03-25",
			[]dateCheck{wantPeriod("2021..2022")}},
		{"en year outside the range", "Investigators said the hackers stole the files in 2019 and had mapped the network between 2015 and 2017.", "en", "2024-03-25",
			[]dateCheck{wantPeriod("2019..2019")}},
		{"fr annee hors de la plage", "Les enquêteurs affirment que les pirates ont volé les fichiers en 2019 et avaient cartographié le réseau entre 2015 et 2017.", "fr", "2024-03-25",
			[]dateCheck{wantPeriod("2019..2019")}},
	})
}
