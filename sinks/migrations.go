package sinks

// Every table's schema, as numbered migrations recorded in
// schema_migrations (version, name, applied_at):
//
//	  1  claims, claim_victims, articles       the sinks (schema.go)
//	 20  events, event_claims                   the sinks (events_sql.go)
//	100  decisions, claim_status, claim_fix,    the review store
//	     claim_fix_victims, filter indexes
//	101  text index (SQLite FTS5 / PostgreSQL   the review store
//	     tsvector + GIN)
//	102  date-range and overview indexes        the review store
//
// The sinks apply 1–99, the review store all of them (it may open a
// database no sink wrote yet), whichever opens a database first. Each
// migration runs once per database, in a transaction: SQLite one per
// migration, PostgreSQL all in one holding an advisory lock per schema that
// sinks and store share.

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// sinkMigration is one numbered schema change. A database records applied
// versions in schema_migrations, so each change runs once per database even
// when several processes open it concurrently (each migration runs in a
// locked transaction). Versions 1–99 belong to the sinks.
type sinkMigration struct {
	Version int
	Name    string
	Stmts   []string
}

var sinkMigrations = []sinkMigration{
	{Version: 1, Name: "claims, claim_victims, articles", Stmts: schemaDDL},
	eventsMigration, // events_sql.go
}

