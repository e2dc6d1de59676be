package whatlanggo

import "sync"

// claimwire patch: the trigram profiles (about 70 languages of 300
// trigrams each, 350 KB of string headers) were map literals built at
// package init, in every claimwire process whatever the command: ~100
// page faults of `claimwire --help` (issue 11). They are built on the
// first detection of their script instead; the profiles themselves are
// the published ones, unchanged.

func lazyProfiles(build func() langProfileList) func() langProfileList {
	return sync.OnceValue(build)
}
