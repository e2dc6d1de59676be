package fetcher

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/claimwire/claimwire/claim"
)

// Validate checks a source built in code (sources files are checked, with
// line numbers, by ParseSources).
func (s Source) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("fetcher: source %q: "+format, append([]any{s.Name}, a...)...))
	}
	if !validName(s.Name) {
		bad("name: use letters, digits, '.', '_' and '-' only")
	}
	if !validKind(s.Kind) {
		bad("kind: unknown kind %q (want %s)", s.Kind, strings.Join(Kinds, ", "))
	}
	if s.Kind == KindDir {
		if s.Path == "" {
			bad("path: missing")
		}
	} else if msg := checkURL(s.URL); msg != "" {
		bad("url %q: %s", s.URL, msg)
	}
	if s.Rate < 0 || s.Burst < 0 || s.Interval < 0 || s.MaxItems < 0 {
		bad("rate, burst, interval and max_items must not be negative")
	}
	return errors.Join(errs...)
}

// State keys. NATS KV keys allow [-/_=.A-Za-z0-9]: URLs are hashed.
func keyFor(kind, s string) string {
	sum := sha256.Sum256([]byte(s))
	return kind + "." + hex.EncodeToString(sum[:16])
}

func validatorsKey(u string) string { return keyFor("cg", u) }
func seenURLKey(u string) string    { return keyFor("seen.u", normalizeURL(u)) }
func seenHashKey(h string) string {
	if len(h) > 32 {
		h = h[:32]
	}
	return "seen.h." + h
}

// normalizeURL drops the fragment and lower-cases scheme and host, so that
// trivially different spellings of a link count as the same article.
func normalizeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	u.Fragment, u.RawFragment = "", ""
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	return u.String()
}

type validators struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	At           time.Time `json:"at"`
}

type seenRecord struct {
	URL    string    `json:"url"`
	Source string    `json:"source"`
	At     time.Time `json:"at"`
}

// crawlRun is the state of one Crawl call.
type crawlRun struct {
	f        *Fetcher
	src      Source
	emit     func(context.Context, claim.Article) error
	log      *slog.Logger
	stats    Stats
	budget   *retryBudget
	deferred bool // a failure worth retrying happened: keep the feed's validators unsaved
}

func (f *Fetcher) crawl(ctx context.Context, src Source, emit func(context.Context, claim.Article) error) (Stats, error) {
	if err := src.Validate(); err != nil {
		st := Stats{Failed: 1}
		st.reason("invalid-source")
		return st, err
	}
	if emit == nil {
		emit = func(context.Context, claim.Article) error { return nil }
	}
	r := &crawlRun{f: f, src: src, emit: emit, log: f.log.With("source", src.Name),
		budget: &retryBudget{left: f.cfg.RetryBudget}}
	start := f.cfg.Now()
	r.log.Info("crawl started", "kind", src.Kind, "url", src.URL+src.Path)
	var err error
	switch src.Kind {
	case KindPage:
		err = r.article(ctx, src.URL, itemHint{}, true)
	case KindSitemap:
		err = r.crawlSitemap(ctx)
	case KindDir:
		err = r.crawlDir(ctx)
	default:
		err = r.crawlFeed(ctx)
	}
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	lvl := slog.LevelInfo
	if err != nil && ctx.Err() == nil {
		lvl = slog.LevelWarn
	}
	r.log.Log(ctx, lvl, "crawl finished", "items", r.stats.Items, "new", r.stats.New, "unchanged", r.stats.Unchanged,
		"skipped", r.stats.Skipped, "failed", r.stats.Failed, "reasons", r.stats.Reasons, "duration", f.cfg.Now().Sub(start).Round(time.Millisecond), "err", err)
	if p := f.progress; p != nil {
		p.sourceDone(err != nil && ctx.Err() == nil)
	}
	return r.stats, err
}

// item counts one feed item, sitemap URL or file, mirrored into the live
// Progress.
func (r *crawlRun) item() {
	r.stats.Items++
	if p := r.f.progress; p != nil {
		p.item()
	}
}

