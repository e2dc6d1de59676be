package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/internal/fault"
)

// Message headers set by claimwire (besides Nats-Msg-Id).
const (
	// HeaderSchema carries the payload's schema version ("claim/v2", "event/v1").
	HeaderSchema = "Claimwire-Schema"
	// HeaderArticleTime is when the article was first published on the bus
	// (RFC 3339, nanoseconds); claims carry it on so the sink stage can
	// measure end-to-end latency.
	HeaderArticleTime = "Claimwire-Article-Time"
	// Dead-letter headers.
	HeaderStage     = "Claimwire-Stage"
	HeaderReason    = "Claimwire-Reason"
	HeaderSubject   = "Claimwire-Original-Subject"
	HeaderStream    = "Claimwire-Original-Stream"
	HeaderStreamSeq = "Claimwire-Original-Seq"
	HeaderDelivered = "Claimwire-Delivered"
	HeaderConsumer  = "Claimwire-Consumer"
)

// ErrUnavailable marks a failure that waiting fixes (broker down, publish
// timeout): the message is redelivered later, never dead-lettered for it.
var ErrUnavailable = errors.New("pipeline: unavailable")

// ErrPermanent marks a message that will never succeed (bad JSON, unknown
// schema, invalid claim): it goes to the dead-letter subject. It is marked
// for fault.IsPermanent, the one classification every path shares.
var ErrPermanent = fault.Permanent("pipeline: permanent failure")

// Bus is a connection to NATS with claimwire's subjects and streams.
type Bus struct {
	cfg     Config
	nc      *nats.Conn
	js      jetstream.JetStream
	log     *slog.Logger
	metrics *Metrics
}

// Connect connects to NATS (in-process when cfg.Embedded is set) and
// returns a Bus. It does not create streams: call Setup.
func Connect(ctx context.Context, cfg Config, metrics *Metrics, logger *slog.Logger) (*Bus, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	log := logger.With("component", "bus")
	opts := []nats.Option{
		nats.Name(cfg.Name),
		nats.Timeout(cfg.ConnectTimeout),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(cfg.ReconnectWait),
		nats.ReconnectBufSize(-1), // fail publishes fast while disconnected; callers retry
		nats.RetryOnFailedConnect(false),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { log.Info("nats reconnected", "url", nc.ConnectedUrlRedacted()) }),
		nats.ErrorHandler(func(_ *nats.Conn, sub *nats.Subscription, err error) {
			log.Warn("nats async error", "err", err)
		}),
	}
	var url string
	if cfg.Embedded != nil {
		opts = append(opts, cfg.Embedded.ConnectOption())
		// The in-process server cannot be reached again after it stops.
		opts = append(opts, nats.NoReconnect())
	} else {
		url = strings.Join(cfg.URLs, ",")
		switch {
		case cfg.CredsFile != "":
			opts = append(opts, nats.UserCredentials(cfg.CredsFile))
		case cfg.NKeySeedFile != "":
			o, err := nats.NkeyOptionFromSeed(cfg.NKeySeedFile)
			if err != nil {
				return nil, fmt.Errorf("pipeline: nkey seed file %s: %w", cfg.NKeySeedFile, err)
			}
			opts = append(opts, o)
		case cfg.User != "":
			opts = append(opts, nats.UserInfo(cfg.User, cfg.Password))
		case cfg.Token != "":
			opts = append(opts, nats.Token(cfg.Token))
		}
		if cfg.TLSCA != "" {
			opts = append(opts, nats.RootCAs(cfg.TLSCA))
		}
		if cfg.TLSCert != "" {
			opts = append(opts, nats.ClientCert(cfg.TLSCert, cfg.TLSKey))
		}
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		where := url
		if cfg.Embedded != nil {
			where = "embedded server"
		}
		return nil, fmt.Errorf("pipeline: connect to %s: %w", where, err)
	}
	if v := nc.ConnectedServerVersion(); !versionAtLeast(v, MinServerVersion) {
		nc.Close()
		return nil, fmt.Errorf("pipeline: nats-server %q at %s is older than %s, the oldest claimwire supports: upgrade the server", v, nc.ConnectedUrlRedacted(), MinServerVersion)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("pipeline: jetstream: %w", err)
	}
	return &Bus{cfg: cfg, nc: nc, js: js, log: log, metrics: metrics}, nil
}

