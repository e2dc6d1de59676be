package extractor

import "testing"

// TestQuotedHedgeInsideTheCue: « d'être « probablement » à l'origine de
// la cyberattaque » keeps its accusation: the cue « être * à l'origine »
// (and « être * derrière », « être * responsable(s) ») lets a quoted
// hedge stand inside it, as "being \"probably\" behind" already did.
// Before, the French sentence gave no claim. Texts written for this rule.
func TestQuotedHedgeInsideTheCue(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"être « probablement » à l'origine", "fr", "Le chef de la défense civile iranienne a accusé samedi Israël et les États-Unis d'être « probablement » à l'origine de la cyberattaque qui a paralysé les stations-service du pays."},
		{"être « sans doute » derrière", "fr", "Le chef de la défense civile iranienne a accusé samedi Israël et les États-Unis d'être « sans doute » derrière la cyberattaque qui a paralysé les stations-service du pays."},
		{"being \"probably\" behind", "en", "Iran's civil defence chief on Saturday accused Israel and the United States of being \"probably\" behind the cyberattack that crippled the country's petrol stations."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2021-11-01", "Cyber news\n\n"+tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "IR" && c.Accused != nil && c.Accused.Country == "IL"
			}
			if !found {
				t.Error("no claim Iran → Israel")
			}
		})
	}
}