// outcome counters, mirrored into the live Progress.
func (r *crawlRun) count(kind, reason string) {
	switch kind {
	case "new":
		r.stats.New++
	case "unchanged":
		r.stats.Unchanged++
	case "skipped":
		r.stats.Skipped++
	case "failed":
		r.stats.Failed++
	}
	if reason != "" {
		r.stats.reason(reason)
	}
	if p := r.f.progress; p != nil {
		p.count(kind)
	}
}

// warnRepaired warns that a page's invalid UTF-8 bytes will be replaced by
// U+FFFD, naming the page and the first bad byte's offset in the body.
func (r *crawlRun) warnRepaired(link string, body []byte, contentType string) {
	if rep := DecodeReport(body, contentType); rep.Invalid > 0 {
		r.log.Warn("invalid UTF-8 replaced by U+FFFD", "url", link, "invalid_bytes", rep.Invalid, "first_offset", rep.FirstInvalid)
	}
}

// itemFailed logs and counts an item's error. Robots refusals and pages
// without an article are skips, not failures; retryable errors defer the
// feed's validators so the item is tried again next crawl.
func (r *crawlRun) itemFailed(link string, err error) {
	reason := Reason(err)
	switch {
	case errors.Is(err, ErrNoArticle), errors.Is(err, ErrRobotsDisallowed) && errors.Is(err, ErrPermanent):
		r.count("skipped", reason)
		r.log.Info("item skipped", "url", link, "reason", reason, "err", err)
		return
	}
	if errors.Is(err, ErrRetryable) {
		r.deferred = true
	}
	r.count("failed", reason)
	r.log.Warn("item failed", "url", link, "reason", reason, "err", err)
}

type failRecord struct {
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

func failKey(u string) string { return keyFor("fail.u", normalizeURL(u)) }

// rememberFailure records a permanent failure (404, 410, binary, no
// article, refused address…) so the link is not fetched again on every
// crawl while it stays in the feed; it is tried again after FailureTTL.
// robots.txt refusals need no record: the cached robots.txt answers them
// without a request.
func (r *crawlRun) rememberFailure(ctx context.Context, link string, err error) {
	if !errors.Is(err, ErrPermanent) || errors.Is(err, ErrRobotsDisallowed) || r.f.cfg.FailureTTL < 0 {
		return
	}
	b, _ := json.Marshal(failRecord{Reason: Reason(err), At: r.f.cfg.Now().UTC()})
	if perr := r.f.st.Put(ctx, failKey(link), b); perr != nil {
		r.log.Warn("recording failed article", "url", link, "err", perr)
	}
}

func (r *crawlRun) failedRecently(ctx context.Context, link string) bool {
	if r.f.cfg.FailureTTL < 0 {
		return false
	}
	raw, ok, err := r.f.st.Get(ctx, failKey(link))
	if err != nil || !ok {
		return false
	}
	var fr failRecord
	if json.Unmarshal(raw, &fr) != nil {
		return false
	}
	if r.f.cfg.Now().Sub(fr.At) < r.f.cfg.FailureTTL {
		r.log.Debug("item skipped: failed recently", "url", link, "reason", fr.Reason, "at", fr.At)
		return true
	}
	return false
}

// sourceFailed counts a source-level failure in Stats; the live Progress
// shows it as a failed source, not as a failed article.
func (r *crawlRun) sourceFailed(err error) error {
	r.stats.Failed++
	r.stats.reason(Reason(err))
	return err
}

func (r *crawlRun) opts(accept string) *reqOpts {
	return &reqOpts{source: r.src.Name, rate: r.src.Rate, burst: r.src.Burst, accept: accept}
}

const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
	acceptHTML = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"
)

// getConditional fetches u with the validators remembered for it.
func (r *crawlRun) getConditional(ctx context.Context, u, accept string) (*response, error) {
	o := r.opts(accept)
	if v, ok := r.loadValidators(ctx, u); ok {
		o.etag, o.lastModified = v.ETag, v.LastModified
	}
	return r.f.client.get(ctx, r.budget, u, o)
}

