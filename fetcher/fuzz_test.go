package fetcher

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rssFeed(rssItem("a", "http://x/1", "Mon, 19 Jul 2021 10:00:00 GMT"))), "application/rss+xml")
	f.Add([]byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>e</title><link href="/e"/></entry></feed>`), "application/atom+xml")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"http://x/1"}]}`), "application/feed+json")
	f.Add([]byte("<html><body>not a feed</body></html>"), "text/html")
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf\xe9</title></item></channel></rss>`), "")
	f.Add([]byte("<rss><channel><item><title>a</item>"), "text/xml; charset=windows-1252")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		feed, err := ParseFeed(body, ct)
		if err != nil {
			if !errors.Is(err, ErrNotFeed) && !errors.Is(err, ErrMalformedFeed) || !errors.Is(err, ErrPermanent) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if feed == nil {
			t.Fatal("nil feed without error")
		}
		for _, it := range feed.Items {
			if it == nil {
				t.Fatal("nil item")
			}
			hintFromItem(it, "")
			itemLink(it, mustParse("http://base.test/feed"))
		}
	})
}

func FuzzParsePage(f *testing.F) {
	files, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b, "text/html")
	}
	f.Add([]byte("<html lang=fr><body><p>court</p></body></html>"), "text/html; charset=iso-8859-1")
	f.Add([]byte("plain text\n\nwith paragraphs"), "text/plain")
	f.Add([]byte{0x89, 'P', 'N', 'G'}, "")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		a, err := ParsePage("https://fuzz.test/2021/07/19/a", body, ct)
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !errors.Is(err, ErrBinaryContent) && !errors.Is(err, ErrMalformedPage) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatal("invalid UTF-8 in output")
		}
		if a.Hash != claim.ContentHash(a.Text) || utf8.RuneCountInString(a.Text) < MinArticleChars {
			t.Fatalf("hash or length invariant broken: %+v", a)
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkParsePage measures pages extracted per second on the fixture pages.
func BenchmarkParsePage(b *testing.B) {
	files, _ := filepath.Glob("testdata/pages/article-*.html")
	var pages [][]byte
	for _, p := range files {
		body, _ := os.ReadFile(p)
		pages = append(pages, body)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParsePage("https://bench.test/2023/03/14/a", pages[i%len(pages)], "text/html"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkParseFeed measures feed parsing (50 items).
func BenchmarkParseFeed(b *testing.B) {
	var items []string
	for i := 0; i < 50; i++ {
		items = append(items, rssItem("Item title number", "http://x.test/a", "Mon, 19 Jul 2021 10:00:00 GMT"))
	}
	body := []byte(rssFeed(items...))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFeed(body, "application/rss+xml"); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzParseSources: a sources file either parses into sources that each
// pass Validate, with unique names, and parses the same way twice; or every
// error is a *SourceError naming the file (and a line within it when it has
// one), matching ErrInvalidSources.
func FuzzParseSources(f *testing.F) {
	files, _ := filepath.Glob("testdata/sources/*.yaml")
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add(DefaultSourcesYAML())
	f.Add([]byte("sources:\n  - &a {name: x, kind: rss, url: 'https://e.org/f'}\n  - *a\n"))
	f.Add([]byte("sources: [{name: d, kind: dir, path: ./x, lang: fr, schedule: '@hourly'}]"))
	f.Add([]byte("defaults: {interval: 1h, rate: 1e309}\nsources: []"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sf, err := ParseSources(data, "fuzz.yaml")
		if err != nil {
			if !errors.Is(err, ErrInvalidSources) {
				t.Fatalf("error does not match ErrInvalidSources: %v", err)
			}
			lines := bytes.Count(data, []byte("\n")) + 2
			var errs []error
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				errs = j.Unwrap()
			} else {
				errs = []error{err}
			}
			for _, e := range errs {
				var se *SourceError
				if !errors.As(e, &se) || se.File != "fuzz.yaml" || se.Line < 0 || se.Line > lines || se.Msg == "" {
					t.Fatalf("not a located SourceError: %#v", e)
				}
			}
			return
		}
		if sf == nil {
			t.Fatal("nil file without error")
		}
		seen := map[string]bool{}
		for _, s := range sf.Sources {
			if err := s.Validate(); err != nil {
				t.Fatalf("accepted source fails Validate: %v", err)
			}
			if seen[s.Name] {
				t.Fatalf("duplicate name %q accepted", s.Name)
			}
			seen[s.Name] = true
		}
		again, err := ParseSources(data, "fuzz.yaml")
		if err != nil || len(again.Sources) != len(sf.Sources) {
			t.Fatalf("second parse differs: %v", err)
		}
	})
}
