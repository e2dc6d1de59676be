package sinks

// The review store: the read side of the SQLite and PostgreSQL databases the
// claim sinks write, plus the tables that record analysts' decisions. The
// original claim (claims.doc) is never rewritten; decisions are appended to
// `decisions` and the current status of each claim is projected into
// `claim_status` in the same transaction. The implementation is sqlStore
// (store_sql.go lists its files, one per aggregate).

import (
	"context"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// The review store, split by what callers need. Each interface is small;
// Store composes them for callers that need everything (the web server) and
// for compatibility. One implementation (sqlStore) serves SQLite and
// PostgreSQL; callers should ask for the narrowest interface that does:
// an exporter takes a ClaimReader (or just Each), a decision publisher an
// Outbox, a writer of events an EventWriter.

// ClaimWriter stores claims: every Sink is one (the pipeline writes claims
// through the sinks; the review store itself never writes a claim).
type ClaimWriter interface {
	// WriteClaims stores the batch; nil means every claim is durable.
	WriteClaims(ctx context.Context, claims []claim.Claim) error
}

// ClaimReader reads stored claims with their review state, through filters.
type ClaimReader interface {
	// List returns one page of claims matching f, newest first
	// (stored_at DESC, id), using keyset paging: pass the returned Next
	// cursor as Page.After to get the following page.
	List(ctx context.Context, f Filter, p Page) (ListResult, error)
	// Count returns how many claims match f.
	Count(ctx context.Context, f Filter) (int, error)
	// Facets returns, for each filter dimension, the values present and how
	// many claims each would select given the other filters.
	Facets(ctx context.Context, f Filter) (Facets, error)
	// Get returns a claim with its status and full decision history.
	Get(ctx context.Context, id string) (*Record, error)
	// ByArticle returns the claims read from one article.
	ByArticle(ctx context.Context, url string) ([]Record, error)
	// Article returns the stored article text, or ErrNotFound.
	Article(ctx context.Context, url string) (*claim.Article, error)
	// Timeline counts claims per accused state per month.
	Timeline(ctx context.Context, f Filter) ([]TimelinePoint, error)
	// Each calls fn for every claim matching f, newest first, reading in
	// batches so that no long transaction is held open.
	Each(ctx context.Context, f Filter, fn func(Record) error) error
}

// Decisions records analysts' decisions on claims.
type Decisions interface {
	// SaveDecision stores d and updates the claim's status atomically. It
	// returns the decision's id, to mark it published later.
	SaveDecision(ctx context.Context, d claim.Decision) (string, error)
	// SaveDecisions stores every decision of ds or none (one transaction)
	// and returns their ids in order. Unknown claims fail the whole batch
	// with a *MissingClaimsError naming each of them.
	SaveDecisions(ctx context.Context, ds []claim.Decision) ([]string, error)
	// Reviewed calls fn for every claim with a decision, its Decisions the
	// whole history (oldest first), as Get gives it: what per-field
	// precision is computed from. Two reads in all, not one per claim.
	Reviewed(ctx context.Context, fn func(Record) error) error
}

// Outbox holds the decisions not yet published on the message bus.
type Outbox interface {
	// MarkPublished records that decision id reached the message bus.
	MarkPublished(ctx context.Context, id string) error
	// Unpublished returns up to limit decisions not yet marked published,
	// oldest first: the outbox a publisher retries from.
	Unpublished(ctx context.Context, limit int) ([]StoredDecision, error)
}

// Store is what the review page and the exporters read and write: claims,
// decisions, the outbox and the attribution events (EventReader,
// events_sql.go).
type Store interface {
	ClaimReader
	Decisions
	Outbox
	EventReader
	// Name is the store's DSN without secrets, for logs.
	Name() string
	Close() error
}

// Filter selects claims. Empty fields do not filter.
type Filter struct {
	AccusedState string     // alpha-2 of the accused (claims.accused_country)
	AccusedGroup string     // accused group name (claims.accused_name where kind = group)
	Accuser      string     // accuser name (claims.accuser_name)
	Victim       string     // alpha-2 of a victim country
	Lang         string     // article language
	From         claim.Date // claim date >= From (any precision)
	To           claim.Date // claim date within or before To (To "2024-03" includes 2024-03-31)
	Status       string     // pending, accepted, rejected, edited
	Q            string     // free text in evidence, title, accused and accuser names
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool { return f == Filter{} }

// Page asks for Limit claims older than the cursor After ("" = newest), or
// newer than the cursor Before (the previous page).
type Page struct {
	After  string
	Before string
	Limit  int
}

// ListResult is one page of claims, newest first. Next is the cursor of
// the following (older) page, "" on the last; Prev that of the newer page,
// "" on the first.
type ListResult struct {
	Records []Record
	Next    string
	Prev    string
}

// StoredDecision is a decision with its store id.
type StoredDecision struct {
	ID string
	claim.Decision
}

// Record is a stored claim as the review side sees it.
type Record struct {
	Claim     claim.Claim  // exactly as extracted
	Edited    *claim.Claim // the latest analyst correction, nil if none
	Status    string       // claim.Status*
	Reviewer  string       // who made the latest decision
	DecidedAt time.Time    // when (zero if pending)
	StoredAt  time.Time
	Decisions []claim.Decision // history, oldest first (Get only)

	storedAtRaw string
}

// Cursor is the keyset position of r, usable as Page.After (the claims
// older than r) or Page.Before (newer).
func (r *Record) Cursor() string { return storeCursor(r.storedAtRaw, r.Claim.ID) }

// Effective is the claim with the analyst's corrections applied, if any.
func (r *Record) Effective() *claim.Claim {
	if r.Edited != nil {
		return r.Edited
	}
	return &r.Claim
}

// FacetValue is one value of a filter dimension and its count.
type FacetValue struct {
	Value string
	Count int
}

// Facets holds counts per value for each filter dimension.
type Facets struct {
	AccusedState []FacetValue
	AccusedGroup []FacetValue
	Accuser      []FacetValue
	Victim       []FacetValue
	Lang         []FacetValue
	Status       []FacetValue
}

// TimelinePoint counts claims accusing State ("" when no state is known) in
// Month ("2024-03").
type TimelinePoint struct {
	State string
	Month string
	Count int
}
