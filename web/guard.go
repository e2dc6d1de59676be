package web

// Request guards that do not depend on a route: the Host check against DNS
// rebinding, server-side sessions, and per-client login rate limits.

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// ---- Host check ----

// hostOnly returns the lower-case host of a Host header value or a
// configured name, without port, brackets or trailing dot. ok is false for
// anything that is not a plain name or address.
func hostOnly(h string) (string, bool) {
	h = strings.ToLower(strings.TrimSpace(h))
	if h == "" {
		return "", false
	}
	if host, port, err := net.SplitHostPort(h); err == nil {
		if port == "" || strings.Trim(port, "0123456789") != "" {
			return "", false
		}
		h = host
	} else if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		h = h[1 : len(h)-1]
	}
	h = strings.TrimSuffix(h, ".")
	if h == "" {
		return "", false
	}
	if a, err := netip.ParseAddr(h); err == nil {
		return a.Unmap().String(), true
	}
	for _, r := range h {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.' || r == '_') {
			return "", false
		}
	}
	return h, true
}

// allowedHosts is the set of Host header values (without port) this server
// answers: a page on another origin that rebinds its name to 127.0.0.1
// still sends its own name, and is refused.
func allowedHosts(cfg Config) map[string]bool {
	m := map[string]bool{}
	add := func(h string) {
		if n, ok := hostOnly(h); ok {
			m[n] = true
		}
	}
	if cfg.PublicURL != "" {
		if u, err := url.Parse(cfg.PublicURL); err == nil {
			add(u.Hostname())
		}
	}
	for _, h := range cfg.AllowHosts {
		add(h)
	}
	// The addresses the server listens on are accepted as IP literals: a
	// rebound name always arrives as a name, never as an address. A
	// wildcard bind listens on every interface address; a bind by name is
	// reached by that name.
	if host, _, err := net.SplitHostPort(cfg.Addr); err == nil {
		a, err := netip.ParseAddr(strings.Trim(host, "[]"))
		switch {
		case err == nil && !a.IsUnspecified():
			add(a.String())
		case host != "" && err != nil:
			add(host) // bound by name: users type that name
		default:
			if addrs, err := net.InterfaceAddrs(); err == nil {
				for _, ia := range addrs {
					if p, err := netip.ParsePrefix(ia.String()); err == nil {
						add(p.Addr().String())
					}
				}
			}
		}
	}
	return m
}

// hostAllowed reports whether the Host header value h names this server.
func (s *Server) hostAllowed(h string) bool {
	n, ok := hostOnly(h)
	if !ok {
		return false
	}
	if n == "localhost" || strings.HasSuffix(n, ".localhost") {
		return true // RFC 6761: always loopback, never resolved by DNS
	}
	if a, err := netip.ParseAddr(n); err == nil && a.IsLoopback() {
		return true
	}
	return s.hosts[n]
}

