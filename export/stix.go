package export

// STIX 2.1 mapping (chosen so that OpenCTI's and MISP's STIX 2.1 importers
// take the bundle without custom objects or extensions):
//
//   - accuser        → identity (identity_class "organization" for states,
//     agencies, alliances, firms and media, with sectors "government-national"
//     / "government" / "communications"; "group" or "unknown" otherwise),
//     located-at its country's location when it has one.
//   - accused group  → intrusion-set (name, the alias as written in aliases,
//     MITRE ATT&CK id as an external reference "mitre-attack"); when the group
//     is tied to a state, intrusion-set attributed-to the state's threat-actor
//     (the only attributed-to target the spec allows an intrusion-set).
//   - accused state  → threat-actor named after the country with
//     threat_actor_types ["nation-state"], located-at the country location.
//     A state is not an intrusion-set (no activity cluster) and an identity
//     cannot be the source of "targets"; OpenCTI maps it to a Threat Actor
//     Group and MISP to a threat-actor galaxy cluster.
//   - accused agency → threat-actor ["nation-state"] with its own name (GRU,
//     MSS), located-at its country; other kinds → threat-actor ["unknown"].
//   - victim country → location with country (and name in English);
//     the accused SDO targets each location (accusations only: a denial
//     creates no targets relationship, it appears in its report).
//   - source article → report (report_types ["threat-report"], published =
//     article date) whose object_refs list everything its claims produced,
//     with an external reference to the article URL.
//   - the accuser is the created_by_ref of the targets / attributed-to
//     relationships it asserts (the author of an assessment, in OpenCTI's
//     terms); the claimwire identity authors the reports and entities.
//
// Every id is a UUIDv5 of a stable key (entity key, claim id, article URL),
// so re-exporting gives the same ids and importers update rather than
// duplicate. created is the earliest stored_at of the claims that produced
// an object, modified the latest stored_at or decision time.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// stixNamespace is the UUIDv5 namespace of claimwire's STIX ids. Changing it
// changes every exported id; never do.
var stixNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://github.com/claimwire/claimwire/stix"))

// stixEpoch dates the claimwire identity, which exists independently of any claim.
var stixEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Object is one STIX object; keys marshal sorted, which keeps output stable.
type Object map[string]any

// Bundle is a STIX 2.1 bundle.
type Bundle struct {
	Type    string   `json:"type"`
	ID      string   `json:"id"`
	Objects []Object `json:"objects"`
}

// StixID returns the deterministic STIX id of typ for key.
func StixID(typ, key string) string {
	return typ + "--" + uuid.NewSHA1(stixNamespace, []byte(typ+"\x00"+key)).String()
}

func stixTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// CountryName returns the English name of an alpha-2 code, or the code.
func CountryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := display.English.Regions().Name(r); n != "" {
		return n
	}
	return code
}

// ClaimwireIdentityID is the id of the identity that authors the bundle.
var ClaimwireIdentityID = StixID("identity", "claimwire")

type stixBuilder struct {
	objs map[string]Object
	// span of each object: earliest created and latest modified.
	first, last map[string]time.Time
	reports     map[string]*stixReport
	// locatedAt lists, per source object, its located-at relationships and
	// their targets, which go into every report that refers to the source.
	locatedAt map[string][]string
}

type stixReport struct {
	url, title, lang, source string
	published                claim.Date
	refs                     map[string]bool
	claims                   []string
	denials                  []string
}

func newStixBuilder() *stixBuilder {
	b := &stixBuilder{objs: map[string]Object{}, first: map[string]time.Time{}, last: map[string]time.Time{}, reports: map[string]*stixReport{}, locatedAt: map[string][]string{}}
	b.objs[ClaimwireIdentityID] = Object{
		"type": "identity", "spec_version": "2.1", "id": ClaimwireIdentityID,
		"name": "claimwire", "identity_class": "system",
		"description": "Attribution claims extracted from French and English security news and reviewed by analysts.",
	}
	b.first[ClaimwireIdentityID], b.last[ClaimwireIdentityID] = stixEpoch, stixEpoch
	return b
}

// touch adds o (unless present) and widens its created/modified span.
func (b *stixBuilder) touch(o Object, created, modified time.Time) string {
	id := o["id"].(string)
	if _, ok := b.objs[id]; !ok {
		o["spec_version"] = "2.1"
		b.objs[id] = o
	}
	b.widen(id, created, modified)
	return id
}

