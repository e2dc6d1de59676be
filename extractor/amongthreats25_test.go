package extractor

import "testing"

// TestAmongThreatsNotAccused: a group listed "among the threats to watch",
// « parmi les principales menaces » (lexicon threat_nouns after
// among_words) is named as a danger, not accused; the group the sentence
// before accuses stays accused. Before, APT41 was accused. Texts written
// for this rule.
func TestAmongThreatsNotAccused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"among the threats", "en", "The Czech government said on Wednesday that APT31 was behind a campaign against the Foreign Ministry. Prague summoned the Chinese ambassador; the country's cyber agency had separately listed APT41 among the threats to watch in its 2023 annual report."},
		{"parmi les principales menaces", "fr", "Le gouvernement tchèque a affirmé mercredi qu'APT31 était derrière une campagne contre le ministère des Affaires étrangères. Prague a convoqué l'ambassadeur de Chine ; l'agence de cybersécurité du pays avait par ailleurs classé APT41 parmi les principales menaces dans son rapport annuel de 2023."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			apt31 := false
			for _, c := range extract(t, tc.lang, "2025-05-28", "Cyber news\n\n"+tc.text) {
				if c.Accused == nil {
					continue
				}
				apt31 = apt31 || c.Accused.Name == "APT31"
				if c.Accused.Name == "APT41" {
					t.Errorf("APT41 accused by %+v", c.Accuser)
				}
			}
			if !apt31 {
				t.Error("APT31 not accused")
			}
		})
	}
}
