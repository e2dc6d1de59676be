// Package claim holds the types every claimwire stage, sink and consumer
// shares: articles in, attribution claims out, review decisions on top.
//
// It depends on the standard library only, so that a downstream consumer can
// import it without pulling in NATS, SQLite or HTML parsers.
package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Schema versions carried on every message. A consumer rejects a message whose
// schema it does not know instead of guessing.
const (
	// SchemaClaim is claim/v2: one claim per statement in an article (see
	// README "Claim schema v2"). Its id no longer depends on the sentence,
	// and Evidences lists every sentence the statement was read from.
	SchemaClaim = "claim/v2"
	// SchemaClaimV1 is the former one-claim-per-sentence schema. Validate
	// accepts it and sinks store it upgraded (UpgradeV1); nothing writes v1
	// any more.
	SchemaClaimV1  = "claim/v1"
	SchemaArticle  = "article/v1"
	SchemaDecision = "decision/v1"
)

// Kind says what sort of actor an Entity is.
type Kind string

const (
	KindState    Kind = "state"    // a state, its government, ministry, court or official speaking for it
	KindAgency   Kind = "agency"   // a named state organ (MSS, GRU, NCSC, FBI) with its Country
	KindIntergov Kind = "intergov" // NATO, EU, UN, Five Eyes
	KindCompany  Kind = "company"  // security vendor or other firm
	KindGroup    Kind = "group"    // threat group, unit, gang
	KindMedia    Kind = "media"
	KindUnknown  Kind = "unknown"
)

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindState, KindAgency, KindIntergov, KindCompany, KindGroup, KindMedia, KindUnknown:
		return true
	}
	return false
}

// Stance of a claim: an accusation, or a denial by the accused.
type Stance string

const (
	StanceAccusation Stance = "accusation"
	StanceDenial     Stance = "denial"
)

// Entity is an actor as written (Text) and as normalised (Name, Kind,
// Country, IDs), side by side, the way gofeed keeps Published and
// PublishedParsed.
type Entity struct {
	Text    string            `json:"text"`
	Name    string            `json:"name"`
	Kind    Kind              `json:"kind"`
	Country string            `json:"country,omitempty"` // ISO 3166-1 alpha-2, upper case
	IDs     map[string]string `json:"ids,omitempty"`     // e.g. {"mitre":"G0065"}
	// Candidates is set when Text is an alias shared by several groups: all
	// of them are reported and none is silently picked.
	Candidates []Entity `json:"candidates,omitempty"`
}

// Key is a short, stable identity for the entity, used in claim ids.
func (e Entity) Key() string {
	// the extractor compares entities by key many times per article: the
	// key is lower-cased into a stack buffer in one pass and copied out
	// once (a strings.Builder written byte by byte cost ~4× as much)
	var buf [96]byte
	return string(e.appendKey(buf[:0]))
}

// appendKey appends Key() to b.
func (e *Entity) appendKey(b []byte) []byte {
	n := len(b)
	b = slices.Grow(b, len(e.Kind)+len(e.Country)+len(e.Name)+2)
	b, ok1 := appendLowerASCII(b, string(e.Kind))
	b = append(b, ':')
	b, ok2 := appendLowerASCII(b, e.Country)
	b = append(b, ':')
	b, ok3 := appendLowerASCII(b, e.Name)
	if !ok1 || !ok2 || !ok3 {
		return append(b[:n], strings.ToLower(string(e.Kind)+":"+e.Country+":"+e.Name)...)
	}
	return b
}