// widen stretches the created/modified span of id over created..modified.
func (b *stixBuilder) widen(id string, created, modified time.Time) {
	if f, ok := b.first[id]; !ok || created.Before(f) {
		b.first[id] = created
	}
	if modified.Before(created) {
		modified = created
	}
	if l, ok := b.last[id]; !ok || modified.After(l) {
		b.last[id] = modified
	}
}

func (b *stixBuilder) location(cc string, created, modified time.Time) string {
	id := StixID("location", cc)
	return b.touch(Object{"type": "location", "id": id, "name": CountryName(cc), "country": cc, "created_by_ref": ClaimwireIdentityID}, created, modified)
}

// locate relates the object id to the location of country cc.
func (b *stixBuilder) locate(id, cc string, created, modified time.Time) {
	b.rel("located-at", id, b.location(cc, created, modified), "", ClaimwireIdentityID, created, modified, nil)
}

func (b *stixBuilder) rel(typ, src, dst, key string, author string, created, modified time.Time, extra Object) string {
	id := StixID("relationship", typ+"\x00"+src+"\x00"+dst+"\x00"+key)
	o := Object{"type": "relationship", "id": id, "relationship_type": typ, "source_ref": src, "target_ref": dst, "created_by_ref": author}
	for k, v := range extra {
		o[k] = v
	}
	if _, seen := b.objs[id]; !seen && typ == "located-at" {
		b.locatedAt[src] = append(b.locatedAt[src], id, dst)
	}
	return b.touch(o, created, modified)
}

// stateActor is the threat-actor standing for a state.
func (b *stixBuilder) stateActor(cc string, created, modified time.Time) string {
	id := StixID("threat-actor", "state:"+cc)
	b.touch(Object{"type": "threat-actor", "id": id, "name": CountryName(cc), "threat_actor_types": []string{"nation-state"},
		"description": "The state of " + CountryName(cc) + " as an accused actor.", "created_by_ref": ClaimwireIdentityID}, created, modified)
	b.locate(id, cc, created, modified)
	return id
}

func (b *stixBuilder) accuser(e *claim.Entity, created, modified time.Time) string {
	name := entityName(e)
	class, sectors := "organization", []string(nil)
	switch e.Kind {
	case claim.KindState, claim.KindAgency:
		sectors = []string{"government-national"}
	case claim.KindIntergov:
		sectors = []string{"government"}
	case claim.KindMedia:
		sectors = []string{"communications"}
	case claim.KindCompany:
	case claim.KindGroup:
		class = "group"
	default:
		class = "unknown"
	}
	if e.Kind == claim.KindState && e.Country != "" {
		name = CountryName(e.Country)
	}
	id := StixID("identity", e.Key())
	o := Object{"type": "identity", "id": id, "name": name, "identity_class": class, "created_by_ref": ClaimwireIdentityID}
	if sectors != nil {
		o["sectors"] = sectors
	}
	b.touch(o, created, modified)
	if e.Country != "" {
		b.locate(id, e.Country, created, modified)
	}
	return id
}

// accused returns the SDO standing for the accused and the ids it pulled in.
func (b *stixBuilder) accused(e *claim.Entity, created, modified time.Time) string {
	switch e.Kind {
	case claim.KindGroup:
		id := StixID("intrusion-set", strings.ToLower(entityName(e)))
		o := Object{"type": "intrusion-set", "id": id, "name": entityName(e), "created_by_ref": ClaimwireIdentityID}
		if e.Text != "" && !strings.EqualFold(e.Text, entityName(e)) {
			o["aliases"] = []string{e.Text}
		}
		if m := e.IDs["mitre"]; m != "" {
			o["external_references"] = []Object{{"source_name": "mitre-attack", "external_id": m,
				"url": "https://attack.mitre.org/groups/" + url.PathEscape(m) + "/"}}
		}
		if existing, ok := b.objs[id]; ok {
			// Merge aliases seen in other claims.
			if a, ok := o["aliases"].([]string); ok {
				old, _ := existing["aliases"].([]string)
				existing["aliases"] = mergeStrings(old, a)
			}
		}
		b.touch(o, created, modified)
		return id
	case claim.KindState:
		if e.Country != "" {
			return b.stateActor(e.Country, created, modified)
		}
	case claim.KindAgency:
		id := StixID("threat-actor", e.Key())
		b.touch(Object{"type": "threat-actor", "id": id, "name": entityName(e), "threat_actor_types": []string{"nation-state"},
			"created_by_ref": ClaimwireIdentityID}, created, modified)
		if e.Country != "" {
			b.locate(id, e.Country, created, modified)
		}
		return id
	}
	id := StixID("threat-actor", e.Key())
	b.touch(Object{"type": "threat-actor", "id": id, "name": entityName(e), "threat_actor_types": []string{"unknown"},
		"created_by_ref": ClaimwireIdentityID}, created, modified)
	return id
}

