package sinks

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// sinkTestClaim returns a valid claim whose id depends only on i.
func sinkTestClaim(i int) claim.Claim {
	victims := []claim.Entity{
		{Text: "Autriche", Name: "Austria", Kind: claim.KindState, Country: "AT"},
		{Text: "Canada", Name: "Canada", Kind: claim.KindState, Country: "CA"},
	}
	if i%3 == 0 {
		victims = append(victims, claim.Entity{Text: "les États-Unis", Name: "United States", Kind: claim.KindState, Country: "US"})
	}
	c := claim.Claim{
		Schema: claim.SchemaClaim,
		Article: claim.ArticleRef{
			// one claim per article: claim/v2 ids are per (article, accuser,
			// accused, stance), and these claims share the last three
			URL:       fmt.Sprintf("https://news.example.fr/articles/%d", i),
			Title:     fmt.Sprintf("Cyberattaque n°%d <attribution>", i/4),
			Lang:      "fr",
			Published: "2021-07-19",
			Source:    "example.fr",
		},
		Accuser:      &claim.Entity{Text: "Le gouvernement britannique", Name: "United Kingdom", Kind: claim.KindState, Country: "GB"},
		Accused:      &claim.Entity{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN", IDs: map[string]string{"mitre": "G0065"}},
		Victims:      victims,
		ClaimDate:    "2021-07-19",
		AttackPeriod: &claim.Period{Start: "2011", End: "2018"},
		Stance:       claim.StanceAccusation,
		Evidence:     claim.Evidence{Sentence: fmt.Sprintf("Londres accuse APT40 (phrase %d).", i), Start: 10 * i, End: 10*i + 33},
		Confidence:   0.8,
		Extractor:    "claimwire/test",
	}
	c.ID = claim.ComputeID(&c)
	return c
}

func sinkTestClaims(from, to int) []claim.Claim {
	out := make([]claim.Claim, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, sinkTestClaim(i))
	}
	return out
}

func sinkTestIDs(cs []claim.Claim) []string {
	ids := make([]string, len(cs))
	for i := range cs {
		ids[i] = cs[i].ID
	}
	sort.Strings(ids)
	return ids
}

// sinkTestLogs records warnings so tests can assert that a repair was
// reported, and echoes every record to the test log.
type sinkTestLogs struct {
	mu    sync.Mutex
	warns []string
}

func (l *sinkTestLogs) logger(t testing.TB) *slog.Logger {
	return slog.New(&sinkTestHandler{t: t, l: l})
}

func (l *sinkTestLogs) warnings() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.warns...)
}

type sinkTestHandler struct {
	t     testing.TB
	l     *sinkTestLogs
	attrs []slog.Attr
}

func (h *sinkTestHandler) Enabled(context.Context, slog.Level) bool { return true }

func (h *sinkTestHandler) Handle(_ context.Context, r slog.Record) error {
	msg := r.Message
	r.Attrs(func(a slog.Attr) bool {
		msg += " " + a.String()
		return true
	})
	if r.Level >= slog.LevelWarn {
		h.l.mu.Lock()
		h.l.warns = append(h.l.warns, msg)
		h.l.mu.Unlock()
	}
	h.t.Logf("%s %s", r.Level, msg)
	return nil
}

func (h *sinkTestHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &sinkTestHandler{t: h.t, l: h.l, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (h *sinkTestHandler) WithGroup(string) slog.Handler { return h }

// sinkTestClock is a settable clock.
type sinkTestClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *sinkTestClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *sinkTestClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}
