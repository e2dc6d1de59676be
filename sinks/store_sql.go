package sinks

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/claimwire/claimwire/claim"
)

// storeDDL is the review side's own schema, applied after the shared claims
// DDL (schemaDDL). Everything is idempotent so that the writer and the
// reader may start in any order.
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
// migration 101 (store_search.go).
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
	log     *slog.Logger
}

// storeTimeFormat is fixed-width so that text comparison orders instants.
const storeTimeFormat = "2006-01-02T15:04:05.000000000Z"

// OpenStore opens the review store for dsn: "sqlite:PATH" or
// "postgres://…" (a "schema" query parameter selects the PostgreSQL schema,
// created if missing). It applies the shared and review DDL idempotently.
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
			if !storeIdentRE.MatchString(spec.Schema) {
				return nil, fmt.Errorf("%w: schema %q: want letters, digits and _", ErrBadDSN, spec.Schema)
			}
			cfg.RuntimeParams["search_path"] = spec.Schema
		}
		db := stdlib.OpenDB(*cfg)
		u, _ := url.Parse(spec.URL)
		u.User = nil
		s.db, s.dialect, s.name = db, dialectPostgres, u.String()
		if spec.Schema != "" {
			s.name += " schema=" + spec.Schema
			if _, err := db.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+spec.Schema); err != nil {
				db.Close()
				return nil, fmt.Errorf("store: %s: create schema %s: %w", s.name, spec.Schema, err)
			}
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

var storeIdentRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,62}$`)

func (s *sqlStore) migrate(ctx context.Context) error {
	for _, stmt := range append(append(append([]string{}, schemaDDL...), storeDDL...), eventsDDL...) {
		if _, err := s.db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: %s: apply schema: %w", s.name, err)
		}
	}
	return s.migrateVersioned(ctx)
}

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

// dims names filter dimensions so that Facets can leave one out.
type storeDim int

const (
	dimNone storeDim = iota
	dimAccusedState
	dimAccusedGroup
	dimAccuser
	dimVictim
	dimLang
	dimStatus
)

// storeBranch splits queries over "effective" claims in two: claims
// without a correction are read from the claims columns (and their
// indexes), corrected ones from claim_fix. Results are added (counts) or
// merged (pages). While nothing was corrected there is one branch.
type storeBranch int

const (
	branchAll      storeBranch = iota // no correction exists
	branchUnedited                    // claims without a correction
	branchEdited                      // corrected claims, editable fields from claim_fix
)

// branches returns the branches a query must cover.
func (s *sqlStore) branches(ctx context.Context) ([]storeBranch, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM claim_fix LIMIT 1) t`).Scan(&n); err != nil {
		return nil, fmt.Errorf("store: %s: %w", s.name, err)
	}
	if n == 0 {
		return []storeBranch{branchAll}, nil
	}
	return []storeBranch{branchUnedited, branchEdited}, nil
}

// ecol names an editable column in branch b.
func ecol(b storeBranch, name string) string {
	if b == branchEdited {
		return "x." + name
	}
	return "c." + name
}

// bfrom is the FROM clause of branch b; the claim_status join costs a
// primary-key probe per row (and makes aggregates miss covering indexes),
// so it is only made when the status is selected.
func bfrom(b storeBranch, needStatus bool) string {
	from := ` FROM claims c`
	if b == branchEdited {
		from = ` FROM claim_fix x JOIN claims c ON c.id = x.claim_id`
	}
	if needStatus {
		from += ` LEFT JOIN claim_status s ON s.claim_id = c.id`
	}
	return from
}