const schemaMigrationsDDL = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
)`

// storeDDL is the review side's own schema (migration 100), applied after
// the sinks' tables. Every statement is idempotent: databases opened by a
// store before the migration was numbered already hold these tables, and
// the migration then only records itself.
var storeDDL = []string{
	`CREATE TABLE IF NOT EXISTS decisions (
		id         TEXT PRIMARY KEY,
		claim_id   TEXT NOT NULL,
		action     TEXT NOT NULL,
		reason     TEXT NOT NULL DEFAULT '',
		field      TEXT NOT NULL DEFAULT '',
		value      TEXT NOT NULL DEFAULT '',
		edited_doc TEXT NOT NULL DEFAULT '',
		reviewer   TEXT NOT NULL,
		at         TEXT NOT NULL,
		published_at TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE INDEX IF NOT EXISTS decisions_claim ON decisions (claim_id, at)`,
	`CREATE INDEX IF NOT EXISTS decisions_published ON decisions (published_at, at)`,
	// claim_status is the current-status projection of decisions: one row per
	// reviewed claim; a claim without a row is pending.
	`CREATE TABLE IF NOT EXISTS claim_status (
		claim_id   TEXT PRIMARY KEY,
		status     TEXT NOT NULL,
		decided_at TEXT NOT NULL,
		reviewer   TEXT NOT NULL,
		edited_doc TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE INDEX IF NOT EXISTS claim_status_status ON claim_status (status, claim_id)`,
	// Indexes for the list filters not covered by the writer's schema, each
	// ending in the list order so a filtered page is an index range walk.
	`CREATE INDEX IF NOT EXISTS claims_accuser_name ON claims (accuser_name, stored_at DESC)`,
	`CREATE INDEX IF NOT EXISTS claims_lang ON claims (lang, stored_at DESC)`,
	`CREATE INDEX IF NOT EXISTS claims_accused_group ON claims (accused_kind, accused_name, stored_at DESC)`,
	// claim_fix projects the filterable fields of corrected claims (the
	// latest correction), so that filters, counts, the timeline and exports
	// select claims by what the analyst set, not by what was extracted.
	`CREATE TABLE IF NOT EXISTS claim_fix (
		claim_id        TEXT PRIMARY KEY,
		accuser_name    TEXT NOT NULL DEFAULT '',
		accused_name    TEXT NOT NULL DEFAULT '',
		accused_kind    TEXT NOT NULL DEFAULT '',
		accused_country TEXT NOT NULL DEFAULT '',
		claim_date      TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE TABLE IF NOT EXISTS claim_fix_victims (
		claim_id TEXT NOT NULL,
		country  TEXT NOT NULL,
		PRIMARY KEY (claim_id, country)
	)`,
	`CREATE INDEX IF NOT EXISTS claim_fix_victims_country ON claim_fix_victims (country, claim_id)`,
}

// storeFTSDDL (SQLite only) indexes the free-text columns with FTS5's
// trigram tokenizer, so a substring search uses an index instead of reading
// every row. The triggers keep it in step with whatever writes claims (the
// sinks' upserts fire the update trigger). Rows share the claims' rowid
// (searches join on it); the claim id is stored too, so that a renumbering
// of claims (VACUUM) is detected at open (checkFTSRowids). Applied by
// migration 101.
var storeFTSDDL = []string{
	`CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(id UNINDEXED, evidence, article_title, accused_name, accuser_name, tokenize = 'trigram')`,
	`CREATE TRIGGER IF NOT EXISTS claims_fts_ai AFTER INSERT ON claims BEGIN
		INSERT INTO claims_fts (rowid, id, evidence, article_title, accused_name, accuser_name)
		VALUES (new.rowid, new.id, new.evidence, new.article_title, new.accused_name, new.accuser_name);
	END`,
	`CREATE TRIGGER IF NOT EXISTS claims_fts_ad AFTER DELETE ON claims BEGIN
		DELETE FROM claims_fts WHERE rowid = old.rowid;
	END`,
	`CREATE TRIGGER IF NOT EXISTS claims_fts_au AFTER UPDATE ON claims BEGIN
		DELETE FROM claims_fts WHERE rowid = old.rowid;
		INSERT INTO claims_fts (rowid, id, evidence, article_title, accused_name, accuser_name)
		VALUES (new.rowid, new.id, new.evidence, new.article_title, new.accused_name, new.accuser_name);
	END`,
}

// storeMigration is one numbered change to the review store's schema,
// recorded in schema_migrations beside the sinks' own (versions 1–99 belong
// to the sinks, 100 and up to the review store).
type storeMigration = sinkMigration

// storeReviewMigration creates the review tables: decisions, the status and
// correction projections, and the indexes of the list filters.
var storeReviewMigration = storeMigration{Version: 100,
	Name: "decisions, claim_status, claim_fix, claim_fix_victims; list filter indexes", Stmts: storeDDL}

// storeMigrationsSQLite upgrade an SQLite database, whatever wrote it first.
var storeMigrationsSQLite = []storeMigration{
	storeReviewMigration,
	{Version: 101, Name: "claims_fts: trigram text index over evidence, title and names",
		// Rebuilt from claims: a database from before this migration may
		// hold an index filled by earlier code, or none.
		Stmts: append(append([]string{}, storeFTSDDL...), `DELETE FROM claims_fts`, storeFTSFill)},
	{Version: 102, Name: "claims_date_stored, claims_timeline: date ranges in list order; the overview from an index",
		Stmts: []string{`CREATE INDEX IF NOT EXISTS claims_date_stored ON claims (claim_date, stored_at DESC)`, storeTimelineIndex}},
	eventQueryMigrationSQLite, // events_query.go
}

// storeTimelineIndex covers the overview's query (state and month of every
// claim), so it reads a narrow index instead of the rows and their JSON.
const storeTimelineIndex = `CREATE INDEX IF NOT EXISTS claims_timeline ON claims (accused_country, claim_date, published, stored_at)`

// storeMigrationsPostgres upgrade a PostgreSQL schema.
var storeMigrationsPostgres = []storeMigration{
	storeReviewMigration,
	{Version: 101, Name: "claims.search: tsvector of evidence, title and names with a GIN index",
		Stmts: []string{
			`ALTER TABLE claims ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS (
				to_tsvector('simple', evidence || ' ' || article_title || ' ' || accused_name || ' ' || accuser_name)) STORED`,
			`CREATE INDEX IF NOT EXISTS claims_search ON claims USING GIN (search)`,
		}},
	{Version: 102, Name: "claims_date_stored, claims_timeline: date ranges in list order; the overview from an index",
		Stmts: []string{`CREATE INDEX IF NOT EXISTS claims_date_stored ON claims (claim_date, stored_at DESC)`, storeTimelineIndex}},
	eventQueryMigrationPostgres, // events_query.go
}

const storeFTSFill = `INSERT INTO claims_fts (rowid, id, evidence, article_title, accused_name, accuser_name)
	SELECT rowid, id, evidence, article_title, accused_name, accuser_name FROM claims`

// storeMigrations is every migration a review store applies, in order: the
// sinks' tables (a store may open a database before any sink wrote to it),
// then its own.
func storeMigrations(d storeDialect) []storeMigration {
	own := storeMigrationsSQLite
	if d == dialectPostgres {
		own = storeMigrationsPostgres
	}
	return append(append([]storeMigration{}, sinkMigrations...), own...)
}

// migrate brings the store's database to the current schema.
func (s *sqlStore) migrate(ctx context.Context) error { return s.migrateVersioned(ctx) }

// migrateVersioned applies the numbered migrations not yet recorded.
func (s *sqlStore) migrateVersioned(ctx context.Context) error {
	if s.dialect == dialectSQLite {
		if err := sqliteMigrate(ctx, s.db, storeMigrations(s.dialect)); err != nil {
			return fmt.Errorf("store: %s: %w", s.name, err)
		}
		return s.checkFTSRowids(ctx)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: migrate: %w", s.name, err)
	}
	defer tx.Rollback()
	// One process migrates a schema at a time: the sinks take the same lock
	// (pgMigrate), since both record the sinks' migrations.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, pgMigrateLock(cmp.Or(s.schema, "public"))); err != nil {
		return fmt.Errorf("store: %s: migration lock: %w", s.name, err)
	}
	if s.schema != "" {
		// Under the lock: a sink creating the same schema at the same
		// moment made CREATE SCHEMA IF NOT EXISTS fail on a duplicate key.
		// The schema was checked against storeIdentRE at open.
		if _, err := tx.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+s.schema); err != nil {
			return fmt.Errorf("store: %s: create schema %s: %w", s.name, s.schema, err)
		}
	}
	if _, err := tx.ExecContext(ctx, schemaMigrationsDDL); err != nil {
		return fmt.Errorf("store: %s: create schema_migrations: %w", s.name, err)
	}
	for _, m := range storeMigrations(s.dialect) {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
			return fmt.Errorf("store: %s: migration %d: %w", s.name, m.Version, err)
		}
		if n > 0 {
			continue
		}
		for _, stmt := range m.Stmts {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("store: %s: migration %d (%s): %w", s.name, m.Version, m.Name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
			m.Version, m.Name, sinkTime(nowUTC())); err != nil {
			return fmt.Errorf("store: %s: migration %d: record: %w", s.name, m.Version, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: migrate: %w", s.name, err)
	}
	return nil
}

// sqliteMigrate applies the migrations not yet recorded in
// schema_migrations, each in its own immediate transaction so that two
// processes opening the same new database do not both apply it.
func sqliteMigrate(ctx context.Context, db *sql.DB, migrations []sinkMigration) error {
	if _, err := db.ExecContext(ctx, schemaMigrationsDDL); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range migrations {
		if err := func() error {
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE version = ?", m.Version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, stmt := range m.Stmts {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
				m.Version, m.Name, sinkTime(nowUTC())); err != nil {
				return err
			}
			return tx.Commit()
		}(); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
		}
	}
	return nil
}

// pgMigrate creates schema if missing and applies the migrations not yet in
// its schema_migrations table, all in one transaction holding an advisory
// lock keyed by the schema name.
func pgMigrate(ctx context.Context, pool *pgxpool.Pool, schema string, migrations []sinkMigration) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext($1))", pgMigrateLock(schema)); err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		var exists bool
		if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = lower($1))", schema).Scan(&exists); err != nil {
			return fmt.Errorf("look up schema %s: %w", schema, err)
		}
		if !exists {
			// schema matched sinkIdentRE, so it is safe unquoted (and folds
			// to lower case exactly as search_path does).
			if _, err := tx.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+schema); err != nil {
				return fmt.Errorf("create schema %s: %w", schema, err)
			}
		}
		if _, err := tx.Exec(ctx, "SET LOCAL search_path TO "+schema); err != nil {
			return fmt.Errorf("set search_path: %w", err)
		}
		if _, err := tx.Exec(ctx, schemaMigrationsDDL); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		for _, m := range migrations {
			var n int
			if err := tx.QueryRow(ctx, "SELECT count(*) FROM schema_migrations WHERE version = $1", m.Version).Scan(&n); err != nil {
				return fmt.Errorf("migration %d: %w", m.Version, err)
			}
			if n > 0 {
				continue
			}
			for _, stmt := range m.Stmts {
				if _, err := tx.Exec(ctx, stmt); err != nil {
					return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
				}
			}
			if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
				m.Version, m.Name, sinkTime(nowUTC())); err != nil {
				return fmt.Errorf("migration %d: record: %w", m.Version, err)
			}
		}
		return nil
	})
}

// pgMigrateLock is the advisory lock key under which a PostgreSQL schema
// is migrated, by a sink or a store.
func pgMigrateLock(schema string) string { return "claimwire.migrate." + schema }
