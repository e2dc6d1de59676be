package fetcher

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
)

// Config configures a Fetcher. The zero value plus a Contact URL is usable:
// New fills the defaults documented on each field.
type Config struct {
	// UserAgent is the product token; the Contact URL is appended:
	// "claimwire/0.1 (+https://example.org/contact)". Default "claimwire/0.1".
	UserAgent string
	// Contact is a URL or mail address where site owners can reach the
	// operator, sent in the User-Agent. Operators should set their own;
	// New falls back to DefaultContact (the project page) so that a crawl
	// never goes out without one.
	Contact string

	// AllowHosts are host names or IP addresses (optionally with a port) that
	// may resolve to loopback, private or link-local addresses: what
	// --allow-host and the sources file's allow_hosts give. Everything else
	// resolving to such an address is refused at dial time.
	AllowHosts []string
	// Resolver resolves names before the guard checks them. Default net.DefaultResolver.
	Resolver Resolver

	// Timeout caps one request from dial to the last byte of the body. Default 30s.
	Timeout time.Duration
	// MaxBodyBytes caps a response body. Default 10 MB.
	MaxBodyBytes int64
	// Page bounds the parsing of one HTML page: the HTML cap (default 2 MB,
	// over it the page is cut at an element boundary and the article marked
	// Truncated) and the main-text extraction deadline (default 15s).
	Page PageOptions
	// MaxRedirects caps the redirect chain of one request. Default 5.
	MaxRedirects int

	// MaxRetries is the number of retries of one URL on a retryable failure
	// (5xx, 429, timeouts). Default 3.
	MaxRetries int
	// RetryBudget caps the retries of one Crawl across all its URLs, so a
	// failing site does not keep the crawler busy. Default 20.
	RetryBudget int
	// BackoffBase and BackoffMax bound the exponential backoff with full
	// jitter. Defaults 1s and 60s.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// MaxRetryAfter caps the wait a Retry-After header may impose; a longer
	// wait fails the URL (retryable) instead of blocking. Default 2m.
	MaxRetryAfter time.Duration

	// Rate and Burst are the default per-host request rate (requests per
	// second) when a source sets none. Defaults 1 and 2.
	Rate  float64
	Burst int

	// IgnoreRobots switches off robots.txt (only for sites you own).
	IgnoreRobots bool
	// RobotsTTL is how long a robots.txt answer is cached per host. Default 1h.
	// A 5xx answer is cached for RobotsErrorTTL (default 10m) as disallow-all.
	RobotsTTL      time.Duration
	RobotsErrorTTL time.Duration

	// MaxItems caps the items taken from one feed or sitemap per crawl when
	// the source sets none. Default 200.
	MaxItems int

	// FailureTTL is how long an article link that failed permanently (404,
	// 410, binary, no article text…) is left alone before it is tried again.
	// Default 6h; negative disables the memory.
	FailureTTL time.Duration

	// ShutdownGrace is how long an article already being fetched may take to
	// finish (fetch and emit) after the crawl's context is cancelled. Default 30s.
	ShutdownGrace time.Duration

	// Sleep waits d or until ctx ends; tests inject a fast one. Default a timer.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock. Default time.Now.
	Now func() time.Time
}

// DefaultUserAgent is the product token sent when Config.UserAgent is empty.
const DefaultUserAgent = "claimwire/0.1"

// DefaultContact is sent when Config.Contact is empty.
const DefaultContact = "https://github.com/claimwire/claimwire"

func (c Config) withDefaults() Config {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if strings.TrimSpace(c.Contact) == "" {
		c.Contact = DefaultContact
	}
	if c.Resolver == nil {
		c.Resolver = net.DefaultResolver
	}
	if c.Timeout == 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 10 << 20
	}
	c.Page = c.Page.withDefaults()
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 3
	}
	if c.RetryBudget == 0 {
		c.RetryBudget = 20
	}
	if c.BackoffBase == 0 {
		c.BackoffBase = time.Second
	}
	if c.BackoffMax == 0 {
		c.BackoffMax = time.Minute
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = 2 * time.Minute
	}
	if c.Rate == 0 {
		c.Rate = 1
	}
	if c.Burst == 0 {
		c.Burst = 2
	}
	if c.RobotsTTL == 0 {
		c.RobotsTTL = time.Hour
	}
	if c.RobotsErrorTTL == 0 {
		c.RobotsErrorTTL = 10 * time.Minute
	}
	if c.MaxItems == 0 {
		c.MaxItems = 200
	}
	if c.FailureTTL == 0 {
		c.FailureTTL = 6 * time.Hour
	}
	if c.ShutdownGrace == 0 {
		c.ShutdownGrace = 30 * time.Second
	}
	if c.Sleep == nil {
		c.Sleep = sleepCtx
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Validate reports every problem of the configuration at once. Zero values
// are accepted (New fills defaults); negative values and a missing or
// malformed contact are not.
func (c Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf("fetcher: config: "+format, a...)) }
	if strings.TrimSpace(c.Contact) == "" {
		bad("contact: required (a URL or mail address site owners can reach, sent in the User-Agent)")
	} else if !validContact(c.Contact) {
		bad("contact: %q is not an http(s) URL or mail address", c.Contact)
	}
	if strings.ContainsAny(c.UserAgent, "\r\n") {
		bad("user agent: contains a line break")
	}
	for _, h := range c.AllowHosts {
		if strings.TrimSpace(h) == "" || strings.ContainsAny(h, "/ ") {
			bad("allow host %q: want a host name or IP address", h)
		}
	}
	for name, d := range map[string]time.Duration{"timeout": c.Timeout, "backoff base": c.BackoffBase,
		"backoff max": c.BackoffMax, "max retry-after": c.MaxRetryAfter, "robots ttl": c.RobotsTTL, "robots error ttl": c.RobotsErrorTTL} {
		if d < 0 {
			bad("%s: negative duration %v", name, d)
		}
	}
	if c.MaxBodyBytes < 0 {
		bad("max body bytes: negative")
	}
	if c.MaxRedirects < 0 || c.MaxRetries < 0 || c.RetryBudget < 0 || c.Burst < 0 || c.MaxItems < 0 {
		bad("max redirects, max retries, retry budget, burst and max items must not be negative")
	}
	if c.Rate < 0 {
		bad("rate: negative")
	}
	if err := c.Page.Validate(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func validContact(s string) bool {
	if strings.HasPrefix(s, "mailto:") || (strings.Contains(s, "@") && !strings.Contains(s, "/")) {
		return !strings.ContainsAny(s, " \r\n()")
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \r\n()")
}

// userAgent is the header value: product token and contact, as search
// engine crawlers do.
func (c *Config) userAgent() string {
	return fmt.Sprintf("%s (+%s)", c.UserAgent, c.Contact)
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