// whereB builds the WHERE clause (without the keyword) for f in branch b,
// skipping dim, with a choice of victim test: as a set (IN, best
// for counting and for rare countries, whose few rows are then sorted) or
// per row (EXISTS on the claim_victims primary key, best for a page of a
// common country: the stored_at index is walked and stops after a page).
func (s *sqlStore) whereB(f Filter, skip storeDim, perRow perRowTests, b storeBranch) (string, []any) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	if b == branchUnedited {
		add("c.id NOT IN (SELECT claim_id FROM claim_fix)")
	}
	if f.AccusedState != "" && skip != dimAccusedState {
		add(ecol(b, "accused_country")+" = ?", strings.ToUpper(f.AccusedState))
	}
	if f.AccusedGroup != "" && skip != dimAccusedGroup {
		add(ecol(b, "accused_name")+" = ? AND "+ecol(b, "accused_kind")+" = 'group'", f.AccusedGroup)
	}
	if f.Accuser != "" && skip != dimAccuser {
		add(ecol(b, "accuser_name")+" = ?", f.Accuser)
	}
	if f.Victim != "" && skip != dimVictim {
		if b == branchEdited {
			add("c.id IN (SELECT fv.claim_id FROM claim_fix_victims fv WHERE fv.country = ?)", strings.ToUpper(f.Victim))
		} else if perRow.victim {
			add("EXISTS (SELECT 1 FROM claim_victims v WHERE v.claim_id = c.id AND v.country = ?)", strings.ToUpper(f.Victim))
		} else {
			add("c.id IN (SELECT v.claim_id FROM claim_victims v WHERE v.country = ?)", strings.ToUpper(f.Victim))
		}
	}
	if f.Lang != "" && skip != dimLang {
		add("c.lang = ?", f.Lang)
	}
	if f.From != "" {
		add(ecol(b, "claim_date")+" >= ?", string(f.From))
	}
	if f.To != "" {
		// "~" sorts after every digit and "-", so To "2024-03" keeps "2024-03-31".
		add(ecol(b, "claim_date")+" <> '' AND "+ecol(b, "claim_date")+" <= ?", string(f.To)+"~")
	}
	if f.Status != "" && skip != dimStatus {
		// Subqueries on claim_status's own indexes, so that filtering on the
		// status never needs the per-claim join.
		switch f.Status {
		case claim.StatusPending:
			add("NOT EXISTS (SELECT 1 FROM claim_status st WHERE st.claim_id = c.id)")
		case statusReviewed:
			add("c.id IN (SELECT st.claim_id FROM claim_status st)")
		default:
			add("c.id IN (SELECT st.claim_id FROM claim_status st WHERE st.status = ?)", f.Status)
		}
	}
	if q := strings.TrimSpace(f.Q); q != "" {
		c, a := s.textCond(q, perRow.text)
		add(c, a...)
	}
	if len(conds) == 0 {
		return "1=1", nil
	}
	return strings.Join(conds, " AND "), args
}

func storeLikeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

const storeColumns = `SELECT c.id, c.doc, c.stored_at, s.status, s.reviewer, s.decided_at, s.edited_doc`

const storeSelect = storeColumns + ` FROM claims c LEFT JOIN claim_status s ON s.claim_id = c.id`

// storeCursor is the keyset position of the last row of a page.
func storeCursor(storedAt, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(storedAt + "|" + id))
}

func storeParseCursor(c string) (storedAt, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", "", fmt.Errorf("store: bad page cursor: %w", err)
	}
	at, id, ok := strings.Cut(string(b), "|")
	if !ok {
		return "", "", errors.New("store: bad page cursor")
	}
	return at, id, nil
}

// listQueryB builds the page query of branch b. A Before page is read in
// ascending order and reversed by List.
func (s *sqlStore) listQueryB(f Filter, p Page, victimPerRow bool, b storeBranch) (string, []any, error) {
	return s.listQueryT(f, p, perRowTests{victim: victimPerRow}, b)
}

// listQueryT is listQueryB with a choice of per-row tests.
func (s *sqlStore) listQueryT(f Filter, p Page, perRow perRowTests, b storeBranch) (string, []any, error) {
	w, args := s.whereB(f, dimNone, perRow, b)
	order := " ORDER BY c.stored_at DESC, c.id"
	switch {
	case p.After != "":
		at, id, err := storeParseCursor(p.After)
		if err != nil {
			return "", nil, err
		}
		w += " AND (c.stored_at < ? OR (c.stored_at = ? AND c.id > ?))"
		args = append(args, at, at, id)
	case p.Before != "":
		at, id, err := storeParseCursor(p.Before)
		if err != nil {
			return "", nil, err
		}
		w += " AND (c.stored_at > ? OR (c.stored_at = ? AND c.id < ?))"
		args = append(args, at, at, id)
		order = " ORDER BY c.stored_at, c.id DESC"
	}
	args = append(args, p.Limit+1)
	return s.q(storeColumns + bfrom(b, true) + " WHERE " + w + order + " LIMIT ?"), args, nil
}

