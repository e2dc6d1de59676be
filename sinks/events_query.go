package sinks

// The review side's reading of attribution events: a filtered, keyset-paged
// list (newest activity first), one event with its claims, and the roll-up
// of the claims' review decisions into an event status. Kept apart from
// store_sql.go (being split per aggregate) and from events_sql.go (the
// writer): methods on sqlStore and one migration (103: indexes, and the
// event_langs / event_victims projections kept by triggers on events).

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// EventQuerier is implemented by the review store (both dialects): what the
// review page reads about events. It is separate from Store so that a store
// without events (an older database, a test double) still serves claims.
type EventQuerier interface {
	// ListEvents returns one page of events matching f, newest activity
	// first (last seen DESC, id), keyset-paged like List.
	ListEvents(ctx context.Context, f EventFilter, p Page) (EventListResult, error)
	// CountEvents returns how many events match f.
	CountEvents(ctx context.Context, f EventFilter) (int, error)
	// EventFacets returns the accused and accuser actors of the stored
	// events with their event counts.
	EventFacets(ctx context.Context) (EventFacets, error)
	// GetEvent returns one event with its review roll-up, or ErrNotFound.
	GetEvent(ctx context.Context, id string) (*EventRecord, error)
	// EventClaims returns up to limit claims of an event (accusations
	// first, then denials; newest claim date first within each).
	EventClaims(ctx context.Context, id string, limit int) ([]Record, error)
}

// EventFilter selects events. Empty fields do not filter.
type EventFilter struct {
	Accused        string     // accused actor key (events.ActorKey: "state:cn", "mitre:g0007")
	AccusedCountry string     // alpha-2 of the accused: a state, or a group's country
	Accuser        string     // accuser actor key
	Victim         string     // alpha-2 of a victim country named by any claim of the event
	Lang           string     // language of any article of the event
	From           claim.Date // active on or after From: last seen >= From
	To             claim.Date // active on or before To: first seen within or before To
	MinSources     int        // independent sources >= MinSources
	Stance         string     // "", accusation (events with accusations) or denial (denials answering nothing)
}

var (
	eventCountryRE = lazyRE(`^[A-Z]{2}$`)
	eventLangRE    = lazyRE(`^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$`)
)

// maxEventSources bounds MinSources: no event has more independent sources
// than that, and it keeps the parameter a small integer.
const maxEventSources = 1_000_000