func (r *crawlRun) loadValidators(ctx context.Context, u string) (validators, bool) {
	raw, ok, err := r.f.st.Get(ctx, validatorsKey(u))
	if err != nil {
		r.log.Warn("crawl state unavailable, fetching without conditional headers", "url", u, "err", err)
		return validators{}, false
	}
	var v validators
	if !ok || json.Unmarshal(raw, &v) != nil {
		return validators{}, false
	}
	return v, true
}

func (r *crawlRun) saveValidators(ctx context.Context, u string, resp *response) {
	if resp == nil || (resp.ETag == "" && resp.LastModified == "") {
		return
	}
	b, _ := json.Marshal(validators{ETag: resp.ETag, LastModified: resp.LastModified, At: r.f.cfg.Now().UTC()})
	if err := r.f.st.Put(ctx, validatorsKey(u), b); err != nil {
		r.log.Warn("saving conditional-get validators", "url", u, "err", err)
	}
}

func (r *crawlRun) crawlFeed(ctx context.Context) error {
	resp, err := r.getConditional(ctx, r.src.URL, acceptFeed)
	if err != nil {
		return r.sourceFailed(err)
	}
	if resp.NotModified {
		r.count("unchanged", "not-modified")
		r.log.Info("feed not modified", "url", r.src.URL)
		return nil
	}
	feedURL := resp.URL
	feed, err := ParseFeed(resp.Body, resp.ContentType)
	if err != nil && r.src.Kind == KindAuto && errors.Is(err, ErrNotFeed) {
		// auto: an HTML page may advertise its feed.
		base, _ := url.Parse(resp.URL)
		if alt := discoverFeed(resp.Body, base); alt != "" {
			r.log.Info("feed discovered", "page", resp.URL, "feed", alt)
			resp, err = r.f.client.get(ctx, r.budget, alt, r.opts(acceptFeed))
			if err != nil {
				return r.sourceFailed(err)
			}
			feedURL = resp.URL
			feed, err = ParseFeed(resp.Body, resp.ContentType)
		}
	}
	if err != nil {
		e := asError(err, r.src.Name, r.src.URL)
		if resp.URL != r.src.URL {
			e.Msg += " (after redirect to " + resp.URL + ")"
		}
		return r.sourceFailed(e)
	}
	if want := r.src.Kind; (want == KindRSS || want == KindAtom || want == KindJSONFeed) && !strings.EqualFold(feed.FeedType, want) && !(want == KindJSONFeed && feed.FeedType == "json") {
		r.log.Debug("feed kind differs from the sources file", "want", want, "got", feed.FeedType)
	}
	base, _ := url.Parse(feedURL)
	if feed.Link != "" {
		// Relative item links resolve against the site link when the feed gives one.
		if l, err := url.Parse(feed.Link); err == nil && l.IsAbs() {
			base = l
		} else if l != nil && base != nil {
			base = base.ResolveReference(l)
		}
	}
	items := feed.Items
	if len(items) == 0 {
		r.log.Info("empty feed", "url", feedURL)
	}
	if max := r.maxItems(); len(items) > max {
		items = items[:max]
	}
	feedLang := primaryLang(feed.Language)
	for _, it := range items {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.item()
		link := itemLink(it, base)
		if link == "" {
			r.count("skipped", "no-link")
			r.log.Info("item skipped", "title", it.Title, "reason", "no-link")
			continue
		}
		if !r.matches(it.Title+"\n"+it.Description+"\n"+it.Content, it.Categories, true) {
			r.count("skipped", "filtered")
			r.log.Debug("item filtered out", "url", link, "title", it.Title)
			continue
		}
		_ = r.article(ctx, link, hintFromItem(it, feedLang), false)
	}
	if !r.deferred && ctx.Err() == nil {
		r.saveValidators(ctx, r.src.URL, resp)
	} else if r.deferred {
		r.log.Info("feed validators not saved: some items must be retried next crawl", "url", r.src.URL)
	}
	return nil
}

func (r *crawlRun) maxItems() int {
	if r.src.MaxItems > 0 {
		return r.src.MaxItems
	}
	return r.f.cfg.MaxItems
}

// itemLink is the item's link resolved against base; a permalink GUID
// stands in for a missing link.
func itemLink(it *gofeed.Item, base *url.URL) string {
	cands := []string{it.Link}
	cands = append(cands, it.Links...)
	if strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://") {
		cands = append(cands, it.GUID)
	}
	for _, c := range cands {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if u := absURL(base, c); u != "" {
			return u
		}
	}
	return ""
}

