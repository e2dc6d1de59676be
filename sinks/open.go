package sinks

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// validateBatch checks every claim before anything is written, so that a
// poison claim refuses the batch as a whole (with its index) instead of
// leaving a half-written batch behind.
func validateBatch(sink string, claims []claim.Claim) error {
	var ce *ClaimError
	for i := range claims {
		claim.UpgradeV1(&claims[i]) // sinks store claim/v2 only (README "From claim/v1 to claim/v2")
		err := claims[i].Validate()
		if err == nil {
			// Stores feed links and exports: only http(s) and local file
			// URLs are kept, whatever label `claimwire extract` was given.
			if uerr := claim.CheckArticleURL(claims[i].Article.URL); uerr != nil {
				err = fmt.Errorf("claim %s: %w (stores keep http(s) and file: article urls only)", claims[i].ID, uerr)
			}
		}
		if err == nil && (math.IsNaN(claims[i].Confidence) || math.IsInf(claims[i].Confidence, 0)) {
			// Validate's range check lets NaN through; JSON cannot encode it.
			err = fmt.Errorf("%w: claim %s: confidence %v", claim.ErrInvalid, claims[i].ID, claims[i].Confidence)
		}
		if err != nil {
			if ce == nil {
				ce = &ClaimError{Sink: sink}
			}
			ce.Items = append(ce.Items, ClaimFailure{Index: i, ID: claims[i].ID, Err: err})
		}
	}
	if ce != nil {
		return ce
	}
	return nil
}

// Fsync policies for Options.Fsync.
const (
	// FsyncAlways makes every WriteClaims durable against power loss before
	// it returns nil: JSONL fsyncs the file; SQLite commits with
	// synchronous=FULL (the WAL is fsynced at each commit). The default.
	FsyncAlways = "always"
	// FsyncInterval fsyncs JSONL files in the background every
	// FsyncInterval; SQLite commits with synchronous=NORMAL. A returned nil
	// then survives a crash of the process (the data is in the kernel) but
	// the last interval may be lost on power loss.
	FsyncInterval = "interval"
	// FsyncNever leaves flushing to the OS (and SQLite to synchronous=NORMAL).
	// Same process-crash guarantee as interval, weaker on power loss.
	FsyncNever = "never"
)

// Options configure the sinks Open creates. The zero value is valid and
// means: no rotation, fsync always, schema public, default timeouts.
type Options struct {
	// RotateBytes rotates a JSONL file before a batch would make it exceed
	// this size. 0 disables size rotation. A batch is never split across
	// files, so a single batch larger than RotateBytes makes one larger file.
	RotateBytes int64
	// RotateDaily rotates a JSONL file at the first write of a new UTC day.
	RotateDaily bool
	// Fsync is the durability policy: FsyncAlways (default, ""),
	// FsyncInterval or FsyncNever.
	Fsync string
	// FsyncInterval is the period of background fsyncs under FsyncInterval
	// (default 1s).
	FsyncInterval time.Duration

	// PostgresSchema is the schema the PostgreSQL sink creates (if missing)
	// and puts on search_path; default "public". A "schema" query parameter
	// in the postgres:// spec overrides it.
	PostgresSchema string
	// MaxConns caps the PostgreSQL pool (default 4).
	MaxConns int32
	// ConnectTimeout bounds establishing one PostgreSQL connection
	// (default 5s), so that an unreachable server fails fast as
	// ErrUnavailable instead of hanging.
	ConnectTimeout time.Duration
	// WriteTimeout bounds one WriteClaims / WriteArticles call of the
	// database sinks (default 30s). A write that times out is rolled back
	// and reported as ErrUnavailable.
	WriteTimeout time.Duration
	// BusyTimeout is how long SQLite waits for a lock held by another
	// connection (default 10s) before the write fails as ErrUnavailable.
	BusyTimeout time.Duration

	// Now is the clock (UTC is taken from it); nil means time.Now. Tests
	// inject one to cross day boundaries.
	Now func() time.Time
}

// Validate reports the first invalid field.
func (o Options) Validate() error {
	switch o.Fsync {
	case "", FsyncAlways, FsyncInterval, FsyncNever:
	default:
		return fmt.Errorf("%w: fsync %q: want %s, %s or %s", ErrBadOptions, o.Fsync, FsyncAlways, FsyncInterval, FsyncNever)
	}
	if o.RotateBytes < 0 {
		return fmt.Errorf("%w: rotate bytes %d is negative", ErrBadOptions, o.RotateBytes)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"fsync interval", o.FsyncInterval},
		{"connect timeout", o.ConnectTimeout},
		{"write timeout", o.WriteTimeout},
		{"busy timeout", o.BusyTimeout},
	} {
		if d.v < 0 {
			return fmt.Errorf("%w: %s %v is negative", ErrBadOptions, d.name, d.v)
		}
	}
	if o.MaxConns < 0 {
		return fmt.Errorf("%w: max conns %d is negative", ErrBadOptions, o.MaxConns)
	}
	if o.PostgresSchema != "" && !sinkIdentRE().MatchString(o.PostgresSchema) {
		return fmt.Errorf("%w: postgres schema %q: want a letter or _ then letters, digits, _ (max 63)", ErrBadOptions, o.PostgresSchema)
	}
	return nil
}

