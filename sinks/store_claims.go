package sinks

// ClaimReader over SQL: list pages (keyset), counts, one claim with its
// history, the claims of an article, an article's text, and Each.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

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
	var res ListResult
	recs, res.Next, res.Prev = pageOf(recs, p.Limit, p.Before, p.After, (*Record).Cursor)
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

// pageOf cuts a keyset page from recs, read in list order after the cursor
// (or in reverse order before it, with one row more than limit to tell
// whether more follow), and gives the cursors of the next and previous
// pages ("" when there is none). The claims list and the event list page
// the same way.
func pageOf[T any](recs []T, limit int, before, after string, cursor func(*T) string) ([]T, string, string) {
	more := len(recs) > limit
	if more {
		recs = recs[:limit]
	}
	var next, prev string
	if before != "" {
		slices.Reverse(recs)
		if len(recs) > 0 {
			next = cursor(&recs[len(recs)-1])
			if more {
				prev = cursor(&recs[0])
			}
		}
		return recs, next, prev
	}
	if more {
		next = cursor(&recs[len(recs)-1])
	}
	if after != "" && len(recs) > 0 {
		prev = cursor(&recs[0])
	}
	return recs, next, prev
}
