package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
)

// listFlag is a repeatable flag; commas also separate values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// natsFlags are the connection and stream flags shared by every command
// that talks to NATS.
type natsFlags struct {
	urls                         listFlag
	creds, nkey, user, password  string
	token, ca, cert, key         string
	subjectPrefix, streamPrefix  string
	replicas                     int
	storage                      string
	articlesMaxAge, claimsMaxAge time.Duration
	dupWindow                    time.Duration
	articlesRetention            string
}

func (n *natsFlags) register(fs *flag.FlagSet, urlHelp string) {
	fs.Var(&n.urls, "nats", urlHelp)
	fs.StringVar(&n.creds, "nats-creds", "", "NATS credentials file (JWT + NKey)")
	fs.StringVar(&n.nkey, "nats-nkey", "", "NATS NKey seed file")
	fs.StringVar(&n.user, "nats-user", "", "NATS user (password from --nats-password or $CLAIMWIRE_NATS_PASSWORD)")
	fs.StringVar(&n.password, "nats-password", "", "NATS password")
	fs.StringVar(&n.token, "nats-token", "", "NATS token (or $CLAIMWIRE_NATS_TOKEN)")
	fs.StringVar(&n.ca, "nats-ca", "", "CA bundle to verify the NATS server's TLS certificate")
	fs.StringVar(&n.cert, "nats-cert", "", "client certificate for NATS mutual TLS")
	fs.StringVar(&n.key, "nats-key", "", "client key for NATS mutual TLS")
	fs.StringVar(&n.subjectPrefix, "subject-prefix", "", `prefix of every subject, e.g. "staging." (isolation on a shared server)`)
	fs.StringVar(&n.streamPrefix, "stream-prefix", "", `prefix of every stream and KV bucket name, e.g. "STAGING_"`)
	fs.IntVar(&n.replicas, "replicas", 1, "stream replicas (3 on a three-node cluster)")
	fs.StringVar(&n.storage, "storage", "file", "stream storage: file or memory")
	fs.DurationVar(&n.articlesMaxAge, "articles-max-age", pipeline.DefaultStreams.Articles.MaxAge, "keep articles on the ARTICLES stream this long")
	fs.DurationVar(&n.claimsMaxAge, "claims-max-age", 0, "keep claims on the CLAIMS stream this long (0: forever, so replay can rebuild any sink)")
	fs.DurationVar(&n.dupWindow, "dup-window", pipeline.DefaultStreams.Claims.Duplicates, "Nats-Msg-Id duplicate window of the articles and claims streams")
	fs.StringVar(&n.articlesRetention, "articles-retention", "limits", "ARTICLES retention: limits or interest")
}

func (n *natsFlags) config() pipeline.Config {
	pw := n.password
	if pw == "" {
		pw = os.Getenv("CLAIMWIRE_NATS_PASSWORD")
	}
	tok := n.token
	if tok == "" {
		tok = os.Getenv("CLAIMWIRE_NATS_TOKEN")
	}
	cfg := pipeline.Config{
		URLs: n.urls, CredsFile: n.creds, NKeySeedFile: n.nkey, User: n.user, Password: pw, Token: tok,
		TLSCA: n.ca, TLSCert: n.cert, TLSKey: n.key,
		SubjectPrefix: n.subjectPrefix, StreamPrefix: n.streamPrefix, Name: "claimwire",
	}
	cfg.Streams = pipeline.StreamsConfig{
		Replicas: n.replicas, Storage: n.storage,
		Articles: pipeline.StreamSettings{Retention: n.articlesRetention, MaxAge: n.articlesMaxAge, Duplicates: n.dupWindow},
		Claims:   pipeline.StreamSettings{MaxAge: n.claimsMaxAge, Duplicates: n.dupWindow},
	}
	return cfg
}

// stageNATSHelp is the --nats help of the one-stage workers.
const stageNATSHelp = "NATS server URL (repeat or comma-separate for a cluster)"

// requireURL is the usage error of a one-stage worker started without --nats.
func (n *natsFlags) requireURL(fs *flag.FlagSet) error {
	if len(n.urls) == 0 {
		return usageErr(fs, "--nats is required (a stage connects to a running NATS server; 'claimwire run' embeds one)")
	}
	return nil
}

