package export

// STIX 2.1 mapping of attribution events. Actors map as in the claims
// bundle (stix.go), with the same ids, so both exports meet in an importer:
//
//   - accuser → identity; accused group → intrusion-set (attributed-to its
//     state's threat-actor when the group is tied to one); accused state or
//     agency → threat-actor ["nation-state"]; other accused → threat-actor.
//   - accusation event → campaign (the activity the accuser speaks of:
//     first_seen / last_seen = the event's span, the articles as external
//     references) and one relationship campaign attributed-to the accused.
//     The spec lists campaign → intrusion-set and campaign → threat-actor
//     as attributed-to pairs; the relationship an accusation would seem to
//     need, accused → accuser, does not exist (threat-actor attributed-to
//     identity means "this identity IS the actor"), and intrusion-set →
//     threat-actor is the group-to-sponsor tie, not the accusation. The
//     relationship's created_by_ref is the accuser's identity (who asserts
//     it) and its external_references the claims' articles; confidence is
//     the highest of the accepted or pending claims'.
//   - victims → location, campaign targets each (created by the accuser).
//   - each denial answering the event → opinion "strongly-disagree" on the
//     relationship and campaign (authors: who denies; explanation: the
//     sentence; its article as external reference).
//   - a denial event (denials answering no stored accusation) → note on
//     the accused actor.
//
// Ids are UUIDv5 of the event id (and of the denial's claim id for
// opinions), so a re-export gives the same ids. Events whose claims were
// all rejected are left out, and so are rejected claims' articles and
// denials.

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// BuildEventsBundle maps set to a STIX 2.1 bundle.
func BuildEventsBundle(set *EventSet) *Bundle {
	b := newStixBuilder()
	for i := range set.Events {
		l := &set.Events[i]
		if l.Review.Status == claim.StatusRejected || l.Accused == nil {
			continue
		}
		b.addEvent(set, l)
	}
	return b.bundle()
}

// WriteEventsSTIX writes the STIX 2.1 bundle of set.
func WriteEventsSTIX(w io.Writer, set *EventSet) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(BuildEventsBundle(set)); err != nil {
		return fmt.Errorf("export: events stix: %w", err)
	}
	return nil
}

// eventSpan is the created/modified span of an event's objects: the
// earliest stored_at of its claims, the latest stored_at or decision.
func (s *EventSet) eventSpan(e *events.Event) (created, modified time.Time) {
	for _, l := range [][]string{e.Claims, e.Denials} {
		for _, id := range l {
			ci := s.claims[id]
			if ci == nil || ci.storedAt.IsZero() {
				continue
			}
			if created.IsZero() || ci.storedAt.Before(created) {
				created = ci.storedAt
			}
			for _, t := range []time.Time{ci.storedAt, ci.decidedAt} {
				if t.After(modified) {
					modified = t
				}
			}
		}
	}
	if created.IsZero() {
		created = stixEpoch
	}
	if modified.Before(created) {
		modified = created
	}
	return created, modified
}

func (b *stixBuilder) addEvent(set *EventSet, l *EventLine) {
	e := &l.Event
	created, modified := set.eventSpan(e)
	actor := b.accused(e.Accused, created, modified)
	if e.Accused.Kind == claim.KindGroup && e.Accused.Country != "" {
		state := b.stateActor(e.Accused.Country, created, modified)
		b.rel("attributed-to", actor, state, "", ClaimwireIdentityID, created, modified,
			Object{"description": "Group tied to this state in the MISP galaxy."})
	}
	if e.Stance == claim.StanceDenial {
		b.denialNote(set, l, actor, created, modified)
		return
	}
	author := ClaimwireIdentityID
	if e.Accuser != nil {
		author = b.accuser(e.Accuser, created, modified)
	}
	// Articles of the claims not rejected, once each, in URL order.
	var refs []Object
	seen := map[string]bool{}
	conf := 0.0
	var articles []claim.ArticleRef
	for _, id := range e.Claims {
		ci := set.claims[id]
		if ci == nil || ci.status == claim.StatusRejected {
			continue
		}
		if ci.confidence > conf {
			conf = ci.confidence
		}
		if !seen[ci.article.URL] {
			seen[ci.article.URL] = true
			articles = append(articles, ci.article)
		}
	}
	sort.Slice(articles, func(i, j int) bool { return articles[i].URL < articles[j].URL })
	for _, a := range articles {
		refs = append(refs, articleRef(a, a.Title))
	}

	cid := StixID("campaign", e.ID)
	camp := Object{"type": "campaign", "id": cid, "name": campaignName(e), "description": eventSummary(e),
		"created_by_ref": ClaimwireIdentityID}
	if t, ok := e.FirstSeen.Time(); ok {
		camp["first_seen"] = stixTime(t)
		if u, ok := e.LastSeen.Time(); ok && !u.Before(t) {
			camp["last_seen"] = stixTime(u)
		}
	}
	if len(refs) > 0 {
		camp["external_references"] = refs
	}
	if labels := hedgeLabels(e.Hedges); labels != nil {
		camp["labels"] = labels
	}
	b.touch(camp, created, modified)

	extra := Object{"description": eventSentence(e)}
	if len(refs) > 0 {
		extra["external_references"] = refs
	}
	if conf > 0 {
		extra["confidence"] = int(conf*100 + 0.5)
	}
	relID := b.rel("attributed-to", cid, actor, e.ID, author, created, modified, extra)

	for _, v := range e.Victims {
		cc, ok := strings.CutPrefix(v.Key, "state:")
		if !ok || len(cc) != 2 {
			continue
		}
		loc := b.location(cc, created, modified)
		b.rel("targets", cid, loc, e.ID, author, created, modified,
			Object{"description": fmt.Sprintf("Named as a victim in %d claim(s) of the event.", v.N)})
	}

	for _, id := range e.Denials {
		ci := set.claims[id]
		if ci == nil || ci.status == claim.StatusRejected {
			continue
		}
		denier := "unknown"
		if ci.accused != nil {
			denier = entityName(ci.accused)
		}
		o := Object{"type": "opinion", "id": StixID("opinion", id), "opinion": "strongly-disagree",
			"object_refs": []string{cid, relID}, "authors": []string{denier},
			"explanation":         ci.sentence,
			"external_references": []Object{articleRef(ci.article, "claimwire claim "+id)},
			"created_by_ref":      ClaimwireIdentityID}
		dc, dm := ci.storedAt, ci.storedAt
		if dc.IsZero() {
			dc, dm = created, modified
		}
		if ci.decidedAt.After(dm) {
			dm = ci.decidedAt
		}
		b.touch(o, dc, dm)
	}
}