// Validate checks the filter (codes upper-case, dates valid and ordered).
func (f EventFilter) Validate() error {
	var errs []string
	if f.AccusedCountry != "" && !eventCountryRE().MatchString(f.AccusedCountry) {
		errs = append(errs, fmt.Sprintf("accused country %q is not an alpha-2 code", f.AccusedCountry))
	}
	if f.Victim != "" && !eventCountryRE().MatchString(f.Victim) {
		errs = append(errs, fmt.Sprintf("victim %q is not an alpha-2 code", f.Victim))
	}
	if f.Lang != "" && !eventLangRE().MatchString(f.Lang) {
		errs = append(errs, fmt.Sprintf("language %q is not a language code", f.Lang))
	}
	for _, d := range []struct {
		name string
		v    claim.Date
	}{{"from", f.From}, {"to", f.To}} {
		if d.v != "" && !d.v.Valid() {
			errs = append(errs, fmt.Sprintf("%s %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d.name, d.v))
		}
	}
	if f.From.Valid() && f.To.Valid() && string(f.From) > string(f.To)+"~" {
		errs = append(errs, fmt.Sprintf("from %s is after to %s", f.From, f.To))
	}
	if f.MinSources < 0 || f.MinSources > maxEventSources {
		errs = append(errs, fmt.Sprintf("sources %d outside 0..%d", f.MinSources, maxEventSources))
	}
	switch claim.Stance(f.Stance) {
	case "", claim.StanceAccusation, claim.StanceDenial:
	default:
		errs = append(errs, fmt.Sprintf("stance %q unknown (accusation or denial)", f.Stance))
	}
	if len(errs) > 0 {
		return fmt.Errorf("sinks: event filter: %s", strings.Join(errs, "; "))
	}
	return nil
}

// IsZero reports whether f selects every event.
func (f EventFilter) IsZero() bool { return f == EventFilter{} }

// Event statuses: the roll-up of the latest decisions on an event's claims
// (accusations and denials alike). An edit counts as an acceptance (the
// analyst kept the claim, corrected).
const (
	EventAccepted   = "accepted"        // every claim accepted or edited
	EventRejected   = "rejected"        // every claim rejected
	EventMixed      = "mixed"           // every claim reviewed, some accepted, some rejected
	EventPartly     = "partly reviewed" // some claims reviewed, some pending
	EventUnreviewed = "unreviewed"      // no claim reviewed
)

// EventStatus counts an event's claims by their review status.
type EventStatus struct {
	Claims   int // every claim of the event, denials included
	Accepted int // accepted, corrected or not
	Edited   int // corrected and not (yet) accepted or rejected
	Rejected int
}

// Pending is the number of claims without a decision.
func (st EventStatus) Pending() int { return st.Claims - st.Accepted - st.Edited - st.Rejected }

// Reviewed is the number of claims with a decision.
func (st EventStatus) Reviewed() int { return st.Accepted + st.Edited + st.Rejected }

// State is the event status the counts give (EventAccepted…).
func (st EventStatus) State() string {
	kept := st.Accepted + st.Edited
	switch {
	case st.Claims == 0 || st.Reviewed() == 0:
		return EventUnreviewed
	case st.Pending() > 0:
		return EventPartly
	case kept == st.Claims:
		return EventAccepted
	case st.Rejected == st.Claims:
		return EventRejected
	}
	return EventMixed
}

// EventRecord is a stored event and the review roll-up of its claims.
type EventRecord struct {
	Event  events.Event
	Status EventStatus
}

// Cursor is the keyset position of r (Page.After or Page.Before).
func (r *EventRecord) Cursor() string {
	return base64.RawURLEncoding.EncodeToString([]byte(string(r.Event.LastSeen) + "|" + r.Event.ID))
}

func eventParseCursor(c string) (lastSeen, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", fmt.Errorf("store: bad page cursor: %w", err)
	}
	ls, id, ok := strings.Cut(string(b), "|")
	if !ok {
		return "", "", errors.New("store: bad page cursor")
	}
	return ls, id, nil
}

// EventListResult is one page of events; Next and Prev as in ListResult.
type EventListResult struct {
	Events []EventRecord
	Next   string
	Prev   string
}

// EventFacet is one actor of the stored events: its key, a display name
// (from one of its events) and the number of events.
type EventFacet struct {
	Key, Name string
	Count     int
}

// EventFacets are the actors the event filters offer.
type EventFacets struct {
	Accused        []EventFacet
	Accuser        []EventFacet
	AccusedCountry []EventFacet // Key: alpha-2 ("" for none)
	Victim         []EventFacet // Key: alpha-2 of a state victim
	Lang           []EventFacet // Key: language ("und" for none)
}

// Migration 103 indexes the event filters, each index ending in the list
// order (last_seen DESC, id) so that a filtered page is an index range
// walk, and projects each event's languages and victims (the counts of its
// doc) into event_langs and event_victims, kept in step by triggers on
// events: whatever writes an event (a sink, replay) updates them in the
// same statement, and the filters read a narrow index instead of every
// event's claims (0.3–0.7 s at 100,000 claims through event_claims and
// claims). The migration fills them from the events already stored.
var eventQueryIndexes = []string{
	`CREATE INDEX IF NOT EXISTS events_accused_key ON events (accused_key, last_seen DESC, id)`,
	`CREATE INDEX IF NOT EXISTS events_accuser_key ON events (accuser_key, last_seen DESC, id)`,
	`CREATE TABLE IF NOT EXISTS event_langs (
		event_id TEXT NOT NULL,
		lang     TEXT NOT NULL,
		n        INTEGER NOT NULL,
		PRIMARY KEY (event_id, lang)
	)`,
	`CREATE INDEX IF NOT EXISTS event_langs_lang ON event_langs (lang, event_id)`,
	`CREATE TABLE IF NOT EXISTS event_victims (
		event_id TEXT NOT NULL,
		victim   TEXT NOT NULL,
		n        INTEGER NOT NULL,
		PRIMARY KEY (event_id, victim)
	)`,
	`CREATE INDEX IF NOT EXISTS event_victims_victim ON event_victims (victim, event_id)`,
	`DELETE FROM event_langs`,
	`DELETE FROM event_victims`,
}

const eventQueryName = "events_accused_key, events_accuser_key, event_langs, event_victims: event filters"

var eventQueryMigrationSQLite = storeMigration{Version: 103, Name: eventQueryName,
	Stmts: append(append([]string{}, eventQueryIndexes...),
		`CREATE TRIGGER IF NOT EXISTS events_proj_ai AFTER INSERT ON events BEGIN
			INSERT INTO event_langs (event_id, lang, n)
				SELECT new.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM json_each(new.doc, '$.languages') j;
			INSERT INTO event_victims (event_id, victim, n)
				SELECT new.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM json_each(new.doc, '$.victims') j;
		END`,
		`CREATE TRIGGER IF NOT EXISTS events_proj_au AFTER UPDATE OF doc ON events BEGIN
			DELETE FROM event_langs WHERE event_id = old.id;
			DELETE FROM event_victims WHERE event_id = old.id;
			INSERT INTO event_langs (event_id, lang, n)
				SELECT new.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM json_each(new.doc, '$.languages') j;
			INSERT INTO event_victims (event_id, victim, n)
				SELECT new.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM json_each(new.doc, '$.victims') j;
		END`,
		`CREATE TRIGGER IF NOT EXISTS events_proj_ad AFTER DELETE ON events BEGIN
			DELETE FROM event_langs WHERE event_id = old.id;
			DELETE FROM event_victims WHERE event_id = old.id;
		END`,
		`INSERT INTO event_langs (event_id, lang, n)
			SELECT e.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM events e, json_each(e.doc, '$.languages') j`,
		`INSERT INTO event_victims (event_id, victim, n)
			SELECT e.id, json_extract(j.value, '$.key'), json_extract(j.value, '$.n') FROM events e, json_each(e.doc, '$.victims') j`,
	)}

var eventQueryMigrationPostgres = storeMigration{Version: 103, Name: eventQueryName,
	Stmts: append(append([]string{}, eventQueryIndexes...),
		// the search path of the migration, not of whichever session writes
		// the event: the projections stay in the events table's schema
		`CREATE OR REPLACE FUNCTION events_proj() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
		BEGIN
			IF TG_OP <> 'INSERT' THEN
				DELETE FROM event_langs WHERE event_id = OLD.id;
				DELETE FROM event_victims WHERE event_id = OLD.id;
			END IF;
			IF TG_OP <> 'DELETE' THEN
				INSERT INTO event_langs (event_id, lang, n)
					SELECT NEW.id, j->>'key', (j->>'n')::int FROM json_array_elements(COALESCE(NEW.doc::json->'languages', '[]'::json)) j;
				INSERT INTO event_victims (event_id, victim, n)
					SELECT NEW.id, j->>'key', (j->>'n')::int FROM json_array_elements(COALESCE(NEW.doc::json->'victims', '[]'::json)) j;
			END IF;
			RETURN NULL;
		END $$`,
		`DROP TRIGGER IF EXISTS events_proj ON events`,
		`CREATE TRIGGER events_proj AFTER INSERT OR DELETE OR UPDATE OF doc ON events FOR EACH ROW EXECUTE FUNCTION events_proj()`,
		`INSERT INTO event_langs (event_id, lang, n)
			SELECT e.id, j->>'key', (j->>'n')::int FROM events e, json_array_elements(COALESCE(e.doc::json->'languages', '[]'::json)) j`,
		`INSERT INTO event_victims (event_id, victim, n)
			SELECT e.id, j->>'key', (j->>'n')::int FROM events e, json_array_elements(COALESCE(e.doc::json->'victims', '[]'::json)) j`,
	)}

// eventWhere builds the WHERE clause of f.
func (s *sqlStore) eventWhere(f EventFilter) (string, []any) {
	conds := []string{"1=1"}
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	if f.Accused != "" {
		add("e.accused_key = ?", f.Accused)
	}
	if f.AccusedCountry != "" {
		add("e.accused_country = ?", f.AccusedCountry)
	}
	if f.Accuser != "" {
		add("e.accuser_key = ?", f.Accuser)
	}
	if f.Victim != "" {
		// events count a state victim under "state:" + its code
		add("e.id IN (SELECT ev.event_id FROM event_victims ev WHERE ev.victim = ?)", "state:"+f.Victim)
	}
	if f.Lang != "" {
		add("e.id IN (SELECT el.event_id FROM event_langs el WHERE el.lang = ?)", f.Lang)
	}
	if f.From != "" {
		add("e.last_seen >= ?", string(f.From))
	}
	if f.To != "" {
		// "~" sorts after every digit and "-": To "2024-03" keeps "2024-03-31".
		add("e.first_seen <> '' AND e.first_seen <= ?", string(f.To)+"~")
	}
	if f.MinSources > 0 {
		add("e.sources >= ?", f.MinSources)
	}
	if f.Stance != "" {
		add("e.stance = ?", f.Stance)
	}
	return strings.Join(conds, " AND "), args
}

// ListEvents implements EventQuerier.
func (s *sqlStore) ListEvents(ctx context.Context, f EventFilter, p Page) (EventListResult, error) {
	if err := f.Validate(); err != nil {
		return EventListResult{}, err
	}
	if p.Limit <= 0 || p.Limit > 1000 {
		p.Limit = 50
	}
	w, args := s.eventWhere(f)
	order := " ORDER BY e.last_seen DESC, e.id"
	switch {
	case p.After != "":
		ls, id, err := eventParseCursor(p.After)
		if err != nil {
			return EventListResult{}, err
		}
		w += " AND (e.last_seen < ? OR (e.last_seen = ? AND e.id > ?))"
		args = append(args, ls, ls, id)
	case p.Before != "":
		ls, id, err := eventParseCursor(p.Before)
		if err != nil {
			return EventListResult{}, err
		}
		w += " AND (e.last_seen > ? OR (e.last_seen = ? AND e.id < ?))"
		args = append(args, ls, ls, id)
		order = " ORDER BY e.last_seen, e.id DESC"
	}
	args = append(args, p.Limit+1)
	recs, err := s.eventRows(ctx, s.q(`SELECT e.doc FROM events e WHERE `+w+order+` LIMIT ?`), args...)
	if err != nil {
		return EventListResult{}, err
	}
	var res EventListResult
	recs, res.Next, res.Prev = pageOf(recs, p.Limit, p.Before, p.After, (*EventRecord).Cursor)
	if err := s.eventStatuses(ctx, recs); err != nil {
		return EventListResult{}, err
	}
	res.Events = recs
	return res, nil
}

// eventRows reads event docs.
func (s *sqlStore) eventRows(ctx context.Context, query string, args ...any) ([]EventRecord, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: events: %w", s.name, err)
	}
	defer rows.Close()
	var out []EventRecord
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return nil, fmt.Errorf("store: %s: events: %w", s.name, err)
		}
		var r EventRecord
		if err := json.Unmarshal([]byte(doc), &r.Event); err != nil {
			return nil, fmt.Errorf("store: %s: event doc: %w", s.name, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: events: %w", s.name, err)
	}
	return out, nil
}

