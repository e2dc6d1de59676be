package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/fault"
)

// Stage names, used in consumer names, dead-letter subjects and metrics.
const (
	StageExtract = "extract"
	StageSink    = "sink"
)

// ExtractFunc is the extract stage: an article in, claims out. It knows
// nothing of NATS. An error wrapping ErrPermanent (or claim.ErrSchema /
// claim.ErrInvalid) dead-letters the article; ErrUnavailable retries it
// forever; any other error retries it up to MaxDeliver times.
type ExtractFunc func(ctx context.Context, a *claim.Article) ([]claim.Claim, error)

// ClaimWriter is the sink stage (sinks.Sink satisfies it). WriteClaims
// returning nil means every claim of the batch is durable; it must be
// idempotent by claim id because a batch can be delivered again.
type ClaimWriter interface {
	Name() string
	WriteClaims(ctx context.Context, claims []claim.Claim) error
}

// WorkerConfig tunes one stage's durable pull consumer. Zero values take the
// defaults given per field.
type WorkerConfig struct {
	// Durable is the consumer name; copies of a stage sharing it share the
	// work. Default "extract" for the extract stage; required for sinks (see
	// SinkDurable).
	Durable string
	// Batch is the number of messages fetched at once (and written in one
	// sink call). Default 4 for extract, 256 for sinks.
	Batch int
	// Concurrency is the number of fetch loops in this process. Default
	// 2×GOMAXPROCS for extract, 1 for sinks.
	Concurrency int
	// MaxWait bounds one fetch when the stream is idle. Default 1s.
	MaxWait time.Duration
	// AckWait is how long the server waits for an ack before redelivering
	// (a crashed worker's messages come back after it). Default 60s.
	AckWait time.Duration
	// MaxDeliver is how often a message failing with an unclassified error
	// is tried before it is dead-lettered. Outages (ErrUnavailable, and any
	// non-permanent sink error) are retried without limit. Default 10.
	MaxDeliver int
	// MaxAckPending caps unacknowledged messages across all copies. Default 4096.
	MaxAckPending int
	// BackoffBase and BackoffMax bound the redelivery delay after a failure
	// (doubling per delivery). Defaults 500ms and 5s: once a sink is back,
	// the claims waiting for it are written within BackoffMax.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// IsPermanent reports whether an error of the stage's function means
	// the message can never succeed. Default: IsPermanent (fault.IsPermanent),
	// shared by every stage, replay and import; tests may narrow it.
	IsPermanent func(error) bool
}

func (wc WorkerConfig) withDefaults(stage string) WorkerConfig {
	if wc.Durable == "" && stage == StageExtract {
		wc.Durable = StageExtract
	}
	if wc.Batch <= 0 {
		wc.Batch = 4
		if stage == StageSink {
			wc.Batch = 256
		}
	}
	if wc.Concurrency <= 0 {
		wc.Concurrency = 1
		if stage == StageExtract {
			// Extraction is CPU work but each article also waits for the
			// stream to confirm its claims: twice the CPUs keeps them busy.
			wc.Concurrency = max(2, 2*runtime.GOMAXPROCS(0))
		}
	}
	if wc.MaxWait <= 0 {
		wc.MaxWait = time.Second
	}
	if wc.AckWait <= 0 {
		wc.AckWait = 60 * time.Second
	}
	if wc.MaxDeliver <= 0 {
		wc.MaxDeliver = 10
	}
	if wc.MaxAckPending <= 0 {
		wc.MaxAckPending = 4096
	}
	if wc.BackoffBase <= 0 {
		wc.BackoffBase = 500 * time.Millisecond
	}
	if wc.BackoffMax <= 0 {
		wc.BackoffMax = DefaultBackoffMax
	}
	if wc.IsPermanent == nil {
		wc.IsPermanent = IsPermanent
	}
	return wc
}

// DefaultBackoffMax caps the delay between two attempts at a message that
// failed for a reason waiting fixes (a sink outage).
const DefaultBackoffMax = 5 * time.Second

