// Command bigpage writes a synthetic news page of about -bytes bytes to
// standard output, for measuring the page path on big inputs:
//
//	go run ./scripts/bigpage -bytes 8000000 > /tmp/big8.html
//	/usr/bin/time -v claimwire extract /tmp/big8.html
package main

import (
	"flag"
	"os"

	"github.com/claimwire/claimwire/internal/pagegen"
)

func main() {
	size := flag.Int("bytes", 8_000_000, "approximate page size in bytes")
	flag.Parse()
	os.Stdout.Write(pagegen.Page(*size))
}
