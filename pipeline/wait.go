package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// waitMax caps the pause between two attempts while waiting for NATS.
const waitMax = 5 * time.Second

// ConnectAndSetup is Connect then Setup for a process that may start
// before its NATS server, as in a compose start where NATS comes up last:
// while the server does not answer (or its JetStream is not ready yet) it
// waits, with backoff from 100ms capped at 5s, until ctx ends. It logs one
// line per change of state (waiting, and why; connected), never one per
// attempt. Errors no waiting fixes — refused credentials, a bad
// certificate, a configuration the server rejects — are returned at once.
func ConnectAndSetup(ctx context.Context, cfg Config, metrics *Metrics, logger *slog.Logger) (*Bus, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := cfg.withDefaults().Validate(); err != nil {
		return nil, err
	}
	w := &waiter{log: logger.With("component", "bus")}
	var b *Bus
	for {
		var err error
		if b == nil {
			b, err = Connect(ctx, cfg, metrics, logger)
			if err != nil && !connectWaitable(err) {
				return nil, err
			}
		}
		if err == nil {
			if err = b.Setup(ctx); err == nil {
				w.done("nats ready", "url", b.nc.ConnectedUrlRedacted(), "server_version", b.ServerVersion())
				return b, nil
			}
			if !setupWaitable(err) {
				b.Close()
				return nil, err
			}
		}
		if ctx.Err() != nil {
			if b != nil {
				b.Close()
			}
			return nil, err
		}
		w.wait(ctx, err)
	}
}

// waiter paces retries and logs state changes only.
type waiter struct {
	log     *slog.Logger
	delay   time.Duration
	state   string
	since   time.Time
	waiting bool
}

func (w *waiter) wait(ctx context.Context, err error) {
	state := waitState(err)
	if !w.waiting {
		w.since = time.Now()
	}
	if state != w.state {
		w.log.Warn("waiting for nats: "+state+" (retrying with backoff up to "+waitMax.String()+")", "err", err)
		w.state = state
	}
	w.waiting = true
	if w.delay == 0 {
		w.delay = 100 * time.Millisecond
	}
	sleepCtx(ctx, w.delay)
	w.delay = min(2*w.delay, waitMax)
}

func (w *waiter) done(msg string, args ...any) {
	if w.waiting {
		w.log.Info(msg, append(args, "waited", time.Since(w.since).Round(time.Millisecond).String())...)
	}
	w.waiting, w.state, w.delay = false, "", 0
}

// waitState names the state an error puts us in, so that the same state
// seen again is not logged again.
func waitState(err error) string {
	var apiErr *jetstream.APIError
	switch {
	case errors.Is(err, nats.ErrNoServers):
		return "server not reachable"
	case errors.As(err, &apiErr), errors.Is(err, jetstream.ErrJetStreamNotEnabled), errors.Is(err, nats.ErrNoResponders),
		errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount):
		return "jetstream not ready"
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, nats.ErrTimeout):
		return "server not answering"
	default:
		return "connection failed"
	}
}

// connectWaitable reports whether a Connect error may go away by waiting:
// the server is not reachable or not answering yet. Refused credentials,
// certificates and configuration mistakes are not.
func connectWaitable(err error) bool {
	var netErr net.Error
	return errors.Is(err, nats.ErrNoServers) || errors.Is(err, nats.ErrTimeout) || errors.Is(err, io.EOF) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, nats.ErrConnectionClosed) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.As(err, &netErr)
}

// setupWaitable reports whether a Setup error may go away by waiting: a
// JetStream that is not up yet (no responders, not enabled yet, 503 while a
// cluster elects its leader, a timeout), not a configuration the server
// refuses.
func setupWaitable(err error) bool {
	var apiErr *jetstream.APIError
	if errors.As(err, &apiErr) {
		return apiErr.Code == http.StatusServiceUnavailable || apiErr.Code == http.StatusRequestTimeout
	}
	return true
}
