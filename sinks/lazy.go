package sinks

import (
	"regexp"
	"sync"
)

// lazyRE compiles pattern on first use. A package-level regexp.MustCompile
// runs at init in every process that links sinks (`claimwire --help`
// included), whether or not it opens a sink (issue 11).
func lazyRE(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