// Setup creates the streams, or updates them to the configured settings.
func (b *Bus) Setup(ctx context.Context) error {
	for _, sc := range b.cfg.streamConfigs() {
		if _, err := b.js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("pipeline: stream %s (subjects %s): %w", sc.Name, strings.Join(sc.Subjects, " "), err)
		}
	}
	return nil
}

// DeleteStreams removes the streams and the fetch-state bucket (tests on
// shared servers clean up with it).
func (b *Bus) DeleteStreams(ctx context.Context) error {
	var errs []error
	for _, sc := range b.cfg.streamConfigs() {
		if err := b.js.DeleteStream(ctx, sc.Name); err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			errs = append(errs, err)
		}
	}
	if err := b.js.DeleteKeyValue(ctx, b.cfg.StreamPrefix+BucketFetchState); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) && !errors.Is(err, jetstream.ErrStreamNotFound) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// Close flushes pending acks and closes the connection.
func (b *Bus) Close() {
	if b == nil || b.nc == nil {
		return
	}
	_ = b.nc.FlushTimeout(2 * time.Second)
	b.nc.Close()
}

// Conn is the underlying connection.
func (b *Bus) Conn() *nats.Conn { return b.nc }

// JetStream is the underlying JetStream context.
func (b *Bus) JetStream() jetstream.JetStream { return b.js }

// Config returns the configuration with defaults filled in.
func (b *Bus) Config() Config { return b.cfg }

// Healthy reports whether the connection is up.
func (b *Bus) Healthy() error {
	if s := b.nc.Status(); s != nats.CONNECTED {
		return fmt.Errorf("pipeline: nats connection %s", s)
	}
	return nil
}

// StreamName returns the full name of a stream (StreamClaims, …).
func (b *Bus) StreamName(base string) string { return b.cfg.StreamPrefix + base }

// --- Subjects -----------------------------------------------------------

// token makes s usable as one subject token: lower-case [a-z0-9_-], or def.
func token(s, def string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return def
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return def
		}
	}
	return s
}

// ArticleSubject is articles.<lang> ("und" when the language is unknown).
func (b *Bus) ArticleSubject(a *claim.Article) string {
	return b.cfg.SubjectPrefix + "articles." + token(a.Lang, "und")
}

// ClaimSubject is claims.<lang>.<CC|none>: the article language, then the
// accused's country code, so `claims.*.CN` selects claims against China.
func (b *Bus) ClaimSubject(c *claim.Claim) string {
	return b.cfg.SubjectPrefix + "claims." + token(c.Article.Lang, "und") + "." + c.SubjectToken()
}

// DecisionSubject is decisions.<action>.
func (b *Bus) DecisionSubject(d *claim.Decision) string {
	return b.cfg.SubjectPrefix + "decisions." + token(d.Action, "unknown")
}

// DeadLetterSubject is deadletter.<stage>.
func (b *Bus) DeadLetterSubject(stage string) string {
	return b.cfg.SubjectPrefix + "deadletter." + token(stage, "unknown")
}

// ArticleMsgID is the Nats-Msg-Id of an article: its content hash, so the
// same text fetched twice (re-crawl, two URLs) is stored once.
func ArticleMsgID(a *claim.Article) string {
	h := a.Hash
	if h == "" {
		h = claim.ContentHash(a.Text)
	}
	return "article-" + h
}

// --- Publishing ----------------------------------------------------------

func (b *Bus) publish(ctx context.Context, subject, msgID, schema string, data []byte, extra nats.Header) error {
	return b.publishWithin(ctx, b.cfg.PublishTimeout, subject, msgID, schema, data, extra)
}

