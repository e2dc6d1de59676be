package extractor

import "testing"

// TestSpeakersThey: "they" right after a reporting verb whose subject is
// officials, investigators or researchers ("Officials in Vienna said they
// had been in contact with…", "Ukrainian officials say they have blocked
// most of them") is the speakers themselves, not the attackers, so the
// accused named before is not carried into their sentence. Before,
// Ukraine accused Russia through "Ukrainian officials say they have
// blocked most of them". "The FBI said they had hacked the network" keeps
// the anaphor (guard: no official noun before the verb). Sentences written
// for this rule, found on the read blind-be/en-005 and blind-u/en-004.
func TestSpeakersThey(t *testing.T) {
	t.Parallel()
	lead := "Cyber news\n\nBritain on Tuesday blamed Russia for a wave of cyberattacks on Ukrainian ministries. "
	t.Run("officials say they", func(t *testing.T) {
		checkPrefixes(t, extract(t, "en", "2022-05-10", lead+"Ukrainian officials say they have blocked most of them."), []string{"GB>RU>UA"}, []string{"UA>RU>"})
	})
	t.Run("guard: the FBI said they", func(t *testing.T) {
		checkPrefixes(t, extract(t, "en", "2022-05-10", lead+"The FBI said they had hacked the network."), []string{"GB>RU>UA", "US>RU>"}, nil)
	})
}
