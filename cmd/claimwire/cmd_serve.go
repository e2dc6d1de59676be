package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"os"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/sinks"
	"github.com/claimwire/claimwire/web"
)

const defaultDB = "sqlite:data/claims.db"

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[--db sqlite:PATH|postgres://…] [--addr 127.0.0.1:8080] [--token T | --user U --password P] [--require-auth] [--public-url URL] [--allow-host NAME] [--nats URL]")
	db := fs.String("db", defaultDB, "claim store: sqlite:PATH or postgres://USER@HOST/DB?sslmode=disable[&schema=NAME] (what 'run --sink' wrote)")
	addr := fs.String("addr", web.DefaultAddr, "listen address; anything but loopback requires --token or --user/--password")
	token := fs.String("token", os.Getenv("CLAIMWIRE_TOKEN"), "bearer token allowing review actions (env CLAIMWIRE_TOKEN); without credentials the page is read-only")
	user := fs.String("user", "", "basic-auth / login user allowed to review")
	password := fs.String("password", os.Getenv("CLAIMWIRE_PASSWORD"), "password of --user (env CLAIMWIRE_PASSWORD)")
	reviewer := fs.String("reviewer", "analyst", "name of the --token holder: decisions made with the token are recorded under it")
	tokenFile := fs.String("token-file", "", "`FILE` of per-analyst bearer tokens, one \"NAME TOKEN\" per line: decisions are recorded under the name")
	requireAuth := fs.Bool("require-auth", false, "require credentials for every route but /healthz (reads, exports, API, /metrics); on by default when --addr is not loopback")
	publicURL := fs.String("public-url", "", "URL users reach the page at through a reverse proxy (https://review.example.org/); its host is accepted in the Host header")
	var allowHosts, trusted listFlag
	fs.Var(&allowHosts, "allow-host", "further host `NAME` accepted in the Host header besides localhost/127.0.0.1/[::1] (repeatable; any port)")
	fs.Var(&trusted, "trusted-proxy", "`CIDR` of a reverse proxy whose X-Forwarded-For names the client for login rate limits (repeatable)")
	natsURL := fs.String("nats", "", "publish decisions on this NATS server (e.g. nats://127.0.0.1:4222); default: store only")
	pageSize := fs.Int("page-size", 50, "claims per list page")
	secure := fs.Bool("secure-cookies", false, "mark cookies Secure (when served behind HTTPS)")
	var tables listFlag
	fs.Var(&tables, "tables", "extra normalizer table `FILE` for the pickers (repeatable)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	// Like every claimwire process, serve exposes /metrics (Go runtime,
	// process, review decisions) beside /healthz.
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	proxies, err := parsePrefixes(trusted)
	if err != nil {
		return usageErr(fs, "%v", err)
	}
	var tokens []web.NamedToken
	if *tokenFile != "" {
		f, err := os.Open(*tokenFile)
		if err != nil {
			return fmt.Errorf("--token-file: %w", err)
		}
		tokens, err = web.ParseTokens(f, *tokenFile)
		f.Close()
		if err != nil {
			return err
		}
	}
	cfg := web.Config{Tokens: tokens, Addr: *addr, Token: *token, User: *user, Password: *password, Reviewer: *reviewer, PageSize: *pageSize, SecureCookies: *secure, Metrics: reg,
		RequireAuth: *requireAuth, PublicURL: *publicURL, AllowHosts: allowHosts, TrustedProxies: proxies}
	if err := cfg.Validate(); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	norm, err := normalizer.New(normalizer.Options{ExtraFiles: tables})
	if err != nil {
		return fmt.Errorf("normalizer: %w", err)
	}
	var pub web.DecisionPublisher
	if *natsURL != "" {
		bus, err := pipeline.Connect(ctx, pipeline.Config{URLs: []string{*natsURL}, Name: "claimwire-serve"}, nil, e.log)
		if err != nil {
			return fmt.Errorf("nats %s: %w", *natsURL, err)
		}
		defer bus.Close()
		if err := bus.Setup(ctx); err != nil {
			return fmt.Errorf("nats %s: %w", *natsURL, err)
		}
		pub = bus
	}
	srv, err := web.New(cfg, st, norm, pub, e.log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", cfg.Addr, err)
	}
	fmt.Fprintf(e.stdout, "review page: http://%s/ (store %s; %s)\n", ln.Addr(), st.Name(), writeMode(cfg))
	return srv.Serve(ctx, ln)
}

// parsePrefixes reads --trusted-proxy values: CIDRs or single addresses.
func parsePrefixes(vals []string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, v := range vals {
		if p, err := netip.ParsePrefix(v); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(v)
		if err != nil {
			return nil, fmt.Errorf("--trusted-proxy %q: want a CIDR (10.0.0.0/8) or an address", v)
		}
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func writeMode(cfg web.Config) string {
	if cfg.HasCredentials() {
		if cfg.RequireAuth {
			return "log in to read and review"
		}
		return "log in to review"
	}
	return "read-only: pass --token or --user/--password to review"
}

// openExistingStore opens the store, refusing to create a new empty SQLite
// file where the user most likely mistyped the path.
func openExistingStore(ctx context.Context, e *env, dsn string) (sinks.Store, error) {
	if spec, err := sinks.ParseSpec(dsn); err == nil && spec.Kind == sinks.KindSQLite {
		if _, err := os.Stat(spec.Path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no claim database at %s: run `claimwire run` or `claimwire demo --data-dir DIR` first, or pass --db", spec.Path)
		}
	} else if err == nil && spec.Kind == sinks.KindJSONL {
		return nil, fmt.Errorf("--db %s: a JSONL file cannot be reviewed; use the sqlite: or postgres:// store", dsn)
	}
	return sinks.OpenStore(ctx, strings.TrimSpace(dsn), e.log)
}
