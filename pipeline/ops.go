package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
)

// ConsumerInfo returns the server's view of a durable consumer.
func (b *Bus) ConsumerInfo(ctx context.Context, stream, durable string) (*jetstream.ConsumerInfo, error) {
	c, err := b.js.Consumer(ctx, stream, durable)
	if err != nil {
		return nil, fmt.Errorf("pipeline: consumer %s on %s: %w", durable, stream, err)
	}
	info, err := c.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("pipeline: consumer %s on %s: %w", durable, stream, err)
	}
	return info, nil
}

// WaitIdle returns once every consumer has nothing pending and nothing
// awaiting an ack, on two polls in a row (so a stage that just published
// into the next stream is seen). The consumers must be listed in pipeline
// order (extract before sinks). progress, when set, is called on each
// unfinished poll with the consumer that is not idle yet.
func (b *Bus) WaitIdle(ctx context.Context, refs []ConsumerRef, poll time.Duration, progress func(ref ConsumerRef, pending, ackPending uint64)) error {
	if poll <= 0 {
		poll = 200 * time.Millisecond
	}
	idleRounds := 0
	for {
		idle := true
		for _, ref := range refs {
			ictx, cancel := context.WithTimeout(ctx, 5*time.Second)
			info, err := b.ConsumerInfo(ictx, ref.Stream, ref.Durable)
			cancel()
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				// The server may be restarting: poll again.
				b.log.Debug("wait idle: consumer info", "err", err)
				idle = false
				break
			}
			if info.NumPending > 0 || info.NumAckPending > 0 {
				idle = false
				if progress != nil {
					progress(ref, info.NumPending, uint64(info.NumAckPending))
				}
				break
			}
		}
		if idle {
			idleRounds++
			if idleRounds >= 2 {
				return nil
			}
		} else {
			idleRounds = 0
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(poll):
		}
	}
}

// ReplayStats says what a replay did: messages read, claims written,
// messages that are not valid claims (skipped), claims the sink refused for
// good (on deadletter.replay with the reason).
type ReplayStats struct {
	Read, Written, Invalid, Refused int
}