// itemHint is what a feed item says about its article: used where the page
// itself is silent.
type itemHint struct {
	title        string
	published    claim.Date
	publishedRaw string
	lang         string
	authors      []string
	filtered     bool // the feed item already passed include/exclude/categories
}

func hintFromItem(it *gofeed.Item, feedLang string) itemHint {
	h := itemHint{title: cleanSpace(it.Title), lang: feedLang, filtered: true}
	if it.DublinCoreExt != nil && len(it.DublinCoreExt.Language) > 0 {
		if l := primaryLang(it.DublinCoreExt.Language[0]); l != "" {
			h.lang = l
		}
	}
	raw, parsed := it.Published, it.PublishedParsed
	if raw == "" {
		raw, parsed = it.Updated, it.UpdatedParsed
	}
	if raw != "" {
		h.publishedRaw = raw
		if d, ok := ParseDate(raw); ok {
			h.published = d // keeps the day in the feed's own offset
		} else if parsed != nil {
			h.published = claim.DateOf(*parsed)
		}
	}
	for _, p := range it.Authors {
		if p != nil && cleanSpace(p.Name) != "" {
			h.authors = appendUnique(h.authors, cleanSpace(p.Name))
		}
	}
	return h
}

var foldT = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold lower-cases and strips accents, so "rançongiciel" matches "RANCONGICIEL".
func fold(s string) string {
	out, _, err := transform.String(foldT, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// matches applies the source's include/exclude keywords (substrings, case
// and accent insensitive) and, for feed items, its categories.
func (r *crawlRun) matches(text string, categories []string, isItem bool) bool {
	if len(r.src.Include) == 0 && len(r.src.Exclude) == 0 && (len(r.src.Categories) == 0 || !isItem) {
		return true
	}
	t := fold(text)
	for _, x := range r.src.Exclude {
		if strings.Contains(t, fold(x)) {
			return false
		}
	}
	if isItem && len(r.src.Categories) > 0 {
		ok := false
		for _, want := range r.src.Categories {
			for _, c := range categories {
				if fold(strings.TrimSpace(c)) == fold(want) {
					ok = true
				}
			}
		}
		if !ok {
			return false
		}
	}
	if len(r.src.Include) == 0 {
		return true
	}
	for _, x := range r.src.Include {
		if strings.Contains(t, fold(x)) {
			return true
		}
	}
	return false
}

func (r *crawlRun) seen(ctx context.Context, key string) bool {
	_, ok, err := r.f.st.Get(ctx, key)
	if err != nil {
		r.log.Warn("crawl state unavailable", "key", key, "err", err)
		return false
	}
	return ok
}

func (r *crawlRun) markSeen(ctx context.Context, u string, keys ...string) {
	b, _ := json.Marshal(seenRecord{URL: u, Source: r.src.Name, At: r.f.cfg.Now().UTC()})
	for _, k := range keys {
		if err := r.f.st.Put(ctx, k, b); err != nil {
			// The article was emitted; a second emit later is deduplicated
			// downstream by claim id, so this only costs a re-fetch.
			r.log.Warn("recording seen article", "url", u, "key", k, "err", err)
		}
	}
}

// article fetches, extracts, de-duplicates and emits one article. page is
// true for kind page: the URL is re-fetched (conditionally) on every crawl
// and only an unchanged text counts as seen.
func (r *crawlRun) article(ctx context.Context, link string, hint itemHint, page bool) error {
	if !page && r.seen(ctx, seenURLKey(link)) {
		r.count("unchanged", "seen")
		return nil
	}
	if !page && r.failedRecently(ctx, link) {
		r.count("skipped", "failed-recently")
		return nil
	}
	// Two sources crawled at once may list the same link: one fetches it.
	key := normalizeURL(link)
	if _, busy := r.f.inflight.LoadOrStore(key, true); busy {
		// The other crawl may still fail to emit it: keep this feed's
		// validators unsaved so the item is looked at again next time.
		r.deferred = true
		r.count("unchanged", "in-flight")
		return nil
	}
	defer r.f.inflight.Delete(key)

	// Once started, an item finishes (fetch and emit) even if ctx is
	// cancelled, within ShutdownGrace: that is what "finish in-flight work
	// on SIGTERM" means.
	ictx, cancel := graceContext(ctx, r.f.cfg.ShutdownGrace)
	defer cancel()

	var resp *response
	var err error
	if page {
		resp, err = r.getConditional(ictx, link, acceptHTML)
	} else {
		resp, err = r.f.client.get(ictx, r.budget, link, r.opts(acceptHTML))
	}
	if err != nil {
		r.itemFailed(link, err)
		r.rememberFailure(ictx, link, err)
		return err
	}
	if resp.NotModified {
		r.count("unchanged", "not-modified")
		return nil
	}
	r.warnRepaired(link, resp.Body, resp.ContentType)
	a, markupLang, err := parsePage(resp.URL, resp.Body, resp.ContentType, r.f.cfg.Page)
	if err != nil {
		e := asError(err, r.src.Name, link)
		r.itemFailed(link, e)
		r.rememberFailure(ictx, link, e)
		return e
	}
	return r.finish(ictx, a, markupLang, hint, link, resp, page)
}

// finish merges feed hints, de-duplicates, emits and records the article.
func (r *crawlRun) finish(ctx context.Context, a claim.Article, markupLang bool, hint itemHint, link string, resp *response, page bool) error {
	a.Source = r.src.Name
	a.FetchedAt = r.f.cfg.Now().UTC()
	if a.Truncated {
		r.log.Warn("page over the html cap: cut at an element boundary, article marked truncated", "url", link, "max_html_bytes", r.f.cfg.Page.MaxHTMLBytes)
	}
	if a.Title == "" {
		a.Title = hint.title
	}
	if a.Published == "" && hint.published != "" {
		a.Published, a.PublishedRaw = hint.published, hint.publishedRaw
	}
	if len(a.Authors) == 0 {
		a.Authors = hint.authors
	}
	// Language: the feed's, then <html lang>, then the source's hint, then
	// the detector — except for page and dir sources, whose hint is a
	// default for the whole folder or site: there a confident detection of
	// the document's own text wins (a French file in a folder tagged en
	// stays French, so its claims are not lost).
	switch {
	case hint.lang != "":
		a.Lang = hint.lang
	case markupLang:
	case r.src.Lang == "":
	case r.src.Kind == KindDir || r.src.Kind == KindPage:
		if code, ok := confidentLang(a.Text); ok {
			a.Lang = code
		} else {
			a.Lang = r.src.Lang
		}
	default:
		a.Lang = r.src.Lang
	}
	if !hint.filtered && !r.matches(a.Title+"\n"+a.Text, nil, false) {
		r.count("skipped", "filtered")
		r.log.Debug("article filtered out", "url", link, "title", a.Title)
		return nil
	}
	keys := []string{seenURLKey(link)}
	if resp != nil && resp.URL != link {
		keys = append(keys, seenURLKey(resp.URL))
	}
	hashKey := seenHashKey(a.Hash)
	if a.CanonicalURL != "" && normalizeURL(a.CanonicalURL) != normalizeURL(link) {
		ck := seenURLKey(a.CanonicalURL)
		if !page && r.seen(ctx, ck) {
			r.count("unchanged", "duplicate")
			r.log.Debug("article already seen under its canonical url", "url", link, "canonical", a.CanonicalURL)
			r.markSeen(ctx, link, keys...)
			return nil
		}
		keys = append(keys, ck)
	}
	if r.seen(ctx, hashKey) {
		r.count("unchanged", "duplicate")
		r.log.Debug("article text already seen", "url", link)
		if page {
			r.saveValidators(ctx, link, resp)
		} else {
			r.markSeen(ctx, link, keys...)
		}
		return nil
	}
	if err := r.emit(ctx, a); err != nil {
		e := &Error{Source: r.src.Name, URL: link, Kind: ErrEmit, Retryable: true, Msg: "emit failed", Err: err}
		r.deferred = true
		r.count("failed", "emit")
		r.log.Error("emit failed: article not recorded, it will be fetched again", "url", link, "err", err)
		return e
	}
	if page {
		// A page source is re-fetched every crawl; only its text marks it seen.
		keys = nil
	}
	r.markSeen(ctx, link, append(keys, hashKey)...)
	if page {
		r.saveValidators(ctx, link, resp)
	}
	r.count("new", "")
	r.log.Info("article", "url", link, "title", a.Title, "lang", a.Lang, "published", a.Published, "chars", len(a.Text))
	return nil
}

func graceContext(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	ictx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(grace, cancel) })
	return ictx, func() { stop(); cancel() }
}