func (s *sqlStore) List(ctx context.Context, f Filter, p Page) (ListResult, error) {
	if p.Limit <= 0 || p.Limit > 1000 {
		p.Limit = 50
	}
	var perRow perRowTests
	if f.Victim != "" {
		n, err := s.victimCount(ctx, f.Victim)
		if err != nil {
			return ListResult{}, err
		}
		perRow.victim = n > victimSortLimit
	}
	if n, ok, err := s.textCount(ctx, f.Q); err != nil {
		return ListResult{}, err
	} else if ok {
		perRow.text = n > textSortLimit
	}
	brs, err := s.branches(ctx)
	if err != nil {
		return ListResult{}, err
	}
	var recs []Record
	for _, b := range brs {
		query, args, err := s.listQueryT(f, p, perRow, b)
		if err != nil {
			return ListResult{}, err
		}
		part, err := s.query(ctx, query, args...)
		if err != nil {
			return ListResult{}, err
		}
		recs = append(recs, part...)
	}
	if len(brs) > 1 {
		// Merge the branches' pages in list order (reversed for Before).
		sort.Slice(recs, func(i, j int) bool {
			a, b := recs[i], recs[j]
			newer := a.storedAtRaw > b.storedAtRaw || (a.storedAtRaw == b.storedAtRaw && a.Claim.ID < b.Claim.ID)
			if p.Before != "" {
				return !newer
			}
			return newer
		})
		if len(recs) > p.Limit+1 {
			recs = recs[:p.Limit+1]
		}
	}
	more := len(recs) > p.Limit
	if more {
		recs = recs[:p.Limit]
	}
	var res ListResult
	if p.Before != "" {
		slices.Reverse(recs)
		if len(recs) > 0 {
			res.Next = recs[len(recs)-1].Cursor()
			if more {
				res.Prev = recs[0].Cursor()
			}
		}
	} else {
		if more {
			res.Next = recs[len(recs)-1].Cursor()
		}
		if p.After != "" && len(recs) > 0 {
			res.Prev = recs[0].Cursor()
		}
	}
	res.Records = recs
	return res, nil
}

// victimSortLimit is the number of claims of a victim country above which
// a list page walks the stored_at index instead of sorting every match.
const victimSortLimit = 2000

