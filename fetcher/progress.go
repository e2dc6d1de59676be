package fetcher

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
)

// Progress counts a run's work as it happens: sources done, items seen,
// articles new / unchanged / skipped / failed, and claims (which the caller
// adds with AddClaims, since extraction happens downstream). It is safe for
// concurrent use; attach it with (*Fetcher).SetProgress.
type Progress struct {
	sourcesTotal  atomic.Int64
	sourcesDone   atomic.Int64
	sourcesFailed atomic.Int64
	items         atomic.Int64
	newArticles   atomic.Int64
	unchanged     atomic.Int64
	skipped       atomic.Int64
	failed        atomic.Int64
	claims        atomic.Int64
	start         time.Time
}

// NewProgress returns a Progress expecting total sources per round (0 when unknown).
func NewProgress(total int) *Progress {
	p := &Progress{start: time.Now()}
	p.sourcesTotal.Store(int64(total))
	return p
}

// ProgressSnapshot is a copy of the counters.
type ProgressSnapshot struct {
	SourcesTotal, SourcesDone, SourcesFailed int64
	Items, New, Unchanged, Skipped, Failed   int64
	Claims                                   int64
	Elapsed                                  time.Duration
}

// Snapshot reads the counters.
func (p *Progress) Snapshot() ProgressSnapshot {
	return ProgressSnapshot{
		SourcesTotal: p.sourcesTotal.Load(), SourcesDone: p.sourcesDone.Load(), SourcesFailed: p.sourcesFailed.Load(),
		Items: p.items.Load(), New: p.newArticles.Load(), Unchanged: p.unchanged.Load(), Skipped: p.skipped.Load(),
		Failed: p.failed.Load(), Claims: p.claims.Load(), Elapsed: time.Since(p.start),
	}
}

// AddClaims adds n claims extracted (called by the pipeline after extraction).
func (p *Progress) AddClaims(n int) { p.claims.Add(int64(n)) }

// SetSourcesTotal sets how many sources the current round has.
func (p *Progress) SetSourcesTotal(n int) { p.sourcesTotal.Store(int64(n)) }

func (p *Progress) sourceDone(failed bool) {
	p.sourcesDone.Add(1)
	if failed {
		p.sourcesFailed.Add(1)
	}
}

func (p *Progress) item() { p.items.Add(1) }

func (p *Progress) count(kind string) {
	switch kind {
	case "new":
		p.newArticles.Add(1)
	case "unchanged":
		p.unchanged.Add(1)
	case "skipped":
		p.skipped.Add(1)
	case "failed":
		p.failed.Add(1)
	}
}

// Line renders the one-line summary shown on a terminal.
func (s ProgressSnapshot) Line() string {
	total := "?"
	if s.SourcesTotal > 0 {
		total = fmt.Sprint(s.SourcesTotal)
	}
	return fmt.Sprintf("sources %d/%s (%d failed) · articles %d new, %d unchanged, %d skipped, %d failed · claims %d · %s",
		s.SourcesDone, total, s.SourcesFailed, s.New, s.Unchanged, s.Skipped, s.Failed, s.Claims, s.Elapsed.Round(time.Second))
}

// SetProgress makes the fetcher count into p (nil detaches).
func (f *Fetcher) SetProgress(p *Progress) { f.progress = p }

// Reporter shows a Progress: a live, rewritten line when w is a terminal,
// structured slog lines every Interval otherwise (logs, journald, CI).
type Reporter struct {
	P        *Progress
	W        io.Writer    // default os.Stderr
	Log      *slog.Logger // used when W is not a terminal
	Interval time.Duration
	// Terminal forces (true) or disables (false) the live line; nil detects it.
	Terminal *bool

	mu      sync.Mutex
	lastLen int
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// Run reports until ctx ends, then prints a last line.
func (r *Reporter) Run(ctx context.Context) {
	w := r.W
	if w == nil {
		w = os.Stderr
	}
	term := IsTerminal(w)
	if r.Terminal != nil {
		term = *r.Terminal
	}
	iv := r.Interval
	if iv <= 0 {
		iv = 200 * time.Millisecond
		if !term {
			iv = 30 * time.Second
		}
	}
	log := r.Log
	if log == nil {
		log = slog.New(slog.NewTextHandler(w, nil))
	}
	t := time.NewTicker(iv)
	defer t.Stop()
	var last ProgressSnapshot
	for {
		select {
		case <-ctx.Done():
			r.report(w, log, term, true, &last)
			return
		case <-t.C:
			r.report(w, log, term, false, &last)
		}
	}
}

func (r *Reporter) report(w io.Writer, log *slog.Logger, term, final bool, last *ProgressSnapshot) {
	s := r.P.Snapshot()
	if term {
		r.mu.Lock()
		defer r.mu.Unlock()
		line := s.Line()
		pad := ""
		if n := len(line); n < r.lastLen {
			pad = strings.Repeat(" ", r.lastLen-n)
		}
		r.lastLen = len(line)
		end := ""
		if final {
			end = "\n"
		}
		fmt.Fprintf(w, "\r%s%s%s", line, pad, end)
		return
	}
	// Off a terminal, log only when something moved (and always at the end).
	cmp := s
	cmp.Elapsed = last.Elapsed
	if !final && cmp == *last {
		return
	}
	*last = s
	log.Info("progress", "sources_done", s.SourcesDone, "sources_total", s.SourcesTotal, "sources_failed", s.SourcesFailed,
		"items", s.Items, "new", s.New, "unchanged", s.Unchanged, "skipped", s.Skipped, "failed", s.Failed,
		"claims", s.Claims, "elapsed", s.Elapsed.Round(time.Second), "final", final)
}
