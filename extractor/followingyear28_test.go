package extractor

import "testing"

// TestFollowingYearFromTheAct: "the following year", "a year later",
// « l'année suivante », « un an plus tard » are told from the date of the
// act before them, as "the previous year" is told from a statement's date:
// "in March 2022 and again the following year" is 2022–2023, a range
// "from March 2022 until the following year" ends in 2023. Before, the
// phrase was resolved from publication (2026, a future year the range
// then dropped or kept as its end). Sentences written for this rule; the
// guard keeps a sentence with no date before the phrase without a period.
func TestFollowingYearFromTheAct(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, start, end string }{
		{"and again the following year", "en", "The German government said Russian hackers attacked its ministries in March 2022 and again the following year.", "2022-03", "2023"},
		{"from … until the following year", "en", "The German government said Russian hackers attacked its ministries from March 2022 until the following year.", "2022-03", "2023"},
		{"from … until the following month", "en", "The German government said Russian hackers attacked its ministries from March 2022 until the following month.", "2022-03", "2022-04"},
		{"a year later", "en", "The German government said Russian hackers attacked its ministries in 2021 and struck them again a year later.", "2021", "2022"},
		{"puis l'année suivante", "fr", "Selon le gouvernement allemand, des pirates russes ont attaqué ses ministères en mars 2022 puis l'année suivante.", "2022-03", "2023"},
		{"jusqu'à l'année suivante", "fr", "Selon le gouvernement allemand, des pirates russes ont attaqué ses ministères de mars 2022 jusqu'à l'année suivante.", "2022-03", "2023"},
		{"un an plus tard", "fr", "Selon le gouvernement allemand, des pirates russes ont attaqué ses ministères en 2021, puis à nouveau un an plus tard.", "2021", "2022"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			p := cs[0].AttackPeriod
			if p == nil || string(p.Start) != tc.start || string(p.End) != tc.end {
				t.Errorf("period %+v, want %s..%s", p, tc.start, tc.end)
			}
		})
	}
	t.Run("en/guard: nothing before it", func(t *testing.T) {
		cs := extract(t, "en", "2025-10-08", "Cyber news\n\nThe German government said Russian hackers would attack its ministries the following year.")
		for _, c := range cs {
			if c.AttackPeriod != nil {
				t.Errorf("period %+v from a phrase with no date before it", c.AttackPeriod)
			}
		}
	})
}