// publishWithin is publish with its own total deadline.
func (b *Bus) publishWithin(ctx context.Context, total time.Duration, subject, msgID, schema string, data []byte, extra nats.Header) error {
	m := nats.NewMsg(subject)
	m.Data = data
	for k, v := range extra {
		m.Header[k] = v
	}
	m.Header.Set(HeaderSchema, schema)
	ctx, cancel := context.WithTimeout(ctx, total)
	defer cancel()
	// Retry through outages (a reconnect, a broker restart, a leader
	// election) until PublishTimeout, each attempt bounded by
	// PublishAttemptTimeout: a publish in flight when the broker died is
	// never answered, and must not use up the whole deadline. The dedup
	// window makes a retried publish harmless.
	wait := 50 * time.Millisecond
	start, attempts := time.Now(), 0
	for {
		attempts++
		actx, acancel := context.WithTimeout(ctx, b.cfg.PublishAttemptTimeout)
		_, err := b.js.PublishMsg(actx, m, jetstream.WithMsgID(msgID))
		acancel()
		if err == nil {
			if attempts > 1 {
				b.log.Info("published after retries", "subject", subject, "attempts", attempts, "after", time.Since(start).Round(time.Millisecond).String())
			}
			return nil
		}
		if attempts == 1 {
			b.log.Warn("publish failed, retrying", "subject", subject, "deadline", total.String(), "err", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w: publish %s: gave up after %d attempts in %s: %w", ErrUnavailable, subject, attempts, time.Since(start).Round(time.Millisecond), err)
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

// PublishArticle publishes an article on articles.<lang> with its content
// hash as Nats-Msg-Id. A nil return means the stream stored it (or already
// had it): the fetcher may mark the article seen.
func (b *Bus) PublishArticle(ctx context.Context, a claim.Article) error {
	if a.Schema == "" {
		a.Schema = claim.SchemaArticle
	}
	if a.Hash == "" {
		a.Hash = claim.ContentHash(a.Text)
	}
	data, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("pipeline: article %s: %w", a.URL, err)
	}
	h := nats.Header{}
	h.Set(HeaderArticleTime, time.Now().UTC().Format(time.RFC3339Nano))
	if err := b.publish(ctx, b.ArticleSubject(&a), ArticleMsgID(&a), a.Schema, data, h); err != nil {
		return err
	}
	b.metrics.articlePublished(a.Source)
	return nil
}

// PublishClaims publishes claims on claims.<lang>.<CC|none>, each with its
// id as Nats-Msg-Id, and waits until the stream stored all of them.
func (b *Bus) PublishClaims(ctx context.Context, claims []claim.Claim, articleTime string) error {
	if len(claims) == 0 {
		return nil
	}
	// One attempt (the article is redelivered on failure), bounded so that
	// a broker that died with the batch in flight is not waited for long.
	ctx, cancel := context.WithTimeout(ctx, min(b.cfg.PublishTimeout, 3*b.cfg.PublishAttemptTimeout))
	defer cancel()
	futures := make([]jetstream.PubAckFuture, 0, len(claims))
	for i := range claims {
		c := &claims[i]
		data, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("pipeline: claim %s: %w", c.ID, err)
		}
		m := nats.NewMsg(b.ClaimSubject(c))
		m.Data = data
		m.Header.Set(HeaderSchema, c.Schema)
		if articleTime != "" {
			m.Header.Set(HeaderArticleTime, articleTime)
		}
		f, err := b.js.PublishMsgAsync(m, jetstream.WithMsgID(c.ID))
		if err != nil {
			return fmt.Errorf("%w: publish claim %s: %w", ErrUnavailable, c.ID, err)
		}
		futures = append(futures, f)
	}
	for _, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return fmt.Errorf("%w: publish claim on %s: %w", ErrUnavailable, f.Msg().Subject, err)
		case <-ctx.Done():
			return fmt.Errorf("%w: publish claims: %w", ErrUnavailable, ctx.Err())
		}
	}
	return nil
}

