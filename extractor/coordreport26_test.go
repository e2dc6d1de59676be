package extractor

import "testing"

// TestCoordinatedReportVerbSharesSubject: a reporting verb right after
// "and" / « et » behind a name ("…backed the assessment that the group
// works for Beijing and said the Canadian activity matched…") shares the
// subject of the verb before it; the name before "and" ends the earlier
// clause and does not speak. Before, China spoke and accused Canada. An
// accusation verb keeps its own search (« Téhéran avait convoqué
// l'ambassadeur de France et dénoncé une insulte »). Sentences written for
// this rule, found on the read blind-bc/en-002 (whose "the Canadian
// activity" still reads as a Canadian attacker: left alone).
func TestCoordinatedReportVerbSharesSubject(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nSalt Typhoon hackers broke into a Canadian telecom company in February. The FBI, which co-signed the bulletin, backed the assessment that the group works for Beijing and said the Canadian activity matched techniques its agents had tracked elsewhere."
	fr := "Actualité\n\nDes pirates de Salt Typhoon ont piraté un opérateur canadien en février. Le FBI, qui a cosigné le bulletin, a soutenu l'évaluation selon laquelle le groupe travaille pour Pékin et a déclaré que l'activité canadienne correspondait à des techniques observées ailleurs."
	for _, tc := range []struct{ name, lang, text string }{{"en", "en", en}, {"fr", "fr", fr}} {
		t.Run(tc.name, func(t *testing.T) {
			checkPrefixes(t, extract(t, tc.lang, "2025-06-23", tc.text), []string{"US>CN>"}, []string{"CN>CA>"})
		})
	}
}
