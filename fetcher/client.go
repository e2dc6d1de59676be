package fetcher

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// ErrNetwork marks connection failures (refused, reset, DNS): retryable.
var ErrNetwork = errors.New("network error")

// client does the HTTP side: guarded dialing, robots.txt, per-host rate
// limits, retries with backoff, size, type and time caps.
type client struct {
	cfg   *Config
	log   *slog.Logger
	guard *guard
	hc    *http.Client
	agent string // robots.txt product token

	mu       sync.Mutex
	limiters map[string]*hostLimiter
	robots   map[string]*robotsEntry
}

type hostLimiter struct {
	lim        *rate.Limiter
	crawlDelay time.Duration
	pauseUntil time.Time // set by Retry-After: the whole host waits
}

type robotsEntry struct {
	mu      sync.Mutex
	data    *robotstxt.RobotsData
	expires time.Time
	failed  string // why the host is treated as disallowed, when it is
}

// reqOpts travel in the request context so that every hop of a redirect
// chain gets the same robots, rate and header treatment.
type reqOpts struct {
	source       string
	rate         float64
	burst        int
	etag         string
	lastModified string
	accept       string
	robotsFetch  bool // this is a robots.txt request: no robots check, truncate
}

type optsKey struct{}

// response is a fetched body, with content-encoding removed.
type response struct {
	URL          string // final URL after redirects
	Status       int
	Header       http.Header
	ContentType  string
	Body         []byte
	NotModified  bool
	ETag         string
	LastModified string
}

func newClient(cfg *Config, log *slog.Logger) *client {
	c := &client{
		cfg:      cfg,
		log:      log,
		guard:    newGuard(cfg.AllowHosts, cfg.Resolver, cfg.Timeout),
		limiters: map[string]*hostLimiter{},
		robots:   map[string]*robotsEntry{},
	}
	c.agent = strings.ToLower(strings.SplitN(strings.Fields(cfg.UserAgent + " x")[0], "/", 2)[0])
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would make the guard check the proxy, not the target
		DialContext:           c.guard.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       60 * time.Second,
		DisableCompression:    true, // we ask for gzip and deflate ourselves and cap the decoded size
	}
	c.hc = &http.Client{
		Transport: &politeTransport{c: c, base: tr},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > cfg.MaxRedirects {
				return &Error{Kind: ErrTooManyRedirects, Msg: fmt.Sprintf("more than %d redirects (last to %s)", cfg.MaxRedirects, req.URL)}
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return &Error{Kind: ErrInvalidURL, Msg: "redirect to non-http url " + req.URL.String()}
			}
			return nil
		},
	}
	return c
}

type politeTransport struct {
	c    *client
	base http.RoundTripper
}

// RoundTrip runs for every hop. The first hop was prepared (robots.txt,
// rate limit) by once before the request's timeout started; redirect hops
// (req.Response set) are prepared here, for the host actually contacted.
func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	opts, _ := ctx.Value(optsKey{}).(*reqOpts)
	if opts == nil {
		opts = &reqOpts{}
	}
	if req.Response != nil {
		if err := t.c.prepare(ctx, req.URL, opts); err != nil {
			return nil, err
		}
	}
	req = req.Clone(ctx) // a RoundTripper must not modify its request
	req.Header.Set("User-Agent", t.c.cfg.userAgent())
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	return t.base.RoundTrip(req)
}

// prepare applies robots.txt and waits for the host's rate limiter.
func (c *client) prepare(ctx context.Context, u *url.URL, o *reqOpts) error {
	if !o.robotsFetch && !c.cfg.IgnoreRobots {
		if err := c.robotsAllowed(ctx, u, o); err != nil {
			return err
		}
	}
	return c.wait(ctx, u, o)
}

func hostKey(u *url.URL) string { return strings.ToLower(u.Scheme + "://" + u.Host) }

// wait blocks for the host's rate limiter and any Retry-After pause. The
// slowest rate asked for a host wins, and Crawl-delay lowers it further.
func (c *client) wait(ctx context.Context, u *url.URL, o *reqOpts) error {
	r, b := o.rate, o.burst
	if r <= 0 {
		r = c.cfg.Rate
	}
	if b <= 0 {
		b = c.cfg.Burst
	}
	c.mu.Lock()
	hl, fresh := c.limiter(u, r, b)
	if !fresh && rate.Limit(r) < hl.lim.Limit() {
		hl.lim.SetLimit(rate.Limit(r))
	}
	pause := hl.pauseUntil.Sub(c.cfg.Now())
	c.mu.Unlock()
	if pause > 0 {
		if err := c.cfg.Sleep(ctx, pause); err != nil {
			return err
		}
	}
	return hl.lim.Wait(ctx)
}

