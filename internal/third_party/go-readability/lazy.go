package readability

import (
	"regexp"
	"sync"
)

// claimwire patch: the package-level regular expressions are compiled on
// first use instead of at init, so that a process which never falls back to
// readability (`claimwire --help`, `claimwire extract` on text) does not pay
// for them: 214 KB allocated and ~70 page faults at every start (issue 11).

func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
