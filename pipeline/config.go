package pipeline

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Config says how to reach NATS and how the streams are laid out. The zero
// value plus URLs (or an Embedded server) is usable: Connect fills defaults.
type Config struct {
	// URLs of the NATS servers (nats://, tls://, ws://, wss://). Several URLs
	// are tried in turn and on reconnect. Ignored when Embedded is set.
	URLs []string
	// Embedded, when set, connects in-process to that server.
	Embedded *Embedded

	// Authentication: at most one of CredsFile, NKeySeedFile, User/Password, Token.
	CredsFile    string
	NKeySeedFile string
	User         string
	Password     string
	Token        string

	// TLS: a CA bundle to verify the server, and a client certificate and key
	// for mutual TLS.
	TLSCA   string
	TLSCert string
	TLSKey  string

	// Name is the connection name shown by `nats server report connections`.
	Name string

	// SubjectPrefix is put before every subject ("cwtest123." gives
	// "cwtest123.claims.fr.CN"), for isolation on shared servers. It must end
	// with a dot when set.
	SubjectPrefix string
	// StreamPrefix is put before every stream and KV bucket name
	// ("CWTEST123_" gives "CWTEST123_CLAIMS").
	StreamPrefix string

	// Streams sets retention, age, replicas and dedup window per stream.
	Streams StreamsConfig

	// ConnectTimeout bounds the first connection. Default 5s.
	ConnectTimeout time.Duration
	// ReconnectWait is the pause between reconnect attempts. Default 250ms.
	// The client reconnects forever: outages are waited out, not fatal.
	ReconnectWait time.Duration
	// PublishTimeout is the total deadline of one publish: attempts are
	// retried (with the same Nats-Msg-Id, so a retry never duplicates)
	// until it ends. Default 2m, so that a broker restart or a short outage
	// is waited out; an article not published by then is not recorded as
	// fetched and the run reports it.
	PublishTimeout time.Duration
	// PublishAttemptTimeout bounds one attempt (waiting for the stream's
	// ack). A publish in flight when the broker died is never answered:
	// without this bound it would spend the whole deadline on its first
	// attempt. Default 3s. The extract stage waits 3 attempts' worth for a
	// batch of claims, then redelivers the article.
	PublishAttemptTimeout time.Duration
}

// Default publish bounds (Config.PublishTimeout, Config.PublishAttemptTimeout).
const (
	DefaultPublishTimeout        = 2 * time.Minute
	DefaultPublishAttemptTimeout = 3 * time.Second
)

// StreamSettings are the tunable parts of one stream's configuration.
type StreamSettings struct {
	// Retention: "limits" (default; messages stay until MaxAge/MaxBytes, so
	// the stream can be replayed) or "interest" (removed once every consumer
	// acked).
	Retention string
	// MaxAge removes older messages (0: forever).
	MaxAge time.Duration
	// MaxBytes caps the stream size (0 or -1: unlimited).
	MaxBytes int64
	// Duplicates is the Nats-Msg-Id dedup window.
	Duplicates time.Duration
}

// StreamsConfig configures the four streams.
type StreamsConfig struct {
	// Replicas per stream (1 on a single server, 3 on a three-node cluster).
	Replicas int
	// Storage: "file" (default) or "memory".
	Storage    string
	Articles   StreamSettings
	Claims     StreamSettings
	Decisions  StreamSettings
	DeadLetter StreamSettings
}

// DefaultStreams are the stream settings used where Config.Streams leaves a
// field zero: claims and decisions are kept forever (replay rebuilds a sink
// from them), articles a week, dead letters a month; the dedup window is a
// day so that a re-crawl or a redelivery within a day is dropped by the
// server before any sink sees it (sinks upsert anyway).
var DefaultStreams = StreamsConfig{
	Replicas:   1,
	Storage:    "file",
	Articles:   StreamSettings{Retention: "limits", MaxAge: 7 * 24 * time.Hour, Duplicates: 24 * time.Hour},
	Claims:     StreamSettings{Retention: "limits", Duplicates: 24 * time.Hour},
	Decisions:  StreamSettings{Retention: "limits", Duplicates: 24 * time.Hour},
	DeadLetter: StreamSettings{Retention: "limits", MaxAge: 30 * 24 * time.Hour, Duplicates: 2 * time.Minute},
}

func (s StreamSettings) withDefaults(d StreamSettings) StreamSettings {
	if s.Retention == "" {
		s.Retention = d.Retention
	}
	if s.MaxAge == 0 {
		s.MaxAge = d.MaxAge
	}
	if s.Duplicates == 0 {
		s.Duplicates = d.Duplicates
	}
	return s
}

func (c Config) withDefaults() Config {
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = 5 * time.Second
	}
	if c.ReconnectWait == 0 {
		c.ReconnectWait = 250 * time.Millisecond
	}
	if c.PublishTimeout == 0 {
		c.PublishTimeout = DefaultPublishTimeout
	}
	if c.PublishAttemptTimeout == 0 {
		c.PublishAttemptTimeout = min(DefaultPublishAttemptTimeout, c.PublishTimeout)
	}
	if c.Name == "" {
		c.Name = "claimwire"
	}
	s := &c.Streams
	if s.Replicas == 0 {
		s.Replicas = DefaultStreams.Replicas
	}
	if s.Storage == "" {
		s.Storage = DefaultStreams.Storage
	}
	s.Articles = s.Articles.withDefaults(DefaultStreams.Articles)
	s.Claims = s.Claims.withDefaults(DefaultStreams.Claims)
	s.Decisions = s.Decisions.withDefaults(DefaultStreams.Decisions)
	s.DeadLetter = s.DeadLetter.withDefaults(DefaultStreams.DeadLetter)
	return c
}