// limiter returns u's host limiter, created at rate r and burst b (fresh)
// when the host has none yet. c.mu must be held.
func (c *client) limiter(u *url.URL, r float64, b int) (hl *hostLimiter, fresh bool) {
	key := hostKey(u)
	if hl = c.limiters[key]; hl == nil {
		hl, fresh = &hostLimiter{lim: rate.NewLimiter(rate.Limit(r), b)}, true
		c.limiters[key] = hl
	}
	return hl, fresh
}

func (c *client) pauseHost(u string, d time.Duration) {
	pu, err := url.Parse(u)
	if err != nil || d <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if hl := c.limiters[hostKey(pu)]; hl != nil {
		if t := c.cfg.Now().Add(d); t.After(hl.pauseUntil) {
			hl.pauseUntil = t
		}
	}
}

func (c *client) setCrawlDelay(u *url.URL, d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	hl, _ := c.limiter(u, c.cfg.Rate, c.cfg.Burst)
	hl.crawlDelay = d
	if l := rate.Every(d); l < hl.lim.Limit() {
		hl.lim.SetLimit(l)
	}
	hl.lim.SetBurst(1)
}

// robotsAllowed fetches (once per host and TTL) and applies robots.txt.
// Convention (Google's): 2xx parsed; 4xx means no robots.txt, allow all;
// 5xx, 429 or an unreachable server mean disallow all, cached for
// RobotsErrorTTL, after which it is asked again.
func (c *client) robotsAllowed(ctx context.Context, u *url.URL, o *reqOpts) error {
	key := hostKey(u)
	c.mu.Lock()
	e := c.robots[key]
	if e == nil {
		e = &robotsEntry{}
		c.robots[key] = e
	}
	c.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	now := c.cfg.Now()
	if e.expires.IsZero() || now.After(e.expires) {
		robotsURL := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
		ro := &reqOpts{source: o.source, rate: o.rate, burst: o.burst, robotsFetch: true, accept: "text/plain"}
		resp, err := c.once(ctx, robotsURL.String(), ro)
		e.data, e.failed = nil, ""
		var fe *Error
		switch {
		case err != nil && (ctx.Err() != nil || errors.Is(err, ErrAddressRefused)):
			// Not an answer about robots: the host itself is refused (or we
			// are stopping). Report that, and ask again next time.
			e.expires = time.Time{}
			return err
		case err != nil && errors.As(err, &fe) && fe.Status != 0:
			if fe.Status == http.StatusTooManyRequests || fe.Status >= 500 {
				e.failed = fmt.Sprintf("robots.txt answered http %d", fe.Status)
			} else {
				e.data = allowAll() // 4xx: no robots.txt
			}
		case err != nil && (errors.Is(err, ErrTooManyRedirects) || errors.Is(err, ErrBinaryContent)):
			e.data = allowAll() // as for a missing file
		case err != nil:
			e.failed = "robots.txt unreachable: " + errMsg(err)
		default:
			data, perr := robotstxt.FromBytes(resp.Body)
			if perr != nil {
				c.log.Warn("robots.txt unparsable, allowing all", "url", robotsURL.String(), "err", perr)
				data = allowAll()
			}
			e.data = data
		}
		if e.failed != "" {
			e.expires = now.Add(c.cfg.RobotsErrorTTL)
			c.log.Warn("robots.txt failed: host treated as disallowed", "host", u.Host, "reason", e.failed, "until", e.expires)
		} else {
			e.expires = now.Add(c.cfg.RobotsTTL)
			if g := e.data.FindGroup(c.agent); g != nil {
				c.setCrawlDelay(u, g.CrawlDelay)
			}
		}
	}
	if e.failed != "" {
		return &Error{Kind: ErrRobotsDisallowed, Retryable: true, URL: u.String(),
			Msg: e.failed + ": host treated as disallowed until " + e.expires.UTC().Format(time.RFC3339) + " (Google's convention)"}
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !e.data.TestAgent(path, c.agent) {
		return &Error{Kind: ErrRobotsDisallowed, URL: u.String(), Msg: fmt.Sprintf("disallowed by robots.txt for user-agent %q", c.agent)}
	}
	return nil
}

func allowAll() *robotstxt.RobotsData {
	d, _ := robotstxt.FromStatusAndBytes(404, nil)
	return d
}

// errMsg is err's message without the "fetcher: source: url:" prefix but
// with its cause: "request failed" alone hid a refused connection.
func errMsg(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Err != nil {
			var inner *Error
			if errors.As(e.Err, &inner) {
				return e.Msg + ": " + inner.Msg
			}
			return e.Msg + ": " + e.Err.Error()
		}
		return e.Msg
	}
	return err.Error()
}