// sinkFlags are the sinks.Options flags.
type sinkFlags struct {
	fsync       string
	rotateBytes int64
	rotateDaily bool
	pgSchema    string
}

func (s *sinkFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&s.fsync, "fsync", sinks.FsyncAlways, "sink durability: always (fsync before ack), interval or never")
	fs.Int64Var(&s.rotateBytes, "jsonl-rotate-bytes", 0, "rotate JSONL files at this size (0: never)")
	fs.BoolVar(&s.rotateDaily, "jsonl-rotate-daily", false, "rotate JSONL files every UTC day")
	fs.StringVar(&s.pgSchema, "pg-schema", "", "PostgreSQL schema (default public; ?schema= in the URL wins)")
}

func (s *sinkFlags) options() sinks.Options {
	return sinks.Options{Fsync: s.fsync, RotateBytes: s.rotateBytes, RotateDaily: s.rotateDaily, PostgresSchema: s.pgSchema}
}

// workerFlags tune a stage's consumer.
type workerFlags struct {
	durable     string
	batch       int
	concurrency int
	maxDeliver  int
	ackWait     time.Duration
}

func (w *workerFlags) register(fs *flag.FlagSet, durableHelp string) {
	fs.StringVar(&w.durable, "durable", "", durableHelp)
	fs.IntVar(&w.batch, "batch", 0, "messages fetched (and written) at once (default 4 for extract, 256 for sinks)")
	fs.IntVar(&w.concurrency, "concurrency", 0, "fetch loops in this process (default: 2×CPUs for extract, 1 for sinks)")
	fs.IntVar(&w.maxDeliver, "max-deliver", 10, "deliveries of a message failing with an unclassified error before it is dead-lettered")
	fs.DurationVar(&w.ackWait, "ack-wait", time.Minute, "redeliver a message not acked within this time (a crashed worker's work comes back)")
}

func (w *workerFlags) config() pipeline.WorkerConfig {
	return pipeline.WorkerConfig{Durable: w.durable, Batch: w.batch, Concurrency: w.concurrency, MaxDeliver: w.maxDeliver, AckWait: w.ackWait, IsPermanent: runner.IsPermanent}
}

// stageBus connects a one-stage worker, its --nats checked by requireURL, to
// NATS (waiting for it; creating or updating the streams) and serves its /metrics and
// /healthz on metricsAddr when set. The returned func releases both.
func stageBus(ctx context.Context, e *env, nf *natsFlags, metricsAddr string) (*pipeline.Bus, *pipeline.Metrics, func(), error) {
	reg := prometheus.NewRegistry()
	m := pipeline.NewMetrics(reg)
	// A stage may start before NATS (a compose start): it waits for the
	// server, logging each change of state, instead of exiting.
	b, err := pipeline.ConnectAndSetup(ctx, nf.config(), m, e.log)
	if err != nil {
		return nil, nil, nil, stopped(ctx, err)
	}
	if metricsAddr == "" {
		return b, m, b.Close, nil
	}
	url, stop, err := runner.ServeOps(metricsAddr, reg, b.Healthy, nil, e.log)
	if err != nil {
		b.Close()
		return nil, nil, nil, err
	}
	e.log.Info("serving /metrics and /healthz", "url", url)
	return b, m, func() { stop(); b.Close() }, nil
}

// errStopped is returned by a one-stage worker's set-up when a stop was
// asked for (a compose stop, ^C) before it finished: the worker then exits
// cleanly instead of reporting the cancelled set-up step as a failure.
var errStopped = errors.New("claimwire: stage stopped during set-up")

// stopped turns an error of a set-up step cut short by ctx into errStopped.
func stopped(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return errStopped
	}
	return err
}

// cleanStop is the exit error of a worker: nil when it was stopped during set-up.
func cleanStop(err error) error {
	if errors.Is(err, errStopped) {
		return nil
	}
	return err
}