// victimCount counts claims naming country as victim (an index range count).
func (s *sqlStore) victimCount(ctx context.Context, country string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*) FROM claim_victims WHERE country = ?`), strings.ToUpper(country)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: %s: victim count: %w", s.name, err)
	}
	return n, nil
}

func (s *sqlStore) query(ctx context.Context, query string, args ...any) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %s: query: %w", s.name, err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %s: %w", s.name, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: query: %w", s.name, err)
	}
	return out, nil
}

type storeScanner interface{ Scan(dest ...any) error }

func scanRecord(sc storeScanner) (Record, error) {
	var (
		id, doc, storedAt                  string
		status, reviewer, decidedAt, edDoc sql.NullString
	)
	if err := sc.Scan(&id, &doc, &storedAt, &status, &reviewer, &decidedAt, &edDoc); err != nil {
		return Record{}, fmt.Errorf("scan claim: %w", err)
	}
	var r Record
	if err := json.Unmarshal([]byte(doc), &r.Claim); err != nil {
		return Record{}, fmt.Errorf("claim %s: bad doc: %w", id, err)
	}
	r.Claim.ID = id
	r.StoredAt = storeParseTime(storedAt)
	r.storedAtRaw = storedAt // the cursor must carry the column's exact text
	r.Status = claim.StatusPending
	if status.Valid {
		r.Status = status.String
		r.Reviewer = reviewer.String
		r.DecidedAt = storeParseTime(decidedAt.String)
		if edDoc.String != "" {
			var ed claim.Claim
			if err := json.Unmarshal([]byte(edDoc.String), &ed); err != nil {
				return Record{}, fmt.Errorf("claim %s: bad edited doc: %w", id, err)
			}
			r.Edited = &ed
		}
	}
	return r, nil
}

func storeParseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// statusReviewed is an internal status filter: any decided claim.
const statusReviewed = "\x00reviewed"

func (s *sqlStore) Count(ctx context.Context, f Filter) (int, error) {
	if f.Status == claim.StatusPending {
		// All minus reviewed: both are index-friendly, "not reviewed" is not.
		all, rev := f, f
		all.Status, rev.Status = "", statusReviewed
		a, err := s.Count(ctx, all)
		if err != nil {
			return 0, err
		}
		r, err := s.Count(ctx, rev)
		return a - r, err
	}
	brs, err := s.branches(ctx)
	if err != nil {
		return 0, err
	}
	if only := (Filter{Q: f.Q}); f == only && len(brs) == 1 {
		// Text alone: the text index counts its own hits.
		if n, ok, err := s.textCount(ctx, f.Q); err != nil || ok {
			return n, err
		}
	}
	total := 0
	for _, b := range brs {
		w, args := s.whereB(f, dimNone, perRowTests{}, b)
		var n int
		if err := s.db.QueryRowContext(ctx, s.q(`SELECT count(*)`+bfrom(b, false)+` WHERE `+w), args...).Scan(&n); err != nil {
			return 0, fmt.Errorf("store: %s: count: %w", s.name, err)
		}
		total += n
	}
	return total, nil
}

// facetLimit caps the values returned per dimension (most frequent first).
const facetLimit = 100

func (s *sqlStore) Facets(ctx context.Context, f Filter) (Facets, error) {
	out, err := s.dimFacets(ctx, f)
	if err != nil {
		return Facets{}, err
	}
	// The status facet ignores f.Status, so one pass serves every case.
	if out.Status, err = s.statusFacet(ctx, f); err != nil {
		return Facets{}, err
	}
	return out, nil
}

// dimFacets counts every dimension but the status.
func (s *sqlStore) dimFacets(ctx context.Context, f Filter) (Facets, error) {
	if f.Status == claim.StatusPending {
		// Pending = all − reviewed, value by value (see Count).
		all, rev := f, f
		all.Status, rev.Status = "", statusReviewed
		a, err := s.facets(ctx, all)
		if err != nil {
			return Facets{}, err
		}
		r, err := s.facets(ctx, rev)
		if err != nil {
			return Facets{}, err
		}
		sub := func(a, r []FacetValue) []FacetValue {
			m := map[string]int{}
			for _, v := range r {
				m[v.Value] = v.Count
			}
			var out []FacetValue
			for _, v := range a {
				if n := v.Count - m[v.Value]; n > 0 {
					out = append(out, FacetValue{v.Value, n})
				}
			}
			sortFacet(out)
			return out
		}
		return Facets{AccusedState: sub(a.AccusedState, r.AccusedState), AccusedGroup: sub(a.AccusedGroup, r.AccusedGroup),
			Accuser: sub(a.Accuser, r.Accuser), Victim: sub(a.Victim, r.Victim), Lang: sub(a.Lang, r.Lang)}, nil
	}
	return s.facets(ctx, f)
}

func sortFacet(out []FacetValue) {
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
}

// facets counts the five filter dimensions of f (status aside).
func (s *sqlStore) facets(ctx context.Context, f Filter) (Facets, error) {
	var out Facets
	brs, err := s.branches(ctx)
	if err != nil {
		return Facets{}, err
	}
	specs := []struct {
		dim  storeDim
		col  string // editable column ("" for victims)
		dst  *[]FacetValue
		kind bool // only accused groups
	}{
		{dimAccusedState, "accused_country", &out.AccusedState, false},
		{dimAccusedGroup, "accused_name", &out.AccusedGroup, true},
		{dimAccuser, "accuser_name", &out.Accuser, false},
		{dimVictim, "", &out.Victim, false},
		{dimLang, "", &out.Lang, false},
	}
	for _, sp := range specs {
		counts := map[string]int{}
		for _, b := range brs {
			w, args := s.whereB(f, sp.dim, perRowTests{}, b)
			from := bfrom(b, false)
			var sel string
			switch {
			case sp.dim == dimLang:
				sel = "c.lang"
			case sp.dim == dimVictim && b == branchEdited:
				sel, from = "v.country", from+" JOIN claim_fix_victims v ON v.claim_id = c.id"
			case sp.dim == dimVictim && b == branchAll && w == "1=1":
				// Unfiltered: count the victims table alone (covering index).
				sel, from = "v.country", ` FROM claim_victims v`
			case sp.dim == dimVictim:
				sel, from = "v.country", from+" JOIN claim_victims v ON v.claim_id = c.id"
			default:
				sel = ecol(b, sp.col)
			}
			if sp.dim != dimVictim {
				w += " AND " + sel + " <> ''"
			}
			if sp.kind {
				w += " AND " + ecol(b, "accused_kind") + " = 'group'"
			}
			query := `SELECT ` + sel + `, count(*)` + from + ` WHERE ` + w + ` GROUP BY ` + sel
			if err := s.addCounts(ctx, counts, query, args); err != nil {
				return Facets{}, err
			}
		}
		for v, n := range counts {
			*sp.dst = append(*sp.dst, FacetValue{Value: v, Count: n})
		}
		sortFacet(*sp.dst)
		if len(*sp.dst) > facetLimit {
			*sp.dst = (*sp.dst)[:facetLimit]
		}
	}
	return out, nil
}

// addCounts runs a "value, count" query and adds its rows to counts.
func (s *sqlStore) addCounts(ctx context.Context, counts map[string]int, query string, args []any) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return fmt.Errorf("store: %s: facets: %w", s.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		var n int
		if err := rows.Scan(&v, &n); err != nil {
			return fmt.Errorf("store: %s: facets: %w", s.name, err)
		}
		counts[v] += n
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: %s: facets: %w", s.name, err)
	}
	return nil
}

// statusFacet counts claims per review status. Reviewed claims are read
// from claim_status (small next to claims) and pending is the rest, so no
// per-claim join over the whole table is needed.
func (s *sqlStore) statusFacet(ctx context.Context, f Filter) ([]FacetValue, error) {
	g := f
	g.Status = ""
	total, err := s.Count(ctx, g)
	if err != nil {
		return nil, err
	}
	brs, err := s.branches(ctx)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, b := range brs {
		w, args := s.whereB(g, dimStatus, perRowTests{}, b)
		from := ` FROM claim_status s JOIN claims c ON c.id = s.claim_id`
		if b == branchEdited {
			from += ` JOIN claim_fix x ON x.claim_id = c.id`
		}
		if err := s.addCounts(ctx, counts, `SELECT s.status, count(*)`+from+` WHERE `+w+` GROUP BY s.status`, args); err != nil {
			return nil, err
		}
	}
	var out []FacetValue
	reviewed := 0
	for v, n := range counts {
		reviewed += n
		out = append(out, FacetValue{Value: v, Count: n})
	}
	if pending := total - reviewed; pending > 0 {
		out = append(out, FacetValue{Value: claim.StatusPending, Count: pending})
	}
	sortFacet(out)
	return out, nil
}

func (s *sqlStore) Get(ctx context.Context, id string) (*Record, error) {
	row := s.db.QueryRowContext(ctx, s.q(storeSelect+` WHERE c.id = ?`), id)
	r, err := scanRecord(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: claim %q", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", s.name, err)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, claim_id, action, reason, field, value, edited_doc, reviewer, at
		FROM decisions WHERE claim_id = ? ORDER BY at, id`), id)
	if err != nil {
		return nil, fmt.Errorf("store: %s: decisions: %w", s.name, err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %s: decisions: %w", s.name, err)
		}
		r.Decisions = append(r.Decisions, d.Decision)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %s: decisions: %w", s.name, err)
	}
	return &r, nil
}