// IsPermanent is claimwire's one classification of permanent failures
// (fault.IsPermanent): the pipeline's, the sinks' and claim's sentinels
// (pipeline.ErrPermanent, sinks.ErrPermanent — PostgreSQL data errors,
// SQLSTATE classes 22 and 23 — claim.ErrSchema, claim.ErrInvalid) and any
// error naming the refused claims of a batch (sinks.ClaimError has Indexes).
func IsPermanent(err error) bool { return fault.IsPermanent(err) }

// indexedError is a batch error naming the positions of the claims a sink
// refuses (sinks.ClaimError): the rest of the batch can be written again.
type indexedError = fault.Indexed

// ArticleWriter is implemented by sinks that also keep article texts (the
// database sinks, sinks.ArticleWriter): their sink stage also consumes the
// ARTICLES stream, with its own durable consumer.
type ArticleWriter interface {
	WriteArticles(ctx context.Context, articles []claim.Article) error
}

func (wc WorkerConfig) backoff(delivered uint64) time.Duration {
	d := wc.BackoffBase
	for i := uint64(1); i < delivered && d < wc.BackoffMax; i++ {
		d *= 2
	}
	return min(d, wc.BackoffMax)
}

// ExtractConsumer is the stream and durable name of the extract stage.
func (b *Bus) ExtractConsumer(durable string) ConsumerRef {
	if durable == "" {
		durable = StageExtract
	}
	return ConsumerRef{Stream: b.StreamName(StreamArticles), Durable: durable}
}

// SinkConsumer is the stream and durable name of a sink stage.
func (b *Bus) SinkConsumer(durable string) ConsumerRef {
	return ConsumerRef{Stream: b.StreamName(StreamClaims), Durable: durable}
}

// ConsumerRef names a durable consumer.
type ConsumerRef struct{ Stream, Durable string }

// ensureConsumerRetrying is ensureConsumer for a starting stage: a server
// that is restarting or not up yet is waited for (until ctx ends), while a
// refusal by the server (an API error: bad name, conflicting config) is
// returned at once.
func (b *Bus) ensureConsumerRetrying(ctx context.Context, ref ConsumerRef, filter, desc string, wc WorkerConfig) (jetstream.Consumer, error) {
	w := &waiter{log: b.log.With("consumer", ref.Durable)}
	for {
		c, err := b.ensureConsumer(ctx, ref, filter, desc, wc)
		if err == nil {
			w.done("consumer ready")
			return c, nil
		}
		if !setupWaitable(err) || ctx.Err() != nil {
			return c, err
		}
		w.wait(ctx, err)
	}
}

