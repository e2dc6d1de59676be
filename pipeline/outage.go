package pipeline

import (
	"log/slog"
	"sync"
	"time"
)

// outageLog turns a stream of failures of one thing (a sink being down)
// into few log lines: one WARN when the failures start, one reminder per
// Every while they go on (with how many were not logged), one INFO when a
// success ends them. A sink outage used to write a WARN per failed batch,
// about 50 a second.
type outageLog struct {
	log   *slog.Logger
	what  string
	every time.Duration
	now   func() time.Time

	mu         sync.Mutex
	failing    bool
	since      time.Time
	lastLogged time.Time
	suppressed int
	failures   int
}

func newOutageLog(log *slog.Logger, what string) *outageLog {
	return &outageLog{log: log, what: what, every: 30 * time.Second, now: time.Now}
}

// failure records one failure of n items.
func (o *outageLog) failure(err error, n int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	now := o.now()
	o.failures++
	switch {
	case !o.failing:
		o.failing, o.since, o.lastLogged, o.suppressed = true, now, now, 0
		o.log.Warn(o.what+" failed, retrying with backoff (further failures logged every "+o.every.String()+")", "items", n, "err", err)
	case now.Sub(o.lastLogged) >= o.every:
		o.log.Warn(o.what+" still failing", "for", now.Sub(o.since).Round(time.Second).String(), "failures", o.failures, "not_logged", o.suppressed, "err", err)
		o.lastLogged, o.suppressed = now, 0
	default:
		o.suppressed++
	}
}

// success ends an outage, if one was going on.
func (o *outageLog) success() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.failing {
		return
	}
	o.log.Info(o.what+" recovered", "after", o.now().Sub(o.since).Round(time.Millisecond).String(), "failures", o.failures)
	o.failing, o.failures, o.suppressed = false, 0, 0
}
