package sinks

// The SQLite sink (modernc.org/sqlite, pure Go), the embedded default.
//
// Durability: the database runs in WAL mode and each batch is ONE
// transaction. Under Fsync "always" (the default) connections use
// synchronous=FULL, with which SQLite fsyncs the WAL at every commit: when
// COMMIT returns, the batch survives a power loss, so WriteClaims returns nil
// only after that. Under "interval"/"never" synchronous=NORMAL is used: a
// commit is then durable against a crash of the process (the WAL frames are
// written to the file) but the last transactions may roll back after a power
// loss; that is why NORMAL is not the default for a sink whose nil return
// lets the pipeline ack the message. The cost of FULL is one fsync per
// batch, which batching amortises (see BenchmarkSQLiteWriteClaims).
//
// Transactions start with BEGIN IMMEDIATE (_txlock=immediate): the write lock
// is taken up front, so a concurrent writer (the review page deciding) makes
// us wait up to busy_timeout instead of failing with SQLITE_BUSY on a lock
// upgrade. Readers never block the writer in WAL mode.

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/claimwire/claimwire/claim"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

type sqliteSink struct {
	path string
	db   *sql.DB
	opts Options

	upsertClaim   string
	upsertArticle string

	closeOnce sync.Once
	closed    atomic.Bool
}

// sqliteDSN returns the modernc.org/sqlite DSN for path under opts. Exposed
// to the package so that other SQLite users of the same file agree on WAL.
func sqliteDSN(path string, opts Options) string {
	syncMode := "FULL"
	if opts.Fsync == FsyncInterval || opts.Fsync == FsyncNever {
		syncMode = "NORMAL"
	}
	q := url.Values{}
	q.Set("_busy_timeout", strconv.FormatInt(opts.BusyTimeout.Milliseconds(), 10))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", syncMode)
	q.Set("_txlock", "immediate")
	return path + "?" + q.Encode()
}

// openSQLiteDB opens (creating it and its directory if missing) and
// migrates the SQLite database at path.
func openSQLiteDB(ctx context.Context, path string, opts Options) (*sql.DB, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("sinks: sqlite %s: create directory: %w", path, err)
	}
	db, err := sql.Open("sqlite", sqliteDSN(path, opts))
	if err != nil {
		return nil, fmt.Errorf("sinks: sqlite %s: %w", path, err)
	}
	// One connection: SQLite has one writer at a time anyway, and a single
	// connection keeps the per-connection pragmas trivially consistent.
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sinks: sqlite %s: open: %w", path, err)
	}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		db.Close()
		return nil, fmt.Errorf("sinks: sqlite %s: journal mode is %q, not wal: %v", path, mode, err)
	}
	if err := sqliteMigrate(ctx, db, sinkMigrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("sinks: sqlite %s: %w", path, err)
	}
	return db, nil
}

func openSQLiteSink(ctx context.Context, path string, opts Options) (*sqliteSink, error) {
	db, err := openSQLiteDB(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	s := &sqliteSink{
		path:          path,
		db:            db,
		opts:          opts,
		upsertClaim:   claimUpsertSQL(phQuestion),
		upsertArticle: articleUpsertSQL(phQuestion),
	}
	return s, nil
}

func (s *sqliteSink) Name() string { return "sqlite:" + s.path }

// WriteClaims upserts the batch in one transaction: a claim id already
// stored gets its doc and projections replaced (stored_at kept), and its
// claim_victims rows rewritten.
func (s *sqliteSink) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := validateBatch(s.Name(), claims); err != nil {
		return err
	}
	order, rows, err := claimRows(s.Name(), claims, sinkTime(s.opts.Now()))
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.WriteTimeout)
	defer cancel()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		up, err := tx.PrepareContext(ctx, s.upsertClaim)
		if err != nil {
			return err
		}
		defer up.Close()
		del, err := tx.PrepareContext(ctx, "DELETE FROM claim_victims WHERE claim_id = ?")
		if err != nil {
			return err
		}
		defer del.Close()
		ins, err := tx.PrepareContext(ctx, "INSERT INTO claim_victims (claim_id, country) VALUES (?, ?)")
		if err != nil {
			return err
		}
		defer ins.Close()
		for k, r := range rows {
			id := claims[order[k]].ID
			if _, err := up.ExecContext(ctx, r.args...); err != nil {
				return fmt.Errorf("upsert claim %s: %w", id, err)
			}
			if _, err := del.ExecContext(ctx, id); err != nil {
				return fmt.Errorf("claim %s victims: %w", id, err)
			}
			for _, cc := range r.victims {
				if _, err := ins.ExecContext(ctx, id, cc); err != nil {
					return fmt.Errorf("claim %s victims: %w", id, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sinks: %s: %w: %w", s.Name(), ErrUnavailable, err)
	}
	return nil
}

// WriteArticles upserts articles by url (the canonical URL when known, the
// key claims carry in article_url), keeping stored_at of the first insert.
func (s *sqliteSink) WriteArticles(ctx context.Context, articles []claim.Article) error {
	if err := validateArticles(s.Name(), articles); err != nil {
		return err
	}
	order := articleOrder(articles)
	if len(order) == 0 {
		return nil
	}
	now := sinkTime(s.opts.Now())
	ctx, cancel := context.WithTimeout(ctx, s.opts.WriteTimeout)
	defer cancel()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		up, err := tx.PrepareContext(ctx, s.upsertArticle)
		if err != nil {
			return err
		}
		defer up.Close()
		for _, i := range order {
			if _, err := up.ExecContext(ctx, articleArgs(&articles[i], now)...); err != nil {
				return fmt.Errorf("upsert article %s: %w", articles[i].Ref().URL, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sinks: %s: %w: %w", s.Name(), ErrUnavailable, err)
	}
	return nil
}

// inTx runs fn in one transaction and commits; any error rolls it back, so
// a batch is stored whole or not at all.
func (s *sqliteSink) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	if s.closed.Load() {
		return ErrClosed
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Close checkpoints nothing explicitly (SQLite does it on last close) and
// closes the database. Closing twice is harmless.
func (s *sqliteSink) Close() error {
	var err error
	s.closeOnce.Do(func() {
		s.closed.Store(true)
		err = s.db.Close()
	})
	if err != nil {
		return fmt.Errorf("sinks: %s: close: %w", s.Name(), err)
	}
	return nil
}
