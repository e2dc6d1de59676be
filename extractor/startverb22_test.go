package extractor

import "testing"

// TestStartVerbDatesDeed: a date right after a verb telling when the deed
// began ("which researchers say began in 2019", « qui selon les chercheurs
// a débuté en 2019 ») dates the deed even with a word of saying just before
// it: the claim keeps the publication date and the period starts then.
// Sentences written for this rule.
func TestStartVerbDatesDeed(t *testing.T) {
	t.Parallel()
	checkDateStart(t, []dateStartCase{
		{"say began in", "en", "The campaign, which researchers say began in 2019, was attributed by Mandiant to APT41.", "2025-10-08", "2019"},
		{"said started in", "en", "The espionage operation, which officials said started in 2021, was blamed on China by the Dutch government.", "2025-10-08", "2021"},
		{"said in, no start verb (the saying's)", "en", "The campaign, which researchers said in 2019, was attributed by Mandiant to APT41.", "", ""},
		{"selon a débuté en", "fr", "La campagne, qui selon les chercheurs a débuté en 2019, a été attribuée par Mandiant à APT41.", "2025-10-08", "2019"},
		{"disent a commencé en", "fr", "L'opération d'espionnage, qui a commencé en 2021 selon les enquêteurs, a été imputée à la Chine par le gouvernement néerlandais.", "2025-10-08", "2021"},
	})
}