func (r *crawlRun) crawlSitemap(ctx context.Context) error {
	resp, err := r.getConditional(ctx, r.src.URL, "application/xml, text/xml;q=0.9, */*;q=0.5")
	if err != nil {
		return r.sourceFailed(err)
	}
	if resp.NotModified {
		r.count("unchanged", "not-modified")
		return nil
	}
	urls, children, err := parseSitemap(resp.Body)
	if err != nil {
		return r.sourceFailed(asError(err, r.src.Name, r.src.URL))
	}
	max := r.maxItems()
	// A sitemap index: read the newest child sitemaps until enough URLs.
	for i, c := range children {
		if len(urls) >= max || i >= 5 || ctx.Err() != nil {
			break
		}
		cu := absURL(mustParse(resp.URL), c.Loc)
		if cu == "" {
			continue
		}
		cresp, err := r.f.client.get(ctx, r.budget, cu, r.opts("application/xml"))
		if err != nil {
			r.itemFailed(cu, err)
			continue
		}
		more, _, err := parseSitemap(cresp.Body)
		if err != nil {
			r.itemFailed(cu, asError(err, r.src.Name, cu))
			continue
		}
		urls = append(urls, more...)
	}
	if len(urls) > max {
		urls = urls[:max]
	}
	base := mustParse(resp.URL)
	for _, e := range urls {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.item()
		link := absURL(base, e.Loc)
		if link == "" {
			r.count("skipped", "invalid-url")
			continue
		}
		_ = r.article(ctx, link, itemHint{}, false)
	}
	if !r.deferred && ctx.Err() == nil {
		r.saveValidators(ctx, r.src.URL, resp)
	}
	return nil
}

