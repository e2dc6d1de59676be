package tcpproxy

import (
	"bufio"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// echoServer answers every line with the same line.
func echoServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				io.Copy(c, c)
			}()
		}
	}()
	return ln.Addr().String()
}

func newProxy(t *testing.T) *Proxy {
	t.Helper()
	p, err := New(echoServer(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// roundTrip sends line and reads the echo, failing after d.
func roundTrip(c net.Conn, r *bufio.Reader, line string, d time.Duration) (string, error) {
	c.SetDeadline(time.Now().Add(d))
	defer c.SetDeadline(time.Time{})
	if _, err := io.WriteString(c, line+"\n"); err != nil {
		return "", err
	}
	got, err := r.ReadString('\n')
	return strings.TrimSuffix(got, "\n"), err
}

func dial(t *testing.T, p *Proxy) (net.Conn, *bufio.Reader) {
	t.Helper()
	c, err := net.DialTimeout("tcp", p.Addr(), 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, bufio.NewReader(c)
}

func TestForward(t *testing.T) {
	t.Parallel()
	p := newProxy(t)
	c, r := dial(t, p)
	for _, line := range []string{"hello", "world"} {
		got, err := roundTrip(c, r, line, 5*time.Second)
		if err != nil || got != line {
			t.Fatalf("echo %q: got %q, %v", line, got, err)
		}
	}
	if p.Conns() != 1 || p.Accepted() != 1 {
		t.Fatalf("conns=%d accepted=%d, want 1 1", p.Conns(), p.Accepted())
	}
}

func TestCutAndRestore(t *testing.T) {
	t.Parallel()
	p := newProxy(t)
	c, r := dial(t, p)
	if _, err := roundTrip(c, r, "before", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	p.Cut()
	if p.Mode() != Cut {
		t.Fatalf("mode %v", p.Mode())
	}
	// The open connection is closed: the next exchange fails at once.
	if _, err := roundTrip(c, r, "during", 5*time.Second); err == nil {
		t.Fatal("exchange on a cut connection succeeded")
	} else if isTimeout(err) {
		t.Fatalf("cut connection timed out instead of closing: %v", err)
	}
	// A new connection is accepted then closed.
	c2, r2 := dial(t, p)
	if _, err := roundTrip(c2, r2, "new", 5*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("new connection during cut: %v", err)
	}
	p.Restore()
	c3, r3 := dial(t, p)
	if got, err := roundTrip(c3, r3, "after", 5*time.Second); err != nil || got != "after" {
		t.Fatalf("after restore: %q, %v", got, err)
	}
}

func TestStallHoldsBytesUntilRestore(t *testing.T) {
	t.Parallel()
	p := newProxy(t)
	c, r := dial(t, p)
	if _, err := roundTrip(c, r, "before", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	p.Stall()
	if _, err := roundTrip(c, r, "held", 300*time.Millisecond); !isTimeout(err) {
		t.Fatalf("stalled exchange: want a timeout, got %v", err)
	}
	// New connections are accepted (connect succeeds) but get nothing.
	c2, r2 := dial(t, p)
	if _, err := roundTrip(c2, r2, "new", 300*time.Millisecond); !isTimeout(err) {
		t.Fatalf("new stalled connection: want a timeout, got %v", err)
	}
	p.Restore()
	// The held line is delivered after the partition heals.
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	got, err := r.ReadString('\n')
	if err != nil || got != "held\n" {
		t.Fatalf("held bytes after restore: %q, %v", got, err)
	}
	c2.SetReadDeadline(time.Now().Add(5 * time.Second))
	if got, err := r2.ReadString('\n'); err != nil || got != "new\n" {
		t.Fatalf("new connection after restore: %q, %v", got, err)
	}
}

func TestCutDuringStall(t *testing.T) {
	t.Parallel()
	p := newProxy(t)
	c, r := dial(t, p)
	p.Stall()
	p.Cut()
	if _, err := roundTrip(c, r, "x", 5*time.Second); err == nil || isTimeout(err) {
		t.Fatalf("cut after stall: %v", err)
	}
	p.Restore()
	c2, r2 := dial(t, p)
	if got, err := roundTrip(c2, r2, "y", 5*time.Second); err != nil || got != "y" {
		t.Fatalf("after restore: %q, %v", got, err)
	}
}

func TestLoopbackOnly(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		addr, target string
		ok           bool
	}{
		{"127.0.0.1:0", "127.0.0.1:5432", true},
		{"127.0.0.1:0", "localhost:5432", true},
		{"127.0.0.1:0", "[::1]:5432", true},
		{"127.0.0.1:0", "10.0.0.1:5432", false},
		{"127.0.0.1:0", "192.168.1.1:5432", false},
		{"127.0.0.1:0", "example.com:80", false},
		{"0.0.0.0:0", "127.0.0.1:5432", false},
		{"127.0.0.1:0", "nonsense", false},
	} {
		t.Run(tc.addr+"->"+tc.target, func(t *testing.T) {
			p, err := Listen(tc.addr, tc.target, nil)
			if p != nil {
				p.Close()
			}
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

func TestCloseIsIdempotent(t *testing.T) {
	t.Parallel()
	p := newProxy(t)
	c, _ := dial(t, p)
	_ = c
	p.Stall()
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
