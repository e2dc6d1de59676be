package sinks

// Filter → SQL for the claims reader: filter dimensions, the branches over
// analysts' corrections, the WHERE clause, the selected columns and the
// keyset cursor.

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/claimwire/claimwire/claim"
)

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
		// A language is never selective (two or three values): beside any
		// other test SQLite, without statistics, would still walk the
		// language index (two thirds of the claims for "en") and test the
		// rest per row. The unary + keeps it off that index (SQLite only;
		// PostgreSQL plans from its statistics).
		lang, others := "c.lang = ?", len(conds)
		if b == branchUnedited {
			others-- // "not corrected" selects nothing by itself
		}
		if s.dialect == dialectSQLite && others > 0 {
			lang = "+c.lang = ?"
		}
		add(lang, f.Lang)
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
