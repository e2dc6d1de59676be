package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	_ "modernc.org/sqlite" // database/sql driver "sqlite" for reading the demo's claims back

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/fixtures"
	"github.com/claimwire/claimwire/normalizer"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
	"github.com/claimwire/claimwire/web"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[--data-dir DIR] [--serve]")
	dataDir := fs.String("data-dir", "", "data directory (default: a temporary directory removed at exit)")
	serve := fs.Bool("serve", false, "keep serving the review page until Ctrl-C (default: only when stdout is a terminal)")
	webAddr := fs.String("web-addr", "127.0.0.1:0", "address of the review page")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	dir := *dataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "claimwire-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}

	// The bundled fixture news site, on a loopback port. Claim ids come
	// from each page's canonical URL on the outlet's fixed origin
	// (fixtures.CanonicalURL), never from the port, so a copied data dir or
	// one whose NATS state was lost stores no duplicates. A kept data dir
	// still reuses the previous port when it is free: the fetcher's
	// seen-URL state then spares refetching the pages.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	addrFile := filepath.Join(dir, "demo-site.addr")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if prev, rerr := os.ReadFile(addrFile); rerr == nil {
		if l2, lerr := net.Listen("tcp", strings.TrimSpace(string(prev))); lerr == nil {
			if err == nil {
				ln.Close()
			}
			ln, err = l2, nil
		}
	}
	if err != nil {
		return fmt.Errorf("fixture site: %w", err)
	}
	_ = os.WriteFile(addrFile, []byte(ln.Addr().String()+"\n"), 0o644)
	site := &http.Server{Handler: fixtures.Site(), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = site.Serve(ln) }()
	defer site.Close()
	base := "http://" + ln.Addr().String()
	srcYAML := fixtures.SiteSources(base)
	srcPath := filepath.Join(dir, "demo-sources.yaml")
	if err := os.WriteFile(srcPath, srcYAML, 0o644); err != nil {
		return err
	}
	sf, err := fetcher.ParseSources(srcYAML, srcPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "demo: fixture site %s, data in %s\n", base, dir)

	dbPath := filepath.Join(dir, "claims.db")
	cfg := runnerConfig(sf, dir)
	cfg.Once, cfg.Listen = true, "none"
	// The fixture site is ours: no need to crawl it at one request per second.
	cfg.Fetch = fetcher.Config{Rate: 100, Burst: 20}
	log := e.log
	if os.Getenv("CLAIMWIRE_DEBUG") == "" {
		// The demo prints a table; only problems go to the log.
		log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	res, err := runner.Run(ctx, cfg, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d new articles from %d sources, %d claims extracted; stored in %s and %s:\n\n",
		res.Articles, len(sf.Sources), res.Claims, dbPath, filepath.Join(dir, "claims.jsonl"))
	if err := printClaimsTable(ctx, e.stdout, dbPath); err != nil {
		return err
	}
	if !*serve && !fetcher.IsTerminal(e.stdout) {
		if *dataDir != "" {
			fmt.Fprintf(e.stdout, "\nreview them: claimwire serve --db sqlite:%s\n", dbPath)
		}
		return nil
	}
	return serveDemoReview(ctx, e, *webAddr, "sqlite:"+dbPath)
}

// serveDemoReview serves the review page on the demo's claims until Ctrl-C.
func serveDemoReview(ctx context.Context, e *env, addr, dsn string) error {
	cfg := web.Config{Addr: addr, Token: os.Getenv("CLAIMWIRE_TOKEN"), Reviewer: "analyst"}
	st, err := sinks.OpenStore(ctx, dsn, e.log)
	if err != nil {
		return err
	}
	defer st.Close()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		return err
	}
	srv, err := web.New(cfg, st, norm, nil, e.log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("review page: listen %s: %w", addr, err)
	}
	mode := "read-only; set CLAIMWIRE_TOKEN to review"
	if cfg.Token != "" {
		mode = "log in with $CLAIMWIRE_TOKEN to review"
	}
	fmt.Fprintf(e.stdout, "\nreview page: http://%s/ (%s) — Ctrl-C to stop\n", ln.Addr(), mode)
	return srv.Serve(ctx, ln)
}

