// Package web serves the review page: analysts list claims, read each one
// beside its evidence, accept, reject or correct it, and export the result.
//
// It is server-rendered (html/template, net/http ServeMux) with templates,
// CSS and a small script embedded; no CDN, no inline script, a strict
// Content-Security-Policy. See Config for the security model.
//
// Routes (filters everywhere: state, group, accuser, victim, lang, from, to,
// status, q; paging: after / before cursors):
//
//	GET  /, /events                 attribution events, newest activity first
//	                                (accused, country, accuser, victim, lang,
//	                                from, to, sources, stance; keyset paging)
//	GET  /events/{id}               an event and its claims, with the actions
//	GET  /claims                    list with facet counts, keyset paging
//	GET  /claims/{id}               claim beside its evidence paragraph
//	POST /claims/{id}/accept|reject|edit   form posts (CSRF token, login)
//	POST /claims/bulk               ids + action accept|reject (+ reason)
//	GET  /overview                  claims per accused state per month (SVG)
//	GET  /precision                 per-field precision from review decisions
//	GET  /export?format=csv|jsonl|stix      the current filter (what=events: its events)
//	GET  /api/suggest?q=&kind=actor|country picker entries (JSON)
//	GET  /api/claims, /api/claims/{id}      JSON
//	GET  /api/events, /api/events/{id}      JSON (event, status, review counts)
//	POST /api/claims/{id}/decision  {"action","reason","field","value"}
//	POST /api/claims/bulk           {"ids","action","reason"}
//	GET  /login, POST /login, POST /logout, GET /healthz, GET /static/…
//
// Every route but /healthz answers only requests whose Host names this
// server (guard.go: DNS rebinding); with RequireAuth every route but
// /healthz, /login and /static/ needs credentials.
//
// The JSON write API takes Authorization: Bearer TOKEN or basic auth, with
// Content-Type application/json; decisions are recorded under the token's
// name or the user.
package web

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/sinks"
)

//go:embed templates/*.html static/*
var assets embed.FS

// Store is the review store the server reads and writes (sinks.OpenStore).
type Store = sinks.Store

// DecisionPublisher sends a stored decision to downstream consumers
// (pipeline.Bus publishes it on decisions.<action>). Nil means no publishing.
type DecisionPublisher interface {
	PublishDecision(ctx context.Context, d claim.Decision) error
}

// Server is the review web server.
type Server struct {
	cfg   Config
	store Store
	norm  *normalizer.Normalizer
	pub   DecisionPublisher
	log   *slog.Logger
	key   []byte
	pages map[string]*template.Template
	mux   *http.ServeMux
	cop   *http.CrossOriginProtection
	// loginLimit slows password guessing, per client address.
	loginLimit *clientLimiter
	// sessions are the logged-in browsers (server-side, revocable).
	sessions *sessionStore
	// hosts are the Host names accepted besides loopback ones.
	hosts map[string]bool
	// tokens are the bearer tokens with their holders' names.
	tokens []NamedToken
	// republish wakes the outbox loop after a failed publish.
	republish chan struct{}
	// decisions counts stored decisions by action (nil without Metrics).
	decisions *prometheus.CounterVec
	// counts caches Count and Facets per filter for a few seconds (Facets
	// alone for the name matching of filterOf): on 100,000 claims they are
	// full aggregations, while the page itself is a keyset range read.
	countsMu sync.Mutex
	counts   map[sinks.Filter]countsEntry
	// evCounts and evFacets are the same for the event list (events.go).
	evCounts map[sinks.EventFilter]countsEntry
	evFacets *eventFacetsEntry
	// precision caches the precision page's table (precision.go).
	precision *precisionEntry
}

type countsEntry struct {
	total  int // -1: facets only (cachedFacets)
	facets sinks.Facets
	at     time.Time
}

// countsTTL bounds how stale the counts beside the filters may be; a
// decision clears them at once.
const countsTTL = 15 * time.Second

