// Package tcpproxy is a small TCP proxy for fault-injection tests: put it
// between a client and a server on loopback, then Cut (connections closed,
// new ones refused) or Stall (connections accepted, no byte forwarded — a
// network partition) and Restore.
//
// Both ends must be loopback addresses: tests of this project never send
// traffic anywhere else, not even by mistake.
package tcpproxy

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"
)

// Mode is the state of the proxy.
type Mode int

const (
	// Up forwards bytes both ways.
	Up Mode = iota
	// Cut closes every connection and closes new ones as soon as they are
	// accepted: the client sees a reset / EOF at once, like a server that
	// went down.
	Cut
	// Stall keeps connections open and accepts new ones but forwards
	// nothing: the client waits until its own timeouts fire, like a
	// partitioned network.
	Stall
)

func (m Mode) String() string {
	switch m {
	case Up:
		return "up"
	case Cut:
		return "cut"
	case Stall:
		return "stall"
	}
	return fmt.Sprintf("mode(%d)", int(m))
}

// ErrNotLoopback is returned for an address outside 127.0.0.0/8 and ::1.
var ErrNotLoopback = errors.New("tcpproxy: address is not loopback")

// Proxy forwards TCP connections from Addr() to a target.
type Proxy struct {
	ln     net.Listener
	target string
	log    *slog.Logger

	mu       sync.Mutex
	mode     Mode
	resume   chan struct{} // closed when leaving Stall
	conns    map[*pair]struct{}
	accepted int
	closed   bool
	wg       sync.WaitGroup
}

type pair struct {
	client, server net.Conn
}

func (p *pair) close() {
	p.client.Close()
	if p.server != nil {
		p.server.Close()
	}
}

// New starts a proxy on 127.0.0.1 with a free port, forwarding to target
// ("127.0.0.1:5432", "localhost:4222").
func New(target string, logger *slog.Logger) (*Proxy, error) {
	return Listen("127.0.0.1:0", target, logger)
}

// Listen starts a proxy on addr forwarding to target. Both must be loopback.
func Listen(addr, target string, logger *slog.Logger) (*Proxy, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	for _, a := range []string{addr, target} {
		if err := checkLoopback(a); err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("tcpproxy: listen %s: %w", addr, err)
	}
	p := &Proxy{
		ln:     ln,
		target: target,
		log:    logger.With("stage", "tcpproxy", "listen", ln.Addr().String(), "target", target),
		conns:  make(map[*pair]struct{}),
		resume: make(chan struct{}),
	}
	p.wg.Add(1)
	go p.acceptLoop()
	return p, nil
}

func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("tcpproxy: address %q: %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%w: %q", ErrNotLoopback, addr)
	}
	return nil
}

// Addr is the proxy's listening address ("127.0.0.1:41234").
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// Mode returns the current mode.
func (p *Proxy) Mode() Mode {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.mode
}

// Conns returns the number of open proxied connections.
func (p *Proxy) Conns() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.conns)
}

// Accepted returns how many connections were accepted since the start.
func (p *Proxy) Accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepted
}

// Cut closes every open connection and makes new ones close at once until
// Restore.
func (p *Proxy) Cut() { p.setMode(Cut) }

// Stall stops forwarding on every connection, open or new, until Restore.
// Bytes are held, not dropped: on Restore they flow again, as after a
// healed partition.
func (p *Proxy) Stall() { p.setMode(Stall) }

// Restore goes back to forwarding.
func (p *Proxy) Restore() { p.setMode(Up) }

func (p *Proxy) setMode(m Mode) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.mode == m {
		return
	}
	old := p.mode
	p.mode = m
	if old == Stall {
		close(p.resume)
	}
	if m == Stall {
		p.resume = make(chan struct{})
	}
	if m == Cut {
		for c := range p.conns {
			c.close()
		}
		clear(p.conns)
	}
	p.log.Info("tcpproxy: mode changed", "from", old.String(), "to", m.String())
}

// Close stops the listener and closes every connection.
func (p *Proxy) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	err := p.ln.Close()
	for c := range p.conns {
		c.close()
	}
	clear(p.conns)
	if p.mode == Stall {
		close(p.resume)
		p.mode = Up
	}
	p.mu.Unlock()
	p.wg.Wait()
	return err
}

func (p *Proxy) acceptLoop() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			p.log.Warn("tcpproxy: accept", "err", err)
			time.Sleep(10 * time.Millisecond)
			continue
		}
		p.mu.Lock()
		p.accepted++
		if p.closed || p.mode == Cut {
			p.mu.Unlock()
			c.Close()
			continue
		}
		pr := &pair{client: c}
		p.conns[pr] = struct{}{}
		p.mu.Unlock()
		p.wg.Add(1)
		go p.serve(pr)
	}
}

func (p *Proxy) serve(pr *pair) {
	defer p.wg.Done()
	defer p.drop(pr)
	// Dialling waits for a Stall to end, like a SYN that gets no answer
	// would, but the client's TCP connect has already succeeded: that is the
	// hardest case for client timeouts.
	if !p.waitUp(pr) {
		return
	}
	s, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		p.log.Warn("tcpproxy: dial target", "err", err)
		return
	}
	p.mu.Lock()
	if _, ok := p.conns[pr]; !ok { // cut meanwhile
		p.mu.Unlock()
		s.Close()
		return
	}
	pr.server = s
	p.mu.Unlock()
	done := make(chan struct{}, 2)
	go func() { p.pipe(pr, s, pr.client); done <- struct{}{} }()
	go func() { p.pipe(pr, pr.client, s); done <- struct{}{} }()
	<-done
	pr.close()
	<-done
}

// waitUp blocks while the proxy is stalled; false if the pair was cut or
// the proxy closed.
func (p *Proxy) waitUp(pr *pair) bool {
	for {
		p.mu.Lock()
		_, alive := p.conns[pr]
		mode, resume := p.mode, p.resume
		p.mu.Unlock()
		if !alive {
			return false
		}
		if mode != Stall {
			return true
		}
		select {
		case <-resume:
		case <-time.After(50 * time.Millisecond): // re-check for Cut / Close
		}
	}
}

// pipe copies src to dst, holding each chunk while the proxy is stalled.
func (p *Proxy) pipe(pr *pair, dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !p.waitUp(pr) {
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, net.ErrClosed) {
				p.log.Debug("tcpproxy: read", "err", err)
			}
			// The caller closes both ends: the protocols proxied here
			// (PostgreSQL, NATS) do not use half-closed connections.
			return
		}
	}
}

func (p *Proxy) drop(pr *pair) {
	p.mu.Lock()
	delete(p.conns, pr)
	p.mu.Unlock()
	pr.close()
}
