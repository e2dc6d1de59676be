package extractor

import "testing"

// TestSubjectNegation: "Neither Europol nor the German authorities
// accused the Russian state…", « Ni Europol ni les autorités… » negate the
// accusation from the start of its subject, further back than "did not":
// no claim. Before, both Europol and Germany accused Russia. Sentences
// written for this rule; the guard keeps the accusation beside a "neither
// … nor" that only qualifies others after it.
func TestSubjectNegation(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2025-07-16", []noClaimCase{
		{"neither nor", "en", "Cyber news\n\nNeither Europol nor the German authorities accused the Russian state of directing the network."},
		{"ni ni", "fr", "Cyber news\n\nNi Europol ni les autorités allemandes ont accusé l'État russe de diriger le réseau."},
	})
	checkClaimKeys(t, []keyCase{
		{"en/guard: neither after the verb", "en", "Cyber news\n\nGermany accused Russia of the attack on its ministries, but neither France nor Italy did.", []string{"DE>RU>DE"}},
	})
}

// TestProPrefixNoVictim: "a pro-Russian hacktivist network" whose servers
// the police took down names a leaning, not a target's country: Russia is
// no victim of the claim the next sentence makes. Before, RU was its victim.
func TestProPrefixNoVictim(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/pro-Russian", "en", "Cyber news\n\nPolice took down the servers of a pro-Russian hacktivist network. Europol said on Wednesday that NoName057(16) was behind attacks on Ukrainian institutions.", []string{"Europol>NoName057(16)>UA"}},
		{"fr/prorusse", "fr", "Cyber news\n\nLa police a démantelé les serveurs d'un réseau hacktiviste pro-russe. Europol a affirmé mercredi que NoName057(16) était derrière des attaques contre des institutions ukrainiennes.", []string{"Europol>NoName057(16)>UA"}},
	})
}
