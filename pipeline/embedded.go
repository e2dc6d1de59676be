package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// DefaultEmbeddedPort is the client port of the embedded server when none is
// given. It is deliberately not 4222, the port a system-wide NATS server
// usually holds, so that `claimwire run` and a local nats-server coexist.
const DefaultEmbeddedPort = 4223

// ErrBind is returned (wrapped) by StartEmbedded when the listen address
// cannot be bound, typically because the port is taken.
var ErrBind = errors.New("pipeline: embedded nats: cannot listen")

// EmbeddedConfig configures the in-process NATS server with JetStream.
type EmbeddedConfig struct {
	// Host is the client listen address. Default 127.0.0.1.
	Host string
	// Port is the client port: 0 means DefaultEmbeddedPort, -1 a random free port.
	Port int
	// NoListen runs the server without any TCP listener: only in-process
	// clients (Embedded.ConnectOption) reach it.
	NoListen bool
	// StoreDir holds the JetStream file store. Required.
	StoreDir string
	// ServerName is the server's name (default "claimwire-embedded").
	ServerName string
	// MaxMemory and MaxStore cap JetStream resources (0: server defaults).
	MaxMemory int64
	MaxStore  int64
	// ReadyTimeout bounds the wait for the server to accept clients. Default 10s.
	ReadyTimeout time.Duration
}

// Validate checks the configuration.
func (c EmbeddedConfig) Validate() error {
	var errs []error
	if c.StoreDir == "" {
		errs = append(errs, errors.New("pipeline: embedded nats: store dir is required"))
	}
	if c.Port < -1 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("pipeline: embedded nats: port %d out of range", c.Port))
	}
	if c.ReadyTimeout < 0 {
		errs = append(errs, errors.New("pipeline: embedded nats: negative ready timeout"))
	}
	return errors.Join(errs...)
}

// ParseListen splits a --nats-listen value: "HOST:PORT", ":PORT", "HOST:-1"
// (random port) or "none" (no TCP listener, in-process clients only).
func ParseListen(s string) (host string, port int, noListen bool, err error) {
	if s == "none" || s == "off" {
		return "", 0, true, nil
	}
	h, p, err := net.SplitHostPort(s)
	if err != nil {
		return "", 0, false, fmt.Errorf("pipeline: listen address %q: want HOST:PORT, HOST:-1 or none", s)
	}
	n, err := strconv.Atoi(p)
	if err != nil || n < -1 || n > 65535 {
		return "", 0, false, fmt.Errorf("pipeline: listen address %q: bad port %q", s, p)
	}
	if n == 0 {
		n = -1
	}
	return h, n, false, nil
}

// Embedded is a running in-process NATS server with JetStream.
type Embedded struct {
	srv *server.Server
	cfg EmbeddedConfig
	log *slog.Logger
}

// StartEmbedded starts a NATS server with JetStream in this process and
// waits until it accepts clients. A listen failure (port taken) or a
// JetStream start failure is returned quickly as an error; it never hangs
// and never exits the process (the server's Fatalf is intercepted).
func StartEmbedded(ctx context.Context, cfg EmbeddedConfig, logger *slog.Logger) (*Embedded, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Port == 0 {
		cfg.Port = DefaultEmbeddedPort
	}
	if cfg.ServerName == "" {
		cfg.ServerName = "claimwire-embedded"
	}
	if cfg.ReadyTimeout == 0 {
		cfg.ReadyTimeout = 10 * time.Second
	}
	if err := os.MkdirAll(cfg.StoreDir, 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: embedded nats: store dir: %w", err)
	}
	opts := &server.Options{
		ServerName:         cfg.ServerName,
		Host:               cfg.Host,
		Port:               cfg.Port,
		DontListen:         cfg.NoListen,
		JetStream:          true,
		StoreDir:           cfg.StoreDir,
		JetStreamMaxMemory: cfg.MaxMemory,
		JetStreamMaxStore:  cfg.MaxStore,
		NoSigs:             true,
		NoSystemAccount:    false,
	}
	srv, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("pipeline: embedded nats: %w", err)
	}
	lg := &natsLogger{log: logger.With("component", "nats-server"), fatal: make(chan string, 1)}
	srv.SetLoggerV2(lg, false, false, false)
	go srv.Start()

	ready := make(chan bool, 1)
	go func() { ready <- srv.ReadyForConnections(cfg.ReadyTimeout) }()
	fail := func(err error) (*Embedded, error) {
		srv.Shutdown()
		srv.WaitForShutdown()
		return nil, err
	}
	select {
	case msg := <-lg.fatal:
		addr := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.Port))
		if !cfg.NoListen && srv.Addr() == nil {
			return fail(fmt.Errorf("%w on %s (is the port taken? choose another with --nats-listen): %s", ErrBind, addr, msg))
		}
		return fail(fmt.Errorf("pipeline: embedded nats: %s", msg))
	case ok := <-ready:
		if !ok {
			select {
			case msg := <-lg.fatal:
				return fail(fmt.Errorf("pipeline: embedded nats: %s", msg))
			default:
			}
			return fail(fmt.Errorf("pipeline: embedded nats: not ready after %s", cfg.ReadyTimeout))
		}
	case <-ctx.Done():
		return fail(fmt.Errorf("pipeline: embedded nats: %w", ctx.Err()))
	}
	if !srv.JetStreamEnabled() {
		return fail(errors.New("pipeline: embedded nats: jetstream did not start"))
	}
	e := &Embedded{srv: srv, cfg: cfg, log: logger}
	logger.Info("embedded nats started", "url", e.ClientURL(), "store", cfg.StoreDir)
	return e, nil
}

// ClientURL is the nats:// URL clients in other processes use ("" with NoListen).
func (e *Embedded) ClientURL() string {
	if e.cfg.NoListen {
		return ""
	}
	return e.srv.ClientURL()
}

// Addr is the bound client address (nil with NoListen).
func (e *Embedded) Addr() net.Addr {
	if e.cfg.NoListen {
		return nil
	}
	return e.srv.Addr()
}

// Port is the bound client port (0 with NoListen).
func (e *Embedded) Port() int {
	if a, ok := e.Addr().(*net.TCPAddr); ok {
		return a.Port
	}
	return 0
}

// Server exposes the underlying server (for tests and monitoring).
func (e *Embedded) Server() *server.Server { return e.srv }

// ConnectOption connects a client in-process, without TCP.
func (e *Embedded) ConnectOption() nats.Option { return nats.InProcessServer(e.srv) }

// Shutdown stops the server and waits until its store is closed, so the
// same StoreDir can be opened again right away.
func (e *Embedded) Shutdown() {
	if e == nil || e.srv == nil {
		return
	}
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
}

// natsLogger adapts the server's logger to slog and turns Fatalf into an
// error for StartEmbedded instead of os.Exit.
type natsLogger struct {
	log   *slog.Logger
	once  sync.Once
	fatal chan string
}

func (l *natsLogger) Noticef(format string, v ...any) { l.log.Debug(fmt.Sprintf(format, v...)) }
func (l *natsLogger) Warnf(format string, v ...any)   { l.log.Warn(fmt.Sprintf(format, v...)) }
func (l *natsLogger) Errorf(format string, v ...any)  { l.log.Error(fmt.Sprintf(format, v...)) }
func (l *natsLogger) Debugf(format string, v ...any)  {}
func (l *natsLogger) Tracef(format string, v ...any)  {}
func (l *natsLogger) Fatalf(format string, v ...any) {
	msg := fmt.Sprintf(format, v...)
	l.log.Error(msg)
	l.once.Do(func() { l.fatal <- msg })
}
