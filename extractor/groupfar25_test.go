package extractor

import (
	"slices"
	"testing"
)

// TestGroupAnaphorPastVictimSentences: "the group" in a statement with its
// own speakers names the last claim's accused however many sentences lie
// between when none of them names another actor (a group, or an agency of
// another state than the speakers'): the sentences about the victims and
// the reward ("The State Department is offering…") do not hide it. The
// French speaks through « aux côtés d'agences … » (co_speakers) and «
// un avis indiquant que » (report participles added with the English
// "noting", "indicating"…). Before, a bare anaphor reached three sentences
// and the advisory gave no claim. Texts written for this rule.
func TestGroupAnaphorPastVictimSentences(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"the group", "en", "The US Justice Department said a North Korean operative worked for Andariel, a hacking unit of North Korea's military intelligence. The hacks took place between 2021 and 2023. The State Department is offering a reward for information about him. Among the victims was a medical center in Kansas. The ransom money was later used to rent servers. The same day, the FBI, together with cybersecurity agencies in Britain and South Korea, published an advisory warning that the group had been targeting defence firms in Japan and India."},
		{"le groupe", "fr", "Le département américain de la Justice affirme qu'un agent nord-coréen travaillait pour Andariel, une unité de piratage du renseignement militaire nord-coréen. Les piratages ont eu lieu entre 2021 et 2023. Le département d'État offre une récompense pour toute information à son sujet. Parmi les victimes figure un centre médical du Kansas. L'argent des rançons a ensuite servi à louer des serveurs. Le même jour, le FBI, aux côtés d'agences de cybersécurité du Royaume-Uni et de Corée du Sud, a publié un avis indiquant que le groupe avait visé des industriels de la défense au Japon et en Inde."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			var got []string
			for _, c := range extract(t, tc.lang, "2024-07-25", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accused != nil && c.Accused.Name == "Andariel" {
					got = append(got, c.Accuser.Country)
				}
			}
			for _, cc := range []string{"GB", "KR"} {
				if !slices.Contains(got, cc) {
					t.Errorf("%s does not accuse Andariel (accusers %v)", cc, got)
				}
			}
		})
	}
}
