package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/pipeline"
	"github.com/claimwire/claimwire/pipeline/runner"
	"github.com/claimwire/claimwire/sinks"
)

// importMaxLine bounds one JSONL line (a claim with a long evidence
// sentence is a few KB; an export line adds its review).
const importMaxLine = 16 << 20

// importLine is a decoded claim and where it came from, for error messages.
type importLine struct {
	c    claim.Claim
	file string
	line int
}

func (l importLine) where() string { return fmt.Sprintf("%s:%d", l.file, l.line) }

// runImport loads claims JSONL (the output of `extract`, or a JSONL export:
// its "review" member is ignored) into a sink. Sinks upsert by claim id, so
// importing the same file twice stores each claim once. A bad line is
// reported with file:line and skipped; the run goes on and exits 1 at the
// end if any line was not imported.
func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "import", "--to SPEC FILE... ('-' reads standard input)")
	to := fs.String("to", "", "sink: jsonl:PATH, sqlite:PATH or postgres://USER@HOST:PORT/DB (required)")
	batch := fs.Int("batch", 256, "claims written per sink call")
	var sfl sinkFlags
	sfl.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return missingFlag(fs, "--to")
	}
	if fs.NArg() == 0 {
		return usageErr(fs, "no input file (give claims JSONL files, or - for standard input)")
	}
	if *batch <= 0 {
		return usageErr(fs, "--batch %d: want a positive number", *batch)
	}
	if _, err := sinks.ParseSpec(*to); err != nil {
		return usageErr(fs, "--to: %v", err)
	}
	s, err := runner.OpenSinkRetrying(ctx, *to, sfl.options(), e.log)
	if err != nil {
		return err
	}
	defer s.Close()
	im := &importer{e: e, sink: s, batch: *batch}
	for _, name := range fs.Args() {
		if err := im.file(ctx, name); err != nil {
			return err
		}
	}
	if err := im.flush(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "imported %d claims into %s from %d lines (%d bad lines, %d refused by the sink)\n",
		im.stored, s.Name(), im.lines, im.bad, im.refused)
	if n := im.bad + im.refused; n > 0 {
		return fmt.Errorf("import: %d line(s) not imported (reported above with file:line)", n)
	}
	return nil
}

type importer struct {
	e       *env
	sink    sinks.Sink
	batch   int
	pending []importLine
	index   map[string]int // claim id → position in pending

	lines, bad, refused, stored int
}

// problem reports one line that is not imported.
func (im *importer) problem(where string, err error) {
	fmt.Fprintf(im.e.stderr, "claimwire import: %s: %v\n", where, err)
}

func (im *importer) file(ctx context.Context, name string) error {
	var r io.Reader
	if name == "-" {
		r, name = im.e.stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		raw, err := readLine(br)
		if errors.Is(err, io.EOF) && len(raw) == 0 {
			return nil
		}
		where := fmt.Sprintf("%s:%d", name, n)
		if errors.Is(err, errLineTooLong) {
			im.lines++
			im.bad++
			im.problem(where, err)
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("import: %s: %w", where, err)
		}
		if len(trimSpace(raw)) == 0 {
			if errors.Is(err, io.EOF) {
				return nil
			}
			continue
		}
		im.lines++
		var c claim.Claim
		if derr := json.Unmarshal(raw, &c); derr != nil {
			im.bad++
			im.problem(where, fmt.Errorf("not a claim JSON object: %w", derr))
		} else if verr := c.Validate(); verr != nil {
			im.bad++
			im.problem(where, verr)
		} else if ferr := im.add(ctx, importLine{c: c, file: name, line: n}); ferr != nil {
			return ferr
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", importMaxLine)

// readLine returns the next line without its end; a line over
// importMaxLine is skipped whole and reported.
func readLine(br *bufio.Reader) ([]byte, error) {
	var out []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(out)+len(chunk) > importMaxLine {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			return nil, errLineTooLong
		}
		out = append(out, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == '\n' {
			out = out[:n-1]
		}
		return out, err
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// add queues a claim; the same id twice in one batch keeps the last line.
func (im *importer) add(ctx context.Context, l importLine) error {
	if im.index == nil {
		im.index = map[string]int{}
	}
	if i, ok := im.index[l.c.ID]; ok {
		im.pending[i] = l
		return nil
	}
	im.index[l.c.ID] = len(im.pending)
	im.pending = append(im.pending, l)
	if len(im.pending) >= im.batch {
		return im.flush(ctx)
	}
	return nil
}

// flush writes the queued claims. Claims the sink refuses for good
// (pipeline.IsPermanent, the classification every path shares) are found
// one by one and reported with their file:line; an outage is waited out.
func (im *importer) flush(ctx context.Context) error {
	ls := im.pending
	im.pending, im.index = nil, nil
	if len(ls) == 0 {
		return nil
	}
	err := im.write(ctx, ls)
	if err == nil {
		im.stored += len(ls)
		return nil
	}
	if !pipeline.IsPermanent(err) {
		return err
	}
	for i := range ls {
		err := im.write(ctx, ls[i:i+1])
		switch {
		case err == nil:
			im.stored++
		case pipeline.IsPermanent(err):
			im.refused++
			im.problem(ls[i].where(), err)
		default:
			return err
		}
	}
	return nil
}

// write writes claims, retrying with backoff (capped at 5s, one log line
// per outage) while the sink is unavailable, until ctx ends.
func (im *importer) write(ctx context.Context, ls []importLine) error {
	cs := make([]claim.Claim, len(ls))
	for i := range ls {
		cs[i] = ls[i].c
	}
	wait := 500 * time.Millisecond
	logged := false
	for {
		err := im.sink.WriteClaims(ctx, cs)
		if err == nil || pipeline.IsPermanent(err) {
			if err == nil && logged {
				im.e.log.Info("sink back, import goes on", "sink", im.sink.Name())
			}
			return err
		}
		if !logged {
			im.e.log.Warn("sink write failed, retrying with backoff", "sink", im.sink.Name(), "err", err)
			logged = true
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("import: %s: %w (last error: %w)", im.sink.Name(), ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, pipeline.DefaultBackoffMax)
	}
}
