package extractor

import (
	"strings"
	"testing"
)

// TestNegatedDeedNoClaim: a sentence whose only deed is negated ("They are
// not stealing secrets", « Ils ne piratent pas ») tells what the actor does
// not do; it gives no claim, while the same sentence affirmed does.
// Sentences written for this rule.
func TestNegatedDeedNoClaim(t *testing.T) {
	t.Parallel()
	const lead = "Grid probe\n\nMicrosoft said on Wednesday that Volt Typhoon had targeted power utilities in Guam.\n\n"
	cases := []struct {
		name, lang, text, sentence string
		want                       bool // a claim whose evidence is sentence
	}{
		{"negated, quoted", "en", lead + `"This is not ordinary spying," said Jane Roe, an analyst at Mandiant. "They are not wiping servers. They watch."`, `"They are not wiping servers.`, false},
		{"affirmed, quoted", "en", lead + `"This is not ordinary spying," said Jane Roe, an analyst at Mandiant. "They are wiping servers. They watch."`, `"They are wiping servers.`, true},
		{"négation ne … pas", "fr", "Sonde\n\nMicrosoft a affirmé mercredi que Volt Typhoon avait visé des centrales à Guam.\n\n« Ce n'est pas de l'espionnage ordinaire », a déclaré Jeanne Roux, analyste chez Mandiant. « Ils n'ont pas saboté les centrales. Ils observent. »", "« Ils n'ont pas saboté les centrales.", false},
		{"negated, never", "en", lead + `"This is not ordinary spying," said Jane Roe, an analyst at Mandiant. "They have never sabotaged a plant. They watch."`, `"They have never sabotaged a plant.`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2023-05-25", tc.text)
			got := false
			for _, c := range cs {
				got = got || strings.HasPrefix(c.Evidence.Sentence, tc.sentence)
			}
			if got != tc.want {
				t.Errorf("claim from %q = %v, want %v", tc.sentence, got, tc.want)
			}
		})
	}
}
