package fetcher

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/abadojack/whatlanggo"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/claimwire/claimwire/claim"
)

// MinArticleChars is the shortest main text accepted as an article; below
// it the page is an index, a login wall or an error page.
const MinArticleChars = 80

// ParsePage turns an HTML page (or a text/plain body) into an Article:
// charset decoded from the Content-Type header, a BOM or <meta> (ISO-8859-1
// and Windows-1252 come out right), main text by go-trafilatura with one
// blank line between paragraphs, title, authors, canonical URL, published
// date (JSON-LD, meta tags, <time>, URL; precision kept, raw string beside)
// and language (<html lang>, then whatlanggo). Source and FetchedAt are left
// to the caller.
//
// The default PageOptions apply: use ParsePageWith to change the HTML cap
// or the extraction deadline.
func ParsePage(pageURL string, body []byte, contentType string) (claim.Article, error) {
	return ParsePageWith(pageURL, body, contentType, PageOptions{})
}

// ParsePageWith is ParsePage with explicit bounds: HTML longer than
// opts.MaxHTMLBytes is cut at an element boundary before parsing and the
// article marked Truncated; main-text extraction past opts.ExtractTimeout
// fails with ErrExtractTimeout naming the URL.
func ParsePageWith(pageURL string, body []byte, contentType string, opts PageOptions) (claim.Article, error) {
	a, _, err := parsePage(pageURL, body, contentType, opts)
	return a, err
}

// parsePage also reports whether the language came from the page's markup
// (true) or from the detector (false), so a feed's language can rank between.
func parsePage(pageURL string, body []byte, contentType string, opts PageOptions) (a claim.Article, markupLang bool, err error) {
	opts = opts.withDefaults()
	a = claim.Article{Schema: claim.SchemaArticle, URL: pageURL}
	mt, _, _ := mime.ParseMediaType(contentType)
	if contentType != "" && !textualType(mt) {
		return a, false, &Error{URL: pageURL, Kind: ErrBinaryContent, Msg: fmt.Sprintf("binary content type %q is not a page", mt)}
	}
	// Cut before decoding (a 30 MB page costs no more than a capped one;
	// decoding Latin-1 can double the bytes, hence the margin) and again,
	// at an element boundary, after.
	htmlLen := len(body)
	if len(body) > 2*opts.MaxHTMLBytes && mt != "text/plain" {
		body = body[:2*opts.MaxHTMLBytes]
	}
	text, _ := decodeCharset(body, contentType)
	if mt == "text/plain" || (mt == "" && !looksLikeHTML(text)) {
		a, err = plainArticle(a, text)
		a.Truncated = len(body) < htmlLen // an untyped text body over twice the cap
		return a, false, err
	}
	limit := opts.MaxHTMLBytes
	if len(body) < htmlLen {
		limit = max(0, min(limit, len(text)-1)) // cut at an element boundary in any case
	}
	if cut, ok := cutHTML(text, limit); ok {
		text, a.Truncated = cut, true
	}
	root, err := parseHTML(pageURL, text)
	if err != nil {
		return a, false, err
	}
	base, _ := url.Parse(pageURL)
	meta := readMeta(goquery.NewDocumentFromNode(root), base)

	topts := trafilatura.Options{
		OriginalURL:     base,
		ExcludeComments: true,
		EnableFallback:  true,
		Deduplicate:     true,
	}
	if meta.published == "" {
		meta.published, meta.publishedRaw = dateFromURL(pageURL)
	}
	if meta.published != "" {
		// We have a date from structured data: skip htmldate's scan of the page.
		topts.HtmlDateOverride = &htmldate.Result{}
	} else {
		topts.HtmlDateMode = trafilatura.Fast
	}
	// Mark block boundaries in the tree itself: trafilatura's fallback
	// extractors copy text content across elements, which glued a heading
	// to its first paragraph ("PyongyangThe United Kingdom").
	markBlocks(root)
	res, terr := extractMain(pageURL, root, topts, opts, len(text))
	if errors.Is(terr, ErrExtractTimeout) {
		return a, false, terr
	}
	if terr == nil && res != nil && res.ContentNode != nil {
		a.Text = dropTitleParas(nodeText(res.ContentNode), meta.htmlTitle)
	}
	if utf8.RuneCountInString(a.Text) < MinArticleChars {
		msg := fmt.Sprintf("no article text (%d characters of main text, want ≥ %d)", utf8.RuneCountInString(a.Text), MinArticleChars)
		return a, false, &Error{URL: pageURL, Kind: ErrNoArticle, Msg: msg}
	}

	a.CanonicalURL = meta.canonical
	a.Title = meta.title
	if t := cleanSpace(stripMarks(res.Metadata.Title)); t != "" {
		a.Title = t
	}
	if a.Title == "" {
		a.Title = meta.htmlTitle
	}
	a.Authors = meta.authors
	if len(a.Authors) == 0 && res.Metadata.Author != "" {
		for _, s := range strings.Split(stripMarks(res.Metadata.Author), ";") {
			if s = cleanSpace(s); s != "" {
				a.Authors = append(a.Authors, s)
			}
		}
	}
	a.Published, a.PublishedRaw = meta.published, meta.publishedRaw
	if a.Published == "" && !res.Metadata.Date.IsZero() {
		a.Published = claim.DateOf(res.Metadata.Date)
		a.PublishedRaw = res.Metadata.Date.Format(time.RFC3339)
	}
	a.Lang, markupLang = meta.lang, meta.lang != ""
	if a.Lang == "" {
		a.Lang = detectLang(a.Text)
	}
	a.Hash = claim.ContentHash(a.Text)
	return a, markupLang, nil
}

