package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"
)

// freePort returns a loopback port nothing listens on (for now).
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return port
}

// TestConnectWaitsForServer: a stage started before its NATS server waits
// for it (before, Connect failed at once and the worker exited 1), with
// one log line when it starts waiting and one when NATS is ready.
func TestConnectWaitsForServer(t *testing.T) {
	t.Parallel()
	port := freePort(t)
	var logs syncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	type result struct {
		b   *Bus
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := ConnectAndSetup(ctx, Config{URLs: []string{"nats://127.0.0.1:" + itoa(port)}, ConnectTimeout: time.Second},
			NewMetrics(nil), slog.New(slog.NewTextHandler(&logs, nil)))
		done <- result{b, err}
	}()
	time.Sleep(2500 * time.Millisecond) // several attempts while nothing listens
	select {
	case r := <-done:
		t.Fatalf("connect returned before the server started: %v", r.err)
	default:
	}
	startEmbedded(t, "", port)
	r := <-done
	if r.err != nil {
		t.Fatalf("connect after the server started: %v", r.err)
	}
	defer r.b.Close()
	if err := r.b.Healthy(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.b.js.Stream(ctx, r.b.StreamName(StreamClaims)); err != nil {
		t.Errorf("streams not set up: %v", err)
	}
	waiting := logs.lines("waiting for nats")
	ready := logs.lines("nats ready")
	if len(waiting) != 1 || len(ready) != 1 {
		t.Errorf("want one waiting and one ready line, got:\n%s", strings.Join(logs.lines("level="), "\n"))
	}
}

// TestConnectDoesNotWaitForConfigMistakes: a bad configuration fails at once.
func TestConnectDoesNotWaitForConfigMistakes(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := ConnectAndSetup(ctx, Config{URLs: []string{"http://127.0.0.1:1"}}, nil, nil)
	if err == nil || ctx.Err() != nil || !strings.Contains(err.Error(), "scheme") {
		t.Errorf("err %v (ctx %v), want an immediate scheme error", err, ctx.Err())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// fakeOldServer speaks just enough of the NATS protocol to complete a
// client handshake while announcing version v.
func fakeOldServer(t *testing.T, v string) string {
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
				fmt.Fprintf(c, "INFO {\"server_id\":\"old\",\"version\":%q,\"go\":\"go1.17\",\"host\":\"127.0.0.1\",\"port\":1,\"max_payload\":1048576,\"proto\":1,\"headers\":true}\r\n", v)
				buf := make([]byte, 4096)
				var got []byte
				for {
					n, err := c.Read(buf)
					if err != nil {
						return
					}
					got = append(got, buf[:n]...)
					if strings.Contains(string(got), "PING\r\n") {
						c.Write([]byte("PONG\r\n"))
						got = nil
					}
				}
			}()
		}
	}()
	return "nats://" + ln.Addr().String()
}

// TestRefuseServerOlderThanSupported: a server older than 2.9 is refused
// at once with a message naming its version, not waited for.
func TestRefuseServerOlderThanSupported(t *testing.T) {
	t.Parallel()
	url := fakeOldServer(t, "2.8.4")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := ConnectAndSetup(ctx, Config{URLs: []string{url}}, nil, nil)
	if err == nil || ctx.Err() != nil || !strings.Contains(err.Error(), `"2.8.4"`) || !strings.Contains(err.Error(), MinServerVersion) {
		t.Errorf("err %v (ctx %v), want an immediate refusal naming 2.8.4 and %s", err, ctx.Err(), MinServerVersion)
	}
}