func mustParse(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		return &url.URL{}
	}
	return u
}

// crawlDir reads .html, .htm, .xhtml and .txt files under src.Path (sorted,
// recursively). Files are identified by their text hash, so an edited file
// is emitted again and an unchanged one is not.
func (r *crawlRun) crawlDir(ctx context.Context) error {
	var files []string
	err := filepath.WalkDir(r.src.Path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".html", ".htm", ".xhtml", ".txt":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return r.sourceFailed(&Error{Source: r.src.Name, URL: r.src.Path, Kind: ErrInvalidURL, Msg: "reading directory", Err: err})
	}
	sort.Strings(files)
	for _, p := range files {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.item()
		abs, _ := filepath.Abs(p)
		u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		fi, err := os.Stat(p)
		if err == nil && fi.Size() > r.f.cfg.MaxBodyBytes {
			r.itemFailed(u, &Error{Source: r.src.Name, URL: u, Kind: ErrTooLarge, Msg: fmt.Sprintf("file of %d bytes exceeds the %d-byte limit", fi.Size(), r.f.cfg.MaxBodyBytes)})
			continue
		}
		body, err := os.ReadFile(p)
		if err != nil {
			r.itemFailed(u, &Error{Source: r.src.Name, URL: u, Kind: ErrInvalidURL, Msg: "reading file", Err: err})
			continue
		}
		ct := "text/html"
		if strings.EqualFold(filepath.Ext(p), ".txt") {
			ct = "text/plain; charset=utf-8"
		}
		r.warnRepaired(u, body, ct)
		a, markupLang, err := parsePage(u, body, ct, r.f.cfg.Page)
		if err != nil {
			r.itemFailed(u, asError(err, r.src.Name, u))
			continue
		}
		_ = r.finish(ctx, a, markupLang, itemHint{}, u, nil, true)
	}
	return nil
}
