package extractor

import "testing"

// TestSuspectsPlace: a state right after people sought or charged and a
// preposition ("warrants for six suspects in Russia", « des mandats contre
// six suspects en Russie ») is where they are, not a victim of the claim.
// Before, Russia was a victim beside Germany. Sentences written for this
// rule; the guard keeps a target's country after a deed of the suspects.
func TestSuspectsPlace(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/suspects in", "en", "Cyber news\n\nEuropol blamed NoName057(16) for the attacks on German websites and issued warrants for six suspects in Russia.", []string{"Europol>NoName057(16)>DE"}},
		{"fr/suspects en", "fr", "Cyber news\n\nEuropol a attribué les attaques contre des sites allemands à NoName057(16) et a émis des mandats contre six suspects en Russie.", []string{"Europol>NoName057(16)>DE"}},
		{"en/guard: deed of the suspects", "en", "Cyber news\n\nThe FBI said the suspects hacked computers in Germany on behalf of Russia.", []string{"FBI>RU>DE"}},
	})
}