// eventStatuses fills the review roll-up of recs in one grouped query over
// event_claims and claim_status.
func (s *sqlStore) eventStatuses(ctx context.Context, recs []EventRecord) error {
	if len(recs) == 0 {
		return nil
	}
	idx := make(map[string]int, len(recs))
	ph := make([]string, len(recs))
	args := make([]any, len(recs))
	for i := range recs {
		idx[recs[i].Event.ID] = i
		ph[i], args[i] = "?", recs[i].Event.ID
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT ec.event_id, COALESCE(st.status, ''), count(*)
		FROM event_claims ec LEFT JOIN claim_status st ON st.claim_id = ec.claim_id
		WHERE ec.event_id IN (`+strings.Join(ph, ", ")+`) GROUP BY ec.event_id, st.status`), args...)
	if err != nil {
		return fmt.Errorf("store: %s: event status: %w", s.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, status string
		var n int
		if err := rows.Scan(&id, &status, &n); err != nil {
			return fmt.Errorf("store: %s: event status: %w", s.name, err)
		}
		st := &recs[idx[id]].Status
		st.Claims += n
		switch status {
		case claim.StatusAccepted:
			st.Accepted += n
		case claim.StatusEdited:
			st.Edited += n
		case claim.StatusRejected:
			st.Rejected += n
		}
	}
	return rows.Err()
}

// CountEvents implements EventQuerier.
func (s *sqlStore) CountEvents(ctx context.Context, f EventFilter) (int, error) {
	if err := f.Validate(); err != nil {
		return 0, err
	}
	w, args := s.eventWhere(f)
	var n int
	if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM events e WHERE `+w), args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %s: count events: %w", s.name, err)
	}
	return n, nil
}

