package extractor

import "testing"

// TestEventAnaphorKeepsTheArticlesCyberContext: « les services attribuent
// ces opérations à la Russie » three sentences below a lead about
// cyberattacks points back to them: an accused anaphor naming attacks in
// an article whose title or lead tells a cyberattack is cyber context
// enough, and "the services" speak for the article's state as « les
// services » did. Before, neither sentence gave a claim. Texts written for
// this rule.
func TestEventAnaphorKeepsTheArticlesCyberContext(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"ces opérations", "fr", "Le Conseil de défense estonien a publié mercredi un rapport sur 40 000 cyberattaques contre le système de vote en ligne. Selon ce texte, le site de la commission électorale a été visé pendant le scrutin. Les auteurs du rapport jugent le niveau de préparation très élevé. Dans leurs conclusions, les services attribuent ces opérations à la Russie."},
		{"these operations", "en", "Estonia's defence council on Wednesday published a report on 40,000 cyberattacks against the online voting system. According to the text, the electoral commission's website was targeted during the vote. The report's authors judge the level of preparation to be very high. In their conclusions, the services attribute these operations to Russia."},
	} {
		checkPair(t, tc.name, tc.lang, "2024-12-05", tc.text, "EE", "RU")
	}
}
