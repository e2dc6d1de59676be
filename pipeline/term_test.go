package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

func TestVersionAtLeast(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"2.9.10", false}, {"2.9.25", false}, {"2.10.3", false}, {"2.10.4", true},
		{"2.10.22", true}, {"2.11.0-RC.1", true}, {"3.0.0", true}, {"v2.15.2", true},
		{"", false}, {"garbage", false}, {"2.10", false},
	} {
		t.Run(tc.v, func(t *testing.T) {
			if got := versionAtLeast(tc.v, termReasonVersion); got != tc.want {
				t.Errorf("versionAtLeast(%q, %s) = %v, want %v", tc.v, termReasonVersion, got, tc.want)
			}
		})
	}
}

// sharedBus connects to the machine's NATS server (127.0.0.1:4222) with a
// unique subject and stream prefix, removed afterwards; it skips when the
// server does not answer.
func sharedBus(t *testing.T) *Bus {
	t.Helper()
	url := "nats://127.0.0.1:4222"
	nc, err := nats.Connect(url, nats.Timeout(2*time.Second))
	if err != nil {
		t.Skipf("no NATS server at %s (%v): the shared-server case is not tested", url, err)
	}
	nc.Close()
	id := fmt.Sprintf("cwterm%d", time.Now().UnixNano())
	b := connect(t, Config{URLs: []string{url}, SubjectPrefix: id + ".", StreamPrefix: strings.ToUpper(id) + "_"})
	t.Cleanup(func() {
		if err := b.DeleteStreams(context.Background()); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	return b
}

// TestPoisonEndsOnEveryServerVersion: a poison article is dead-lettered
// once and leaves the consumer for good, on the machine's old server (2.9,
// which ignores "+TERM reason") and on the embedded current one. Before the
// fix, on 2.9 it came back after every AckWait, was dead-lettered again and
// kept an ack-pending slot.
func TestPoisonEndsOnEveryServerVersion(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		bus  func(t *testing.T) *Bus
	}{
		{"embedded", func(t *testing.T) *Bus { return connect(t, Config{Embedded: startEmbedded(t, "", -1)}) }},
		{"shared-4222", sharedBus},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := tc.bus(t)
			t.Logf("server version %s", b.ServerVersion())
			wc := fastWorker
			wc.AckWait = time.Second
			sink := newMemSink("mem:term")
			st := runStages(t, b, wc, sink)
			ctx := context.Background()
			if _, err := b.js.Publish(ctx, b.cfg.SubjectPrefix+"articles.en", []byte("{not json"), jetstream.WithMsgID("poison-term")); err != nil {
				t.Fatal(err)
			}
			arts := sampleArticles()
			publishAll(t, b, arts)
			eventually(t, "poison dead-lettered", func() error {
				if n := streamMsgs(t, b, StreamDeadLetter); n != 1 {
					return fmt.Errorf("%d dead letters", n)
				}
				return nil
			})
			// Three ack waits: an unterminated message would have come back.
			time.Sleep(3500 * time.Millisecond)
			info, err := b.ConsumerInfo(ctx, st.extract.Stream, st.extract.Durable)
			if err != nil {
				t.Fatal(err)
			}
			if info.NumAckPending != 0 || info.NumRedelivered != 0 || info.NumPending != 0 {
				t.Errorf("extract consumer after the poison: ack pending %d, redelivered %d, pending %d (want 0, 0, 0)",
					info.NumAckPending, info.NumRedelivered, info.NumPending)
			}
			if n := streamMsgs(t, b, StreamDeadLetter); n != 1 {
				t.Errorf("%d dead letters, want exactly 1", n)
			}
			waitIdle(t, b, st)
			if err := sameIDs(sink.ids(), expectedIDs(t, arts...)); err != nil {
				t.Errorf("the rest must flow: %v", err)
			}
		})
	}
}