// get fetches rawURL with retries on retryable failures: Retry-After when
// the server gives one, else exponential backoff with jitter; each
// retry takes one unit of the crawl's budget.
func (c *client) get(ctx context.Context, budget *retryBudget, rawURL string, o *reqOpts) (*response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := c.once(ctx, rawURL, o)
		if err == nil {
			return resp, nil
		}
		e := asError(err, o.source, rawURL)
		if !e.Retryable || ctx.Err() != nil || attempt >= c.cfg.MaxRetries || errors.Is(e, ErrRobotsDisallowed) {
			return nil, e
		}
		wait := e.RetryAfter
		if wait == 0 {
			wait = c.backoff(attempt)
		}
		if wait > c.cfg.MaxRetryAfter {
			e.Msg += fmt.Sprintf(" (retry-after %v exceeds the %v cap: given up for this crawl)", wait, c.cfg.MaxRetryAfter)
			return nil, e
		}
		if !budget.take() {
			return nil, &Error{Source: o.source, URL: rawURL, Kind: ErrRetryBudget, Retryable: true, Msg: "retry budget of the crawl exhausted", Err: e}
		}
		c.log.Info("retrying", "source", o.source, "url", rawURL, "attempt", attempt+1, "wait", wait, "err", e.Msg)
		if e.RetryAfter > 0 {
			c.pauseHost(rawURL, wait)
		}
		if err := c.cfg.Sleep(ctx, wait); err != nil {
			return nil, asError(err, o.source, rawURL)
		}
	}
}

func (c *client) backoff(attempt int) time.Duration {
	d := c.cfg.BackoffBase << attempt
	if d > c.cfg.BackoffMax || d <= 0 {
		d = c.cfg.BackoffMax
	}
	// Equal jitter: at least half the backoff, the rest random, so retries of
	// many fetchers spread out without ever retrying at once.
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

type retryBudget struct {
	mu   sync.Mutex
	left int
}

func (b *retryBudget) take() bool {
	if b == nil {
		return true
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.left <= 0 {
		return false
	}
	b.left--
	return true
}

// asError makes sure err is an *Error carrying source and URL.
func asError(err error, source, rawURL string) *Error {
	var e *Error
	if errors.As(err, &e) {
		cp := *e
		if cp.Source == "" {
			cp.Source = source
		}
		if cp.URL == "" {
			cp.URL = rawURL
		}
		return &cp
	}
	switch {
	case errors.Is(err, context.Canceled):
		return &Error{Source: source, URL: rawURL, Retryable: true, Msg: "canceled", Err: err}
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return &Error{Source: source, URL: rawURL, Kind: ErrTimeout, Retryable: true, Msg: "timed out", Err: err}
	}
	return &Error{Source: source, URL: rawURL, Kind: ErrNetwork, Retryable: true, Msg: "request failed", Err: err}
}

// once does a single request (following redirects) within cfg.Timeout.
func (c *client) once(ctx context.Context, rawURL string, o *reqOpts) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &Error{Source: o.source, URL: rawURL, Kind: ErrInvalidURL, Msg: "not an absolute http(s) url"}
	}
	parent := ctx
	// Robots and the rate limit first: waiting our turn is not the server
	// being slow, so it does not eat into the request's timeout.
	if err := c.prepare(ctx, u, o); err != nil {
		return nil, c.classify(parent, err, o, rawURL)
	}
	ctx, cancel := context.WithTimeout(context.WithValue(ctx, optsKey{}, o), c.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{Source: o.source, URL: rawURL, Kind: ErrInvalidURL, Msg: "bad request", Err: err}
	}
	if o.accept != "" {
		req.Header.Set("Accept", o.accept)
	}
	if o.etag != "" {
		req.Header.Set("If-None-Match", o.etag)
	}
	if o.lastModified != "" {
		req.Header.Set("If-Modified-Since", o.lastModified)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, c.classify(parent, err, o, rawURL)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	out := &response{URL: final, Status: resp.StatusCode, Header: resp.Header,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	fail := func(e *Error) (*response, error) {
		e.Source, e.URL, e.Status = o.source, rawURL, resp.StatusCode
		if final != rawURL {
			e.Msg += " (after redirect to " + final + ")"
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
		return nil, e
	}
	switch code := resp.StatusCode; {
	case code == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case code >= 200 && code < 300:
	case code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable:
		return fail(&Error{Kind: ErrHTTPStatus, Retryable: true, RetryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), c.cfg.Now()), Msg: statusMsg(code)})
	case code >= 500 || code == http.StatusRequestTimeout:
		return fail(&Error{Kind: ErrHTTPStatus, Retryable: true, Msg: statusMsg(code)})
	default:
		return fail(&Error{Kind: ErrHTTPStatus, Msg: statusMsg(code)})
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	if ct != "" && !textualType(mt) {
		return fail(&Error{Kind: ErrBinaryContent, Msg: fmt.Sprintf("binary content type %q refused", mt)})
	}
	limit := c.cfg.MaxBodyBytes
	if o.robotsFetch {
		limit = 500 << 10 // Google reads the first 500 KiB of robots.txt
	}
	if !o.robotsFetch && resp.ContentLength > limit {
		return fail(&Error{Kind: ErrTooLarge, Msg: fmt.Sprintf("content-length %d exceeds the %d-byte limit", resp.ContentLength, limit)})
	}
	body, err := readBody(resp, limit, o.robotsFetch)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			e = c.classify(parent, err, o, rawURL)
			e.Msg = "reading body: " + e.Msg
		}
		return fail(e)
	}
	if ct == "" {
		// No type given: sniff it, so a nameless PDF is refused like a named one.
		ct = http.DetectContentType(body)
		if mt, _, _ := mime.ParseMediaType(ct); !textualType(mt) {
			return fail(&Error{Kind: ErrBinaryContent, Msg: fmt.Sprintf("binary content (sniffed %q) refused", mt)})
		}
	}
	out.ContentType = ct
	out.Body = body
	return out, nil
}

