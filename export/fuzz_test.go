package export

import (
	"context"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/sinks"
)

// fuzzFacets answers every facet query with the same stored names.
type fuzzFacets struct{}

func (fuzzFacets) Facets(context.Context, sinks.Filter) (sinks.Facets, error) {
	vals := []sinks.FacetValue{{Value: "NCSC", Count: 9}, {Value: "ncsc", Count: 2}, {Value: "APT28", Count: 5}, {Value: "Sandworm Team", Count: 1}}
	return sinks.Facets{Accuser: vals, AccusedGroup: vals}, nil
}

// FuzzNormalizeFilter: the filters typed on the command line (export
// --accuser …) and in the review page's query normalise idempotently, with
// or without a store, to codes in upper case, language and status in lower
// case, names trimmed or replaced by a stored name equal ignoring case.
func FuzzNormalizeFilter(f *testing.F) {
	f.Add("cn", "apt28", " ncsc ", "fr", "EN", "Accepted", "q")
	f.Add(" ", "sandworm team", "Ncsc", "ǅ", "İ", "ǆ", "")
	f.Add("\u00a0us\u2003", "\t", "x", "\u212a", "ß", "pending", "ü")
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, state, group, accuser, victim, lang, status, q string) {
		in := sinks.Filter{AccusedState: state, AccusedGroup: group, Accuser: accuser, Victim: victim, Lang: lang, Status: status, Q: q}
		for _, st := range []Faceter{nil, fuzzFacets{}} {
			out, err := NormalizeFilter(ctx, st, in)
			if err != nil {
				t.Fatal(err)
			}
			again, err := NormalizeFilter(ctx, st, out)
			if err != nil || again != out {
				t.Fatalf("not idempotent: %+v → %+v → %+v", in, out, again)
			}
			if out.Q != in.Q || out.From != in.From || out.To != in.To {
				t.Fatalf("free text or dates changed: %+v → %+v", in, out)
			}
			for _, n := range []struct{ in, out string }{{accuser, out.Accuser}, {group, out.AccusedGroup}} {
				if n.out != strings.TrimSpace(n.in) && !strings.EqualFold(n.out, strings.TrimSpace(n.in)) {
					t.Fatalf("name %q became %q", n.in, n.out)
				}
			}
		}
	})
}