func (s *sqlStore) ByArticle(ctx context.Context, u string) ([]Record, error) {
	return s.query(ctx, s.q(storeSelect+` WHERE c.article_url = ? ORDER BY c.evidence, c.id LIMIT 500`), u)
}

func (s *sqlStore) Article(ctx context.Context, u string) (*claim.Article, error) {
	a := claim.Article{Schema: claim.SchemaArticle, URL: u}
	var published, storedAt string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT title, lang, source, published, hash, text, stored_at FROM articles WHERE url = ?`), u).
		Scan(&a.Title, &a.Lang, &a.Source, &published, &a.Hash, &a.Text, &storedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: article %q", ErrNotFound, u)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %s: article: %w", s.name, err)
	}
	a.Published = claim.Date(published)
	a.FetchedAt = storeParseTime(storedAt)
	return &a, nil
}

// statusOf maps a decision to the claim status it leaves. An accept after
// an edit keeps the correction (accepted as corrected).
func statusOf(action string) (string, bool) {
	switch action {
	case claim.ActionAccept:
		return claim.StatusAccepted, true
	case claim.ActionReject:
		return claim.StatusRejected, true
	case claim.ActionEdit:
		return claim.StatusEdited, true
	}
	return "", false
}

func (s *sqlStore) SaveDecision(ctx context.Context, d claim.Decision) (string, error) {
	ids, err := s.SaveDecisions(ctx, []claim.Decision{d})
	if err != nil {
		return "", err
	}
	return ids[0], nil
}

// SaveDecisions stores ds in one transaction: all or none. Every claim is
// checked first, so that a missing one fails the batch naming every
// missing id, before anything is written.
func (s *sqlStore) SaveDecisions(ctx context.Context, ds []claim.Decision) ([]string, error) {
	type prepared struct {
		d      claim.Decision
		status string
		at     string
		edDoc  string
	}
	ps := make([]prepared, 0, len(ds))
	for _, d := range ds {
		status, ok := statusOf(d.Action)
		if !ok {
			return nil, fmt.Errorf("%w: action %q", ErrBadDecision, d.Action)
		}
		if d.ClaimID == "" || d.Reviewer == "" {
			return nil, fmt.Errorf("%w: claim id and reviewer are required", ErrBadDecision)
		}
		if d.Action == claim.ActionEdit && d.Edited == nil {
			return nil, fmt.Errorf("%w: edit without the edited claim", ErrBadDecision)
		}
		if d.At.IsZero() {
			d.At = time.Now()
		}
		p := prepared{d: d, status: status, at: d.At.UTC().Format(storeTimeFormat)}
		if d.Edited != nil {
			b, err := json.Marshal(d.Edited)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrBadDecision, err)
			}
			p.edDoc = string(b)
		}
		ps = append(ps, p)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: %s: begin: %w", s.name, err)
	}
	defer tx.Rollback()
	var missing []string
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.d.ClaimID] {
			continue
		}
		seen[p.d.ClaimID] = true
		var exists int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT count(*) FROM claims WHERE id = ?`), p.d.ClaimID).Scan(&exists); err != nil {
			return nil, fmt.Errorf("store: %s: decision: %w", s.name, err)
		}
		if exists == 0 {
			missing = append(missing, p.d.ClaimID)
		}
	}
	if len(missing) > 0 {
		return nil, &MissingClaimsError{IDs: missing}
	}
	ids := make([]string, 0, len(ps))
	for _, p := range ps {
		d := p.d
		id, err := uuid.NewV7()
		if err != nil {
			return nil, fmt.Errorf("store: decision id: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO decisions (id, claim_id, action, reason, field, value, edited_doc, reviewer, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`), id.String(), d.ClaimID, d.Action, d.Reason, d.Field, d.Value, p.edDoc, d.Reviewer, p.at); err != nil {
			return nil, fmt.Errorf("store: %s: insert decision: %w", s.name, err)
		}
		// Keep the latest correction when a later decision carries none.
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO claim_status (claim_id, status, decided_at, reviewer, edited_doc)
		VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (claim_id) DO UPDATE SET status = excluded.status, decided_at = excluded.decided_at,
			reviewer = excluded.reviewer,
			edited_doc = CASE WHEN excluded.edited_doc <> '' THEN excluded.edited_doc ELSE claim_status.edited_doc END`),
			d.ClaimID, p.status, p.at, d.Reviewer, p.edDoc); err != nil {
			return nil, fmt.Errorf("store: %s: update status: %w", s.name, err)
		}
		if d.Edited != nil {
			if err := s.saveFix(ctx, tx, d.ClaimID, d.Edited); err != nil {
				return nil, err
			}
		}
		ids = append(ids, id.String())
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: %s: commit decision: %w", s.name, err)
	}
	return ids, nil
}

// saveFix projects a corrected claim into claim_fix and claim_fix_victims.
func (s *sqlStore) saveFix(ctx context.Context, tx *sql.Tx, id string, c *claim.Claim) error {
	var acc, accd claim.Entity
	if c.Accuser != nil {
		acc = *c.Accuser
	}
	if c.Accused != nil {
		accd = *c.Accused
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO claim_fix (claim_id, accuser_name, accused_name, accused_kind, accused_country, claim_date)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (claim_id) DO UPDATE SET accuser_name = excluded.accuser_name, accused_name = excluded.accused_name,
			accused_kind = excluded.accused_kind, accused_country = excluded.accused_country, claim_date = excluded.claim_date`),
		id, acc.Name, accd.Name, string(accd.Kind), accd.Country, string(c.ClaimDate)); err != nil {
		return fmt.Errorf("store: %s: save correction: %w", s.name, err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM claim_fix_victims WHERE claim_id = ?`), id); err != nil {
		return fmt.Errorf("store: %s: save correction: %w", s.name, err)
	}
	for _, v := range storeVictimCountries(c) {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO claim_fix_victims (claim_id, country) VALUES (?, ?)`), id, v); err != nil {
			return fmt.Errorf("store: %s: save correction: %w", s.name, err)
		}
	}
	return nil
}