// checkHost refuses requests whose Host header names another server with
// 421 Misdirected Request. /healthz stays open so that probes addressing
// the container by any name keep working; it reveals nothing.
func (s *Server) checkHost(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" && !s.hostAllowed(r.Host) {
			s.log.Warn("request for another host refused", "host", r.Host, "remote", r.RemoteAddr, "path", r.URL.Path)
			http.Error(w, "421 misdirected request: this server does not answer to that host name; "+
				"start `claimwire serve` with --allow-host NAME or --public-url URL to accept it", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// ---- sessions ----

// session is one logged-in browser. Sessions live in the server's memory:
// logout deletes them at once, expiry still applies, and a restart logs
// everyone out (one serve process per store; see README).
type session struct {
	who
	expires time.Time
}

// maxSessions bounds the store: beyond it the session closest to expiry
// goes first.
const maxSessions = 10000

type sessionStore struct {
	mu  sync.Mutex
	m   map[string]session // key: sessionKey(cookie value)
	now func() time.Time
}

func newSessionStore() *sessionStore {
	return &sessionStore{m: map[string]session{}, now: time.Now}
}

// sessionKey hashes the cookie value so that the map never holds usable
// tokens and lookups do not depend on secret bytes.
func sessionKey(v string) string {
	sum := sha256.Sum256([]byte(v))
	return string(sum[:])
}

// create stores a new session for id and returns its cookie value.
func (st *sessionStore) create(id who, ttl time.Duration) string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	v := base64.RawURLEncoding.EncodeToString(b)
	st.mu.Lock()
	defer st.mu.Unlock()
	now := st.now()
	if len(st.m) >= maxSessions {
		var oldest string
		var oldestExp time.Time
		for k, ss := range st.m {
			if now.After(ss.expires) {
				delete(st.m, k)
				continue
			}
			if oldest == "" || ss.expires.Before(oldestExp) {
				oldest, oldestExp = k, ss.expires
			}
		}
		if len(st.m) >= maxSessions {
			delete(st.m, oldest)
		}
	}
	st.m[sessionKey(v)] = session{who: id, expires: now.Add(ttl)}
	return v
}

// get returns the live session of cookie value v.
func (st *sessionStore) get(v string) (who, bool) {
	st.mu.Lock()
	defer st.mu.Unlock()
	k := sessionKey(v)
	ss, ok := st.m[k]
	if !ok {
		return who{}, false
	}
	if st.now().After(ss.expires) {
		delete(st.m, k)
		return who{}, false
	}
	return ss.who, true
}

func (st *sessionStore) delete(v string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	delete(st.m, sessionKey(v))
}

func (st *sessionStore) len() int {
	st.mu.Lock()
	defer st.mu.Unlock()
	return len(st.m)
}

// ---- per-client rate limits ----

// Login attempts per client: a burst of 10, then one per second. One
// client guessing passwords slows only itself.
const (
	loginBurst = 10
	loginEvery = time.Second
	// maxClients bounds the limiter map; idle entries (full bucket) are
	// dropped first, then the least recently seen.
	maxClients = 10000
)

type limEntry struct {
	lim  *rate.Limiter
	seen time.Time
}

type clientLimiter struct {
	mu    sync.Mutex
	m     map[netip.Addr]*limEntry
	every rate.Limit
	burst int
	max   int
	now   func() time.Time
}

func newClientLimiter(every time.Duration, burst, max int) *clientLimiter {
	return &clientLimiter{m: map[netip.Addr]*limEntry{}, every: rate.Every(every), burst: burst, max: max, now: time.Now}
}

// allow takes one token from addr's bucket.
func (cl *clientLimiter) allow(addr netip.Addr) bool {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	now := cl.now()
	e, ok := cl.m[addr]
	if !ok {
		if len(cl.m) >= cl.max {
			cl.evict(now)
		}
		e = &limEntry{lim: rate.NewLimiter(cl.every, cl.burst)}
		cl.m[addr] = e
	}
	e.seen = now
	return e.lim.AllowN(now, 1)
}

// evict drops entries whose bucket has refilled (forgetting them changes
// nothing), and if none has, the least recently seen one.
func (cl *clientLimiter) evict(now time.Time) {
	refill := time.Duration(float64(cl.burst) / float64(cl.every) * float64(time.Second))
	var lru netip.Addr
	var lruSeen time.Time
	for a, e := range cl.m {
		if now.Sub(e.seen) >= refill {
			delete(cl.m, a)
			continue
		}
		if !lru.IsValid() || e.seen.Before(lruSeen) {
			lru, lruSeen = a, e.seen
		}
	}
	if len(cl.m) >= cl.max && lru.IsValid() {
		delete(cl.m, lru)
	}
}

func (cl *clientLimiter) len() int {
	cl.mu.Lock()
	defer cl.mu.Unlock()
	return len(cl.m)
}

// clientAddr is the address rate limits apply to: the TCP peer, or — when
// the peer is a trusted proxy — the right-most X-Forwarded-For entry that
// is not one. IPv6 clients are grouped by /64, which one host usually owns
// whole.
func clientAddr(r *http.Request, trusted []netip.Prefix) netip.Addr {
	var peer netip.Addr
	if ap, err := netip.ParseAddrPort(r.RemoteAddr); err == nil {
		peer = ap.Addr().Unmap()
	} else if a, err := netip.ParseAddr(r.RemoteAddr); err == nil {
		peer = a.Unmap()
	}
	isTrusted := func(a netip.Addr) bool {
		for _, p := range trusted {
			if p.Contains(a) {
				return true
			}
		}
		return false
	}
	client := peer
	if peer.IsValid() && isTrusted(peer) {
		var hops []string
		for _, v := range r.Header.Values("X-Forwarded-For") {
			hops = append(hops, strings.Split(v, ",")...)
		}
		for i := len(hops) - 1; i >= 0; i-- {
			a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
			if err != nil {
				break // a garbled hop: trust nothing further left
			}
			client = a.Unmap()
			if !isTrusted(client) {
				break
			}
		}
	}
	if client.Is6() {
		if p, err := client.Prefix(64); err == nil {
			return p.Addr()
		}
	}
	return client
}