// PublishDecision publishes an analyst's decision on decisions.<action>.
// The web review page calls it after storing the decision.
func (b *Bus) PublishDecision(ctx context.Context, d claim.Decision) error {
	if d.Schema == "" {
		d.Schema = claim.SchemaDecision
	}
	if d.At.IsZero() {
		d.At = time.Now().UTC()
	}
	data, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("pipeline: decision on %s: %w", d.ClaimID, err)
	}
	id := shortHash(d.ClaimID, d.Action, d.Reviewer, d.At.Format(time.RFC3339Nano), d.Field, d.Value)
	// A reviewer waits for this call, and a decision that is not published
	// stays in the web outbox and is re-sent: a short deadline.
	return b.publishWithin(ctx, min(b.cfg.PublishTimeout, 10*time.Second), b.DecisionSubject(&d), "decision-"+id, d.Schema, data, nil)
}

// DeadLetter is the body of a dead-lettered message.
type DeadLetter struct {
	Stage     string    `json:"stage"`
	Reason    string    `json:"reason"`
	Subject   string    `json:"subject"`
	Stream    string    `json:"stream,omitempty"`
	Consumer  string    `json:"consumer,omitempty"`
	StreamSeq uint64    `json:"stream_seq,omitempty"`
	Delivered uint64    `json:"delivered,omitempty"`
	At        time.Time `json:"at"`
	// Data is the original payload when it is valid UTF-8, DataBase64 otherwise.
	Data       string `json:"data,omitempty"`
	DataBase64 []byte `json:"data_base64,omitempty"`
}

// publishDeadLetter stores msg on deadletter.<stage> with the reason in a
// header and in the body.
func (b *Bus) publishDeadLetter(ctx context.Context, stage string, msg jetstream.Msg, reason string) error {
	dl := DeadLetter{Stage: stage, Reason: reason, Subject: msg.Subject()}
	if md, err := msg.Metadata(); err == nil {
		dl.Stream, dl.Consumer, dl.StreamSeq, dl.Delivered = md.Stream, md.Consumer, md.Sequence.Stream, md.NumDelivered
	}
	return b.storeDeadLetter(ctx, dl, msg.Data())
}

// publishDeadLetterData dead-letters a payload that never was a stream
// message (an invalid claim produced by the extractor).
func (b *Bus) publishDeadLetterData(ctx context.Context, stage, subject string, data []byte, reason string) error {
	return b.storeDeadLetter(ctx, DeadLetter{Stage: stage, Reason: reason, Subject: subject}, data)
}

func (b *Bus) storeDeadLetter(ctx context.Context, dl DeadLetter, payload []byte) error {
	dl.At = time.Now().UTC()
	if utf8.Valid(payload) {
		dl.Data = string(payload)
	} else {
		dl.DataBase64 = payload
	}
	data, err := json.Marshal(dl)
	if err != nil {
		return fmt.Errorf("pipeline: dead letter: %w", err)
	}
	h := nats.Header{}
	h.Set(HeaderStage, dl.Stage)
	h.Set(HeaderReason, oneLine(dl.Reason))
	h.Set(HeaderSubject, dl.Subject)
	if dl.Stream != "" {
		h.Set(HeaderStream, dl.Stream)
		h.Set(HeaderConsumer, dl.Consumer)
		h.Set(HeaderStreamSeq, strconv.FormatUint(dl.StreamSeq, 10))
		h.Set(HeaderDelivered, strconv.FormatUint(dl.Delivered, 10))
	}
	// One dead letter per consumer and message: a redelivery of the same
	// failure is deduplicated, two sinks refusing it are both recorded.
	id := "dl-" + dl.Stage + "-" + dl.Stream + "-" + dl.Consumer + "-" + strconv.FormatUint(dl.StreamSeq, 10)
	if dl.StreamSeq == 0 {
		id = "dl-" + dl.Stage + "-" + shortHash(string(payload), dl.Reason)
	}
	if err := b.publish(ctx, b.DeadLetterSubject(dl.Stage), id, "deadletter/v1", data, h); err != nil {
		return err
	}
	b.metrics.deadLetter(dl.Stage)
	b.log.Warn("dead-lettered", "stage", dl.Stage, "subject", dl.Subject, "seq", dl.StreamSeq, "reason", dl.Reason)
	return nil
}

func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if len(s) > 1000 {
		s = s[:1000]
	}
	return s
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}
