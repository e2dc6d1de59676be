package sinks

// Attribution events (package events) in the SQL sinks. Kept apart from
// the claims code so that the storage split (one file per aggregate) can
// take it as it is: its DDL, its migration, its writer and its reader.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/claimwire/claimwire/events"
)

// EventWriter is implemented by sinks that store attribution events. An
// event is stored by id, its latest revision replacing an older one (a
// revision lower than the stored one is ignored, so a late or replayed
// message never rolls an event back); retired ids (events merged into
// another) are deleted.
type EventWriter interface {
	WriteEvents(ctx context.Context, evs []events.Event, retired []string) error
}

// eventsDDL: events keeps the event JSON (doc) and projections for the
// review page's filters; event_claims maps claims to their event, denials
// included (role).
var eventsDDL = []string{
	`CREATE TABLE IF NOT EXISTS events (
		id              TEXT PRIMARY KEY,
		schema_version  TEXT NOT NULL,
		revision        INTEGER NOT NULL,
		accuser_key     TEXT NOT NULL DEFAULT '',
		accused_key     TEXT NOT NULL DEFAULT '',
		accused_country TEXT NOT NULL DEFAULT '',
		stance          TEXT NOT NULL DEFAULT '',
		first_seen      TEXT NOT NULL DEFAULT '',
		last_seen       TEXT NOT NULL DEFAULT '',
		sources         INTEGER NOT NULL DEFAULT 0,
		articles        INTEGER NOT NULL DEFAULT 0,
		doc             TEXT NOT NULL,
		updated_at      TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS event_claims (
		event_id TEXT NOT NULL,
		claim_id TEXT NOT NULL,
		role     TEXT NOT NULL,
		PRIMARY KEY (event_id, claim_id)
	)`,
	`CREATE INDEX IF NOT EXISTS events_last_seen ON events (last_seen DESC, id)`,
	`CREATE INDEX IF NOT EXISTS events_accused ON events (accused_country, last_seen DESC)`,
	`CREATE INDEX IF NOT EXISTS event_claims_claim ON event_claims (claim_id)`,
}

// eventsMigration is the events tables' schema change. Its version (20)
// leaves room for the claims and review migrations numbered before it.
var eventsMigration = sinkMigration{Version: 20, Name: "events, event_claims", Stmts: eventsDDL}

const eventUpsert = `INSERT INTO events (id, schema_version, revision, accuser_key, accused_key, accused_country, stance,
		first_seen, last_seen, sources, articles, doc, updated_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version, revision = excluded.revision,
		accuser_key = excluded.accuser_key, accused_key = excluded.accused_key, accused_country = excluded.accused_country,
		stance = excluded.stance, first_seen = excluded.first_seen, last_seen = excluded.last_seen,
		sources = excluded.sources, articles = excluded.articles, doc = excluded.doc, updated_at = excluded.updated_at
	WHERE excluded.revision >= events.revision`

// eventStmt is one statement of an event write, with "?" placeholders.
type eventStmt struct {
	sql  string
	args []any
}

// eventStmts turns an event batch into statements, validating every event
// first: a bad event refuses the batch (ErrPermanent) before anything runs.
func eventStmts(sink string, evs []events.Event, retired []string, now string) ([]eventStmt, error) {
	var out []eventStmt
	for _, id := range retired {
		out = append(out, eventStmt{`DELETE FROM event_claims WHERE event_id = ?`, []any{id}},
			eventStmt{`DELETE FROM events WHERE id = ?`, []any{id}})
	}
	for i := range evs {
		e := &evs[i]
		if err := e.Validate(); err != nil {
			return nil, fmt.Errorf("sinks: %s: event %d: %w: %w", sink, i, ErrPermanent, err)
		}
		doc, err := json.Marshal(e)
		if err != nil {
			return nil, fmt.Errorf("sinks: %s: event %s: %w: %w", sink, e.ID, ErrPermanent, err)
		}
		out = append(out, eventStmt{eventUpsert, []any{e.ID, e.Schema, e.Revision, e.AccuserKey, e.AccusedKey,
			e.SubjectToken(), string(e.Stance), string(e.FirstSeen), string(e.LastSeen), e.Sources, len(e.Articles), string(doc), now}})
		// membership follows the stored revision only: rewrite it when this
		// revision is the one now stored
		out = append(out, eventStmt{`DELETE FROM event_claims WHERE event_id = ? AND (SELECT revision FROM events WHERE id = ?) = ?`,
			[]any{e.ID, e.ID, e.Revision}})
		for role, ids := range map[string][]string{"claim": e.Claims, "denial": e.Denials} {
			for _, cid := range ids {
				out = append(out, eventStmt{`INSERT INTO event_claims (event_id, claim_id, role)
					SELECT ?, ?, ? WHERE (SELECT revision FROM events WHERE id = ?) = ?
					ON CONFLICT (event_id, claim_id) DO NOTHING`, []any{e.ID, cid, role, e.ID, e.Revision}})
			}
		}
	}
	return out, nil
}