func (s *sqlStore) MarkPublished(ctx context.Context, id string) error {
	_, err := s.db.ExecContext(ctx, s.q(`UPDATE decisions SET published_at = ? WHERE id = ?`), time.Now().UTC().Format(storeTimeFormat), id)
	if err != nil {
		return fmt.Errorf("store: %s: mark published: %w", s.name, err)
	}
	return nil
}

func (s *sqlStore) Unpublished(ctx context.Context, limit int) ([]StoredDecision, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, claim_id, action, reason, field, value, edited_doc, reviewer, at
		FROM decisions WHERE published_at = '' ORDER BY at, id LIMIT ?`), limit)
	if err != nil {
		return nil, fmt.Errorf("store: %s: unpublished: %w", s.name, err)
	}
	defer rows.Close()
	var out []StoredDecision
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			return nil, fmt.Errorf("store: %s: unpublished: %w", s.name, err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func scanDecision(sc storeScanner) (StoredDecision, error) {
	d := StoredDecision{Decision: claim.Decision{Schema: claim.SchemaDecision}}
	var ed, at string
	if err := sc.Scan(&d.ID, &d.ClaimID, &d.Action, &d.Reason, &d.Field, &d.Value, &ed, &d.Reviewer, &at); err != nil {
		return d, err
	}
	d.At = storeParseTime(at)
	if ed != "" {
		var c claim.Claim
		if err := json.Unmarshal([]byte(ed), &c); err != nil {
			return d, fmt.Errorf("decision %s: bad edited doc: %w", d.ID, err)
		}
		d.Edited = &c
	}
	return d, nil
}

func (s *sqlStore) Timeline(ctx context.Context, f Filter) ([]TimelinePoint, error) {
	brs, err := s.branches(ctx)
	if err != nil {
		return nil, err
	}
	type key struct{ state, month string }
	counts := map[key]int{}
	for _, b := range brs {
		w, args := s.whereB(f, dimNone, perRowTests{}, b)
		cd := ecol(b, "claim_date")
		month := `substr(CASE WHEN ` + cd + ` <> '' THEN ` + cd + ` WHEN c.published <> '' THEN c.published ELSE c.stored_at END, 1, 7)`
		state := ecol(b, "accused_country")
		query := `SELECT ` + state + `, ` + month + `, count(*)` + bfrom(b, false) + ` WHERE ` + w + ` GROUP BY ` + state + `, ` + month
		rows, err := s.db.QueryContext(ctx, s.q(query), args...)
		if err != nil {
			return nil, fmt.Errorf("store: %s: timeline: %w", s.name, err)
		}
		for rows.Next() {
			var k key
			var n int
			if err := rows.Scan(&k.state, &k.month, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: %s: timeline: %w", s.name, err)
			}
			if len(k.month) == 7 { // a year-precision date has no month
				counts[k] += n
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("store: %s: timeline: %w", s.name, err)
		}
	}
	out := make([]TimelinePoint, 0, len(counts))
	for k, n := range counts {
		out = append(out, TimelinePoint{State: k.state, Month: k.month, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Month != out[j].Month {
			return out[i].Month < out[j].Month
		}
		return out[i].State < out[j].State
	})
	return out, nil
}

// eachBatch is how many claims Each reads per query.
const eachBatch = 500

func (s *sqlStore) Each(ctx context.Context, f Filter, fn func(Record) error) error {
	p := Page{Limit: eachBatch}
	for {
		res, err := s.List(ctx, f, p)
		if err != nil {
			return err
		}
		for _, r := range res.Records {
			if err := fn(r); err != nil {
				return err
			}
		}
		if res.Next == "" {
			return nil
		}
		p.After = res.Next
	}
}
