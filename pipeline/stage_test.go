package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
)

func deadLetters(t *testing.T, b *Bus) []DeadLetter {
	t.Helper()
	ctx := context.Background()
	n := streamMsgs(t, b, StreamDeadLetter)
	if n == 0 {
		return nil
	}
	cons, err := b.js.OrderedConsumer(ctx, b.StreamName(StreamDeadLetter), jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var out []DeadLetter
	for range n {
		m, err := cons.Next(jetstream.FetchMaxWait(5 * time.Second))
		if err != nil {
			t.Fatal(err)
		}
		var dl DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil {
			t.Fatal(err)
		}
		out = append(out, dl)
	}
	return out
}

// An extract error that is neither permanent nor an outage is retried
// MaxDeliver times, then dead-lettered with the reason; other articles flow.
func TestExtractMaxDeliverThenDeadLetter(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	wc := fastWorker
	wc.MaxDeliver = 3
	var tries atomic.Int32
	flaky := func(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
		if strings.Contains(a.URL, "bad") {
			tries.Add(1)
			return nil, errors.New("tokenizer exploded")
		}
		return fakeExtract(ctx, a)
	}
	sink := newMemSink("mem:md")
	eref, _ := b.EnsureExtractConsumer(ctx, wc)
	swc := wc
	swc.Durable = "md-sink"
	srefs, _ := b.EnsureSinkConsumers(ctx, sink, swc)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	wg.Go(func() { _ = b.RunExtractor(ctx, flaky, wc) })
	wg.Go(func() { _ = b.RunSink(ctx, sink, swc) })
	good := article("http://news.test/good", "en", "NATO > APT29/RU")
	publishAll(t, b, []claim.Article{article("http://news.test/bad", "en", "X > Y/CN"), good})
	wctx, wcancel := context.WithTimeout(ctx, 60*time.Second)
	defer wcancel()
	if err := b.WaitIdle(wctx, append([]ConsumerRef{eref}, srefs...), 50*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
	if n := tries.Load(); n != 3 {
		t.Errorf("bad article tried %d times, want MaxDeliver = 3", n)
	}
	if err := sameIDs(sink.ids(), expectedIDs(t, good)); err != nil {
		t.Error(err)
	}
	dls := deadLetters(t, b)
	if len(dls) != 1 || dls[0].Stage != StageExtract || !strings.Contains(dls[0].Reason, "failed 3 times: tokenizer exploded") {
		t.Errorf("dead letters %+v", dls)
	}
}

// An invalid claim from the extractor is dead-lettered alone; the
// article's valid claims are published.
func TestInvalidClaimFromExtractor(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e})
	sink := newMemSink("mem:inv")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bad := func(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
		cs, err := fakeExtract(ctx, a)
		if len(cs) > 1 {
			cs[1].Confidence = 7 // out of range
		}
		return cs, err
	}
	eref, _ := b.EnsureExtractConsumer(ctx, fastWorker)
	swc := fastWorker
	swc.Durable = "inv-sink"
	srefs, _ := b.EnsureSinkConsumers(ctx, sink, swc)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }()
	wg.Go(func() { _ = b.RunExtractor(ctx, bad, fastWorker) })
	wg.Go(func() { _ = b.RunSink(ctx, sink, swc) })
	a := article("http://news.test/inv", "fr", "A > B/CN", "C > D/RU")
	publishAll(t, b, []claim.Article{a})
	if err := b.WaitIdle(ctx, append([]ConsumerRef{eref}, srefs...), 50*time.Millisecond, nil); err != nil {
		t.Fatal(err)
	}
	all, _ := fakeExtract(ctx, &a)
	if err := sameIDs(sink.ids(), []string{all[0].ID}); err != nil {
		t.Error(err)
	}
	dls := deadLetters(t, b)
	if len(dls) != 1 || !strings.Contains(dls[0].Reason, "invalid claim from extractor") || dls[0].Subject != "claims.fr.RU" {
		t.Errorf("dead letters %+v", dls)
	}
}

func TestPublishDecision(t *testing.T) {
	e := startEmbedded(t, "", -1)
	b := connect(t, Config{Embedded: e, SubjectPrefix: "t1."})
	ctx := context.Background()
	d := claim.Decision{ClaimID: "abc", Action: claim.ActionReject, Reason: "not an accusation", Reviewer: "ana", At: time.Date(2026, 11, 2, 8, 0, 0, 0, time.UTC)}
	for range 2 { // the same decision twice is stored once
		if err := b.PublishDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	s, _ := b.js.Stream(ctx, b.StreamName(StreamDecisions))
	m, err := s.GetLastMsgForSubject(ctx, "t1.decisions.reject")
	if err != nil {
		t.Fatal(err)
	}
	var got claim.Decision
	if err := json.Unmarshal(m.Data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != claim.SchemaDecision || got.ClaimID != "abc" || m.Header.Get(HeaderSchema) != claim.SchemaDecision {
		t.Errorf("decision %+v headers %v", got, m.Header)
	}
	if n := streamMsgs(t, b, StreamDecisions); n != 1 {
		t.Errorf("DECISIONS has %d messages, want 1", n)
	}
}
