package web

import (
	"regexp"
	"sync"
)

// lazyRE compiles pattern on first use. A package-level regexp.MustCompile
// runs at init in every process that links web (`claimwire --help`
// included), whether or not it uses these patterns (issue 11).
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
