package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/web"
)

func runRun(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "run", "[--sources FILE] [--data-dir DIR] [--once] [--nats URL] [--sink SPEC]... [flags]")
	sourcesPath := fs.String("sources", "", "sources file (YAML); default: the built-in list of real outlets")
	dataDir := fs.String("data-dir", "data", "data directory: embedded NATS store and default sinks")
	once := fs.Bool("once", false, "crawl once, wait until every article is extracted and every claim stored, exit (for cron)")
	var nf natsFlags
	nf.register(fs, "external NATS server URL (repeatable); default: an embedded server")
	listen := fs.String("nats-listen", runner.DefaultListen, "embedded server's client address: HOST:PORT, HOST:-1 (random) or none")
	var allow listFlag
	fs.Var(&allow, "allow-host", "host allowed to resolve to a loopback/private address (repeatable)")
	var sinkSpecs listFlag
	fs.Var(&sinkSpecs, "sink", "sink spec, repeatable (default sqlite:DATA/claims.db and jsonl:DATA/claims.jsonl)")
	var sfl sinkFlags
	sfl.register(fs)
	webAddr := fs.String("web-addr", "127.0.0.1:8080", `address of the review page, /metrics and /healthz ("" to disable; with --once the default is "")`)
	token := fs.String("token", os.Getenv("CLAIMWIRE_TOKEN"), "review page: bearer token allowing review actions (env CLAIMWIRE_TOKEN); without credentials the page is read-only")
	user := fs.String("user", "", "review page: user allowed to review")
	password := fs.String("password", os.Getenv("CLAIMWIRE_PASSWORD"), "review page: password of --user (env CLAIMWIRE_PASSWORD)")
	noWeb := fs.Bool("no-review", false, "serve only /metrics and /healthz on --web-addr, not the review page")
	contact := fs.String("contact", "", "contact URL or mail sent in the User-Agent (default: the sources file's, else the project URL)")
	interval := fs.Duration("interval", time.Hour, "re-crawl interval of sources that set none")
	var df dataFlags
	df.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	webSet := false
	fs.Visit(func(f *flag.Flag) { webSet = webSet || f.Name == "web-addr" })
	if *once && !webSet {
		// A cron run does not need a review page, nor a port that a
		// running `claimwire serve` may hold.
		*webAddr = ""
	}
	if err := df.check(e.log); err != nil {
		return err
	}
	sf, err := loadSources(*sourcesPath)
	if err != nil {
		return err
	}
	cfg := runnerConfig(sf, *dataDir)
	cfg.Once, cfg.NATS, cfg.Listen = *once, nf.config(), *listen
	cfg.Sinks, cfg.SinkOptions = sinkSpecs, sfl.options()
	cfg.Fetch = fetcher.Config{Contact: *contact, AllowHosts: allow}
	cfg.Interval, cfg.HTTPAddr = *interval, *webAddr
	cfg.Progress, cfg.Tables, cfg.Lexicons = e.stderr, df.tables, df.lexicons
	if !*noWeb {
		cfg.Web = &web.Config{Token: *token, User: *user, Password: *password, Reviewer: "analyst"}
	}
	cfg.OnReady = func(info runner.Info) {
		if info.NATSURL != "" {
			fmt.Fprintf(e.stderr, "NATS (embedded): %s\n", info.NATSURL)
		}
		if info.Review {
			fmt.Fprintf(e.stderr, "review page: %s/\n", info.HTTPURL)
		}
		if info.HTTPURL != "" {
			fmt.Fprintf(e.stderr, "metrics: %s/metrics\n", info.HTTPURL)
		}
	}
	res, err := runner.Run(ctx, cfg, e.log)
	if err != nil {
		return err
	}
	if *once {
		fmt.Fprintf(e.stdout, "%d sources (%d failed), %d articles published, %d claims extracted; sinks: %v\n",
			len(sf.Sources), res.SourcesFailed, res.Articles, res.Claims, res.Info.Sinks)
	}
	return nil
}

// runnerConfig is the runner configuration run and demo share: their
// stages classify the sinks' permanent errors too (runner.IsPermanent).
func runnerConfig(sf *fetcher.SourcesFile, dataDir string) runner.Config {
	stage := pipeline.WorkerConfig{IsPermanent: runner.IsPermanent}
	return runner.Config{
		Sources: sf, DataDir: dataDir, Extract: stage, Sink: stage,
		Version: "claimwire/" + Version,
	}
}