// withDefaults returns o with every zero field set to its default.
func (o Options) withDefaults() Options {
	if o.Fsync == "" {
		o.Fsync = FsyncAlways
	}
	if o.FsyncInterval == 0 {
		o.FsyncInterval = time.Second
	}
	if o.PostgresSchema == "" {
		o.PostgresSchema = "public"
	}
	if o.MaxConns == 0 {
		o.MaxConns = 4
	}
	if o.ConnectTimeout == 0 {
		o.ConnectTimeout = 5 * time.Second
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = 30 * time.Second
	}
	if o.BusyTimeout == 0 {
		o.BusyTimeout = 10 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Identifiers are restricted so that they can be spliced unquoted into DDL
// (the review store does the same; unquoted names fold to lower case in
// PostgreSQL on both sides).
var sinkIdentRE = lazyRE(`^[A-Za-z_][A-Za-z0-9_]{0,62}$`)

// Spec kinds.
const (
	KindJSONL    = "jsonl"
	KindSQLite   = "sqlite"
	KindPostgres = "postgres"
)

// Spec is a parsed sink spec.
type Spec struct {
	Kind string // KindJSONL, KindSQLite or KindPostgres
	// Path is the file of a jsonl or sqlite sink.
	Path string
	// URL is the postgres connection URL (scheme postgres://), without the
	// "schema" parameter.
	URL string
	// Schema is the "schema" query parameter of a postgres spec, if any.
	Schema string
}

// ParseSpec parses a sink spec:
//
//	jsonl:PATH                     JSON Lines file (rotated files beside it)
//	sqlite:PATH                    SQLite database ("sqlite://PATH" also accepted)
//	postgres://USER@HOST:PORT/DB?sslmode=disable[&schema=NAME]
//	postgresql://…  pg://…         the same
func ParseSpec(spec string) (Spec, error) {
	s := strings.TrimSpace(spec)
	bad := func(format string, args ...any) (Spec, error) {
		return Spec{}, fmt.Errorf("%w: %q: %s", ErrBadSpec, spec, fmt.Sprintf(format, args...))
	}
	if s == "" {
		return bad("empty (want jsonl:PATH, sqlite:PATH or postgres://…)")
	}
	kind, rest, ok := strings.Cut(s, ":")
	if !ok {
		return bad("no kind (want jsonl:PATH, sqlite:PATH or postgres://…)")
	}
	switch strings.ToLower(kind) {
	case "jsonl":
		if strings.HasPrefix(rest, "//") {
			rest = rest[2:]
		}
		if rest == "" {
			return bad("jsonl:PATH needs a path")
		}
		if strings.HasSuffix(rest, "/") {
			return bad("jsonl:PATH names a directory, want a file")
		}
		return Spec{Kind: KindJSONL, Path: rest}, nil
	case "sqlite", "sqlite3":
		if strings.HasPrefix(rest, "//") {
			rest = rest[2:]
		}
		if rest == "" {
			return bad("sqlite:PATH needs a path")
		}
		if strings.Contains(rest, "?") {
			return bad("sqlite path may not contain ? (options come from Options)")
		}
		if strings.HasSuffix(rest, "/") {
			return bad("sqlite:PATH names a directory, want a file")
		}
		return Spec{Kind: KindSQLite, Path: rest}, nil
	case "postgres", "postgresql", "pg":
		if !strings.HasPrefix(rest, "//") {
			return bad("want postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE")
		}
		u, err := url.Parse("postgres:" + rest)
		if err != nil {
			return bad("%v", err)
		}
		if u.Host == "" && u.Query().Get("host") == "" {
			return bad("postgres url has no host")
		}
		q, err := url.ParseQuery(u.RawQuery)
		if err != nil {
			return bad("query: %v", err)
		}
		if q.Has("search_path") {
			return bad("use schema=NAME, not search_path (the sink sets search_path to its schema)")
		}
		schema := q.Get("schema")
		if schema != "" && !sinkIdentRE().MatchString(schema) {
			return bad("schema %q: want a letter or _ then letters, digits, _ (max 63)", schema)
		}
		q.Del("schema")
		u.RawQuery = q.Encode()
		return Spec{Kind: KindPostgres, URL: u.String(), Schema: schema}, nil
	}
	return bad("unknown kind %q (want jsonl:PATH, sqlite:PATH or postgres://…)", kind)
}

// Open opens the sink named by spec (see ParseSpec). Open validates opts,
// creates missing parent directories, repairs a JSONL file whose last line
// was cut by a crash, and applies database migrations. A PostgreSQL server
// that does not answer makes Open fail with an error wrapping
// ErrUnavailable (the caller may retry).
func Open(ctx context.Context, spec string, opts Options, logger *slog.Logger) (Sink, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	sp, err := ParseSpec(spec)
	if err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	switch sp.Kind {
	case KindJSONL:
		return openJSONL(sp.Path, opts, logger)
	case KindSQLite:
		return openSQLiteSink(ctx, sp.Path, opts)
	default:
		if sp.Schema != "" {
			opts.PostgresSchema = sp.Schema
		}
		return openPostgresSink(ctx, sp.URL, opts, logger)
	}
}

// OpenAll opens every spec and returns them as one sink (a Multi when there
// are several). On error the sinks already opened are closed.
func OpenAll(ctx context.Context, specs []string, opts Options, logger *slog.Logger) (Sink, error) {
	if len(specs) == 0 {
		return nil, fmt.Errorf("%w: no sink given", ErrBadSpec)
	}
	var opened []Sink
	for _, sp := range specs {
		s, err := Open(ctx, sp, opts, logger)
		if err != nil {
			for _, o := range opened {
				o.Close()
			}
			return nil, err
		}
		opened = append(opened, s)
	}
	if len(opened) == 1 {
		return opened[0], nil
	}
	return NewMulti(opened...), nil
}
