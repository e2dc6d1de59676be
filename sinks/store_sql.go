package sinks

// The review store's connection: one type (sqlStore) serving SQLite and
// PostgreSQL through database/sql. What it does is split by aggregate, each
// behind the small interface its callers need (store.go):
//
//	store_filter.go     Filter → SQL (branches over analysts' corrections, keyset cursors)
//	store_claims.go     ClaimReader: pages, counts, one claim, an article, Each
//	store_facets.go     ClaimReader: facets and the overview timeline
//	store_search.go     free text (SQLite FTS5, PostgreSQL tsvector)
//	store_decisions.go  Decisions: decisions and the status / correction projections
//	store_outbox.go     Outbox: decisions not yet published
//	events_sql.go       EventReader / EventWriter: attribution events
//	migrations.go       every table's DDL as numbered migrations, sinks' and store's
//	errors.go           the errors, and the one classification of database errors

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

type storeDialect int

const (
	dialectSQLite storeDialect = iota
	dialectPostgres
)

// sqlStore implements Store over database/sql for both dialects; only the
// placeholders and the case-insensitive LIKE differ.
type sqlStore struct {
	db      *sql.DB
	dialect storeDialect
	name    string
	schema  string // PostgreSQL schema named by the DSN; "" for the server's default (or SQLite)
	log     *slog.Logger
}

// storeTimeFormat is fixed-width so that text comparison orders instants.
const storeTimeFormat = "2006-01-02T15:04:05.000000000Z"

// OpenStore opens the review store for dsn: "sqlite:PATH" or
// "postgres://…" (a "schema" query parameter selects the PostgreSQL schema,
// created if missing). It applies the numbered migrations the database has
// not recorded yet, the sinks' and its own (migrations.go).
func OpenStore(ctx context.Context, dsn string, logger *slog.Logger) (Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &sqlStore{}
	// The same DSN syntax as the sinks (ParseSpec), so `serve --db` takes
	// what `run --sink` was given.
	spec, err := ParseSpec(dsn)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadDSN, err)
	}
	switch spec.Kind {
	case KindSQLite:
		db, err := sql.Open("sqlite", "file:"+spec.Path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", dsn, err)
		}
		s.db, s.dialect, s.name = db, dialectSQLite, "sqlite:"+spec.Path
	case KindPostgres:
		cfg, err := pgx.ParseConfig(spec.URL)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadDSN, err)
		}
		if spec.Schema != "" {
			if !storeIdentRE().MatchString(spec.Schema) {
				return nil, fmt.Errorf("%w: schema %q: want letters, digits and _", ErrBadDSN, spec.Schema)
			}
			cfg.RuntimeParams["search_path"] = spec.Schema
		}
		db := stdlib.OpenDB(*cfg)
		u, _ := url.Parse(spec.URL)
		u.User = nil
		s.db, s.dialect, s.name, s.schema = db, dialectPostgres, u.String(), spec.Schema
		if spec.Schema != "" {
			// created (if missing) by the migrations, under their lock
			s.name += " schema=" + spec.Schema
		}
	default:
		return nil, fmt.Errorf("%w: %q: a %s sink cannot be reviewed; want sqlite:PATH or postgres://…", ErrBadDSN, dsn, spec.Kind)
	}
	s.log = logger.With("stage", "store", "store", s.name)
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

var storeIdentRE = lazyRE(`^[A-Za-z_][A-Za-z0-9_]{0,62}$`)

func (s *sqlStore) Name() string { return s.name }
func (s *sqlStore) Close() error { return s.db.Close() }

// q rewrites "?" placeholders to "$n" for PostgreSQL. Queries here never
// contain a literal question mark.
func (s *sqlStore) q(query string) string {
	if s.dialect != dialectPostgres {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func (s *sqlStore) like() string {
	if s.dialect == dialectPostgres {
		return "ILIKE"
	}
	return "LIKE" // ASCII case-insensitive in SQLite
}