// WriteEvents stores events in one transaction.
func (s *sqliteSink) WriteEvents(ctx context.Context, evs []events.Event, retired []string) error {
	stmts, err := eventStmts(s.Name(), evs, retired, sinkTime(s.opts.Now()))
	if err != nil || len(stmts) == 0 {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.WriteTimeout)
	defer cancel()
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		for _, st := range stmts {
			if _, err := tx.ExecContext(ctx, st.sql, st.args...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sinks: %s: events: %w: %w", s.Name(), ErrUnavailable, err)
	}
	return nil
}

// WriteEvents stores events in one transaction (one pgx batch).
func (p *pgSink) WriteEvents(ctx context.Context, evs []events.Event, retired []string) error {
	stmts, err := eventStmts(p.Name(), evs, retired, sinkTime(p.opts.Now()))
	if err != nil || len(stmts) == 0 {
		return err
	}
	batch := &pgx.Batch{}
	for _, st := range stmts {
		batch.Queue(dollarPlaceholders(st.sql), st.args...)
	}
	return p.runBatch(ctx, batch)
}

// dollarPlaceholders rewrites "?" placeholders as $1, $2… (the statements
// above hold no "?" inside literals).
func dollarPlaceholders(q string) string {
	var b []byte
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b = fmt.Appendf(b, "$%d", n)
			continue
		}
		b = append(b, q[i])
	}
	return string(b)
}

// WriteEvents forwards to every sink that stores events.
func (m *Multi) WriteEvents(ctx context.Context, evs []events.Event, retired []string) error {
	return m.each(func(s Sink) error {
		if w, ok := s.(EventWriter); ok {
			return w.WriteEvents(ctx, evs, retired)
		}
		return nil
	})
}

// Events returns the stored events, newest activity first (last_seen
// DESC, id); accusedCC ("CN") selects one accused country, "" all.
func (s *sqlStore) Events(ctx context.Context, accusedCC string) ([]events.Event, error) {
	q := `SELECT doc FROM events`
	var args []any
	if accusedCC != "" {
		q += ` WHERE accused_country = ?`
		args = append(args, accusedCC)
	}
	rows, err := s.db.QueryContext(ctx, s.q(q+` ORDER BY last_seen DESC, id`), args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: events: %w", s.name, err)
	}
	defer rows.Close()
	var out []events.Event
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("store: %s: events: %w", s.name, err)
		}
		var e events.Event
		if err := json.Unmarshal([]byte(doc), &e); err != nil {
			return nil, fmt.Errorf("store: %s: event doc: %w", s.name, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EventReader is implemented by the review store: the events written by
// the sinks.
type EventReader interface {
	Events(ctx context.Context, accusedCC string) ([]events.Event, error)
}

// WriteEvents stores events through the review store's connection, in one
// transaction: what `replay` uses to rebuild the events table.
func (s *sqlStore) WriteEvents(ctx context.Context, evs []events.Event, retired []string) error {
	stmts, err := eventStmts(s.name, evs, retired, sinkTime(nowUTC()))
	if err != nil || len(stmts) == 0 {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %s: events: %w: %w", s.name, ErrUnavailable, err)
	}
	defer tx.Rollback()
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, s.q(st.sql), st.args...); err != nil {
			return fmt.Errorf("store: %s: events: %w: %w", s.name, ErrUnavailable, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: %s: events: %w: %w", s.name, ErrUnavailable, err)
	}
	return nil
}
