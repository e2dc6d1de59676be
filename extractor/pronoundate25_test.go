package extractor

import "testing"

// TestPronounAfterAnOpeningDate: a subject pronoun after a date that opens
// the sentence ("On 9 August it reported that…", « Le 9 août, il avait
// indiqué que… ») speaks for the subject of the sentence before, as "It
// reported on 9 August that…" did. Before, the article's earlier accuser
// (the US) took the claim. Sentences written for this rule, after the read
// blind-bc/en-004.
func TestPronounAfterAnOpeningDate(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nThe US Justice Department on Friday charged three Iranians over the Trump campaign hack. Microsoft had been first. "
	want := []string{"Microsoft>Mint Sandstorm>"}
	checkClaimKeys(t, []keyCase{
		{"en/On 9 August it reported", "en", en + "On 9 August it reported that Mint Sandstorm sent a spear-phishing email to a campaign official.", want},
		{"en/On 9 August, it reported", "en", en + "On 9 August, it reported that Mint Sandstorm sent a spear-phishing email to a campaign official.", want},
		{"fr/Le 9 août, il avait indiqué", "fr", "Actualité\n\nLe département américain de la Justice a inculpé vendredi trois Iraniens pour le piratage de la campagne Trump. Microsoft avait été le premier. Le 9 août, il avait indiqué que Mint Sandstorm avait envoyé un courriel piégé à un responsable de la campagne.", want},
		{"en/guard: It reported on 9 August", "en", en + "It reported on 9 August that Mint Sandstorm sent a spear-phishing email to a campaign official.", want},
	})
}

// TestAttributiveParticiple: an attack participle after an article ("from
// the hijacked account of a former adviser") qualifies its noun; the state
// named before it is not its agent. Before, "a US presidential campaign from
// the hijacked account" made the United States accused. "the hacked Czech
// ministry" keeps its victim (guard).
func TestAttributiveParticiple(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nOn 9 August Microsoft reported that Mint Sandstorm sent a spear-phishing email in June to a high-ranking official of a US presidential campaign from the hijacked account of a former senior adviser."
	checkPrefixes(t, extractText(t, "en", en), []string{"microsoft>mint sandstorm>"}, []string{"microsoft>US>"})
	checkPrefixes(t, extractText(t, "en", "Cyber news\n\nPrague said on Monday that APT28 was behind the intrusion; the hacked Czech ministry restored its mail."), []string{"CZ>apt28>CZ"}, nil)
}