// denialNote exports a denial event (denials that answer no accusation)
// as a note on the accused actor.
func (b *stixBuilder) denialNote(set *EventSet, l *EventLine, actor string, created, modified time.Time) {
	e := &l.Event
	var lines []string
	var refs []Object
	seen := map[string]bool{}
	for _, id := range e.Claims {
		ci := set.claims[id]
		if ci == nil || ci.status == claim.StatusRejected {
			continue
		}
		lines = append(lines, ci.sentence)
		if !seen[ci.article.URL] {
			seen[ci.article.URL] = true
			refs = append(refs, articleRef(ci.article, ci.article.Title))
		}
	}
	if len(lines) == 0 {
		return
	}
	sort.Strings(lines)
	name := entityName(e.Accused)
	o := Object{"type": "note", "id": StixID("note", e.ID), "object_refs": []string{actor},
		"abstract": name + " denies an accusation" + spanText(e), "content": strings.Join(lines, "\n"),
		"authors": []string{name}, "created_by_ref": ClaimwireIdentityID}
	sort.Slice(refs, func(i, j int) bool { return fmt.Sprint(refs[i]["url"]) < fmt.Sprint(refs[j]["url"]) })
	if len(refs) > 0 {
		o["external_references"] = refs
	}
	b.touch(o, created, modified)
}

func campaignName(e *events.Event) string {
	s := entityName(e.Accused) + " as accused"
	if e.Accuser != nil {
		s += " by " + accuserName(e.Accuser)
	}
	return s + spanText(e)
}

func accuserName(a *claim.Entity) string {
	if a.Kind == claim.KindState && a.Country != "" {
		return CountryName(a.Country)
	}
	return entityName(a)
}

// spanText is " (FIRST)" or " (FIRST – LAST)", or "" for an undated event.
func spanText(e *events.Event) string {
	switch {
	case e.FirstSeen == "":
		return ""
	case e.LastSeen == "" || e.LastSeen == e.FirstSeen:
		return " (" + string(e.FirstSeen) + ")"
	}
	return " (" + string(e.FirstSeen) + " – " + string(e.LastSeen) + ")"
}

// eventSentence says the accusation in words, for the relationship.
func eventSentence(e *events.Event) string {
	who := "An unknown accuser"
	if e.Accuser != nil {
		who = accuserName(e.Accuser)
	}
	return who + " attributes this activity to " + entityName(e.Accused) + "."
}

// eventSummary lists the event's aggregates for the campaign description.
func eventSummary(e *events.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d claim(s) in %d article(s), %d independent source(s)", eventSentence(e), len(e.Claims), len(e.Articles), e.Sources)
	if len(e.Denials) > 0 {
		fmt.Fprintf(&b, "; %d denial(s)", len(e.Denials))
	}
	b.WriteString(".")
	if len(e.Languages) > 0 {
		b.WriteString(" Languages: " + joinCounts(e.Languages, false) + ".")
	}
	if len(e.Victims) > 0 {
		var vs []string
		for _, v := range e.Victims {
			n := v.Name
			if cc, ok := strings.CutPrefix(v.Key, "state:"); ok {
				n = CountryName(cc)
			}
			if n == "" {
				n = v.Key
			}
			vs = append(vs, n+" ("+strconv.Itoa(v.N)+")")
		}
		b.WriteString(" Victims: " + strings.Join(vs, ", ") + ".")
	}
	if len(e.Periods) > 0 {
		b.WriteString(" Attack periods: " + joinCounts(e.Periods, false) + ".")
	}
	return b.String()
}

func hedgeLabels(hs []events.Count) []string {
	var out []string
	for _, h := range hs {
		out = append(out, "hedge:"+strings.ToLower(strings.Join(strings.Fields(h.Key), "-")))
	}
	if out == nil {
		return nil
	}
	sort.Strings(out)
	return mergeStrings(out, nil)
}
