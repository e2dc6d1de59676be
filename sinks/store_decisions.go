package sinks

// Decisions over SQL: analysts' decisions are appended to decisions, and
// in the same transaction the claim's current status (claim_status) and
// its latest correction's filterable fields (claim_fix, claim_fix_victims)
// are projected. claims.doc is never rewritten.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/claimwire/claimwire/claim"
)

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

func (s *sqlStore) Reviewed(ctx context.Context, fn func(Record) error) error {
	// Every decision first, grouped by claim (a few hundred bytes each:
	// 100,000 reviewed claims hold tens of MB), then the claims of each
	// reviewed status in batches.
	history := map[string][]claim.Decision{}
	rows, err := s.db.QueryContext(ctx, `SELECT id, claim_id, action, reason, field, value, edited_doc, reviewer, at
		FROM decisions ORDER BY claim_id, at, id`)
	if err != nil {
		return fmt.Errorf("store: %s: decisions: %w", s.name, err)
	}
	for rows.Next() {
		d, err := scanDecision(rows)
		if err != nil {
			rows.Close()
			return fmt.Errorf("store: %s: decisions: %w", s.name, err)
		}
		history[d.ClaimID] = append(history[d.ClaimID], d.Decision)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: %s: decisions: %w", s.name, err)
	}
	for _, status := range []string{claim.StatusAccepted, claim.StatusEdited, claim.StatusRejected} {
		err := s.Each(ctx, Filter{Status: status}, func(r Record) error {
			r.Decisions = history[r.Claim.ID]
			return fn(r)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
