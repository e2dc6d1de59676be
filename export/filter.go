package export

import (
	"context"
	"fmt"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// KnownStatus reports whether s (lower case) is empty or a review status a
// filter may name.
func KnownStatus(s string) bool {
	switch s {
	case "", claim.StatusPending, claim.StatusAccepted, claim.StatusRejected, claim.StatusEdited:
		return true
	}
	return false
}

// Faceter lists the stored values of each filter dimension: sinks.Store
// satisfies it.
type Faceter interface {
	Facets(ctx context.Context, f sinks.Filter) (sinks.Facets, error)
}

// NormalizeFilter gives a filter typed by a person the case the store
// holds: country codes upper case (CN), language and status lower case
// (en, accepted), accuser and group names matched case-insensitively
// against the stored names ("ncsc" finds "NCSC"). The store compares
// values exactly, so without this "--lang EN" silently matched nothing.
// st may be nil (names are then left as given).
func NormalizeFilter(ctx context.Context, st Faceter, f sinks.Filter) (sinks.Filter, error) {
	f.AccusedState = strings.ToUpper(strings.TrimSpace(f.AccusedState))
	f.Victim = strings.ToUpper(strings.TrimSpace(f.Victim))
	f.Lang = strings.ToLower(strings.TrimSpace(f.Lang))
	f.Status = strings.ToLower(strings.TrimSpace(f.Status))
	f.Accuser = strings.TrimSpace(f.Accuser)
	f.AccusedGroup = strings.TrimSpace(f.AccusedGroup)
	if st == nil {
		return f, nil
	}
	for _, n := range []struct {
		val  *string
		pick func(sinks.Facets) []sinks.FacetValue
	}{
		{&f.Accuser, func(fc sinks.Facets) []sinks.FacetValue { return fc.Accuser }},
		{&f.AccusedGroup, func(fc sinks.Facets) []sinks.FacetValue { return fc.AccusedGroup }},
	} {
		if *n.val == "" {
			continue
		}
		// The free-text filter (case-insensitive) narrows the facets to
		// claims naming the value, so a rare name is not cut off by the
		// facet limit.
		fc, err := st.Facets(ctx, sinks.Filter{Q: *n.val})
		if err != nil {
			return f, fmt.Errorf("export: filter: %w", err)
		}
		*n.val = matchFold(*n.val, n.pick(fc))
	}
	return f, nil
}

// matchFold returns the stored value equal to v, else the most frequent one
// equal to v ignoring case, else v.
func matchFold(v string, vals []sinks.FacetValue) string {
	best := ""
	for _, fv := range vals { // sorted by count, highest first
		if fv.Value == v {
			return v
		}
		if best == "" && strings.EqualFold(fv.Value, v) {
			best = fv.Value
		}
	}
	if best != "" {
		return best
	}
	return v
}