var blankLineRE = lazyRE(`\n\s*\n`)

func plainArticle(a claim.Article, text string) (claim.Article, error) {
	var paras []string
	for _, p := range blankLineRE().Split(strings.ReplaceAll(text, "\r\n", "\n"), -1) {
		if p = cleanSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	a.Text = strings.Join(paras, "\n\n")
	if utf8.RuneCountInString(a.Text) < MinArticleChars {
		return a, &Error{URL: a.URL, Kind: ErrNoArticle, Msg: fmt.Sprintf("no article text (%d characters, want ≥ %d)", utf8.RuneCountInString(a.Text), MinArticleChars)}
	}
	if len(paras) > 1 && utf8.RuneCountInString(paras[0]) < 200 {
		a.Title = paras[0]
	}
	a.Lang = detectLang(a.Text)
	a.Hash = claim.ContentHash(a.Text)
	return a, nil
}

func looksLikeHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 1024)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<p>") || strings.Contains(head, "<div")
}

// blockTags start a new paragraph in the extracted text (lineTags among
// them only a new line).
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "table": true, "tr": true,
	"section": true, "article": true, "header": true, "footer": true, "figure": true, "figcaption": true,
	"dl": true, "dt": true, "dd": true, "main": true, "aside": true, "hr": true, "br": false,
	"head": true, "quote": true, "list": true, "item": true, "td": false, "th": false,
}

// nodeText walks trafilatura's content tree and keeps paragraph breaks
// (ContentText is a single line): a blank line between blocks, text inside a
// block collapsed to single spaces, a <br> kept as a line break.
func nodeText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := cleanSpace(cur.String()); p != "" {
			p = strings.ReplaceAll(p, " \n ", "\n")
			paras = append(paras, strings.TrimSpace(p))
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			// Marks left by markBlocks: a paragraph break, or a line break.
			for _, r := range n.Data {
				switch r {
				case markPara:
					flush()
				case markLine:
					cur.WriteString(" \x00 ")
				default:
					cur.WriteRune(r)
				}
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "br":
				cur.WriteString(" \x00 ")
				return
			case "td", "th":
				cur.WriteString(" ")
			}
		}
		// List items (and dt/dd) are lines of their list's paragraph.
		line := n.Type == html.ElementNode && lineTags[n.Data]
		block := n.Type == html.ElementNode && blockTags[n.Data] && !line
		switch {
		case block:
			flush()
		case line:
			cur.WriteString(" \x00 ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		switch {
		case block:
			flush()
		case line:
			cur.WriteString(" \x00 ")
		}
	}
	walk(n)
	flush()
	out := paras[:0]
	for _, p := range paras {
		// A <br> and the marks around it make one line break, not several.
		p = lineBreaks().ReplaceAllString(p, "\n")
		if p = strings.TrimSpace(p); p != "" && !bylineFragment().MatchString(p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

var lineBreaks = lazyRE(`[ \x00]*\x00[ \x00]*`)

// Private-use runes inserted around block elements before trafilatura runs
// (they are not white space, so no cleaner trims them away).
const (
	markPara = '\ue000'
	markLine = '\ue001'
)

// lineTags end a line rather than a paragraph.
var lineTags = map[string]bool{"br": true, "li": true, "dt": true, "dd": true}

// markBlocks puts a mark text node before and after every block element of
// the body (a line mark for br, li, dt and dd), so that any text extractor
// that concatenates text content still leaves the boundary visible to
// nodeText. <head> is left alone: its <title> is not article text.
func markBlocks(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch {
			case c.Data == "head", c.Data == "script", c.Data == "style", c.Data == "template":
			case lineTags[c.Data]:
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: string(markLine)}, c)
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: string(markLine)}, next)
				markBlocks(c)
			case blockTags[c.Data]:
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: string(markPara)}, c)
				n.InsertBefore(&html.Node{Type: html.TextNode, Data: string(markPara)}, next)
				markBlocks(c)
			default:
				markBlocks(c)
			}
		}
		c = next
	}
}

