package web

// The precision page: review decisions turned into per-field precision
// figures (package precision), overall, by language and by source, each
// with the number of reviewed values behind it — the numbers `claimwire
// stats` prints for the same store.

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/claimwire/claimwire/precision"
	"github.com/claimwire/claimwire/sinks"
)

type precisionCell struct {
	Text  string // "0.93", "-" when nothing was reviewed
	N     int    // values behind the figure
	Cell  string // as `claimwire stats` prints it: "0.93 (41)" or "-"
	Class string // low (< 0.8), mid (< 0.93), high; "" without values
}

type precisionRow struct {
	By, Value, Label string
	Cells            []precisionCell
}

type precisionSection struct {
	Title string
	Rows  []precisionRow
}

type precisionView struct {
	Fields   []string
	Reviewed int
	Sections []precisionSection
}

// reviewedClaims reads every claim with a decision and its full decision
// history: the input of precision.Compute, as `claimwire stats` reads it.
func reviewedClaims(ctx context.Context, st sinks.Store) ([]precision.Reviewed, error) {
	var out []precision.Reviewed
	err := st.Reviewed(ctx, func(r sinks.Record) error {
		out = append(out, precision.Reviewed{Claim: r.Claim, Decisions: r.Decisions})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: precision: %w", err)
	}
	return out, nil
}

// figureCell formats one figure as precision.Write does.
func figureCell(fig precision.Figure) precisionCell {
	if fig.Total == 0 {
		return precisionCell{Text: "-", Cell: "-"}
	}
	c := precisionCell{Text: fmt.Sprintf("%.2f", fig.Precision()), N: fig.Total,
		Cell: fmt.Sprintf("%.2f (%d)", fig.Precision(), fig.Total)}
	switch p := fig.Precision(); {
	case p < 0.8:
		c.Class = "low"
	case p < 0.93:
		c.Class = "mid"
	default:
		c.Class = "high"
	}
	return c
}

// precisionEntry caches the precision table for countsTTL: it reads every
// reviewed claim and its history (one query per claim), and a decision
// clears it (forgetCounts), so the page is never stale after a review.
type precisionEntry struct {
	rows     []precision.Row
	reviewed int
	at       time.Time
}

// precisionRows returns the precision table and the number of reviewed
// claims behind it, through the cache.
func (s *Server) precisionRows(ctx context.Context) ([]precision.Row, int, error) {
	s.countsMu.Lock()
	c := s.precision
	s.countsMu.Unlock()
	if c != nil && time.Since(c.at) < countsTTL {
		return c.rows, c.reviewed, nil
	}
	rs, err := reviewedClaims(ctx, s.store)
	if err != nil {
		return nil, 0, err
	}
	rows := precision.Compute(rs)
	s.countsMu.Lock()
	s.precision = &precisionEntry{rows: rows, reviewed: len(rs), at: time.Now()}
	s.countsMu.Unlock()
	return rows, len(rs), nil
}

func (s *Server) handlePrecision(w http.ResponseWriter, r *http.Request) {
	rows, reviewed, err := s.precisionRows(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p := s.newPage(w, r, "Precision", "precision")
	pv := &precisionView{Fields: precision.Fields, Reviewed: reviewed}
	titles := map[string]string{"all": "All reviewed claims", "lang": "By language", "source": "By source"}
	for _, row := range rows {
		if len(pv.Sections) == 0 || pv.Sections[len(pv.Sections)-1].Title != titles[row.By] {
			pv.Sections = append(pv.Sections, precisionSection{Title: titles[row.By]})
		}
		pr := precisionRow{By: row.By, Value: row.Value, Label: row.Value}
		switch row.By {
		case "all":
			pr.Label = "all"
		case "lang":
			if row.Value == "und" {
				pr.Label = "und (no language)"
			}
		}
		for _, f := range precision.Fields {
			pr.Cells = append(pr.Cells, figureCell(row.Figures[f]))
		}
		sec := &pv.Sections[len(pv.Sections)-1]
		sec.Rows = append(sec.Rows, pr)
	}
	p.Precision = pv
	s.render(w, http.StatusOK, "precision", p)
}