func runFetch(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "fetch", "--nats URL [--sources FILE] [--once] [flags]")
	var nf natsFlags
	nf.register(fs, stageNATSHelp)
	sourcesPath := fs.String("sources", "", "sources file (YAML); default: the built-in list of real outlets")
	once := fs.Bool("once", false, "crawl every source once and exit")
	var allow listFlag
	fs.Var(&allow, "allow-host", "host allowed to resolve to a loopback/private address (repeatable)")
	contact := fs.String("contact", "", "contact URL or mail sent in the User-Agent (default: the sources file's, else the project URL)")
	interval := fs.Duration("interval", time.Hour, "re-crawl interval of sources that set none")
	metricsAddr := fs.String("metrics-addr", "", "serve /metrics and /healthz on this address (e.g. :9090)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := nf.requireURL(fs); err != nil {
		return err
	}
	sf, err := loadSources(*sourcesPath)
	if err != nil {
		return err
	}
	b, m, release, err := stageBus(ctx, e, &nf, *metricsAddr)
	if err != nil {
		if *once {
			return err
		}
		return cleanStop(err)
	}
	defer release()
	st, err := b.FetchState(ctx)
	if err != nil {
		if *once {
			return err
		}
		return cleanStop(stopped(ctx, err))
	}
	fcfg := runner.FetchConfig(fetcher.Config{Contact: *contact, AllowHosts: allow}, sf)
	f, err := fetcher.New(fcfg, st, e.log)
	if err != nil {
		return err
	}
	emit := func(ctx context.Context, a claim.Article) error {
		m.ArticleFetched(a.Source)
		return b.PublishArticle(ctx, a)
	}
	log := e.log.With("stage", "fetch")
	if *once {
		stats, failed := runner.CrawlOnce(ctx, f, sf.Sources, emit, log)
		fmt.Fprintf(e.stdout, "fetched %d sources (%d failed): %s\n", len(sf.Sources), failed, stats)
		if err := runner.Unpublished(stats); err != nil {
			return err
		}
		if failed > 0 && failed == len(sf.Sources) {
			return fmt.Errorf("all %d sources failed", failed)
		}
		return ctx.Err()
	}
	return runner.CrawlForever(ctx, f, sf, *interval, emit, log)
}

func runExtractWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract-worker", "--nats URL [flags]")
	var nf natsFlags
	nf.register(fs, stageNATSHelp)
	var wf workerFlags
	wf.register(fs, `durable consumer name; copies sharing it share the work (default "extract")`)
	var df dataFlags
	df.register(fs)
	metricsAddr := fs.String("metrics-addr", "", "serve /metrics and /healthz on this address (e.g. :9090)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := nf.requireURL(fs); err != nil {
		return err
	}
	x, err := df.extractor(e.log.With("stage", "extract"), extractor.Config{})
	if err != nil {
		return err
	}
	b, _, release, err := stageBus(ctx, e, &nf, *metricsAddr)
	if err != nil {
		return cleanStop(err)
	}
	defer release()
	return b.RunExtractor(ctx, x.Extract, wf.config())
}

func runSink(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "sink", "--nats URL --to SPEC [flags]")
	var nf natsFlags
	nf.register(fs, stageNATSHelp)
	to := fs.String("to", "", "sink: jsonl:PATH, sqlite:PATH or postgres://USER@HOST:PORT/DB (required)")
	var wf workerFlags
	wf.register(fs, "durable consumer name; copies sharing it share the work (default: sink-<kind>-<hash of --to>)")
	var sfl sinkFlags
	sfl.register(fs)
	metricsAddr := fs.String("metrics-addr", "", "serve /metrics and /healthz on this address (e.g. :9090)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return missingFlag(fs, "--to")
	}
	if err := nf.requireURL(fs); err != nil {
		return err
	}
	if _, err := sinks.ParseSpec(*to); err != nil {
		return usageErr(fs, "--to: %v", err)
	}
	b, _, release, err := stageBus(ctx, e, &nf, *metricsAddr)
	if err != nil {
		return cleanStop(err)
	}
	defer release()
	s, err := runner.OpenSinkRetrying(ctx, *to, sfl.options(), e.log)
	if err != nil {
		return cleanStop(stopped(ctx, err))
	}
	defer s.Close()
	return b.RunSink(ctx, s, wf.config())
}

func loadSources(path string) (*fetcher.SourcesFile, error) {
	if path == "" {
		return fetcher.DefaultSources(), nil
	}
	return fetcher.LoadSources(path)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
