package sinks

// Free-text search of the review store and the versioned migrations that
// build its indexes. SQLite uses an FTS5 table with the trigram tokenizer
// (a substring search, as LIKE '%q%' gave, answered from an index);
// PostgreSQL a generated tsvector column with a GIN index, rechecked with
// ILIKE so that a hit still contains the text as typed.

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// storeMigration is one numbered change to the review store's schema,
// recorded in schema_migrations beside the sinks' own (versions 1–99 belong
// to the sinks, 100 and up to the review store).
type storeMigration = sinkMigration

// storeMigrationsSQLite upgrade an SQLite database, whatever wrote it first.
var storeMigrationsSQLite = []storeMigration{
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

// migrateVersioned applies the store's numbered migrations.
func (s *sqlStore) migrateVersioned(ctx context.Context) error {
	if s.dialect == dialectSQLite {
		if err := sqliteMigrate(ctx, s.db, storeMigrationsSQLite); err != nil {
			return fmt.Errorf("store: %s: %w", s.name, err)
		}
		return s.checkFTSRowids(ctx)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: migrate: %w", s.name, err)
	}
	defer tx.Rollback()
	// One process migrates a schema at a time (the sinks take the same
	// kind of lock for theirs).
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext($1))`, "claimwire.store.migrate."+s.name); err != nil {
		return fmt.Errorf("store: %s: migration lock: %w", s.name, err)
	}
	if _, err := tx.ExecContext(ctx, schemaMigrationsDDL); err != nil {
		return fmt.Errorf("store: %s: create schema_migrations: %w", s.name, err)
	}
	for _, m := range storeMigrationsPostgres {
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

// checkFTSRowids rebuilds the SQLite text index when its rowids no longer
// name the same claims. The search joins on rowid (reading ids from the
// index costs a lookup per hit: 0.4 s for a word every claim holds at
// 100,000 claims, against 0.02 s), and claims has no INTEGER PRIMARY KEY,
// so a VACUUM may renumber its rows. The newest claim is the probe.
func (s *sqlStore) checkFTSRowids(ctx context.Context) error {
	var rowid int64
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT rowid, id FROM claims ORDER BY stored_at DESC, id LIMIT 1`).Scan(&rowid, &id)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return fmt.Errorf("store: %s: check text index: %w", s.name, err)
	}
	var ftsID string
	err = s.db.QueryRowContext(ctx, `SELECT id FROM claims_fts WHERE rowid = ?`, rowid).Scan(&ftsID)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("store: %s: check text index: %w", s.name, err)
	}
	if ftsID == id {
		return nil
	}
	s.log.Warn("text index out of step with claims (vacuumed?); rebuilding")
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: rebuild text index: %w", s.name, err)
	}
	defer tx.Rollback()
	for _, stmt := range []string{`DELETE FROM claims_fts`, storeFTSFill} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: %s: rebuild text index: %w", s.name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: rebuild text index: %w", s.name, err)
	}
	return nil
}

// perRowTests chooses, for a list page, which filters are tested row by
// row while walking the list order (best when many claims match: the walk
// stops after a page) instead of as a set (best when few do).
type perRowTests struct{ victim, text bool }

// textSortLimit is the number of text hits above which a list page walks
// the stored_at index and asks the text index about each row: a word every
// claim holds took 0.4–0.5 s as a set at 100,000 claims.
const textSortLimit = 5000

// ftsPhrase quotes q as an FTS5 phrase (over trigrams: the substring).
func ftsPhrase(q string) string { return `"` + strings.ReplaceAll(q, `"`, `""`) + `"` }

// usesFTS reports whether q is searched through the SQLite text index
// (trigrams need 3 characters; shorter text falls back to LIKE).
func (s *sqlStore) usesFTS(q string) bool {
	return s.dialect == dialectSQLite && utf8.RuneCountInString(q) >= 3
}

// textCount counts the claims whose text matches q from the text index
// alone; ok is false when q does not use it.
func (s *sqlStore) textCount(ctx context.Context, q string) (n int, ok bool, err error) {
	q = strings.TrimSpace(q)
	if q == "" || !s.usesFTS(q) {
		return 0, false, nil
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?`, ftsPhrase(q)).Scan(&n); err != nil {
		return 0, false, fmt.Errorf("store: %s: text count: %w", s.name, err)
	}
	return n, true, nil
}

// textCond is the WHERE condition of the free-text filter q, as a set or,
// with perRow, as a probe of the text index for each row.
func (s *sqlStore) textCond(q string, perRow bool) (string, []any) {
	if s.usesFTS(q) {
		if perRow {
			return "EXISTS (SELECT 1 FROM claims_fts WHERE claims_fts MATCH ? AND claims_fts.rowid = c.rowid)", []any{ftsPhrase(q)}
		}
		return "c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)", []any{ftsPhrase(q)}
	}
	pat := "%" + storeLikeEscape(q) + "%"
	l := s.like()
	like := "(c.evidence " + l + " ? ESCAPE '\\' OR c.article_title " + l + " ? ESCAPE '\\' OR c.accused_name " + l + " ? ESCAPE '\\' OR c.accuser_name " + l + " ? ESCAPE '\\')"
	args := []any{pat, pat, pat, pat}
	if s.dialect == dialectPostgres {
		if tq := pgPrefixQuery(q); tq != "" {
			// The GIN index finds the claims holding every word of q (as a
			// word prefix); ILIKE keeps those containing q as typed.
			return "c.search @@ to_tsquery('simple', ?) AND " + like, append([]any{tq}, args...)
		}
	}
	return like, args
}

// pgPrefixQuery turns free text into a tsquery of word prefixes joined by
// AND ("APT 28" → "apt:* & 28:*"). Only letters and digits reach the
// query, so no input can form tsquery syntax. "" when q has no word.
func pgPrefixQuery(q string) string {
	words := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		words[i] = w + ":*"
	}
	return strings.Join(words, " & ")
}