// Replay writes every claim stored on the CLAIMS stream since the given time
// (zero: from the start) to w, through an ephemeral ordered consumer, and
// returns when it reached the end of the stream as it was when it started.
// Sinks upsert, so replaying into a sink that has some claims is harmless.
func (b *Bus) Replay(ctx context.Context, since time.Time, w ClaimWriter, batch int) (ReplayStats, error) {
	var st ReplayStats
	if batch <= 0 {
		batch = 256
	}
	stream, err := b.js.Stream(ctx, b.StreamName(StreamClaims))
	if err != nil {
		return st, fmt.Errorf("pipeline: replay: stream %s: %w", b.StreamName(StreamClaims), err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("pipeline: replay: %w", err)
	}
	last := info.State.LastSeq
	if info.State.Msgs == 0 {
		return st, nil
	}
	occ := jetstream.OrderedConsumerConfig{FilterSubjects: []string{b.cfg.SubjectPrefix + "claims.>"}}
	if !since.IsZero() {
		occ.DeliverPolicy = jetstream.DeliverByStartTimePolicy
		occ.OptStartTime = &since
	}
	cons, err := b.js.OrderedConsumer(ctx, b.StreamName(StreamClaims), occ)
	if err != nil {
		return st, fmt.Errorf("pipeline: replay: consumer: %w", err)
	}
	log := b.log.With("stage", StageReplay, "sink", w.Name())
	outage := newOutageLog(log, "replay write")
	for {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		mb, err := cons.Fetch(batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			return st, fmt.Errorf("pipeline: replay: fetch: %w", err)
		}
		var claims []claim.Claim
		var subjects []string
		done := false
		n := 0
		for m := range mb.Messages() {
			n++
			st.Read++
			md, err := m.Metadata()
			if err == nil && (md.NumPending == 0 || md.Sequence.Stream >= last) {
				done = true
			}
			var c claim.Claim
			if err := decodeStrict(m.Data(), &c); err != nil {
				st.Invalid++
				log.Warn("replay: skipping message", "subject", m.Subject(), "err", err)
				continue
			}
			if err := c.Validate(); err != nil {
				st.Invalid++
				log.Warn("replay: skipping claim", "subject", m.Subject(), "err", err)
				continue
			}
			claims = append(claims, c)
			subjects = append(subjects, m.Subject())
		}
		if len(claims) > 0 {
			refused, err := b.writeRetrying(ctx, w, claims, subjects, outage)
			st.Refused += refused
			if err != nil {
				return st, err
			}
			st.Written += len(claims) - refused
		}
		if done {
			return st, nil
		}
		if n == 0 {
			// Nothing since the start time, or the stream ended.
			ci, err := cons.Info(ctx)
			if err == nil && ci.NumPending == 0 {
				return st, nil
			}
		}
	}
}

// StageReplay names replay in dead letters (deadletter.replay).
const StageReplay = "replay"

// writeRetrying writes a replay batch, waiting out sink outages (backoff
// capped at DefaultBackoffMax, logged by outage) until ctx ends. Claims
// the sink refuses for good (IsPermanent: an invalid claim, a PostgreSQL
// data error) are found one by one, published on deadletter.replay with
// the reason and counted; the rest is written. It returns how many were
// refused.
func (b *Bus) writeRetrying(ctx context.Context, w ClaimWriter, claims []claim.Claim, subjects []string, outage *outageLog) (int, error) {
	err := b.writeWaiting(ctx, w, claims, outage)
	if err == nil || !IsPermanent(err) {
		return 0, err
	}
	refused := 0
	for i := range claims {
		err := b.writeWaiting(ctx, w, claims[i:i+1], outage)
		if err == nil {
			continue
		}
		if !IsPermanent(err) {
			return refused, err
		}
		refused++
		reason := w.Name() + ": " + err.Error()
		data, _ := json.Marshal(claims[i])
		if derr := b.publishDeadLetterData(ctx, StageReplay, subjects[i], data, reason); derr != nil {
			b.log.Error("replay: claim refused and its dead letter failed", "id", claims[i].ID, "reason", reason, "err", derr)
		}
	}
	return refused, nil
}

// writeWaiting retries w.WriteClaims until it succeeds, fails permanently
// or ctx ends.
func (b *Bus) writeWaiting(ctx context.Context, w ClaimWriter, claims []claim.Claim, outage *outageLog) error {
	wait := 500 * time.Millisecond
	for {
		err := w.WriteClaims(ctx, claims)
		if err == nil {
			outage.success()
			return nil
		}
		if IsPermanent(err) {
			return err
		}
		outage.failure(err, len(claims))
		select {
		case <-ctx.Done():
			return fmt.Errorf("pipeline: replay: %s: %w (last error: %w)", w.Name(), ctx.Err(), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, DefaultBackoffMax)
	}
}

// KVState is the fetcher's crawl state (conditional-GET validators, seen
// articles) in a JetStream key-value bucket, so fetchers on several
// machines share it and it survives restarts. It satisfies fetcher.State.
type KVState struct {
	kv jetstream.KeyValue
	// attempt and total bound each request and each call, as publishes are
	// bounded (Config.PublishAttemptTimeout, Config.PublishTimeout)
	attempt, total time.Duration
}

// FetchState opens (creating if needed) the fetch-state bucket.
func (b *Bus) FetchState(ctx context.Context) (*KVState, error) {
	storage := jetstream.FileStorage
	if b.cfg.Streams.Storage == "memory" {
		storage = jetstream.MemoryStorage
	}
	name := b.cfg.StreamPrefix + BucketFetchState
	kv, err := b.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:      name,
		Description: "claimwire fetcher state: validators and seen articles",
		History:     1,
		// Seen-article keys would otherwise grow forever; an expired key
		// only means an unconditional GET, or an article published again
		// (deduplicated by the sinks' upserts).
		TTL:      90 * 24 * time.Hour,
		Replicas: b.cfg.Streams.Replicas,
		Storage:  storage,
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: kv bucket %s: %w", name, err)
	}
	return &KVState{kv: kv, attempt: b.cfg.PublishAttemptTimeout, total: b.cfg.PublishTimeout}, nil
}

var kvKeyRE = lazyRE(`^[-/_=a-zA-Z0-9]+(\.[-/_=a-zA-Z0-9]+)*$`)

// kvKey returns key when it is a valid KV key, else a hash of it (URLs
// with ':' or '?' are not valid keys).
func kvKey(key string) string {
	if len(key) <= 200 && kvKeyRE().MatchString(key) {
		return key
	}
	sum := sha256.Sum256([]byte(key))
	return "h." + hex.EncodeToString(sum[:])
}

// kvRetry runs op with a per-attempt timeout, retrying failures other than
// those ok accepts until the call's total bound or ctx ends: a request sent
// while the broker dies is never answered, so without a per-attempt bound
// it would wait for the whole run's deadline even after the broker is back
// (seen in the broker-kill tests).
func (s *KVState) kvRetry(ctx context.Context, op func(context.Context) error, ok func(error) bool) error {
	attempt, total := s.attempt, s.total
	if attempt <= 0 {
		attempt = DefaultPublishAttemptTimeout
	}
	if total <= 0 {
		total = DefaultPublishTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, total)
	defer cancel()
	wait := 200 * time.Millisecond
	for {
		actx, acancel := context.WithTimeout(ctx, attempt)
		err := op(actx)
		acancel()
		if err == nil || ok(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		if wait *= 2; wait > 2*time.Second {
			wait = 2 * time.Second
		}
	}
}

// Get returns the value under key.
func (s *KVState) Get(ctx context.Context, key string) ([]byte, bool, error) {
	var e jetstream.KeyValueEntry
	notFound := func(err error) bool {
		return errors.Is(err, jetstream.ErrKeyNotFound) || errors.Is(err, jetstream.ErrKeyDeleted)
	}
	err := s.kvRetry(ctx, func(ctx context.Context) error {
		var err error
		e, err = s.kv.Get(ctx, kvKey(key))
		return err
	}, notFound)
	if notFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("%w: kv get %s: %w", ErrUnavailable, key, err)
	}
	return e.Value(), true, nil
}

// Put stores val under key.
func (s *KVState) Put(ctx context.Context, key string, val []byte) error {
	err := s.kvRetry(ctx, func(ctx context.Context) error {
		_, err := s.kv.Put(ctx, kvKey(key), val)
		return err
	}, func(error) bool { return false })
	if err != nil {
		return fmt.Errorf("%w: kv put %s: %w", ErrUnavailable, key, err)
	}
	return nil
}

// RedriveStats says what a redrive did.
type RedriveStats struct {
	Read, Republished, Skipped int
}

// Redrive publishes the original payload of every dead letter of stage
// ("" for all) stored since `since` (zero: all) back on its original
// subject, so the stage tries it again once the cause is fixed (a new
// extractor, a sink whose column was widened). Each gets the Nats-Msg-Id
// "redrive-<dead letter hash>": redriving the same dead letters twice
// within the duplicate window publishes them once, and the stages'
// upserts by claim id make a later second redrive harmless. The dead
// letters themselves stay on DEADLETTER (its max age removes them).
func (b *Bus) Redrive(ctx context.Context, stage string, since time.Time) (RedriveStats, error) {
	var st RedriveStats
	name := b.StreamName(StreamDeadLetter)
	stream, err := b.js.Stream(ctx, name)
	if err != nil {
		return st, fmt.Errorf("pipeline: redrive: stream %s: %w", name, err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("pipeline: redrive: %w", err)
	}
	if info.State.Msgs == 0 {
		return st, nil
	}
	last := info.State.LastSeq
	filter := b.cfg.SubjectPrefix + "deadletter.>"
	if stage != "" {
		filter = b.DeadLetterSubject(stage)
	}
	occ := jetstream.OrderedConsumerConfig{FilterSubjects: []string{filter}}
	if !since.IsZero() {
		occ.DeliverPolicy = jetstream.DeliverByStartTimePolicy
		occ.OptStartTime = &since
	}
	cons, err := b.js.OrderedConsumer(ctx, name, occ)
	if err != nil {
		return st, fmt.Errorf("pipeline: redrive: consumer: %w", err)
	}
	log := b.log.With("stage", "redrive")
	for {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		m, err := cons.Next(jetstream.FetchMaxWait(time.Second))
		if errors.Is(err, jetstream.ErrNoMessages) || errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
			return st, nil // nothing (more) since the start time
		}
		if err != nil {
			return st, fmt.Errorf("pipeline: redrive: fetch: %w", err)
		}
		st.Read++
		md, _ := m.Metadata()
		var dl DeadLetter
		if err := json.Unmarshal(m.Data(), &dl); err != nil || dl.Subject == "" || !strings.HasPrefix(dl.Subject, b.cfg.SubjectPrefix) {
			st.Skipped++
			log.Warn("not a claimwire dead letter, skipped", "subject", m.Subject(), "err", err)
		} else {
			payload := []byte(dl.Data)
			if dl.Data == "" {
				payload = dl.DataBase64
			}
			id := "redrive-" + shortHash(m.Subject(), strconv.FormatUint(seqOf(md), 10), string(m.Data()))
			if err := b.publish(ctx, dl.Subject, id, schemaOf(payload), payload, nil); err != nil {
				return st, fmt.Errorf("pipeline: redrive: %w", err)
			}
			st.Republished++
			log.Info("redriven", "dead_letter_stage", dl.Stage, "subject", dl.Subject, "reason", dl.Reason)
		}
		if md != nil && (md.NumPending == 0 || md.Sequence.Stream >= last) {
			return st, nil
		}
	}
}

func seqOf(md *jetstream.MsgMetadata) uint64 {
	if md == nil {
		return 0
	}
	return md.Sequence.Stream
}

// schemaOf reads the "schema" member of a JSON payload ("" when none).
func schemaOf(payload []byte) string {
	var v struct {
		Schema string `json:"schema"`
	}
	_ = json.Unmarshal(payload, &v)
	return v.Schema
}
