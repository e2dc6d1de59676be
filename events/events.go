// Package events groups attribution claims into attribution events: the
// same accuser saying the same actor did it, within a time window, across
// articles, outlets and languages. An event counts independent sources —
// each outlet once, wire copies and syndicated texts once (MinHash over the
// article text, see Fingerprint) — and carries the denials that answer it.
//
// It depends on the standard library and package claim only; the pipeline
// feeds it claims and stores or publishes what it returns.
package events

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// SchemaEvent is the schema version carried by every event message.
const SchemaEvent = "event/v1"

// DefaultWindow is the gap in claim dates that still chains two claims into
// one event.
const DefaultWindow = 30 * 24 * time.Hour

// Config of the event builder.
type Config struct {
	// Window: a claim joins an event when its claim date is at most Window
	// after the latest claim already in it (or before the earliest): events
	// are chains of claims with no gap wider than Window. Whole days.
	Window time.Duration
	// CopyThreshold is the fingerprint similarity from which two articles
	// are one text (0 means the package default CopyThreshold).
	CopyThreshold float64
}

// Validate checks the configuration.
func (c Config) Validate() error {
	if c.Window < 24*time.Hour {
		return fmt.Errorf("events: window %s is shorter than one day", c.Window)
	}
	if c.CopyThreshold < 0 || c.CopyThreshold > 1 {
		return fmt.Errorf("events: copy threshold %v outside 0..1", c.CopyThreshold)
	}
	return nil
}

func (c Config) days() int { return int(c.Window / (24 * time.Hour)) }

func (c Config) threshold() float64 {
	if c.CopyThreshold == 0 {
		return CopyThreshold
	}
	return c.CopyThreshold
}

// Count is one value seen in an event's claims and how many claims (or, for
// languages, articles) carry it.
type Count struct {
	Key  string `json:"key"`
	Name string `json:"name,omitempty"`
	N    int    `json:"n"`
}

// Event is one attribution event.
type Event struct {
	Schema string `json:"schema"`
	ID     string `json:"id"`
	// Revision is the number of claims folded into the event (accusations
	// and denials). Claims only ever join events, so it grows with every
	// change, and a rebuild from the same claims (replay) gives the same
	// number whatever their order.
	Revision   int           `json:"revision"`
	Accuser    *claim.Entity `json:"accuser,omitempty"` // as in the earliest claim
	Accused    *claim.Entity `json:"accused"`
	AccuserKey string        `json:"accuser_key"`
	AccusedKey string        `json:"accused_key"`
	Stance     claim.Stance  `json:"stance"` // accusation, or denial for denials that answer no accusation
	FirstSeen  claim.Date    `json:"first_seen,omitempty"`
	LastSeen   claim.Date    `json:"last_seen,omitempty"`
	Claims     []string      `json:"claims"`            // ids of the claims of Stance
	Denials    []string      `json:"denials,omitempty"` // ids of the denials answering an accusation event
	Articles   []string      `json:"articles"`
	Outlets    []Count       `json:"outlets"`
	Languages  []Count       `json:"languages"`
	Victims    []Count       `json:"victims,omitempty"`
	Periods    []Count       `json:"periods,omitempty"`
	Hedges     []Count       `json:"hedges,omitempty"`
	// Sources is the number of independent sources: articles of one outlet
	// count once, and so do articles whose texts are copies of each other.
	Sources int `json:"sources"`
	// Copies lists each set of articles found to carry one text (URLs).
	Copies [][]string `json:"copies,omitempty"`
}

// ErrInvalid marks an event that fails Validate.
var ErrInvalid = errors.New("events: invalid event")

// Validate checks what sinks and subscribers rely on.
func (e *Event) Validate() error {
	switch {
	case e.Schema != SchemaEvent:
		return fmt.Errorf("%w: schema %q", ErrInvalid, e.Schema)
	case e.ID == "":
		return fmt.Errorf("%w: empty id", ErrInvalid)
	case e.Accused == nil:
		return fmt.Errorf("%w: event %s: no accused", ErrInvalid, e.ID)
	case e.Revision < 1:
		return fmt.Errorf("%w: event %s: revision %d", ErrInvalid, e.ID, e.Revision)
	}
	return nil
}

// MsgID is the JetStream Msg-Id of this revision of the event.
func (e *Event) MsgID() string { return e.ID + "." + strconv.Itoa(e.Revision) }

// SubjectToken is the accused's country ("CN"), or "none".
func (e *Event) SubjectToken() string {
	if e.Accused != nil && len(e.Accused.Country) == 2 {
		return e.Accused.Country
	}
	return "none"
}

// ActorKey is the identity under which claims are grouped: one actor, one
// key. A state is its country ("state:cn", whatever the name the text gave:
// Moscow, the Kremlin, Russia); a group with a MITRE id is that id (so
// aliases meet); anything else is its normalised Entity.Key. Groups are NOT
// folded into their sponsor state: "APT28 did it" and "Russia did it" are
// different attributions and analysts count them apart. A nil entity (no
// accuser found) is "unknown".
func ActorKey(e *claim.Entity) string {
	switch {
	case e == nil:
		return "unknown"
	case e.Kind == claim.KindState && e.Country != "":
		return "state:" + strings.ToLower(e.Country)
	case e.IDs["mitre"] != "":
		return "mitre:" + strings.ToLower(e.IDs["mitre"])
	}
	return e.Key()
}

// ID returns the event id: accuser key, accused key, stance and the window
// bucket of the event's first claim date. Buckets (not the date itself) keep
// the id when an earlier claim of the same bucket arrives late; two events
// of one pair always fall in different buckets, since a gap wider than the
// window separates them.
func ID(accuserKey, accusedKey string, stance claim.Stance, firstDay int, dated bool, window int) string {
	bucket := "undated"
	if dated {
		bucket = strconv.Itoa(floorDiv(firstDay, window))
	}
	h := sha256.New()
	for _, p := range []string{SchemaEvent, accuserKey, accusedKey, string(stance), bucket} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// day returns the claim's date (or its article's) as days since 1970, for
// the window arithmetic.
func day(c *claim.Claim) (int, bool) {
	d := c.ClaimDate
	if !d.Valid() {
		d = c.Article.Published
	}
	t, ok := d.Time()
	if !ok {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

func outlet(c *claim.Claim) string {
	if c.Article.Source != "" {
		return strings.ToLower(c.Article.Source)
	}
	if u, err := url.Parse(c.Article.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return c.Article.URL
}

func sortCounts(m map[string]*Count) []Count {
	out := make([]Count, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Key < out[j].Key
	})
	return out
}

func unixDay(d int) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }
