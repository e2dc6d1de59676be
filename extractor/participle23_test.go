package extractor

import "testing"

// TestDiscoveryParticipleReportsNothing: a word of saying right after an
// attack noun (", an intrusion discovered in 2021", "a campaign first
// reported by Reuters", « une intrusion découverte en 2021 ») qualifies the
// deed, and one after « , comme l'a » credits the news to a relay; neither
// takes the sentence from its speaker. Before, the accusation of a
// "said" sentence ending so was lost. Sentences written for this rule.
func TestDiscoveryParticipleReportsNothing(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"discovered in", "en", "The Philippines said Chinese state-sponsored hackers had penetrated email servers of the coast guard, an intrusion discovered in 2021."},
		{"uncovered by", "en", "The Philippines said Chinese state-sponsored hackers had penetrated email servers of the coast guard, a breach uncovered by the navy."},
		{"découverte en", "fr", "Les Philippines ont affirmé que des pirates chinois avaient pénétré les serveurs de messagerie des garde-côtes, une intrusion découverte en 2021."},
		{"first reported by", "en", "The Philippines said Chinese state-sponsored hackers had penetrated email servers of the coast guard, a campaign first reported by Reuters."},
		{"comme l'a révélé", "fr", "Les Philippines ont affirmé que des pirates chinois avaient pénétré les serveurs de messagerie des garde-côtes, comme l'a révélé Der Spiegel."},
		{"une campagne révélée par", "fr", "Les Philippines ont affirmé que des pirates chinois avaient pénétré les serveurs de messagerie des garde-côtes, une campagne révélée par Reuters."},
	} {
		checkPair(t, tc.name, tc.lang, "2022-04-16", tc.text, "PH", "CN")
	}
}

// TestInvertedMediaRelay: a newspaper named after a closing word of saying
// (« …, a rapporté Der Spiegel », « , rapporte Le Monde ») or as its
// subject after a saying by an accuser ("Germany said that…, Reuters
// reported") relays the statement before it; the verb's subject is not
// sought on the left, where the accused stands. Sentences written for this rule.
func TestInvertedMediaRelay(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"a rapporté", "fr", "L'Allemagne a affirmé que des pirates militaires russes avaient piraté les courriels du SPD, a rapporté Der Spiegel."},
		{"rapporte", "fr", "L'Allemagne a conclu que des pirates militaires russes avaient piraté les courriels du SPD, rapporte Le Monde."},
		{"Reuters reported", "en", "Germany said that Russian military hackers broke into the email accounts of the Social Democrats, Reuters reported on Tuesday."},
		{"Der Spiegel reported", "en", "Germany has concluded that Russian military hackers broke into the email accounts of the Social Democrats, Der Spiegel reported."},
	} {
		checkPair(t, tc.name, tc.lang, "2024-04-16", tc.text, "DE", "RU")
	}
}

// checkPair extracts one sentence (after a neutral title) and wants its
// first claim to be accuser country acc against accused country acd.
func checkPair(t *testing.T, name, lang, pub, text, acc, acd string) {
	t.Helper()
	t.Run(lang+"/"+name, func(t *testing.T) {
		cs := extract(t, lang, pub, "Cyber news\n\n"+text)
		if len(cs) == 0 {
			t.Fatal("no claim")
		}
		c := cs[0]
		if c.Accuser == nil || c.Accuser.Country != acc || c.Accused == nil || c.Accused.Country != acd {
			t.Errorf("claim %+v → %+v; want %s → %s", c.Accuser, c.Accused, acc, acd)
		}
	})
}

// TestAttacksFromState: "cyberattacks from China" after a saying names the
// attacks' origin as « des cyberattaques en provenance de Chine » already
// did: the state is accused. Attacks "from hackers" or "from last year"
// name no state and give no claim. Sentences written for this rule.
func TestAttacksFromState(t *testing.T) {
	t.Parallel()
	checkPair(t, "cyberattacks from", "en", "2024-04-16", "Taiwan's government said it had detected a surge of cyberattacks from China ahead of the inauguration.", "TW", "CN")
	checkPair(t, "en provenance de", "fr", "2024-04-16", "Le gouvernement taïwanais a dit avoir détecté une hausse des cyberattaques en provenance de Chine.", "TW", "CN")
	for _, text := range []string{
		"Taiwan's government said it had detected a surge of attacks from hackers last year.",
		"Taiwan's government said it had detected a surge of cyberattacks from last year's level.",
	} {
		if cs := extract(t, "en", "2024-04-16", "Cyber news\n\n"+text); len(cs) != 0 {
			t.Errorf("%q: %d claims, want none", text, len(cs))
		}
	}
}