// EventFacets implements EventQuerier. Names come from one event per actor
// (the JSON of that event only), so the cost is a GROUP BY on the key
// indexes plus one lookup per actor; countries, victims and languages are
// GROUP BYs on narrow indexes. Every count is a number of events.
func (s *sqlStore) EventFacets(ctx context.Context) (EventFacets, error) {
	var fc EventFacets
	for _, d := range []struct {
		col, member string
		dst         *[]EventFacet
	}{{"accused_key", "accused", &fc.Accused}, {"accuser_key", "accuser", &fc.Accuser}} {
		name := `json_extract(e.doc, '$.` + d.member + `.name')`
		if s.dialect == dialectPostgres {
			name = `(e.doc::json)->'` + d.member + `'->>'name'`
		}
		rows, err := s.db.QueryContext(ctx, `SELECT g.k, g.n, COALESCE(`+name+`, '')
			FROM (SELECT `+d.col+` AS k, count(*) AS n, min(id) AS mid FROM events GROUP BY `+d.col+`) g
			JOIN events e ON e.id = g.mid ORDER BY g.n DESC, g.k LIMIT 500`)
		if err != nil {
			return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
		}
		for rows.Next() {
			var v EventFacet
			if err := rows.Scan(&v.Key, &v.Count, &v.Name); err != nil {
				rows.Close()
				return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
			}
			*d.dst = append(*d.dst, v)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
		}
	}
	for _, d := range []struct {
		query string
		dst   *[]EventFacet
	}{
		{`SELECT accused_country, count(*) FROM events GROUP BY accused_country`, &fc.AccusedCountry},
		{`SELECT substr(victim, 7), count(*) FROM event_victims WHERE victim LIKE 'state:%' GROUP BY victim`, &fc.Victim},
		{`SELECT lang, count(*) FROM event_langs GROUP BY lang`, &fc.Lang},
	} {
		rows, err := s.db.QueryContext(ctx, d.query+` ORDER BY 2 DESC, 1 LIMIT 500`)
		if err != nil {
			return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
		}
		for rows.Next() {
			var v EventFacet
			if err := rows.Scan(&v.Key, &v.Count); err != nil {
				rows.Close()
				return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
			}
			if v.Key != "" && v.Key != "none" {
				*d.dst = append(*d.dst, v)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return EventFacets{}, fmt.Errorf("store: %s: event facets: %w", s.name, err)
		}
	}
	return fc, nil
}

// GetEvent implements EventQuerier.
func (s *sqlStore) GetEvent(ctx context.Context, id string) (*EventRecord, error) {
	recs, err := s.eventRows(ctx, s.q(`SELECT e.doc FROM events e WHERE e.id = ?`), id)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%w: event %q", ErrNotFound, id)
	}
	if err := s.eventStatuses(ctx, recs); err != nil {
		return nil, err
	}
	return &recs[0], nil
}

// EventClaims implements EventQuerier. Claims of the event not (or no
// longer) in the claims table are left out.
func (s *sqlStore) EventClaims(ctx context.Context, id string, limit int) ([]Record, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	return s.query(ctx, s.q(storeColumns+` FROM event_claims ec JOIN claims c ON c.id = ec.claim_id
		LEFT JOIN claim_status s ON s.claim_id = c.id
		WHERE ec.event_id = ? ORDER BY ec.role, c.claim_date DESC, c.id LIMIT ?`), id, limit)
}

var _ EventQuerier = (*sqlStore)(nil)