func (c *client) classify(parent context.Context, err error, o *reqOpts, rawURL string) *Error {
	// Only net/http's url.Error names a redirect hop; an inner Error's URL
	// may instead be the robots.txt fetched before the request.
	var ue *url.Error
	redirect := ""
	if errors.As(err, &ue) && ue.URL != "" && ue.URL != rawURL {
		redirect = ue.URL
	}
	var e *Error
	if errors.As(err, &e) {
		cp := *e
		if cp.Source == "" {
			cp.Source = o.source
		}
		switch {
		case redirect != "":
			cp.Msg += " (at redirect to " + redirect + ")"
		case cp.URL != "" && cp.URL != rawURL:
			cp.Msg += " (fetching " + cp.URL + ")"
		}
		cp.URL = rawURL
		return &cp
	}
	if parent.Err() != nil {
		return &Error{Source: o.source, URL: rawURL, Retryable: true, Msg: "canceled", Err: parent.Err()}
	}
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return &Error{Source: o.source, URL: rawURL, Kind: ErrTimeout, Retryable: true, Msg: fmt.Sprintf("timed out after %v", c.cfg.Timeout)}
	}
	if ue != nil {
		err = ue.Err
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		at := rawURL
		if redirect != "" {
			at = redirect
		}
		msg := "connection refused by " + hostPort(at) + " (nothing listening there?)"
		if redirect != "" {
			msg += " (at redirect to " + redirect + ")"
		}
		// The syscall error would only repeat the message.
		return &Error{Source: o.source, URL: rawURL, Kind: ErrNetwork, Retryable: true, Msg: msg}
	}
	return &Error{Source: o.source, URL: rawURL, Kind: ErrNetwork, Retryable: true, Msg: "request failed", Err: err}
}

// hostPort names the host:port a URL dials, default port included.
func hostPort(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return rawURL
	}
	if u.Port() != "" {
		return u.Host
	}
	port := "80"
	if u.Scheme == "https" {
		port = "443"
	}
	return net.JoinHostPort(u.Hostname(), port)
}

func statusMsg(code int) string {
	t := strings.ToLower(http.StatusText(code))
	if t == "" {
		t = "unknown status"
	}
	return fmt.Sprintf("http %d %s", code, t)
}

// parseRetryAfter accepts delta-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// textualType reports whether a media type can hold a feed or an article.
func textualType(mt string) bool {
	switch {
	case mt == "":
		return true
	case strings.HasPrefix(mt, "text/"):
		return true
	case mt == "application/xml", mt == "application/json", mt == "application/xhtml+xml",
		strings.HasSuffix(mt, "+xml"), strings.HasSuffix(mt, "+json"):
		return true
	}
	return false
}

// readBody decodes gzip/deflate and reads at most limit decoded bytes: the
// cap applies after decompression so a small bomb cannot blow up memory.
func readBody(resp *http.Response, limit int64, truncate bool) ([]byte, error) {
	var r io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, &Error{Kind: ErrNetwork, Msg: "bad gzip body", Err: err}
		}
		defer zr.Close()
		r = zr
	case "deflate":
		// RFC 9110 deflate is zlib-wrapped; some servers send raw deflate.
		br := bufio.NewReader(resp.Body)
		if h, err := br.Peek(2); err == nil && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, &Error{Kind: ErrNetwork, Msg: "bad deflate body", Err: err}
			}
			defer zr.Close()
			r = zr
		} else {
			r = flate.NewReader(br)
		}
	default:
		return nil, &Error{Kind: ErrBinaryContent, Msg: fmt.Sprintf("unsupported content-encoding %q", enc)}
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		if truncate {
			return body[:limit], nil
		}
		return nil, &Error{Kind: ErrTooLarge, Msg: fmt.Sprintf("body exceeds the %d-byte limit", limit)}
	}
	return body, nil
}
