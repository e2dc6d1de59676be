package pipeline

import (
	"strconv"
	"strings"

	"github.com/nats-io/nats.go/jetstream"
)

// MinServerVersion is the oldest nats-server claimwire supports (JetStream
// pull consumers, KV with TTL, Nats-Msg-Id dedup all work from 2.9).
const MinServerVersion = "2.9.0"

// termReasonVersion is the first nats-server that understands "+TERM
// <reason>". Older servers do not recognise the acknowledgement at all:
// the message stays unacknowledged and comes back after AckWait, forever,
// filling MaxAckPending until the stage stalls.
const termReasonVersion = "2.10.4"

// versionAtLeast reports whether the server version v (as sent in INFO,
// "2.9.10", "2.11.0-RC.1") is at least want. An unparsable version is
// treated as old: the safe choice for acks.
func versionAtLeast(v, want string) bool {
	a, okA := parseVersion(v)
	b, _ := parseVersion(want)
	if !okA {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return true
}

func parseVersion(v string) ([3]int, bool) {
	var out [3]int
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	if i := strings.IndexAny(v, "-+"); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return out, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return out, false
		}
		out[i] = n
	}
	return out, true
}

// ServerVersion is the version of the server the connection is on now
// ("" while disconnected). It is asked on each use because a reconnect
// may land on another node of a cluster being upgraded.
func (b *Bus) ServerVersion() string { return b.nc.ConnectedServerVersion() }

// term ends m for good (no redelivery). The reason travels in the ack
// where the server understands it (2.10.4+); older servers get a plain
// +TERM, which every JetStream server honours — the reason is in the dead
// letter either way.
func (b *Bus) term(m jetstream.Msg, reason string) error {
	if versionAtLeast(b.ServerVersion(), termReasonVersion) {
		return m.TermWithReason(oneLine(reason))
	}
	return m.Term()
}