// appendLowerASCII appends s lower-cased to b; false when s is not ASCII
// (then strings.ToLower's rules apply, and b is not to be used).
func appendLowerASCII(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// Period is a time span given with the precision the text gives (see Date).
type Period struct {
	Start Date `json:"start,omitempty"`
	End   Date `json:"end,omitempty"`
}

// IsZero reports whether neither end is known.
func (p *Period) IsZero() bool { return p == nil || (p.Start == "" && p.End == "") }

// Evidence is the sentence a claim was read from. Start and End are byte
// offsets into Article.Text such that Text[Start:End] == Sentence.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// ArticleRef is the part of an Article repeated inside every claim, so a
// claim can be read on its own.
type ArticleRef struct {
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Published Date   `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	// Fingerprint is a MinHash signature of the article text (hex), so that
	// the event builder can tell wire copies and syndicated texts apart from
	// independent reporting without the text itself. Empty when unknown.
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Claim is one attribution claim: Accuser says Accused attacked Victims.
type Claim struct {
	Schema       string     `json:"schema"`
	ID           string     `json:"id"`
	Article      ArticleRef `json:"article"`
	Accuser      *Entity    `json:"accuser,omitempty"`
	Accused      *Entity    `json:"accused,omitempty"`
	Victims      []Entity   `json:"victims"`
	ClaimDate    Date       `json:"claim_date,omitempty"`
	AttackPeriod *Period    `json:"attack_period,omitempty"`
	Stance       Stance     `json:"stance"`
	Hedge        string     `json:"hedge"`
	Evidence     Evidence   `json:"evidence"` // the first sentence of the statement
	// Evidences is every sentence the statement was read from, in text
	// order; Evidences[0] == Evidence. Added in claim/v2.
	Evidences []Evidence `json:"evidences,omitempty"`
	// Sources records, per field, the sentence a field was carried from
	// when it is not the evidence sentence: "victims", "attack_period",
	// "accused", "accuser", "claim_date". An article-level frame gathers
	// them from the sentences about the same incident; the review page
	// shows them beside the evidence. Absent when every field comes from
	// the evidence sentence.
	Sources    map[string]Evidence `json:"sources,omitempty"`
	Confidence float64             `json:"confidence"`
	Extractor  string              `json:"extractor"`
}

// Source field names of Claim.Sources.
const (
	SourceAccuser      = "accuser"
	SourceAccused      = "accused"
	SourceVictims      = "victims"
	SourceClaimDate    = "claim_date"
	SourceAttackPeriod = "attack_period"
)

// SetSource records that field was read from ev, unless ev is the evidence
// sentence itself. The first source of a field is kept.
func (c *Claim) SetSource(field string, ev Evidence) {
	if ev.Start == c.Evidence.Start && ev.End == c.Evidence.End {
		return
	}
	if _, ok := c.Sources[field]; ok {
		return
	}
	if c.Sources == nil {
		c.Sources = map[string]Evidence{}
	}
	c.Sources[field] = ev
}

// Errors returned by Validate; callers match them with errors.Is to route a
// message to the dead-letter subject rather than retry it.
var (
	ErrSchema  = errors.New("claim: unknown schema version")
	ErrInvalid = errors.New("claim: invalid")
)

// Validate checks the invariants every stage relies on.
func (c *Claim) Validate() error {
	if c.Schema != SchemaClaim && c.Schema != SchemaClaimV1 {
		return fmt.Errorf("%w: %q", ErrSchema, c.Schema)
	}
	if c.ID == "" {
		return fmt.Errorf("%w: empty id", ErrInvalid)
	}
	if msg := articleURLProblem(c.Article.URL, true); msg != "" {
		return fmt.Errorf("%w: claim %s: %s", ErrInvalid, c.ID, msg)
	}
	if c.Accused == nil {
		return fmt.Errorf("%w: claim %s: no accused", ErrInvalid, c.ID)
	}
	if c.Stance != StanceAccusation && c.Stance != StanceDenial {
		return fmt.Errorf("%w: claim %s: stance %q", ErrInvalid, c.ID, c.Stance)
	}
	for _, e := range append([]*Entity{c.Accuser, c.Accused}, ptrs(c.Victims)...) {
		if e == nil {
			continue
		}
		if e.Kind != "" && !e.Kind.Valid() {
			return fmt.Errorf("%w: claim %s: entity %q has kind %q", ErrInvalid, c.ID, e.Text, e.Kind)
		}
		if e.Country != "" && !isAlpha2(e.Country) {
			return fmt.Errorf("%w: claim %s: entity %q has country %q", ErrInvalid, c.ID, e.Text, e.Country)
		}
	}
	for _, d := range []Date{c.ClaimDate, c.Article.Published} {
		if d != "" && !d.Valid() {
			return fmt.Errorf("%w: claim %s: date %q", ErrInvalid, c.ID, d)
		}
	}
	if c.AttackPeriod != nil {
		for _, d := range []Date{c.AttackPeriod.Start, c.AttackPeriod.End} {
			if d != "" && !d.Valid() {
				return fmt.Errorf("%w: claim %s: attack period date %q", ErrInvalid, c.ID, d)
			}
		}
	}
	if c.Evidence.Start < 0 || c.Evidence.End < c.Evidence.Start {
		return fmt.Errorf("%w: claim %s: evidence offsets %d..%d", ErrInvalid, c.ID, c.Evidence.Start, c.Evidence.End)
	}
	for _, ev := range c.Evidences {
		if ev.Start < 0 || ev.End < ev.Start {
			return fmt.Errorf("%w: claim %s: evidence offsets %d..%d", ErrInvalid, c.ID, ev.Start, ev.End)
		}
	}
	if math.IsNaN(c.Confidence) || c.Confidence < 0 || c.Confidence > 1 {
		return fmt.Errorf("%w: claim %s: confidence %v", ErrInvalid, c.ID, c.Confidence)
	}
	return nil
}

func ptrs(es []Entity) []*Entity {
	out := make([]*Entity, len(es))
	for i := range es {
		out[i] = &es[i]
	}
	return out
}

func isAlpha2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// ComputeID returns the deterministic id of a claim/v2: the same article,
// accuser, accused and stance give the same id on every run and every
// machine, which is what makes JetStream dedup (Nats-Msg-Id) and sink
// upserts idempotent. The sentence is not part of it (it was in v1): a
// statement repeated in three sentences is one claim.
func ComputeID(c *Claim) string {
	// the parts, each followed by a zero byte, in one stack buffer hashed
	// at once: no hasher, part copies or hex of the whole digest on the
	// heap (every claim of every article gets an id)
	var buf [512]byte
	b := append(buf[:0], SchemaClaim...)
	b = append(b, 0)
	b = append(b, c.Article.URL...)
	b = append(b, 0)
	if c.Accuser != nil {
		b = c.Accuser.appendKey(b)
	}
	b = append(b, 0)
	if c.Accused != nil {
		b = c.Accused.appendKey(b)
	}
	b = append(b, 0)
	b = append(b, c.Stance...)
	b = append(b, 0)
	sum := sha256.Sum256(b)
	var id [32]byte
	hex.Encode(id[:], sum[:16])
	return string(id[:])
}

// SubjectToken returns the accused country for use as a NATS subject token
// ("CN"), or "none" when no state is known, so claims.*.CN style wildcards work.
func (c *Claim) SubjectToken() string {
	if c.Accused != nil && isAlpha2(c.Accused.Country) {
		return c.Accused.Country
	}
	return "none"
}
