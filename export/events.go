package export

// Event exports: the attribution events (package events) the claims form,
// as JSONL (event/v1 documents), CSV (one row per event) or STIX 2.1
// (stix_events.go).
//
// Events come from the store when it holds any (the sinks' event stage
// writes them, `replay` rebuilds them); a store written without the event
// stage (claims seeded or imported only) has none, and then the events are
// rebuilt here from the stored claims with events.Build, from the claims as
// extracted, exactly as a sink's event stage would have built them, so the
// ids are the same either way. Analysts' edits do not regroup claims; the
// review status of the claims rolls up to the event (EventReview).

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
	"github.com/claimwire/claimwire/sinks"
)

// Where the events of an EventSet came from.
const (
	EventsStored  = "store"   // the store's events table
	EventsRebuilt = "rebuilt" // events.Build over the stored claims
)

// EventReview is the review state of an event, rolled up from its claims
// and denials as the review page does (sinks.EventStatus.State: accepted when
// every one was accepted or edited, rejected when every one was rejected,
// mixed, partly reviewed or unreviewed otherwise). Claims the store no
// longer holds are not counted; an event none of whose claims is known has
// no status ("").
type EventReview struct {
	Status   string `json:"status,omitempty"`
	Accepted int    `json:"accepted"` // accepted or edited
	Rejected int    `json:"rejected"`
	Pending  int    `json:"pending"`
}

// EventLine is one JSONL line: an event/v1 document with a "review" member,
// so a consumer of event/v1 reads it unchanged.
type EventLine struct {
	events.Event
	Review EventReview `json:"review"`
}

// claimInfo is what event exports need of a stored claim: kept small, since
// an export holds one per stored claim.
type claimInfo struct {
	status     string
	storedAt   time.Time
	decidedAt  time.Time
	article    claim.ArticleRef
	confidence float64
	accused    *claim.Entity // of a denial: who denies
	sentence   string
}

// EventSet is the events an export writes, newest activity first (last
// seen, then id), with what the exporters need of their claims.
type EventSet struct {
	Events []EventLine
	// From is EventsStored or EventsRebuilt.
	From   string
	claims map[string]*claimInfo
}