// stripMarks removes block marks from metadata strings.
func stripMarks(s string) string {
	return strings.NewReplacer(string(markPara), " ", string(markLine), " ").Replace(s)
}

// dropTitleParas removes paragraphs that repeat an earlier one, and those
// equal to the <title> text: trafilatura's baseline fallback reads the
// whole document, title included, and appended a second copy of the body.
func dropTitleParas(text, htmlTitle string) string {
	htmlTitle = strings.ToLower(cleanSpace(htmlTitle))
	seen := map[string]bool{}
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		key := strings.ToLower(cleanSpace(p))
		if key == "" || seen[key] || key == htmlTitle {
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// bylineFragment matches what is left of a byline once trafilatura has
// removed its author and <time> ("— Publié le", "By", "Updated:"): noise
// the sentence splitter would otherwise glue to the first paragraph.
var bylineFragment = lazyRE(`(?i)^[\s\p{Pd}|·•:,]*(?:(?:publi[ée]e?|mis à jour|modifi[ée]e?|posted|published|updated|written|par|by|le|on|à|at)[\s\p{Pd}|·•:,]*)*$`)

// cleanSpace collapses runs of white space (and NBSP) to one space.
func cleanSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0' || r == '\u200b'
	}), " ")
}

type pageMeta struct {
	canonical    string
	title        string
	htmlTitle    string
	authors      []string
	published    claim.Date
	publishedRaw string
	lang         string
}

// readMeta reads what structured markup says about the page.
func readMeta(doc *goquery.Document, base *url.URL) pageMeta {
	var m pageMeta
	attr := func(sel, name string) string {
		v, _ := doc.Find(sel).First().Attr(name)
		return strings.TrimSpace(v)
	}
	if href := attr(`link[rel~="canonical"]`, "href"); href != "" {
		m.canonical = absURL(base, href)
	}
	if m.canonical == "" {
		if og := attr(`meta[property="og:url"]`, "content"); og != "" {
			m.canonical = absURL(base, og)
		}
	}
	m.title = cleanSpace(attr(`meta[property="og:title"]`, "content"))
	m.htmlTitle = cleanSpace(doc.Find("title").First().Text())
	if m.htmlTitle == "" {
		m.htmlTitle = cleanSpace(doc.Find("h1").First().Text())
	}

	ld := readJSONLD(doc)
	if m.title == "" {
		m.title = ld.headline
	}
	m.authors = ld.authors
	if len(m.authors) == 0 {
		doc.Find(`meta[name="author"], meta[property="article:author"]`).Each(func(_ int, s *goquery.Selection) {
			if v := cleanSpace(s.AttrOr("content", "")); v != "" && !strings.HasPrefix(v, "http") {
				m.authors = appendUnique(m.authors, v)
			}
		})
	}

	// Published date: the most explicit markup first.
	candidates := []string{
		attr(`meta[property="article:published_time"]`, "content"),
		ld.published,
		attr(`[itemprop="datePublished"]`, "content"),
		attr(`[itemprop="datePublished"]`, "datetime"),
	}
	for _, name := range []string{"date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date",
		"dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date"} {
		candidates = append(candidates, attr(`meta[name="`+name+`" i]`, "content"))
	}
	candidates = append(candidates,
		attr(`meta[property="og:published_time"]`, "content"),
		attr(`time[pubdate]`, "datetime"),
		attr(`article time[datetime]`, "datetime"),
		attr(`header time[datetime]`, "datetime"),
		attr(`time[datetime]`, "datetime"),
	)
	for _, c := range candidates {
		if d, ok := ParseDate(c); ok {
			m.published, m.publishedRaw = d, c
			break
		}
	}

	// Language: <html lang>, xml:lang, Content-Language, og:locale, JSON-LD.
	for _, c := range []string{attr("html", "lang"), attr("html", "xml:lang"),
		attr(`meta[http-equiv="content-language" i]`, "content"), attr(`meta[property="og:locale"]`, "content"), ld.lang} {
		if l := primaryLang(c); l != "" {
			m.lang = l
			break
		}
	}
	return m
}