// New builds a Server. norm feeds the edit pickers and may be nil (entity
// fields then cannot be edited); pub may be nil (decisions are stored, not
// published).
func New(cfg Config, store Store, norm *normalizer.Normalizer, pub DecisionPublisher, logger *slog.Logger) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if store == nil {
		return nil, fmt.Errorf("%w: no store", ErrConfig)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Reviewer == "" {
		cfg.Reviewer = "analyst"
	}
	if cfg.PageSize == 0 {
		cfg.PageSize = 50
	}
	if host, _, err := net.SplitHostPort(cfg.Addr); err == nil && !IsLoopback(host) {
		cfg.RequireAuth = true
	}
	s := &Server{cfg: cfg, store: store, norm: norm, pub: pub, log: logger.With("stage", "web"),
		key: cfg.SessionKey, loginLimit: newClientLimiter(loginEvery, loginBurst, maxClients),
		sessions: newSessionStore(), hosts: allowedHosts(cfg), tokens: cfg.tokens(), republish: make(chan struct{}, 1)}
	if len(s.key) == 0 {
		s.key = make([]byte, 32)
		if _, err := rand.Read(s.key); err != nil {
			return nil, fmt.Errorf("web: session key: %w", err)
		}
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if cfg.Metrics != nil {
		s.decisions = prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimwire_review_decisions_total",
			Help: "Review decisions stored, by action (accept, reject, edit).",
		}, []string{"action"})
		if err := cfg.Metrics.Register(s.decisions); err != nil {
			// A second Server on the same registry shares the counter.
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return nil, fmt.Errorf("web: metrics: %w", err)
			}
			s.decisions = are.ExistingCollector.(*prometheus.CounterVec)
		}
	}
	s.cop = http.NewCrossOriginProtection()
	s.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "Cross-origin request refused.")
	}))
	s.routes()
	return s, nil
}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return fmt.Errorf("web: templates: %w", err)
	}
	for _, n := range names {
		base := strings.TrimPrefix(n, "templates/")
		if base == "layout.html" {
			continue
		}
		t, err := template.New(base).Funcs(s.funcs()).ParseFS(assets, "templates/layout.html", n)
		if err != nil {
			return fmt.Errorf("web: template %s: %w", base, err)
		}
		s.pages[strings.TrimSuffix(base, ".html")] = t
	}
	return nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	static, _ := fs.Sub(assets, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	if s.cfg.Metrics != nil {
		m.Handle("GET /metrics", s.readable(promhttp.HandlerFor(s.cfg.Metrics, promhttp.HandlerOpts{Registry: s.cfg.Metrics}).ServeHTTP))
	}
	m.HandleFunc("GET /login", s.handleLoginPage)
	m.HandleFunc("POST /login", s.handleLogin)
	m.HandleFunc("POST /logout", s.handleLogout)

	m.Handle("GET /{$}", s.readable(s.handleHome))
	m.Handle("GET /events", s.readable(s.handleEvents))
	m.Handle("GET /events/{id}", s.readable(s.handleEvent))
	m.Handle("GET /precision", s.readable(s.handlePrecision))
	m.Handle("GET /claims", s.readable(s.handleList))
	m.Handle("GET /claims/{id}", s.readable(s.handleClaim))
	m.Handle("GET /overview", s.readable(s.handleOverview))
	m.Handle("GET /export", s.readable(s.handleExport))
	m.Handle("POST /claims/{id}/{action}", s.writable(s.handleDecideForm))
	m.Handle("POST /claims/bulk", s.writable(s.handleBulkForm))

	m.Handle("GET /api/suggest", s.readable(s.handleSuggest))
	m.Handle("GET /api/claims", s.readable(s.handleAPIList))
	m.Handle("GET /api/events", s.readable(s.handleAPIEvents))
	m.Handle("GET /api/events/{id}", s.readable(s.handleAPIEvent))
	m.Handle("GET /api/claims/{id}", s.readable(s.handleAPIClaim))
	m.Handle("POST /api/claims/{id}/decision", s.writable(s.handleAPIDecide))
	m.Handle("POST /api/claims/bulk", s.writable(s.handleAPIBulk))
	s.mux = m
}

// Handler returns the server's handler with security headers applied.
func (s *Server) Handler() http.Handler {
	return s.secure(s.checkHost(s.cop.Handler(s.mux)))
}

