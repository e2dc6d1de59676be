package web

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
)

// DefaultAddr is where the review page listens unless told otherwise:
// loopback only, so a fresh install exposes nothing to the network.
const DefaultAddr = "127.0.0.1:8080"

// ErrConfig is wrapped by every Config.Validate error.
var ErrConfig = errors.New("web: invalid config")

// Config configures the review server.
//
// Security model: reading is open on a loopback bind; writing (decisions)
// needs credentials — a bearer token (Token) or basic-auth user and password
// (User, Password). With neither configured the page is read-only and says
// so. Binding anything but loopback requires credentials, and then reading
// needs them too (RequireAuth is forced on). Every request must name this
// server in its Host header (loopback names, PublicURL's host, AllowHosts),
// which defeats DNS rebinding. Decisions are recorded under the
// authenticated identity: the token's name (Reviewer) or the user.
type Config struct {
	Addr     string // listen address, default 127.0.0.1:8080
	Token    string // bearer token; also accepted by the login form
	User     string // basic-auth / login-form user
	Password string
	// Reviewer names whoever holds Token: decisions made with the token
	// are recorded under it (default "analyst"). Clients cannot choose it.
	Reviewer string
	// Tokens are further bearer tokens, one per analyst: decisions made
	// with one are recorded under its name (see ParseTokens).
	Tokens []NamedToken
	// RequireAuth requires credentials for every route but /healthz and
	// the login page (reads, exports, the API, /metrics). Forced on when
	// Addr is not loopback.
	RequireAuth bool
	// PublicURL is the address users reach the page at through a reverse
	// proxy (https://review.example.org/); its host is accepted in the
	// Host header.
	PublicURL string
	// AllowHosts are further names (optionally name:port) accepted in the
	// Host header besides loopback names and PublicURL's host.
	AllowHosts []string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For is
	// believed when rate-limiting logins per client; empty: the TCP peer
	// is the client.
	TrustedProxies []netip.Prefix
	// SecureCookies marks cookies Secure (serve behind TLS).
	SecureCookies bool
	// SessionKey signs CSRF tokens; random per process when empty.
	// Sessions themselves are server-side (guard.go) and end on restart.
	SessionKey []byte
	// PageSize is the number of claims per list page (default 50).
	PageSize int
	// Metrics, when set, gets the review counters
	// (claimwire_review_decisions_total) and is served on GET /metrics.
	Metrics *prometheus.Registry
}

// minSecret is the shortest token or password accepted.
const minSecret = 8

// Validate checks c without changing it.
func (c *Config) Validate() error {
	addr := c.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%w: addr %q: %v", ErrConfig, addr, err)
	}
	if port == "" {
		return fmt.Errorf("%w: addr %q: no port", ErrConfig, addr)
	}
	if (c.User == "") != (c.Password == "") {
		return fmt.Errorf("%w: user and password go together", ErrConfig)
	}
	if c.Token != "" && len(c.Token) < minSecret {
		return fmt.Errorf("%w: token shorter than %d characters", ErrConfig, minSecret)
	}
	if c.Password != "" && len(c.Password) < minSecret {
		return fmt.Errorf("%w: password shorter than %d characters", ErrConfig, minSecret)
	}
	if strings.ContainsAny(c.User, ":\r\n") {
		return fmt.Errorf("%w: user must not contain ':' or line breaks", ErrConfig)
	}
	if !IsLoopback(host) && !c.HasCredentials() {
		return fmt.Errorf("%w: refusing to listen on %s without credentials: set a token (--token) or a user and password, or bind 127.0.0.1", ErrConfig, addr)
	}
	if c.PageSize < 0 || c.PageSize > 500 {
		return fmt.Errorf("%w: page size %d not in 1..500", ErrConfig, c.PageSize)
	}
	seenName, seenTok := map[string]bool{}, map[string]bool{c.Token: c.Token != ""}
	for i, t := range c.Tokens {
		if t.Name == "" || len(t.Name) > 64 || strings.ContainsFunc(t.Name, unicode.IsControl) || t.Name != strings.TrimSpace(t.Name) {
			return fmt.Errorf("%w: token %d: name %q: want 1 to 64 printable characters", ErrConfig, i+1, t.Name)
		}
		if len(t.Token) < minSecret {
			return fmt.Errorf("%w: token of %q shorter than %d characters", ErrConfig, t.Name, minSecret)
		}
		if seenName[t.Name] || seenTok[t.Token] {
			return fmt.Errorf("%w: token of %q: name or token used twice", ErrConfig, t.Name)
		}
		seenName[t.Name], seenTok[t.Token] = true, true
	}
	if c.RequireAuth && !c.HasCredentials() {
		return fmt.Errorf("%w: auth required but no credentials: set a token (--token) or a user and password", ErrConfig)
	}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
			return fmt.Errorf("%w: public url %q: want http(s)://HOST[:PORT]/", ErrConfig, c.PublicURL)
		}
	}
	for _, h := range c.AllowHosts {
		if _, ok := hostOnly(h); !ok {
			return fmt.Errorf("%w: allowed host %q: want a name or address, optionally with :port", ErrConfig, h)
		}
	}
	if len(c.SessionKey) > 0 && len(c.SessionKey) < 32 {
		return fmt.Errorf("%w: session key shorter than 32 bytes", ErrConfig)
	}
	return nil
}

// HasCredentials reports whether writes can be authorised at all.
func (c *Config) HasCredentials() bool { return c.Token != "" || c.User != "" || len(c.Tokens) > 0 }

// NamedToken is a bearer token and the name of the analyst holding it.
type NamedToken struct {
	Name  string
	Token string
}

// ParseTokens reads a token file: one "NAME TOKEN" per line (the name may
// contain spaces; the token is the last field), blank lines and lines
// starting with # ignored. Errors name the file and line.
func ParseTokens(r io.Reader, file string) ([]NamedToken, error) {
	var out []NamedToken
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexAny(line, " \t")
		if i < 0 {
			return nil, fmt.Errorf("%w: %s:%d: want NAME TOKEN", ErrConfig, file, n)
		}
		t := NamedToken{Name: strings.TrimSpace(line[:i]), Token: line[i+1:]}
		if t.Name == "" || !utf8.ValidString(t.Name) {
			return nil, fmt.Errorf("%w: %s:%d: want NAME TOKEN", ErrConfig, file, n)
		}
		if len(t.Token) < minSecret {
			return nil, fmt.Errorf("%w: %s:%d: token of %q shorter than %d characters", ErrConfig, file, n, t.Name, minSecret)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrConfig, file, err)
	}
	return out, nil
}

// IsLoopback reports whether host (a name or address) is loopback only.
// An empty host or 0.0.0.0 means every interface, which is not.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	a, err := netip.ParseAddr(strings.Trim(host, "[]"))
	return err == nil && a.IsLoopback()
}
