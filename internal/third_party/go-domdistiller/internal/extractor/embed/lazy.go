package embed

import (
	"regexp"
	"sync"
)

// claimwire patch: the package-level regular expressions are compiled on
// first use instead of at init, so that a process which never extracts a
// page's pagination (`claimwire --help`, `claimwire extract`) does not pay for
// them (issue 11).

func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
