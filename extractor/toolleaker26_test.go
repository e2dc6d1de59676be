package extractor

import "testing"

// TestToolLeakerIsNoAttacker: a group that is the agent of a leaking
// participle whose object is a tool named before it ("EternalBlue, an
// exploit developed by the NSA and dumped online in April by a group
// calling itself the Shadow Brokers", « un outil de piratage publié en
// avril par un groupe se faisant appeler Shadow Brokers ») leaked what the attackers used: it is not accused (new
// lexicon key leak_verbs). Before, the accuser of the article accused the Shadow
// Brokers too. "The malware was deployed by APT28" keeps APT28 (guard:
// "deployed" is no leaking verb). Sentences written for this rule, found
// on the read blind-be/en-002, blind-ao/en-005 and blind-j/en-955.
func TestToolLeakerIsNoAttacker(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nBritain on Tuesday blamed North Korea for the WannaCry ransomware. "
	fr := "Actualité\n\nLe Royaume-Uni a accusé mardi la Corée du Nord du rançongiciel WannaCry. "
	checkClaimKeys(t, []keyCase{
		{"en/exploit dumped online by a group calling itself", "en", en + "It spread using EternalBlue, an exploit developed by the US National Security Agency and dumped online in April by a group calling itself the Shadow Brokers.", []string{"GB>KP>GB"}},
		{"fr/outil publié par un groupe se faisant appeler", "fr", fr + "Il s'est propagé grâce à EternalBlue, un outil de piratage publié en avril par un groupe se faisant appeler Shadow Brokers.", []string{"GB>KP>GB"}},
		{"en/guard: the malware was deployed by", "en", "Cyber news\n\nBritain on Tuesday blamed Russia for the attack on its ministries. The malware was deployed by APT28, the British agency said.", []string{"GB>APT28>GB", "GB>RU>GB"}},
	})
}
