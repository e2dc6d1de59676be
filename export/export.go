// Package export writes reviewed claims as JSONL, CSV or a STIX 2.1 bundle.
// The web page and `claimwire export` share it, so both give the same bytes
// for the same filter.
//
// Every format exports the effective claim: the analyst's correction when
// there is one, else the claim as extracted, with the review status beside
// it. The STIX bundle leaves out rejected claims (a rejection says the claim
// is not intelligence); JSONL and CSV keep them with their status so that a
// spreadsheet can show what was rejected and why.
package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimwire/claimwire/sinks"
)

// Format is an export format.
type Format string

const (
	FormatJSONL Format = "jsonl"
	FormatCSV   Format = "csv"
	FormatSTIX  Format = "stix"
)

// ErrFormat is returned for an unknown format name.
var ErrFormat = errors.New("export: unknown format")

// ParseFormat maps a name ("stix", "csv", "jsonl"; "json" and "ndjson" are
// accepted for jsonl) to a Format.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "jsonl", "ndjson", "json":
		return FormatJSONL, nil
	case "csv":
		return FormatCSV, nil
	case "stix", "stix2", "stix2.1":
		return FormatSTIX, nil
	}
	return "", fmt.Errorf("%w %q: want stix, csv or jsonl", ErrFormat, s)
}

// ContentType is the HTTP media type of f.
func (f Format) ContentType() string {
	switch f {
	case FormatCSV:
		return "text/csv; charset=utf-8"
	case FormatSTIX:
		return "application/stix+json;version=2.1"
	}
	return "application/x-ndjson"
}

// Ext is the file name extension of f.
func (f Format) Ext() string {
	switch f {
	case FormatCSV:
		return ".csv"
	case FormatSTIX:
		return ".stix.json"
	}
	return ".jsonl"
}

// Source is what exports read: sinks.Store satisfies it.
type Source interface {
	Each(ctx context.Context, f sinks.Filter, fn func(sinks.Record) error) error
}

// Write exports the claims of src matching f to w in format.
func Write(ctx context.Context, w io.Writer, format Format, src Source, f sinks.Filter) error {
	switch format {
	case FormatJSONL:
		return WriteJSONL(ctx, w, src, f)
	case FormatCSV:
		return WriteCSV(ctx, w, src, f)
	case FormatSTIX:
		return WriteSTIX(ctx, w, src, f)
	}
	return fmt.Errorf("%w %q", ErrFormat, format)
}
