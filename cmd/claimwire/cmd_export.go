package main

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/export"
	"github.com/claimwire/claimwire/sinks"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[--what claims|events] --format stix|csv|jsonl [--db …] [filters] [-o FILE]")
	what := fs.String("what", "claims", "claims (one per statement) or events (attribution events; filters pick events having a matching claim)")
	format := fs.String("format", "jsonl", "stix (STIX 2.1 bundle), csv or jsonl")
	db := fs.String("db", defaultDB, "claim store: sqlite:PATH or postgres://…")
	out := fs.String("o", "", "output file (default standard output); written atomically")
	var f sinks.Filter
	fs.StringVar(&f.AccusedState, "accused-state", "", "accused state, ISO alpha-2 (CN)")
	fs.StringVar(&f.AccusedGroup, "accused-group", "", "accused group name (APT28)")
	fs.StringVar(&f.Accuser, "accuser", "", "accuser name (NCSC)")
	fs.StringVar(&f.Victim, "victim", "", "victim country, ISO alpha-2")
	fs.StringVar(&f.Lang, "lang", "", "article language (fr, en)")
	from := fs.String("from", "", "claim date from (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "claim date until, inclusive")
	fs.StringVar(&f.Status, "status", "", "review status: pending, accepted, rejected, edited")
	fs.StringVar(&f.Q, "q", "", "free text in evidence, titles and names")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *what != "claims" && *what != "events" {
		return usageErr(fs, "--what %q: want claims or events", *what)
	}
	fmtv, err := export.ParseFormat(*format)
	if err != nil {
		return usageErr(fs, "--format %q: want stix, csv or jsonl", *format)
	}
	for _, d := range []struct {
		s   string
		dst *claim.Date
	}{{*from, &f.From}, {*to, &f.To}} {
		if d.s == "" {
			continue
		}
		if *d.dst, err = claim.ParseDate(d.s); err != nil {
			return usageErr(fs, "--from/--to %q: want YYYY, YYYY-MM or YYYY-MM-DD", d.s)
		}
	}
	f, _ = export.NormalizeFilter(ctx, nil, f) // codes, lang, status; names below
	if !export.KnownStatus(f.Status) {
		return usageErr(fs, "--status %q: want pending, accepted, rejected or edited", f.Status)
	}
	st, err := openExistingStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if f, err = export.NormalizeFilter(ctx, st, f); err != nil {
		return err
	}
	write := func(w io.Writer) error { return export.Write(ctx, w, fmtv, st, f) }
	if *what == "events" {
		set, err := export.CollectEvents(ctx, st, f, events.Config{Window: events.DefaultWindow})
		if err != nil {
			return err
		}
		e.log.Info("exporting events", "events", len(set.Events), "from", set.From)
		write = func(w io.Writer) error { return export.WriteEvents(w, fmtv, set) }
	}
	if *out == "" || *out == "-" {
		return write(e.stdout)
	}
	return writeAtomic(*out, write)
}

// writeAtomic writes to a temporary file beside path and renames it, so a
// failed export never leaves a truncated file under the final name.
func writeAtomic(path string, fn func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
