package eval

import (
	"regexp"
	"sync"
)

// lazyRE compiles pattern on first use. A package-level regexp.MustCompile
// runs at init in every process that links eval (`claimwire --help`
// included), whether or not it scores anything (issue 11).
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