func (b *Bus) ensureConsumer(ctx context.Context, ref ConsumerRef, filter, desc string, wc WorkerConfig) (jetstream.Consumer, error) {
	cfg := jetstream.ConsumerConfig{
		Durable:       ref.Durable,
		Description:   desc,
		FilterSubject: filter,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       wc.AckWait,
		MaxDeliver:    -1, // dead-lettering is ours, with the reason
		MaxAckPending: wc.MaxAckPending,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
	c, err := b.js.CreateOrUpdateConsumer(ctx, ref.Stream, cfg)
	if err != nil {
		return nil, fmt.Errorf("pipeline: consumer %s on %s: %w", ref.Durable, ref.Stream, err)
	}
	b.metrics.WatchConsumer(b, ref.Stream, ref.Durable)
	return c, nil
}

// EnsureExtractConsumer creates (or updates) the extract stage's consumer
// without consuming, so that articles published before the workers start
// are counted as pending.
func (b *Bus) EnsureExtractConsumer(ctx context.Context, wc WorkerConfig) (ConsumerRef, error) {
	wc = wc.withDefaults(StageExtract)
	ref := b.ExtractConsumer(wc.Durable)
	_, err := b.ensureConsumer(ctx, ref, b.cfg.SubjectPrefix+"articles.>", "claimwire extract stage", wc)
	return ref, err
}

// EnsureSinkConsumers is EnsureExtractConsumer for a sink stage: the
// claims consumer, and for an ArticleWriter the articles consumer
// (Durable + "-articles"). Default durable: SinkDurable(w.Name()).
func (b *Bus) EnsureSinkConsumers(ctx context.Context, w ClaimWriter, wc WorkerConfig) ([]ConsumerRef, error) {
	wc = wc.withDefaults(StageSink)
	if wc.Durable == "" {
		wc.Durable = SinkDurable(w.Name())
	}
	ref := b.SinkConsumer(wc.Durable)
	if _, err := b.ensureConsumer(ctx, ref, b.cfg.SubjectPrefix+"claims.>", "claimwire sink stage: "+w.Name(), wc); err != nil {
		return nil, err
	}
	refs := []ConsumerRef{ref}
	if _, ok := w.(ArticleWriter); ok {
		aref := ConsumerRef{Stream: b.StreamName(StreamArticles), Durable: wc.Durable + "-articles"}
		if _, err := b.ensureConsumer(ctx, aref, b.cfg.SubjectPrefix+"articles.>", "claimwire sink stage (articles): "+w.Name(), wc); err != nil {
			return nil, err
		}
		refs = append(refs, aref)
	}
	return refs, nil
}

// fetchLoop runs handle on batches until ctx ends. A batch is what is
// available right now (up to wc.Batch): the loop never waits to fill a
// batch, so batching adds throughput under load and no latency when idle.
// The batch in hand when ctx ends is finished (with a context that is not
// cancelled), so a shutdown leaves no half-done work behind.
func (b *Bus) fetchLoop(ctx context.Context, cons jetstream.Consumer, wc WorkerConfig, stage string, handle func(ctx context.Context, msgs []jetstream.Msg)) {
	work := context.WithoutCancel(ctx)
	drain := func(mb jetstream.MessageBatch, msgs []jetstream.Msg) []jetstream.Msg {
		for m := range mb.Messages() {
			msgs = append(msgs, m)
		}
		return msgs
	}
	for ctx.Err() == nil {
		mb, err := cons.FetchNoWait(wc.Batch)
		if err != nil {
			b.log.Debug("fetch failed", "stage", stage, "err", err)
			sleepCtx(ctx, 250*time.Millisecond)
			continue
		}
		msgs := drain(mb, nil)
		if len(msgs) == 0 {
			// Idle: block for one message (tied to ctx so a shutdown does
			// not wait out MaxWait), then take whatever else arrived with it.
			fctx, cancel := context.WithTimeout(ctx, wc.MaxWait)
			mb, err = cons.Fetch(1, jetstream.FetchContext(fctx))
			if err == nil {
				msgs = drain(mb, nil)
			}
			cancel()
			if err != nil {
				b.log.Debug("fetch failed", "stage", stage, "err", err)
				sleepCtx(ctx, 250*time.Millisecond)
				continue
			}
			if len(msgs) > 0 && wc.Batch > 1 {
				if more, err := cons.FetchNoWait(wc.Batch - 1); err == nil {
					msgs = drain(more, msgs)
				}
			}
		}
		if len(msgs) > 0 {
			handle(work, msgs)
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// RunExtractor runs the extract stage until ctx ends: articles from the
// durable consumer, fn, claims published with their id as Nats-Msg-Id, then
// the article is acked. Copies in other processes with the same Durable
// share the work.
func (b *Bus) RunExtractor(ctx context.Context, fn ExtractFunc, wc WorkerConfig) error {
	wc = wc.withDefaults(StageExtract)
	ref := b.ExtractConsumer(wc.Durable)
	cons, err := b.ensureConsumerRetrying(ctx, ref, b.cfg.SubjectPrefix+"articles.>", "claimwire extract stage", wc)
	if err != nil {
		return err
	}
	log := b.log.With("stage", StageExtract, "consumer", ref.Durable)
	log.Info("extract stage started", "concurrency", wc.Concurrency, "batch", wc.Batch)
	var wg sync.WaitGroup
	for range wc.Concurrency {
		wg.Go(func() {
			b.fetchLoop(ctx, cons, wc, StageExtract, func(ctx context.Context, msgs []jetstream.Msg) {
				for _, m := range msgs {
					b.handleArticle(ctx, fn, wc, m)
				}
			})
		})
	}
	wg.Wait()
	log.Info("extract stage stopped")
	return nil
}

// decodeStrict decodes one JSON value (json.Unmarshal refuses trailing
// data) and marks a failure permanent.
func decodeStrict(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: invalid json: %w", ErrPermanent, err)
	}
	return nil
}

func meta(m jetstream.Msg) (delivered uint64, ts time.Time) {
	md, err := m.Metadata()
	if err != nil {
		return 1, time.Time{}
	}
	return md.NumDelivered, md.Timestamp
}

// deadLetter publishes m on deadletter.<stage> and terminates it; when the
// dead-letter publish itself fails the message is redelivered later.
func (b *Bus) deadLetter(ctx context.Context, stage string, m jetstream.Msg, reason string, wc WorkerConfig) {
	if err := b.publishDeadLetter(ctx, stage, m, reason); err != nil {
		b.log.Error("dead letter failed, will retry", "stage", stage, "err", err)
		delivered, _ := meta(m)
		_ = m.NakWithDelay(wc.backoff(delivered))
		return
	}
	if err := b.term(m, reason); err != nil {
		b.log.Warn("terminating a dead-lettered message failed (it will be dead-lettered again, deduplicated)", "stage", stage, "err", err)
	}
}

func (b *Bus) retry(stage string, m jetstream.Msg, wc WorkerConfig) {
	delivered, _ := meta(m)
	b.metrics.retry(stage)
	_ = m.NakWithDelay(wc.backoff(delivered))
}

func (b *Bus) handleArticle(ctx context.Context, fn ExtractFunc, wc WorkerConfig, m jetstream.Msg) {
	delivered, ts := meta(m)
	if delivered > 1 {
		b.metrics.redelivered(StageExtract)
	}
	var a claim.Article
	if err := decodeStrict(m.Data(), &a); err != nil {
		b.deadLetter(ctx, StageExtract, m, err.Error(), wc)
		return
	}
	if err := a.Validate(); err != nil {
		b.deadLetter(ctx, StageExtract, m, err.Error(), wc)
		return
	}
	claims, err := fn(ctx, &a)
	if err != nil {
		switch {
		case wc.IsPermanent(err):
			b.deadLetter(ctx, StageExtract, m, "extract: "+err.Error(), wc)
		case errors.Is(err, ErrUnavailable) || int(delivered) < wc.MaxDeliver:
			b.log.Warn("extract failed, will retry", "url", a.URL, "delivered", delivered, "err", err)
			b.retry(StageExtract, m, wc)
		default:
			b.deadLetter(ctx, StageExtract, m, fmt.Sprintf("extract failed %d times: %v", delivered, err), wc)
		}
		return
	}
	valid := claims[:0:0]
	for i := range claims {
		c := &claims[i]
		if c.Schema == "" {
			c.Schema = claim.SchemaClaim
		}
		if err := c.Validate(); err != nil {
			// An extractor bug must not lose the article's other claims nor
			// block the stream: the bad claim goes to the dead letters.
			b.log.Error("extractor produced an invalid claim", "url", a.URL, "err", err)
			data, _ := json.Marshal(c)
			if derr := b.publishDeadLetterData(ctx, StageExtract, b.ClaimSubject(c), data, "invalid claim from extractor: "+err.Error()); derr != nil {
				b.retry(StageExtract, m, wc)
				return
			}
			continue
		}
		valid = append(valid, *c)
	}
	if err := b.PublishClaims(ctx, valid, m.Headers().Get(HeaderArticleTime)); err != nil {
		b.log.Warn("publish claims failed, will retry", "url", a.URL, "err", err)
		b.retry(StageExtract, m, wc)
		return
	}
	if err := m.Ack(); err != nil {
		b.log.Warn("ack failed", "url", a.URL, "err", err)
		return
	}
	b.metrics.claimsExtracted(len(valid))
	b.metrics.stageLatency(StageExtract, ts)
}

// RunSink runs a sink stage until ctx ends: batches of claims from the
// durable consumer wc.Durable are written with one WriteClaims call and
// acked only after it returned nil. A batch failing permanently is split
// so only the guilty claims are dead-lettered; any other failure (the sink
// is down) is retried with backoff, without limit: claims wait in the
// stream until the sink is back.
func (b *Bus) RunSink(ctx context.Context, w ClaimWriter, wc WorkerConfig) error {
	wc = wc.withDefaults(StageSink)
	if wc.Durable == "" {
		wc.Durable = SinkDurable(w.Name())
	}
	ref := b.SinkConsumer(wc.Durable)
	cons, err := b.ensureConsumerRetrying(ctx, ref, b.cfg.SubjectPrefix+"claims.>", "claimwire sink stage: "+w.Name(), wc)
	if err != nil {
		return err
	}
	// A sink that keeps article texts also consumes the articles stream.
	aw, _ := w.(ArticleWriter)
	var acons jetstream.Consumer
	if aw != nil {
		aref := ConsumerRef{Stream: b.StreamName(StreamArticles), Durable: wc.Durable + "-articles"}
		if acons, err = b.ensureConsumerRetrying(ctx, aref, b.cfg.SubjectPrefix+"articles.>", "claimwire sink stage (articles): "+w.Name(), wc); err != nil {
			return err
		}
	}
	log := b.log.With("stage", StageSink, "sink", w.Name(), "consumer", ref.Durable)
	log.Info("sink stage started", "batch", wc.Batch)
	// One outage log per sink, shared by its loops: an outage is logged
	// when it starts, every 30s while it lasts, and when it ends.
	outage := newOutageLog(log, "sink write")
	var wg sync.WaitGroup
	for range wc.Concurrency {
		wg.Go(func() {
			b.fetchLoop(ctx, cons, wc, StageSink, func(ctx context.Context, msgs []jetstream.Msg) {
				b.handleClaims(ctx, w, wc, msgs, outage)
			})
		})
	}
	if aw != nil {
		wg.Go(func() {
			b.fetchLoop(ctx, acons, wc, StageSink, func(ctx context.Context, msgs []jetstream.Msg) {
				b.handleArticles(ctx, w.Name(), aw, wc, msgs, outage)
			})
		})
	}
	wg.Wait()
	log.Info("sink stage stopped")
	return nil
}

// SinkDurable derives a durable consumer name from a sink name: its kind
// and a hash of the whole spec, so a sink pointed somewhere new starts from
// the beginning of the stream, and copies with the same --to share work.
func SinkDurable(sinkName string) string {
	kind := sinkName
	for i, r := range sinkName {
		if r == ':' {
			kind = sinkName[:i]
			break
		}
	}
	return "sink-" + token(kind, "x") + "-" + shortHash(sinkName)[:10]
}

func (b *Bus) handleClaims(ctx context.Context, w ClaimWriter, wc WorkerConfig, msgs []jetstream.Msg, outage *outageLog) {
	stage := StageSink
	var (
		claims []claim.Claim
		held   []jetstream.Msg
	)
	for _, m := range msgs {
		if d, _ := meta(m); d > 1 {
			b.metrics.redelivered(stage)
		}
		var c claim.Claim
		if err := decodeStrict(m.Data(), &c); err != nil {
			b.deadLetter(ctx, stage, m, err.Error(), wc)
			continue
		}
		if err := c.Validate(); err != nil {
			b.deadLetter(ctx, stage, m, err.Error(), wc)
			continue
		}
		claims = append(claims, c)
		held = append(held, m)
	}
	if len(claims) == 0 {
		return
	}
	err := w.WriteClaims(ctx, claims)
	if err == nil {
		outage.success()
		b.ackStored(w, held)
		return
	}
	if !wc.IsPermanent(err) {
		outage.failure(err, len(claims))
		for _, m := range held {
			b.retry(stage, m, wc)
		}
		return
	}
	// The sink named the claims it refuses: dead-letter them, write the rest.
	var ie indexedError
	if errors.As(err, &ie) && len(ie.Indexes()) > 0 {
		refused := map[int]bool{}
		for _, i := range ie.Indexes() {
			if i >= 0 && i < len(held) && !refused[i] {
				refused[i] = true
				b.deadLetter(ctx, stage, held[i], w.Name()+": "+err.Error(), wc)
			}
		}
		if len(refused) > 0 {
			var restC []claim.Claim
			var restM []jetstream.Msg
			for i := range claims {
				if !refused[i] {
					restC = append(restC, claims[i])
					restM = append(restM, held[i])
				}
			}
			if len(restC) == 0 {
				return
			}
			claims, held = restC, restM
			if err = w.WriteClaims(ctx, claims); err == nil {
				outage.success()
				b.ackStored(w, held)
				return
			}
			if !wc.IsPermanent(err) {
				outage.failure(err, len(claims))
				for _, m := range held {
					b.retry(stage, m, wc)
				}
				return
			}
		}
	}
	// Find the claims the sink refuses one by one; store the others.
	for i := range claims {
		err := w.WriteClaims(ctx, claims[i:i+1])
		switch {
		case err == nil:
			outage.success()
			b.ackStored(w, held[i:i+1])
		case wc.IsPermanent(err):
			b.deadLetter(ctx, stage, held[i], w.Name()+": "+err.Error(), wc)
		default:
			outage.failure(err, 1)
			b.retry(stage, held[i], wc)
		}
	}
}

func (b *Bus) ackStored(w ClaimWriter, msgs []jetstream.Msg) {
	n := 0
	for _, m := range msgs {
		if err := m.Ack(); err != nil {
			b.log.Warn("ack failed (the claim will be delivered again and upserted)", "err", err)
			continue
		}
		n++
		_, ts := meta(m)
		b.metrics.stageLatency(StageSink, ts)
		b.metrics.endToEnd(m.Headers().Get(HeaderArticleTime))
	}
	b.metrics.claimsStored(w.Name(), n)
}

// handleArticles stores article texts in a sink that keeps them. A text
// the sink refuses for good is dead-lettered on its own, with the reason;
// the rest of the batch is stored.
func (b *Bus) handleArticles(ctx context.Context, name string, aw ArticleWriter, wc WorkerConfig, msgs []jetstream.Msg, outage *outageLog) {
	stage := StageSink
	var (
		arts []claim.Article
		held []jetstream.Msg
	)
	for _, m := range msgs {
		var a claim.Article
		err := decodeStrict(m.Data(), &a)
		if err == nil {
			err = a.Validate()
		}
		if err != nil {
			// The extract stage dead-letters the same message with this
			// reason; here it only has to leave this consumer.
			_ = b.term(m, err.Error())
			continue
		}
		arts = append(arts, a)
		held = append(held, m)
	}
	if len(arts) == 0 {
		return
	}
	err := aw.WriteArticles(ctx, arts)
	switch {
	case err == nil:
		outage.success()
		for _, m := range held {
			_ = m.Ack()
		}
		return
	case !wc.IsPermanent(err):
		outage.failure(err, len(arts))
		for _, m := range held {
			b.retry(stage, m, wc)
		}
		return
	}
	// Find the texts the sink refuses one by one; store the others.
	for i := range arts {
		err := aw.WriteArticles(ctx, arts[i:i+1])
		switch {
		case err == nil:
			outage.success()
			_ = held[i].Ack()
		case wc.IsPermanent(err):
			b.deadLetter(ctx, stage, held[i], name+": article text: "+err.Error(), wc)
		default:
			outage.failure(err, 1)
			b.retry(stage, held[i], wc)
		}
	}
}