// Serve serves on ln until ctx ends, then shuts down gracefully. With a
// publisher it also re-sends decisions whose publication failed.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      10 * time.Minute, // exports of large filters stream for a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		// In-flight requests finish during Shutdown rather than fail at once.
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
		ErrorLog:    slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	loopCtx, stop := context.WithCancel(ctx)
	defer stop()
	go s.RunOutbox(loopCtx)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("review page listening", "url", "http://"+ln.Addr().String()+"/", "writes", s.cfg.HasCredentials())
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	shCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shCtx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}

// RunOutbox publishes decisions left unpublished (bus down at decision
// time, or a crash between store and publish) until ctx ends: the store is
// the outbox. Serve runs it; a caller that mounts Handler in its own
// http.Server runs it beside. It returns at once without a publisher.
func (s *Server) RunOutbox(ctx context.Context) {
	if s.pub == nil {
		return
	}
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		if err := s.flushOutbox(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("republishing decisions", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.republish:
			// Back off a little so a down bus is not hammered.
			select {
			case <-ctx.Done():
				return
			case <-time.After(5 * time.Second):
			}
		}
	}
}

// flushOutbox publishes every unpublished decision, oldest first, and stops
// at the first failure (order matters to consumers).
func (s *Server) flushOutbox(ctx context.Context) error {
	if s.pub == nil {
		return nil
	}
	for {
		ds, err := s.store.Unpublished(ctx, 100)
		if err != nil {
			return err
		}
		if len(ds) == 0 {
			return nil
		}
		for _, d := range ds {
			if err := s.pub.PublishDecision(ctx, d.Decision); err != nil {
				return fmt.Errorf("web: publish decision %s: %w", d.ID, err)
			}
			if err := s.store.MarkPublished(ctx, d.ID); err != nil {
				return err
			}
		}
	}
}

// secure sets the security headers on every response.
func (s *Server) secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic serving request", "path", r.URL.Path, "panic", v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// readable guards read pages: open unless RequireAuth.
func (s *Server) readable(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.RequireAuth {
			h(w, r)
			return
		}
		id := s.identify(r)
		if authFailed(r, id) && !s.loginLimit.allow(clientAddr(r, s.cfg.TrustedProxies)) {
			s.fail(w, r, http.StatusTooManyRequests, "Too many failed attempts; wait a few seconds.")
			return
		}
		if !id.ok() {
			// Programs get 401; browsers are sent to the login form.
			if isAPI(r) || r.Header.Get("Authorization") != "" || r.URL.Path == "/metrics" {
				w.Header().Set("WWW-Authenticate", `Bearer realm="claimwire"`)
				s.fail(w, r, http.StatusUnauthorized, "Authentication required.")
				return
			}
			http.Redirect(w, r, "/login?return="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		}
		h(w, r)
	})
}

// writable guards decisions: credentials configured, caller authenticated,
// and — unless the bearer token was used, which browsers never send on
// their own — a valid CSRF token on form posts. JSON posts must say so in
// Content-Type (a cross-site form cannot). Cross-origin browser requests
// were already refused by CrossOriginProtection (Sec-Fetch-Site / Origin).
func (s *Server) writable(h func(http.ResponseWriter, *http.Request, who)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		if !s.cfg.HasCredentials() {
			s.fail(w, r, http.StatusForbidden, "Review actions are disabled: this server was started without credentials. "+
				"Restart it with --token TOKEN or --user USER --password PASSWORD to accept, reject and edit claims.")
			return
		}
		id := s.identify(r)
		if authFailed(r, id) && !s.loginLimit.allow(clientAddr(r, s.cfg.TrustedProxies)) {
			s.fail(w, r, http.StatusTooManyRequests, "Too many failed attempts; wait a few seconds.")
			return
		}
		if !id.ok() {
			w.Header().Set("WWW-Authenticate", `Bearer realm="claimwire"`)
			s.fail(w, r, http.StatusUnauthorized, "Log in to review claims (or send Authorization: Bearer TOKEN).")
			return
		}
		if isAPI(r) {
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				s.fail(w, r, http.StatusUnsupportedMediaType, "Send a JSON body with Content-Type: application/json.")
				return
			}
		} else if id.method != "bearer" && !s.checkCSRF(r) {
			s.fail(w, r, http.StatusForbidden, "Invalid or missing CSRF token: reload the page and try again.")
			return
		}
		h(w, r, id)
	})
}
