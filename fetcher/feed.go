package fetcher

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// ParseFeed parses an RSS, Atom or JSON Feed body fetched by the caller
// (gofeed does no conditional GET, so the fetcher does the HTTP itself).
// Invalid UTF-8 in a feed declared (or presumed) UTF-8 is replaced rather
// than failing the whole feed; a charset given only by the Content-Type
// header is applied. Errors wrap ErrNotFeed (not a feed at all, e.g. an HTML
// page) or ErrMalformedFeed (broken XML or JSON), both permanent.
func ParseFeed(body []byte, contentType string) (*gofeed.Feed, error) {
	body = feedToUTF8(body, contentType)
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err == nil {
		// gofeed takes any JSON object for a JSON Feed; a real one says so.
		if feed.FeedType == "json" && !bytes.Contains(body[:min(len(body), 4096)], []byte("jsonfeed.org/version")) {
			return nil, &Error{Kind: ErrNotFeed, Msg: "not a feed: json without a jsonfeed.org version"}
		}
		return feed, nil
	}
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		if looksLikeHTML(string(body[:min(len(body), 4096)])) {
			return nil, &Error{Kind: ErrNotFeed, Msg: "not a feed: got an html page"}
		}
		if len(bytes.TrimSpace(body)) == 0 {
			return nil, &Error{Kind: ErrNotFeed, Msg: "not a feed: empty body"}
		}
		return nil, &Error{Kind: ErrNotFeed, Msg: "not a feed: neither rss, atom nor json feed"}
	}
	return nil, &Error{Kind: ErrMalformedFeed, Msg: "malformed feed", Err: err}
}

var xmlEncodingRE = lazyRE(`^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._:-]+)["']`)

func feedToUTF8(body []byte, contentType string) []byte {
	body = stripControls(bytes.TrimPrefix(body, []byte("\xef\xbb\xbf")))
	head := body[:min(len(body), 200)]
	if m := xmlEncodingRE().FindSubmatch(head); m != nil {
		if !strings.EqualFold(string(m[1]), "utf-8") && !strings.EqualFold(string(m[1]), "utf8") {
			return body // the XML decoder converts declared encodings itself
		}
	} else if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" &&
		!strings.EqualFold(params["charset"], "utf-8") {
		if enc, _ := charset.Lookup(params["charset"]); enc != nil {
			if out, _, err := transform.Bytes(enc.NewDecoder(), body); err == nil {
				return out
			}
		}
	}
	if !utf8.Valid(body) {
		return []byte(strings.ToValidUTF8(string(body), "\uFFFD"))
	}
	return body
}

// stripControls drops the C0 control characters XML 1.0 forbids (a stray
// \x0b or \x1a from a CMS copy-paste would otherwise fail the whole feed).
// UTF-16 feeds are left alone: their bytes are not characters.
func stripControls(b []byte) []byte {
	if len(b) >= 2 && (b[0] == 0xfe && b[1] == 0xff || b[0] == 0xff && b[1] == 0xfe || b[0] == 0 || b[1] == 0) {
		return b
	}
	bad := func(c byte) bool { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' }
	if bytes.IndexFunc(b, func(r rune) bool { return r < 0x20 && bad(byte(r)) }) < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if !bad(c) {
			out = append(out, c)
		}
	}
	return out
}

// discoverFeed finds the first RSS/Atom/JSON feed advertised by an HTML
// page (<link rel="alternate" type="application/rss+xml">).
func discoverFeed(page []byte, base *url.URL) string {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		return ""
	}
	var found string
	doc.Find(`link[rel~="alternate"][href]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		switch strings.ToLower(strings.TrimSpace(s.AttrOr("type", ""))) {
		case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json":
			found = absURL(base, s.AttrOr("href", ""))
			return found == ""
		}
		return true
	})
	return found
}

// sitemapEntry is one <url> of a sitemap, or one <sitemap> of an index.
type sitemapEntry struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
}

type sitemapDoc struct {
	XMLName  xml.Name
	URLs     []sitemapEntry `xml:"url"`
	Sitemaps []sitemapEntry `xml:"sitemap"`
}

// parseSitemap reads a sitemap (urlset) or sitemap index. Entries come back
// newest lastmod first, so a MaxItems cap keeps the recent articles.
func parseSitemap(body []byte) (urls, children []sitemapEntry, err error) {
	dec := xml.NewDecoder(bytes.NewReader(feedToUTF8(body, "")))
	dec.CharsetReader = charset.NewReaderLabel
	dec.Strict = false
	var doc sitemapDoc
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		if looksLikeHTML(string(body[:min(len(body), 4096)])) {
			return nil, nil, &Error{Kind: ErrNotFeed, Msg: "not a sitemap: got an html page"}
		}
		return nil, nil, &Error{Kind: ErrMalformedFeed, Msg: "malformed sitemap", Err: err}
	}
	switch doc.XMLName.Local {
	case "urlset", "sitemapindex":
	default:
		return nil, nil, &Error{Kind: ErrNotFeed, Msg: fmt.Sprintf("not a sitemap: root element <%s>", doc.XMLName.Local)}
	}
	sortByLastMod(doc.URLs)
	sortByLastMod(doc.Sitemaps)
	return doc.URLs, doc.Sitemaps, nil
}

func sortByLastMod(es []sitemapEntry) {
	keys := make(map[string]time.Time, len(es))
	for _, e := range es {
		for _, l := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
			if t, err := time.Parse(l, strings.TrimSpace(e.LastMod)); err == nil {
				keys[e.LastMod] = t
				break
			}
		}
	}
	sort.SliceStable(es, func(i, j int) bool { return keys[es[i].LastMod].After(keys[es[j].LastMod]) })
}
