package sinks

// ClaimReader over SQL, the aggregates: facet counts per filter dimension
// and the overview's claims per accused state per month.

import (
	"context"
	"fmt"
	"sort"

	"github.com/claimwire/claimwire/claim"
)

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