// printClaimsTable reads the stored claims back from SQLite and prints them
// grouped into attribution events: one line per event with its source
// counts, then its claims (and the denials answering it) indented.
func printClaimsTable(ctx context.Context, w io.Writer, dbPath string) error {
	db, err := sql.Open("sqlite", "file:"+dbPath+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		return fmt.Errorf("read back %s: %w", dbPath, err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT doc FROM claims ORDER BY article_url, id`)
	if err != nil {
		return fmt.Errorf("read back %s: %w", dbPath, err)
	}
	defer rows.Close()
	byID := map[string]claim.Claim{}
	var cs []claim.Claim
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return err
		}
		var c claim.Claim
		if err := json.Unmarshal([]byte(doc), &c); err != nil {
			return fmt.Errorf("read back %s: %w", dbPath, err)
		}
		cs = append(cs, c)
		byID[c.ID] = c
	}
	if err := rows.Err(); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if len(cs) == 0 {
		fmt.Fprintln(tw, "(no claims)")
		return tw.Flush()
	}
	evs := events.Build(events.Config{Window: events.DefaultWindow}, cs)
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].LastSeen != evs[j].LastSeen {
			return evs[i].LastSeen > evs[j].LastSeen
		}
		return evs[i].ID < evs[j].ID
	})
	fmt.Fprintf(tw, "%d events from %d claims\n", len(evs), len(cs))
	fmt.Fprintln(tw, "ACCUSER\tACCUSED\tVICTIMS\tDATE\tSOURCES / ARTICLE")
	for _, ev := range evs {
		var langs []string
		for _, l := range ev.Languages {
			langs = append(langs, l.Key)
		}
		var victims []string
		for _, v := range ev.Victims {
			victims = append(victims, strings.TrimPrefix(v.Key, "state:"))
		}
		dates := string(ev.FirstSeen)
		if ev.LastSeen != ev.FirstSeen {
			dates += ".." + string(ev.LastSeen)
		}
		kind, who, whom := "event", entityLabel(ev.Accuser), "→ "+entityLabel(ev.Accused)
		if ev.Stance == claim.StanceDenial {
			// A denial answering no accusation: the accused is who denies.
			kind, who, whom = "denial", entityLabel(ev.Accused), "denies ("+entityLabel(ev.Accuser)+")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s: %s, %s, %s (%s)\n",
			who, whom, strings.Join(victims, " "), dates, kind,
			plural(ev.Sources, "independent source"), plural(len(ev.Outlets), "outlet"),
			plural(len(ev.Articles), "article"), strings.Join(langs, ","))
		for _, ids := range [][]string{ev.Claims, ev.Denials} {
			for _, id := range ids {
				printClaimLine(tw, byID[id])
			}
		}
	}
	return tw.Flush()
}

func printClaimLine(w io.Writer, c claim.Claim) {
	var victims []string
	for _, v := range c.Victims {
		victims = append(victims, firstNonEmpty(v.Country, v.Name))
	}
	date := string(c.ClaimDate)
	if date == "" {
		date = string(c.Article.Published)
	}
	spans := ""
	if n := len(c.Spans()); n > 1 {
		spans = fmt.Sprintf(" [%d sentences]", n)
	}
	// A denial reads as one: "China denies (FBI)", never "FBI → China".
	who, whom := entityLabel(c.Accuser), "→ "+entityLabel(c.Accused)
	if c.Stance == claim.StanceDenial {
		who, whom = "denial: "+entityLabel(c.Accused), "denies ("+entityLabel(c.Accuser)+")"
	}
	fmt.Fprintf(w, "  %s\t%s\t%s\t%s\t%s%s\n", who, whom,
		strings.Join(victims, " "), date, shorten(c.Article.Title, c.Article.URL), spans)
}

// plural writes n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func entityLabel(en *claim.Entity) string {
	if en == nil {
		return "?"
	}
	name := firstNonEmpty(en.Name, en.Text)
	if en.Country != "" && en.Country != name {
		return name + " (" + en.Country + ")"
	}
	return name
}

func shorten(title, url string) string {
	s := firstNonEmpty(title, url)
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}
