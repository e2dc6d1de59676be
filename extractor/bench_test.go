package extractor_test

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/jdkato/prose/v2"
)

// The benchmarks report articles/s on the fixture articles (about 1.5–3 KB
// each), beside prose/v2's own NewDocument on the same texts.

func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	as := articles(b)
	var bytes int64
	for _, a := range as {
		bytes += int64(len(a.Text))
	}
	b.SetBytes(bytes / int64(len(as)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := as[i%len(as)].Article()
		if _, err := x.Extract(context.Background(), &a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtract3KB: fixture articles joined two by two (about 3 KB).
func BenchmarkExtract3KB(b *testing.B) {
	x := newExtractor(b)
	as := articles(b)
	var arts []claim.Article
	var n int64
	for i := 0; i+1 < len(as); i += 2 {
		a := as[i].Article()
		a.Text += "\n\n" + as[i+1].Text
		arts = append(arts, a)
		n += int64(len(a.Text))
	}
	b.SetBytes(n / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := arts[i%len(arts)]
		if _, err := x.Extract(context.Background(), &a); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func benchProse(b *testing.B, opts ...prose.DocOpt) {
	as := articles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := prose.NewDocument(as[i%len(as)].Text, opts...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkProseDefault: tokenisation, segmentation, POS tagging and NER.
func BenchmarkProseDefault(b *testing.B) { benchProse(b) }

// BenchmarkProseSegmentOnly: tagging and entity extraction off.
func BenchmarkProseSegmentOnly(b *testing.B) {
	benchProse(b, prose.WithTagging(false), prose.WithExtraction(false))
}

// BenchmarkGuessLang: the language guess the CLI makes for every untagged
// file, on the fixture articles.
func BenchmarkGuessLang(b *testing.B) {
	x := newExtractor(b)
	as := articles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.GuessLang(as[i%len(as)].Text)
	}
}
