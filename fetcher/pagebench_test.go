package fetcher

import (
	"bytes"
	"fmt"
	"net/url"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/claimwire/claimwire/internal/pagegen"
)

// pageBenchSizes are the generated page sizes of the page-path benchmarks:
// a typical article page, a heavy one, and pages at and over the default
// HTML cap.
var pageBenchSizes = []int{100_000, 1_000_000, 2_000_000}

// BenchmarkPagePath measures ParsePage (cap, charset, parse, metadata,
// go-trafilatura under its deadline, text walk, language) in pages/s on
// generated pages.
//
//	go test -run '^$' -bench 'PagePath|TrafilaturaOnly' -benchtime 3x ./fetcher
func BenchmarkPagePath(b *testing.B) {
	for _, size := range pageBenchSizes {
		page := pagegen.Page(size)
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				// no deadline failure on a loaded machine: throughput is measured
				if _, err := ParsePageWith("https://bench.test/2023/03/14/a", page, "text/html; charset=utf-8", PageOptions{ExtractTimeout: 10 * time.Minute}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkTrafilaturaOnly is go-trafilatura alone (parse and extract,
// same options as ParsePage) on the same pages, for comparison.
func BenchmarkTrafilaturaOnly(b *testing.B) {
	base, _ := url.Parse("https://bench.test/2023/03/14/a")
	for _, size := range pageBenchSizes {
		page := pagegen.Page(size)
		b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				root, err := html.Parse(bytes.NewReader(page))
				if err != nil {
					b.Fatal(err)
				}
				opts := trafilatura.Options{OriginalURL: base, ExcludeComments: true, EnableFallback: true,
					Deduplicate: true, HtmlDateOverride: &htmldate.Result{}}
				if _, err := trafilatura.ExtractDocument(root, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
