package sinks

// Outbox over SQL: decisions carry published_at, empty until the decision
// reached the message bus; the web server re-sends the others.

import (
	"context"
	"fmt"
	"time"
)

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
