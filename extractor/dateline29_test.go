package extractor

import "testing"

// TestDatelineSubject: a sentence opening on a dateline ("TIRANA, Sept 8
// (Reuters) - Albania ordered…", « TIRANA, 8 sept 2022 (AFP) - L'Albanie
// a rompu… ») has its subject after the dash, so a person named only by
// a title in the next sentence speaks for it ("Prime Minister Edi Rama
// said…"). Before, the dateline's place was taken for the subject, which
// cannot speak, and the accusation had no accuser. Sentences written for
// this rule.
func TestDatelineSubject(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/reuters dateline", "en", "Cyber news\n\nTIRANA, Sept 8 (Reuters) - Albania ordered Iran's diplomats out of the country on Wednesday. Prime Minister Edi Rama said the July 15 attack, which knocked the websites of parliament offline, had been organised and sponsored by Iran.", []string{"AL>IR>AL"}},
		{"fr/dépêche afp", "fr", "Cyber news\n\nTIRANA, 8 sept 2022 (AFP) - L'Albanie a rompu mercredi ses relations avec Téhéran. Le Premier ministre Edi Rama a affirmé que l'Iran était derrière la cyberattaque.", []string{"AL>IR>AL"}},
	})
}