var (
	subjectPrefixRE = lazyRE(`^([A-Za-z0-9_-]+\.)+$`)
	streamPrefixRE  = lazyRE(`^[A-Za-z0-9_-]+$`)
)

// Validate reports every problem at once: missing files are named, and
// conflicting authentication options are refused rather than guessed.
func (c Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf("pipeline: config: "+format, a...)) }
	if c.Embedded == nil && len(c.URLs) == 0 {
		bad("no NATS server: give a URL (--nats) or start the embedded server")
	}
	for _, u := range c.URLs {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" {
			bad("nats url %q: want nats://HOST:PORT", u)
			continue
		}
		switch pu.Scheme {
		case "nats", "tls", "ws", "wss":
		default:
			bad("nats url %q: scheme %q (want nats, tls, ws or wss)", u, pu.Scheme)
		}
	}
	var auth []string
	if c.CredsFile != "" {
		auth = append(auth, "credentials file")
	}
	if c.NKeySeedFile != "" {
		auth = append(auth, "nkey seed file")
	}
	if c.User != "" || c.Password != "" {
		auth = append(auth, "user/password")
		if c.User == "" {
			bad("password given without a user")
		}
	}
	if c.Token != "" {
		auth = append(auth, "token")
	}
	if len(auth) > 1 {
		bad("conflicting authentication options: %s (choose one)", strings.Join(auth, ", "))
	}
	for _, f := range []struct{ what, path string }{
		{"credentials file", c.CredsFile}, {"nkey seed file", c.NKeySeedFile},
		{"tls ca file", c.TLSCA}, {"tls cert file", c.TLSCert}, {"tls key file", c.TLSKey},
	} {
		if f.path == "" {
			continue
		}
		if st, err := os.Stat(f.path); err != nil {
			bad("%s %s: %w", f.what, f.path, err)
		} else if st.IsDir() {
			bad("%s %s: is a directory", f.what, f.path)
		}
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		bad("tls client certificate and key go together (got cert %q, key %q)", c.TLSCert, c.TLSKey)
	}
	if c.SubjectPrefix != "" && !subjectPrefixRE().MatchString(c.SubjectPrefix) {
		bad("subject prefix %q: want tokens of [A-Za-z0-9_-] each followed by a dot, e.g. \"test1.\"", c.SubjectPrefix)
	}
	if c.StreamPrefix != "" && !streamPrefixRE().MatchString(c.StreamPrefix) {
		bad("stream prefix %q: want [A-Za-z0-9_-]", c.StreamPrefix)
	}
	s := c.Streams
	if s.Replicas < 0 || s.Replicas > 5 {
		bad("stream replicas %d: want 1 to 5", s.Replicas)
	}
	if s.Storage != "" && s.Storage != "file" && s.Storage != "memory" {
		bad("stream storage %q: want file or memory", s.Storage)
	}
	for name, st := range map[string]StreamSettings{"articles": s.Articles, "claims": s.Claims, "decisions": s.Decisions, "deadletter": s.DeadLetter} {
		if st.Retention != "" && st.Retention != "limits" && st.Retention != "interest" {
			bad("%s stream retention %q: want limits or interest", name, st.Retention)
		}
		if st.MaxAge < 0 || st.Duplicates < 0 {
			bad("%s stream: negative max age or duplicate window", name)
		}
		if st.MaxAge > 0 && st.Duplicates > st.MaxAge {
			bad("%s stream: duplicate window %s longer than max age %s", name, st.Duplicates, st.MaxAge)
		}
	}
	if c.ConnectTimeout < 0 || c.ReconnectWait < 0 || c.PublishTimeout < 0 || c.PublishAttemptTimeout < 0 {
		bad("negative timeout")
	}
	return errors.Join(errs...)
}

// Stream names (before StreamPrefix).
const (
	StreamArticles   = "ARTICLES"
	StreamClaims     = "CLAIMS"
	StreamDecisions  = "DECISIONS"
	StreamDeadLetter = "DEADLETTER"
	StreamEvents     = "EVENTS" // attribution events (events.go); settings of the claims stream
	BucketFetchState = "FETCH_STATE"
)

func (c Config) streamConfigs() []jetstream.StreamConfig {
	storage := jetstream.FileStorage
	if c.Streams.Storage == "memory" {
		storage = jetstream.MemoryStorage
	}
	mk := func(name, subject, desc string, s StreamSettings) jetstream.StreamConfig {
		ret := jetstream.LimitsPolicy
		if s.Retention == "interest" {
			ret = jetstream.InterestPolicy
		}
		maxBytes := s.MaxBytes
		if maxBytes == 0 {
			maxBytes = -1
		}
		return jetstream.StreamConfig{
			Name:        c.StreamPrefix + name,
			Description: desc,
			Subjects:    []string{c.SubjectPrefix + subject + ".>"},
			Retention:   ret,
			MaxAge:      s.MaxAge,
			MaxBytes:    maxBytes,
			Duplicates:  s.Duplicates,
			Replicas:    c.Streams.Replicas,
			Storage:     storage,
			Discard:     jetstream.DiscardOld,
		}
	}
	return []jetstream.StreamConfig{
		mk(StreamArticles, "articles", "claimwire articles (article/v1), by language", c.Streams.Articles),
		mk(StreamClaims, "claims", "claimwire claims (claim/v2; claim/v1 before), by language and accused country", c.Streams.Claims),
		mk(StreamEvents, "events", "claimwire attribution events (event/v1), by accused country", c.Streams.Claims),
		mk(StreamDecisions, "decisions", "claimwire review decisions (decision/v1), by action", c.Streams.Decisions),
		mk(StreamDeadLetter, "deadletter", "claimwire messages that failed permanently, by stage", c.Streams.DeadLetter),
	}
}
