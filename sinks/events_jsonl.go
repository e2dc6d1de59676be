package sinks

// Attribution events beside a JSONL claims file: PATH "claims.jsonl" keeps
// its events in "claims.events.jsonl", one line per event revision or
// retirement, appended and fsynced per batch. The latest line of an id wins
// (ReadEventsJSONL folds them), so the file is a log a consumer can tail.

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/claimwire/claimwire/events"
)

// EventsJSONLPath is the events file kept beside a JSONL claims file.
func EventsJSONLPath(claimsPath string) string {
	return strings.TrimSuffix(claimsPath, ".jsonl") + ".events.jsonl"
}

// eventLine is one line of the events file: an event, or a retirement
// ({"schema":"event/v1","id":…,"retired":true}).
type eventLine struct {
	events.Event
	Retired bool `json:"retired,omitempty"`
}

// jsonlEvents is the events side of a JSONL sink.
type jsonlEvents struct {
	mu   sync.Mutex
	revs map[string]int // latest revision written per id; nil until loaded
}

// WriteEvents appends the events whose revision is newer than the one
// written last, and the retirements, then fsyncs.
func (j *jsonlSink) WriteEvents(ctx context.Context, evs []events.Event, retired []string) error {
	for i := range evs {
		if err := evs[i].Validate(); err != nil {
			return fmt.Errorf("sinks: %s: event %d: %w: %w", j.Name(), i, ErrPermanent, err)
		}
	}
	st := &j.events
	st.mu.Lock()
	defer st.mu.Unlock()
	path := EventsJSONLPath(j.path)
	if st.revs == nil {
		cur, err := ReadEventsJSONL(path)
		if err != nil {
			return fmt.Errorf("sinks: %s: %w: %w", j.Name(), ErrUnavailable, err)
		}
		st.revs = map[string]int{}
		for _, e := range cur {
			st.revs[e.ID] = e.Revision
		}
	}
	var buf []byte
	var wrote []eventLine
	for _, id := range retired {
		if _, ok := st.revs[id]; !ok {
			continue
		}
		wrote = append(wrote, eventLine{Event: events.Event{Schema: events.SchemaEvent, ID: id}, Retired: true})
	}
	for _, e := range evs {
		if e.Revision < st.revs[e.ID] {
			continue // a late older revision
		}
		wrote = append(wrote, eventLine{Event: e})
	}
	for _, l := range wrote {
		b, err := json.Marshal(l)
		if err != nil {
			return fmt.Errorf("sinks: %s: event %s: %w: %w", j.Name(), l.ID, ErrPermanent, err)
		}
		buf = append(append(buf, b...), '\n')
	}
	if len(buf) == 0 {
		return nil
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("sinks: %s: events: %w: %w", j.Name(), ErrUnavailable, err)
	}
	_, werr := f.Write(buf)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("sinks: %s: events: %w: %w", j.Name(), ErrUnavailable, werr)
	}
	for _, l := range wrote {
		if l.Retired {
			delete(st.revs, l.ID)
		} else {
			st.revs[l.ID] = l.Revision
		}
	}
	return nil
}

// ReadEventsJSONL folds an events file into the current events, sorted by
// id: the highest revision of each id, retired ids dropped. A missing file
// is no events; a torn last line (a crash mid-write) is skipped.
func ReadEventsJSONL(path string) ([]events.Event, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cur := map[string]events.Event{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		var l eventLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			continue // torn tail after a crash; every complete line parses
		}
		switch {
		case l.Retired:
			delete(cur, l.ID)
		case l.Revision >= cur[l.ID].Revision:
			cur[l.ID] = l.Event
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s line %d: %w", path, n, err)
	}
	out := make([]events.Event, 0, len(cur))
	for _, e := range cur {
		out = append(out, e)
	}
	sortEvents(out)
	return out, nil
}

func sortEvents(es []events.Event) {
	sort.Slice(es, func(i, k int) bool { return es[i].ID < es[k].ID })
}
