package fetcher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestProgressReporter(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/feed", "application/rss+xml", rssFeed(goodItem(s, "/p1", "progress"), rssItem("gone", s.URL+"/404", "")))
	h := newHarness(t, nil)
	p := NewProgress(2)
	h.f.SetProgress(p)
	h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	h.crawl(t, Source{Name: "down", Kind: KindRSS, URL: s.URL + "/nofeed"})
	p.AddClaims(3)
	snap := p.Snapshot()
	if snap.SourcesDone != 2 || snap.SourcesFailed != 1 || snap.New != 1 || snap.Failed != 1 || snap.Claims != 3 || snap.Items != 2 {
		t.Fatalf("%+v", snap)
	}

	// Not a terminal: structured slog lines.
	logs := &logBuf{}
	no := false
	r := &Reporter{P: p, W: logs, Log: slog.New(slog.NewJSONHandler(logs, nil)), Terminal: &no, Interval: time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(logs.String(), "progress") && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(10 * time.Millisecond) // more ticks, with nothing new to say
	cancel()
	<-done
	var last map[string]any
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		if json.Unmarshal([]byte(line), &last) != nil || last["msg"] != "progress" {
			t.Fatalf("not a progress record: %q", line)
		}
		n++
	}
	// Unchanged counters are not repeated: one line while running, one final.
	if n != 2 || last["final"] != true || last["new"] != float64(1) || last["claims"] != float64(3) || last["sources_failed"] != float64(1) {
		t.Fatalf("%d lines, last %v", n, last)
	}

	// A terminal: one line rewritten in place, newline at the end.
	var term bytes.Buffer
	yes := true
	r = &Reporter{P: p, W: &term, Terminal: &yes, Interval: time.Hour}
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	r.Run(ctx)
	want := fmt.Sprintf("\rsources 2/2 (1 failed) · articles 1 new, 0 unchanged, 0 skipped, 1 failed · claims 3 · ")
	if !strings.HasPrefix(term.String(), want) || !strings.HasSuffix(term.String(), "\n") {
		t.Fatalf("%q", term.String())
	}
}