func appendUnique(list []string, v string) []string {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return list
		}
	}
	return append(list, v)
}

func absURL(base *url.URL, href string) string {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

var langTagRE = lazyRE(`^([A-Za-z]{2,3})(?:[-_].*)?$`)

// primaryLang returns the primary subtag of a language tag ("fr-FR" → "fr").
func primaryLang(tag string) string {
	tag = strings.TrimSpace(strings.SplitN(tag, ",", 2)[0])
	m := langTagRE().FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	l := strings.ToLower(m[1])
	switch l {
	case "fre", "fra":
		return "fr"
	case "eng":
		return "en"
	}
	if len(l) != 2 {
		return ""
	}
	return l
}

// MinLangChars is the shortest text whose detected language may override a
// source's language hint: below it whatlanggo's trigrams are too few.
const MinLangChars = 120

// confidentLang returns the language of text when whatlanggo is reliable
// about it and the text is long enough for that to mean something.
func confidentLang(text string) (string, bool) {
	if utf8.RuneCountInString(text) < MinLangChars {
		return "", false
	}
	if len(text) > 20000 {
		text = text[:20000]
	}
	info := whatlanggo.Detect(text)
	code := info.Lang.Iso6391()
	if !info.IsReliable() || code == "" {
		return "", false
	}
	return code, true
}

// detectLang guesses the language of text: whatlanggo's answer when it is
// reliable, else the better of French and English (what claimwire reads).
func detectLang(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	info := whatlanggo.Detect(text)
	if info.IsReliable() {
		if code := info.Lang.Iso6391(); code != "" {
			return code
		}
	}
	info = whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{whatlanggo.Fra: true, whatlanggo.Eng: true}})
	if info.Confidence == 0 {
		return ""
	}
	return info.Lang.Iso6391()
}

type ldInfo struct {
	published string
	headline  string
	authors   []string
	lang      string
}

// readJSONLD reads the first NewsArticle-like object of the page's JSON-LD.
func readJSONLD(doc *goquery.Document) ldInfo {
	var info ldInfo
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		walkLD(v, &info, 0)
	})
	return info
}

func walkLD(v any, info *ldInfo, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, info, depth+1)
		}
	case map[string]any:
		if s, ok := x["datePublished"].(string); ok && info.published == "" {
			info.published = strings.TrimSpace(s)
			if h, ok := x["headline"].(string); ok && info.headline == "" {
				info.headline = cleanSpace(h)
			}
			if l, ok := x["inLanguage"].(string); ok && info.lang == "" {
				info.lang = l
			}
			info.authors = ldAuthors(x["author"])
		}
		if g, ok := x["@graph"]; ok {
			walkLD(g, info, depth+1)
		}
	}
}

func ldAuthors(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := cleanSpace(x); s != "" {
			out = append(out, s)
		}
	case map[string]any:
		if n, ok := x["name"].(string); ok && cleanSpace(n) != "" {
			out = append(out, cleanSpace(n))
		}
	case []any:
		for _, e := range x {
			for _, a := range ldAuthors(e) {
				out = appendUnique(out, a)
			}
		}
	}
	return out
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 MST", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700", time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC,
	"2006-01-02", "2006/01/02", "20060102", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
}

// ParseDate reads a machine-written date (meta tags, JSON-LD, feeds) and
// keeps the calendar day in the date's own offset: "2021-07-19T23:30:00-04:00"
// is the 19th, as the outlet printed it. "2021-07" and "2021" keep their
// precision. It returns false for anything else.
func ParseDate(s string) (claim.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return "", false
	}
	if d, err := claim.ParseDate(s); err == nil {
		return d, plausibleYear(d.Year())
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return claim.DateOf(t), plausibleYear(t.Year())
		}
	}
	return "", false
}

func plausibleYear(y int) bool { return y >= 1990 && y <= 2100 }

var urlDateRE = lazyRE(`/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?:[/-]|$)`)

// dateFromURL reads /2021/07/19/ or /2021-07-19- or /2021/07/ from a URL path.
func dateFromURL(u string) (claim.Date, string) {
	pu, err := url.Parse(u)
	if err != nil {
		return "", ""
	}
	m := urlDateRE().FindStringSubmatch(pu.Path)
	if m == nil {
		return "", ""
	}
	d := claim.Date(m[1] + "-" + m[2])
	if m[3] != "" {
		d = claim.Date(m[1] + "-" + m[2] + "-" + m[3])
	}
	if !d.Valid() {
		return "", ""
	}
	return d, strings.Trim(m[0], "/-")
}
