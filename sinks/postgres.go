package sinks

// The PostgreSQL sink (pgx/v5 with a pgxpool).
//
// Durability: each batch is one transaction; WriteClaims returns nil only
// after COMMIT has returned, and with the server's default
// synchronous_commit=on PostgreSQL answers COMMIT only once the commit
// record is flushed to its WAL (and to synchronous standbys if configured).
// The sink does not override synchronous_commit: durability is the server
// operator's policy.
//
// Outages: connecting is bounded by Options.ConnectTimeout and a whole write
// by Options.WriteTimeout, so a server that is down or a network that drops
// packets turns into an error wrapping ErrUnavailable within a bounded time;
// the transaction is then rolled back (by the server when the connection
// dies), the pipeline does not ack, and the next WriteClaims uses a fresh
// connection (pgxpool discards broken ones and pings idle ones before use).
//
// Schema: tables live in Options.PostgresSchema (created if missing), which
// is the only entry of search_path on every connection of the pool.
// Migrations run under a transaction-level advisory lock, so concurrent
// openers (several `claimwire sink` replicas) apply each version once.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimwire/claimwire/claim"
)

type pgSink struct {
	name string
	pool *pgxpool.Pool
	opts Options
	log  *slog.Logger

	upsertClaim   string
	upsertArticle string

	closeOnce sync.Once
	closed    atomic.Bool
}

// pgPoolConfig builds the pool configuration for connURL (a postgres:// URL
// without the "schema" parameter) under opts.
func pgPoolConfig(connURL string, opts Options) (*pgxpool.Config, error) {
	cfg, err := pgxpool.ParseConfig(connURL)
	if err != nil {
		// pgx's message may quote the URL with its password: say only what.
		var pe *pgconn.ParseConfigError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%w: postgres url: %v", ErrBadSpec, pe.Unwrap())
		}
		return nil, fmt.Errorf("%w: postgres url: %v", ErrBadSpec, err)
	}
	cfg.MaxConns = opts.MaxConns
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = opts.ConnectTimeout
	}
	cfg.ConnConfig.RuntimeParams["search_path"] = opts.PostgresSchema
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "claimwire"
	}
	return cfg, nil
}

// openPostgresPool opens a pool on connURL with the schema of opts on
// search_path, creates the schema if missing and applies the migrations.
func openPostgresPool(ctx context.Context, connURL string, opts Options) (*pgxpool.Pool, error) {
	cfg, err := pgPoolConfig(connURL, opts)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("sinks: %s: %w", pgRedact(connURL), err)
	}
	mctx, cancel := context.WithTimeout(ctx, opts.ConnectTimeout+opts.WriteTimeout)
	defer cancel()
	if err := pgMigrate(mctx, pool, opts.PostgresSchema, sinkMigrations); err != nil {
		pool.Close()
		return nil, fmt.Errorf("sinks: %s: %w", pgRedact(connURL), pgClassify(err))
	}
	return pool, nil
}

func openPostgresSink(ctx context.Context, connURL string, opts Options, logger *slog.Logger) (*pgSink, error) {
	pool, err := openPostgresPool(ctx, connURL, opts)
	if err != nil {
		return nil, err
	}
	name := pgRedact(connURL)
	if opts.PostgresSchema != "public" {
		name += " schema=" + opts.PostgresSchema
	}
	return &pgSink{
		name:          name,
		pool:          pool,
		opts:          opts,
		log:           logger.With("stage", "sink", "sink", name),
		upsertClaim:   claimUpsertSQL(phDollar),
		upsertArticle: articleUpsertSQL(phDollar),
	}, nil
}

// pgRedact hides the password of a connection URL for logs and errors.
func pgRedact(connURL string) string {
	u, err := url.Parse(connURL)
	if err != nil {
		return "postgres://(unparsable url)"
	}
	return u.Redacted()
}

func (p *pgSink) Name() string { return p.name }

// WriteClaims upserts the batch in one transaction, sent as one pgx batch
// (one network round trip for the statements, one for COMMIT).
func (p *pgSink) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := validateBatch(p.Name(), claims); err != nil {
		return err
	}
	order, rows, err := claimRows(p.Name(), claims, sinkTime(p.opts.Now()))
	if err != nil {
		return err
	}
	batch := &pgx.Batch{}
	for k, r := range rows {
		id := claims[order[k]].ID
		batch.Queue(p.upsertClaim, r.args...)
		batch.Queue("DELETE FROM claim_victims WHERE claim_id = $1", id)
		if len(r.victims) > 0 {
			batch.Queue("INSERT INTO claim_victims (claim_id, country) SELECT $1, unnest($2::text[])", id, r.victims)
		}
	}
	if batch.Len() == 0 {
		return nil
	}
	return p.runBatch(ctx, batch)
}

// WriteArticles upserts articles by url, keeping stored_at of the first
// insert.
func (p *pgSink) WriteArticles(ctx context.Context, articles []claim.Article) error {
	if err := validateArticles(p.Name(), articles); err != nil {
		return err
	}
	now := sinkTime(p.opts.Now())
	batch := &pgx.Batch{}
	for _, i := range articleOrder(articles) {
		batch.Queue(p.upsertArticle, articleArgs(&articles[i], now)...)
	}
	if batch.Len() == 0 {
		return nil
	}
	return p.runBatch(ctx, batch)
}

// runBatch runs batch in one transaction within WriteTimeout. A failure
// that happened before anything reached the server (a pooled connection
// found dead) is retried once at once; anything else is classified and
// returned for the pipeline to retry later.
func (p *pgSink) runBatch(ctx context.Context, batch *pgx.Batch) error {
	if p.closed.Load() {
		return fmt.Errorf("sinks: %s: %w", p.Name(), ErrClosed)
	}
	ctx, cancel := context.WithTimeout(ctx, p.opts.WriteTimeout)
	defer cancel()
	run := func() error {
		return pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
			return tx.SendBatch(ctx, batch).Close()
		})
	}
	err := run()
	if err != nil && pgconn.SafeToRetry(err) && ctx.Err() == nil {
		p.log.Debug("postgres: retrying on a fresh connection", "err", err)
		err = run()
	}
	if err != nil {
		return fmt.Errorf("sinks: %s: %w", p.Name(), pgClassify(err))
	}
	return nil
}

// Close closes the pool. Closing twice is harmless.
func (p *pgSink) Close() error {
	p.closeOnce.Do(func() {
		p.closed.Store(true)
		p.pool.Close()
	})
	return nil
}