func entityName(e *claim.Entity) string {
	if e.Name != "" {
		return e.Name
	}
	if e.Text != "" {
		return e.Text
	}
	if e.Country != "" {
		return CountryName(e.Country)
	}
	return "unknown"
}

func mergeStrings(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string{}, a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// add maps one record into the bundle.
func (b *stixBuilder) add(r sinks.Record) {
	c := r.Effective()
	if c.Accused == nil {
		return
	}
	created := r.StoredAt
	if created.IsZero() {
		created = stixEpoch
	}
	modified := created
	if r.DecidedAt.After(modified) {
		modified = r.DecidedAt
	}
	rep := b.reports[c.Article.URL]
	if rep == nil {
		rep = &stixReport{url: c.Article.URL, title: c.Article.Title, lang: c.Article.Lang, source: c.Article.Source,
			published: c.Article.Published, refs: map[string]bool{}}
		b.reports[c.Article.URL] = rep
	}
	author := ClaimwireIdentityID
	var refs []string
	if c.Accuser != nil {
		author = b.accuser(c.Accuser, created, modified)
		refs = append(refs, author)
	}
	actor := b.accused(c.Accused, created, modified)
	refs = append(refs, actor)
	text := c.Evidence.Sentence
	if c.Accuser != nil {
		text = entityName(c.Accuser) + ": " + text
	}
	extra := Object{
		"description":         text,
		"confidence":          int(c.Confidence*100 + 0.5),
		"external_references": []Object{articleRef(c.Article, "claimwire claim "+c.ID)},
	}
	if c.Hedge != "" {
		extra["labels"] = []string{"hedge:" + strings.ToLower(strings.Join(strings.Fields(c.Hedge), "-"))}
	}
	if c.AttackPeriod != nil {
		start, hasStart := c.AttackPeriod.Start.Time()
		if hasStart {
			extra["start_time"] = stixTime(start)
		}
		if e, ok := periodEnd(c.AttackPeriod.End); ok && (!hasStart || e.After(start)) {
			extra["stop_time"] = stixTime(e)
		}
	}
	if c.Accused.Kind == claim.KindGroup && c.Accused.Country != "" {
		state := b.stateActor(c.Accused.Country, created, modified)
		refs = append(refs, state, StixID("location", c.Accused.Country))
		refs = append(refs, b.rel("attributed-to", actor, state, c.ID, author, created, modified, extra))
	}
	if c.Stance == claim.StanceDenial {
		rep.denials = append(rep.denials, text)
	} else {
		for _, v := range c.Victims {
			if v.Country == "" {
				continue
			}
			loc := b.location(v.Country, created, modified)
			refs = append(refs, loc, b.rel("targets", actor, loc, c.ID, author, created, modified, extra))
		}
		rep.claims = append(rep.claims, text)
	}
	for _, id := range refs {
		rep.refs[id] = true
	}
	// Entities' located-at relationships belong to the report too.
	for _, id := range refs {
		for _, l := range b.locatedAt[id] {
			rep.refs[l] = true
		}
	}
	b.widen(StixID("report", c.Article.URL), created, modified)
}

// periodEnd returns the instant just after the last day d covers, so a
// month-precision end "2024-03" stops at 2024-04-01T00:00:00Z.
func periodEnd(d claim.Date) (time.Time, bool) {
	t, ok := d.Time()
	if !ok {
		return time.Time{}, false
	}
	switch d.Precision() {
	case claim.PrecisionYear:
		return t.AddDate(1, 0, 0), true
	case claim.PrecisionMonth:
		return t.AddDate(0, 1, 0), true
	}
	return t.AddDate(0, 0, 1), true
}

// articleRef is the external reference to a claim's article. Only an
// http(s) URL is ever emitted: a stored file: URL (local input) becomes a
// description, and anything else (a javascript: URL in a store written
// before the sinks checked) is left out, so no consumer renders it as a link.
func articleRef(a claim.ArticleRef, desc string) Object {
	ref := Object{"source_name": sourceName(a)}
	switch {
	case claim.WebURL(a.URL):
		ref["url"] = a.URL
	case strings.HasPrefix(a.URL, "file:"):
		desc = strings.TrimSpace("article read from a local file; " + desc)
	default:
		desc = strings.TrimSpace("article url withheld (not http or https); " + desc)
	}
	if desc != "" {
		ref["description"] = desc
	}
	return ref
}

func sourceName(a claim.ArticleRef) string {
	if a.Source != "" {
		return a.Source
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return u.Host
	}
	return "article"
}

func (b *stixBuilder) bundle() *Bundle {
	for u, rep := range b.reports {
		id := StixID("report", u)
		refs := make([]string, 0, len(rep.refs))
		for r := range rep.refs {
			refs = append(refs, r)
		}
		sort.Strings(refs)
		if len(refs) == 0 {
			continue
		}
		published := b.first[id]
		if t, ok := rep.published.Time(); ok {
			published = t
		}
		name := rep.title
		if name == "" {
			name = "article"
			if claim.WebURL(u) {
				name = u
			}
		}
		var desc []string
		for _, s := range rep.claims {
			desc = append(desc, "Claim: "+s)
		}
		for _, s := range rep.denials {
			desc = append(desc, "Denial: "+s)
		}
		sort.Strings(desc)
		o := Object{"type": "report", "spec_version": "2.1", "id": id, "name": name, "report_types": []string{"threat-report"},
			"published": stixTime(published), "object_refs": refs, "created_by_ref": ClaimwireIdentityID,
			"description":         strings.Join(desc, "\n"),
			"external_references": []Object{articleRef(claim.ArticleRef{URL: u, Source: rep.source}, "")}}
		if rep.lang != "" {
			o["lang"] = rep.lang
		}
		b.objs[id] = o
	}
	ids := make([]string, 0, len(b.objs))
	for id, o := range b.objs {
		o["created"] = stixTime(b.first[id])
		o["modified"] = stixTime(b.last[id])
		ids = append(ids, id)
	}
	// Referenced objects first (identities, locations, actors), then
	// relationships, then reports: importers that resolve refs in order
	// find every target already created.
	rank := map[string]int{"identity": 0, "location": 1, "threat-actor": 2, "intrusion-set": 3, "campaign": 4,
		"relationship": 5, "opinion": 6, "note": 6, "report": 7}
	sort.Slice(ids, func(i, j int) bool {
		ti, tj := b.objs[ids[i]]["type"].(string), b.objs[ids[j]]["type"].(string)
		if rank[ti] != rank[tj] {
			return rank[ti] < rank[tj]
		}
		return ids[i] < ids[j]
	})
	out := &Bundle{Type: "bundle", Objects: make([]Object, len(ids))}
	for i, id := range ids {
		out.Objects[i] = b.objs[id]
	}
	out.ID = "bundle--" + uuid.NewSHA1(stixNamespace, []byte("bundle\x00"+strings.Join(ids, ","))).String()
	return out
}

// BuildBundle maps records to a STIX 2.1 bundle, skipping rejected claims.
func BuildBundle(records []sinks.Record) *Bundle {
	b := newStixBuilder()
	for _, r := range records {
		if r.Status == claim.StatusRejected {
			continue
		}
		b.add(r)
	}
	return b.bundle()
}

// WriteSTIX writes the STIX 2.1 bundle of the claims of src matching f. A
// bundle is one JSON document, so objects are collected before writing;
// entities shared by many claims are stored once.
func WriteSTIX(ctx context.Context, w io.Writer, src Source, f sinks.Filter) error {
	b := newStixBuilder()
	err := src.Each(ctx, f, func(r sinks.Record) error {
		if r.Status != claim.StatusRejected {
			b.add(r)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("export: stix: %w", err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(b.bundle()); err != nil {
		return fmt.Errorf("export: stix: %w", err)
	}
	return nil
}
