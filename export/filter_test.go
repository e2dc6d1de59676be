package export

import (
	"context"
	"testing"

	"github.com/claimwire/claimwire/sinks"
)

type fakeFacets sinks.Facets

func (f fakeFacets) Facets(context.Context, sinks.Filter) (sinks.Facets, error) {
	return sinks.Facets(f), nil
}

func TestNormalizeFilter(t *testing.T) {
	t.Parallel()
	st := fakeFacets{
		Accuser:      []sinks.FacetValue{{Value: "NCSC", Count: 9}, {Value: "Ncsc", Count: 1}, {Value: "ANSSI", Count: 3}},
		AccusedGroup: []sinks.FacetValue{{Value: "APT28", Count: 4}, {Value: "Sandworm", Count: 2}},
	}
	tests := []struct {
		name string
		in   sinks.Filter
		want sinks.Filter
	}{
		{"codes upper, lang and status lower", sinks.Filter{AccusedState: " cn", Victim: "fr", Lang: "EN", Status: "Accepted"},
			sinks.Filter{AccusedState: "CN", Victim: "FR", Lang: "en", Status: "accepted"}},
		{"accuser case-insensitive, most frequent spelling", sinks.Filter{Accuser: "ncsc"}, sinks.Filter{Accuser: "NCSC"}},
		{"exact spelling kept", sinks.Filter{Accuser: "Ncsc"}, sinks.Filter{Accuser: "Ncsc"}},
		{"group", sinks.Filter{AccusedGroup: "sandworm "}, sinks.Filter{AccusedGroup: "Sandworm"}},
		{"unknown name left alone", sinks.Filter{Accuser: "FBI"}, sinks.Filter{Accuser: "FBI"}},
		{"free text untouched", sinks.Filter{Q: "Ransom"}, sinks.Filter{Q: "Ransom"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeFilter(context.Background(), st, tt.in)
			if err != nil || got != tt.want {
				t.Errorf("got %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}