// CollectEvents gathers the events of src having at least one claim or
// denial that matches f (every event when f is zero). Events are read from
// src when it is a sinks.EventReader holding any, else rebuilt from the
// claims with cfg (a zero Window means events.DefaultWindow).
func CollectEvents(ctx context.Context, src Source, f sinks.Filter, cfg events.Config) (*EventSet, error) {
	if cfg.Window == 0 {
		cfg.Window = events.DefaultWindow
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("export: events: %w", err)
	}
	set := &EventSet{From: EventsStored, claims: map[string]*claimInfo{}}
	var evs []events.Event
	if r, ok := src.(sinks.EventReader); ok {
		var err error
		if evs, err = r.Events(ctx, ""); err != nil {
			return nil, fmt.Errorf("export: events: %w", err)
		}
	}
	rebuild := len(evs) == 0
	var all []claim.Claim
	err := src.Each(ctx, sinks.Filter{}, func(r sinks.Record) error {
		c := r.Effective()
		set.claims[r.Claim.ID] = &claimInfo{status: r.Status, storedAt: r.StoredAt, decidedAt: r.DecidedAt,
			article: c.Article, confidence: c.Confidence, accused: c.Accused, sentence: c.Evidence.Sentence}
		if rebuild {
			all = append(all, r.Claim)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export: events: %w", err)
	}
	if rebuild {
		set.From = EventsRebuilt
		evs = events.Build(cfg, all)
		all = nil
	}
	var match map[string]bool // nil: every claim matches
	if !f.IsZero() {
		match = map[string]bool{}
		err := src.Each(ctx, f, func(r sinks.Record) error {
			match[r.Claim.ID] = true
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("export: events: %w", err)
		}
	}
	for _, e := range evs {
		if match != nil && !anyIn(match, e.Claims, e.Denials) {
			continue
		}
		set.Events = append(set.Events, EventLine{Event: e, Review: set.review(&e)})
	}
	sort.SliceStable(set.Events, func(i, j int) bool {
		a, b := &set.Events[i], &set.Events[j]
		if a.LastSeen != b.LastSeen {
			return a.LastSeen > b.LastSeen // ISO dates order as strings
		}
		return a.ID < b.ID
	})
	return set, nil
}

func anyIn(m map[string]bool, lists ...[]string) bool {
	for _, l := range lists {
		for _, id := range l {
			if m[id] {
				return true
			}
		}
	}
	return false
}

func (s *EventSet) review(e *events.Event) EventReview {
	// The roll-up is the review page's (sinks.EventStatus), so an export
	// and the page never disagree on an event's status.
	var st sinks.EventStatus
	for _, l := range [][]string{e.Claims, e.Denials} {
		for _, id := range l {
			ci := s.claims[id]
			if ci == nil {
				continue
			}
			st.Claims++
			switch ci.status {
			case claim.StatusAccepted:
				st.Accepted++
			case claim.StatusEdited:
				st.Edited++
			case claim.StatusRejected:
				st.Rejected++
			}
		}
	}
	r := EventReview{Accepted: st.Accepted + st.Edited, Rejected: st.Rejected, Pending: st.Pending()}
	if st.Claims > 0 {
		r.Status = st.State()
	}
	return r
}

// WriteEvents writes set to w in format.
func WriteEvents(w io.Writer, format Format, set *EventSet) error {
	switch format {
	case FormatJSONL:
		return WriteEventsJSONL(w, set)
	case FormatCSV:
		return WriteEventsCSV(w, set)
	case FormatSTIX:
		return WriteEventsSTIX(w, set)
	}
	return fmt.Errorf("%w %q", ErrFormat, format)
}

// WriteEventsJSONL writes one EventLine per event.
func WriteEventsJSONL(w io.Writer, set *EventSet) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range set.Events {
		if err := enc.Encode(&set.Events[i]); err != nil {
			return fmt.Errorf("export: events jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: events jsonl: %w", err)
	}
	return nil
}

// EventCSVColumns are the events CSV header, in order. Entity columns as in
// CSVColumns. Lists with counts are "KEY:N" joined by ";", most frequent
// first: outlets by outlet, languages by code, victims by country code
// (other victims by name), periods as START..END, hedges as written.
// claim_ids and denial_ids join ids with ";".
var EventCSVColumns = []string{
	"id", "revision", "status", "accepted", "rejected", "pending",
	"accuser_key", "accuser_name", "accuser_kind", "accuser_country",
	"accused_key", "accused_name", "accused_kind", "accused_country", "accused_mitre",
	"stance", "first_seen", "last_seen",
	"claims", "denials", "articles", "sources", "copies",
	"outlets", "languages", "victims", "periods", "hedges",
	"claim_ids", "denial_ids",
}

// EventCSVRow returns l as a row matching EventCSVColumns.
func EventCSVRow(l *EventLine) []string {
	e := &l.Event
	ent := func(e *claim.Entity) []string {
		if e == nil {
			return []string{"", "", ""}
		}
		return []string{e.Name, string(e.Kind), e.Country}
	}
	mitre := ""
	if e.Accused != nil {
		mitre = e.Accused.IDs["mitre"]
	}
	copies := 0
	for _, c := range e.Copies {
		copies += len(c)
	}
	itoa := strconv.Itoa
	row := []string{e.ID, itoa(e.Revision), l.Review.Status, itoa(l.Review.Accepted), itoa(l.Review.Rejected), itoa(l.Review.Pending),
		e.AccuserKey}
	row = append(row, ent(e.Accuser)...)
	row = append(row, e.AccusedKey)
	row = append(row, ent(e.Accused)...)
	row = append(row, mitre, string(e.Stance), string(e.FirstSeen), string(e.LastSeen),
		itoa(len(e.Claims)), itoa(len(e.Denials)), itoa(len(e.Articles)), itoa(e.Sources), itoa(copies),
		joinCounts(e.Outlets, false), joinCounts(e.Languages, false), joinCounts(e.Victims, true),
		joinCounts(e.Periods, false), joinCounts(e.Hedges, false),
		strings.Join(e.Claims, ";"), strings.Join(e.Denials, ";"))
	for i, v := range row {
		row[i] = csvSafe(v)
	}
	return row
}

// joinCounts renders counts as "KEY:N;…". For victims a state shows its
// country code (key "state:DE"), anything else its name.
func joinCounts(cs []events.Count, victims bool) string {
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		k := c.Key
		if victims {
			if cc, ok := strings.CutPrefix(k, "state:"); ok {
				k = cc
			} else if c.Name != "" {
				k = c.Name
			}
		}
		parts = append(parts, k+":"+strconv.Itoa(c.N))
	}
	return strings.Join(parts, ";")
}

// WriteEventsCSV writes a header and one row per event.
func WriteEventsCSV(w io.Writer, set *EventSet) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(EventCSVColumns); err != nil {
		return fmt.Errorf("export: events csv: %w", err)
	}
	for i := range set.Events {
		if err := cw.Write(EventCSVRow(&set.Events[i])); err != nil {
			return fmt.Errorf("export: events csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: events csv: %w", err)
	}
	return nil
}
