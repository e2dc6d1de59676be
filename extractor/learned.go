package extractor

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor/model"
)

// The learned layer. The rules propose candidates (claims, and the victims
// of each claim); every candidate gets named, language-neutral features —
// the rules' own signals among them — and the model's calibrated
// probability decides whether it is kept. Features are computed from the
// analysis once per article; the words behind them stay in the lexicons.

// Candidate is one scored candidate, as `claimwire explain` shows it.
type Candidate struct {
	Role string `json:"role"` // model.RoleClaim or model.RoleVictim
	// Claim is the index of the candidate claim in Trace.Claims (for a
	// victim, the claim it would belong to).
	Claim    int             `json:"claim"`
	Accuser  *claim.Entity   `json:"accuser,omitempty"`
	Accused  *claim.Entity   `json:"accused,omitempty"`
	Victim   *claim.Entity   `json:"victim,omitempty"`
	Period   *claim.Period   `json:"period,omitempty"`
	Source   *claim.Evidence `json:"source,omitempty"` // the sentence the candidate was read in
	Features []string        `json:"features"`
	Prob     float64         `json:"prob"`
	Kept     bool            `json:"kept"`
	// Rule reports whether today's rules proposed it (victims: the rules'
	// own victims; candidates the rules left out have Rule false).
	Rule bool `json:"rule"`
	// ids are the features by number (featids.go); Features, their names
	// in that order, is set for a Trace only
	ids features
}

// Trace is everything the learned layer saw in one article.
type Trace struct {
	Claims     []claim.Claim `json:"claims"` // candidate claims before the model
	Candidates []Candidate   `json:"candidates"`
	// Base gives, for each of Claims, the rule claim a proposed claim came
	// from (it shares that claim's victims), or -1 for a rule claim.
	Base  []int `json:"base"`
	Model bool  `json:"model"` // false: rules only, nothing dropped
}

// gate scores the rules' claims of one article and keeps the ones the model
// keeps, with victims re-decided the same way; it also proposes claims the
// rules did not make (another accused named around a claim, another
// accuser listed beside one) and keeps those the model believes. With no
// model the rules' claims pass unchanged (rules only) but the trace is
// still filled.
func (z *analyzer) gate(m *model.Model, out []claim.Claim, sents []*sentence, pub claim.Date, tr *Trace) []claim.Claim {
	if len(out) == 0 {
		return out
	}
	// the sentence starting at a claim's evidence: sents are in text order
	sentAt := func(start int) (int, bool) {
		return slices.BinarySearchFunc(sents, start, func(s *sentence, at int) int { return cmp.Compare(s.sp.start, at) })
	}
	// pairs[i]: the claims of out[i]'s (accuser, accused) pair by key,
	// out[i] included; each claim is compared with the first of each pair
	// before it, not with every claim
	g := z.gateBufs
	g.victimReads = g.victimReads[:0]
	pairs := reuse(&g.pairs, len(out))
	{
		first := reuse(&g.first, len(out)) // the first claim of out[i]'s pair
		for i := range out {
			first[i] = i
			for j := 0; j < i; j++ {
				if first[j] == j && keyEqualPtr(out[j].Accuser, out[i].Accuser) && keyEqualPtr(out[j].Accused, out[i].Accused) {
					first[i] = j
					break
				}
			}
			pairs[first[i]]++
		}
		for i := range out {
			pairs[i] = pairs[first[i]]
		}
	}
	n := len(out)
	var props []claim.Claim          // proposed claims: index n+i
	base := reuse(&g.base, len(out)) // for a proposed claim, the rule claim it came from
	for i := range base {
		base[i] = -1
	}
	// the candidates are kept only for a trace; without one, the features
	// of each are read once by decide, so claimFeatures and
	// victimCandidates write them into buffers reused for the next claim
	var cands []Candidate
	if z.tracing {
		cands = make([]Candidate, 0, 4*len(out))
	}
	addCand := func(c Candidate) {
		if z.tracing {
			c.Features = c.ids.names()
			cands = append(cands, c)
		}
	}
	// the heads of the roles, read once per article (a map look-up per
	// candidate before, issue 11)
	var heads [8]model.Head
	if m != nil {
		for k, role := range model.Roles[:min(len(model.Roles), len(heads))] {
			heads[k] = m.Heads[role]
		}
	}
	decide := func(c *Candidate) {
		if m != nil {
			// the weights by feature number when the model is the
			// Extractor's own (featids.go); its Decide by name otherwise
			if k := roleIndex(c.Role); k >= 0 && k < len(heads) && m == z.x.model && z.x.featW != nil {
				c.Prob, c.Kept = heads[k].Decide(z.x.featW.raw(k, c.ids), c.Rule)
			} else {
				c.Prob, c.Kept = m.Decide(c.Role, c.ids.names(), c.Rule)
			}
		} else {
			c.Kept = c.Rule
		}
	}
	// need reports whether candidates of a role can change the output (or
	// are wanted for a trace): the ones no threshold can keep or drop are
	// not built. rule: the rules' own candidates too.
	need := func(role string, rule bool) bool {
		if tr != nil {
			return true
		}
		if m == nil {
			return false
		}
		h := m.Heads[role]
		return h.Threshold < 1 || (rule && h.RuleThreshold > 0)
	}
	// asked once per article, not per claim (a map look-up each, issue 11)
	needPeriod, needProposals := need(model.RolePeriod, true), need(model.RoleAccused, false) || need(model.RoleAccuser, false)
	// the victims' features only when the model can change a decision, or
	// for a trace (the head of the Extractor's own model is checked once)
	scoreVictims := z.tracing || m != z.x.model || !z.x.victimsByRule
	keep := reuse(&g.keep, len(out))
	scored := reuse(&g.scored, len(out))
	victims := reuse(&g.victims, len(out))
	prob := reuse(&g.prob, len(out))
	srcs := reuse(&g.srcs, len(out)) // where the model's own picks were read
	periods := reuse(&g.periods, len(out))
	// the pool keeps what the proposals grew (reset clears what they point to)
	defer func() {
		g.base, g.keep, g.scored, g.victims, g.prob, g.srcs, g.periods = base, keep, scored, victims, prob, srcs, periods
	}()
	for ci := range out {
		c := &out[ci]
		si, ok := sentAt(c.Evidence.Start)
		if !ok || c.Stance != claim.StanceAccusation || c.Accused == nil {
			keep[ci] = true
			continue
		}
		scored[ci] = true
		feats := z.claimFeatures(c, sents, si, pairs[ci], out, ci)
		cand := Candidate{Role: model.RoleClaim, Claim: ci, Accuser: c.Accuser, Accused: c.Accused, Source: &c.Evidence, ids: feats, Rule: true}
		decide(&cand)
		keep[ci], prob[ci] = cand.Kept, cand.Prob
		addCand(cand)
		// the rules' period when kept, else the likeliest other one kept
		best, ruleKept := -1.0, false
		if !needPeriod {
			periods[ci] = c.AttackPeriod // nothing the model could change
		}
		for _, pc := range z.periodCandidates(c, sents, si, pub, needPeriod) {
			pc.Claim = ci
			decide(&pc)
			addCand(pc)
			if pc.Kept && !ruleKept && (pc.Rule || pc.Prob > best) {
				best, periods[ci], ruleKept = pc.Prob, pc.Period, pc.Rule
				if !pc.Rule {
					srcs[ci] = append(srcs[ci], fieldSource{claim.SourceAttackPeriod, pc.Source})
				}
			}
		}
		// the kept victims of all claims in one slab of the pool (the
		// claims kept get copies): those of claim ci are contiguous
		vstart := len(z.keptVictims)
		var vcands []Candidate
		if scoreVictims {
			vcands = z.victimCandidates(c, sents, si, out, ci)
		} else {
			// what decide gives every candidate (victimsByRule): the rules'
			// victims kept, the others read and dropped, so no candidate is
			// built; readVictim's record of each (a source is there when a
			// mention was found)
			ccs := z.victimCountries(c, sents, si)
			for i := range ccs {
				vc := &ccs[i]
				g.victimReads = append(g.victimReads, victimRead{claim: ci, cc: vc.cc, carried: !vc.ok, kept: vc.rule})
				if vc.rule {
					z.keptVictims = append(z.keptVictims, claim.Entity{})
					z.victimEntity(&z.keptVictims[len(z.keptVictims)-1], c, vc)
					victims[ci] = z.keptVictims[vstart:len(z.keptVictims):len(z.keptVictims)]
				}
			}
		}
		for _, v := range vcands {
			v.Claim = ci
			decide(&v)
			addCand(v)
			g.victimReads = readVictim(g.victimReads, ci, v)
			if v.Kept {
				z.keptVictims = append(z.keptVictims, *v.Victim)
				victims[ci] = z.keptVictims[vstart:len(z.keptVictims):len(z.keptVictims)]
				if !v.Rule && v.Source != nil {
					srcs[ci] = append(srcs[ci], fieldSource{claim.SourceVictims, v.Source})
				}
			}
		}
		if !needProposals {
			continue
		}
		for _, x := range z.proposals(c, sents, si, out, props) {
			x.cand.Claim = n + len(props)
			decide(&x.cand)
			addCand(x.cand)
			props = append(props, x.c)
			base = append(base, ci)
			keep = append(keep, x.cand.Kept)
			scored = append(scored, true)
			victims = append(victims, nil)
			prob = append(prob, x.cand.Prob)
			periods = append(periods, nil)
			field := claim.SourceAccused
			if x.cand.Role == model.RoleAccuser {
				field = claim.SourceAccuser
			}
			srcs = append(srcs, []fieldSource{{field, x.cand.Source}})
		}
	}
	dropUnreadCarried(victims, g.victimReads, cands)
	if tr != nil {
		tr.Model = m != nil
		tr.Claims = append(append(tr.Claims, out...), props...)
		tr.Candidates = append(tr.Candidates, cands...)
		tr.Base = append(tr.Base, base...)
	}
	// filter in place: out[j] is written only after out[i >= j] was read
	kept := out[:0]
	for i := 0; i < n+len(props); i++ {
		var c claim.Claim
		if i < n {
			c = out[i]
		} else {
			c = props[i-n]
		}
		if !keep[i] {
			continue
		}
		if scored[i] {
			v := victims[i]
			if base[i] >= 0 {
				v = victims[base[i]]
			}
			// still the pool's (keptVictims, capped): statements copies
			// every claim's victims before the article ends
			c.Victims = v
			b := i
			if base[i] >= 0 {
				b = base[i]
			}
			c.AttackPeriod = periods[b]
			// provenance of what the model added: a copy, so that a proposed
			// claim never writes into its base claim's map
			if len(srcs[i])+len(srcs[b]) > 0 {
				c.Sources = maps.Clone(c.Sources)
				for _, fss := range [2][]fieldSource{srcs[i], srcs[b]} {
					for _, fs := range fss {
						if fs.ev != nil {
							c.SetSource(fs.field, *fs.ev)
						}
					}
				}
			}
			if m != nil {
				c.Confidence = math.Round(prob[i]*100) / 100
			}
		}
		// c.ID: statements gives every claim returned its id
		kept = append(kept, c)
	}
	return kept
}

// reuse returns (*buf)[:n] zeroed, grown when it is too short: the gate's
// per-claim slices are the pool's (issue 11: nine allocations an article).
// *buf keeps the larger array for the next article.
func reuse[T any](buf *[]T, n int) []T {
	s := slices.Grow((*buf)[:0], n)[:n]
	clear(s)
	*buf = s
	return s
}

// features is a candidate's features, in the order they are found (the
// order is part of the training digest).
type features []featID

func (f *features) add(cond bool, id featID) {
	if cond {
		*f = append(*f, id)
	}
}

// where is a sentence near a claim's, named for the features.
type where struct {
	sj   int
	name string
}

// paraNeighbours are the sentences just before and the two after sentence
// si in its paragraph (never the title), where a claim's other fields are
// looked for.
func paraNeighbours(sents []*sentence, si int) []where {
	var out []where
	for _, d := range []where{{-1, "prev"}, {1, "next"}, {2, "next2"}} {
		sj := si + d.sj
		if sj > 0 && sj < len(sents) && sents[sj].sp.para == sents[si].sp.para {
			out = append(out, where{sj, d.name})
		}
	}
	return out
}

// fieldSource is the sentence a field chosen by the model came from.
type fieldSource struct {
	field string
	ev    *claim.Evidence
}

// proposal is a claim the rules did not make, with its candidate.
type proposal struct {
	c    claim.Claim
	cand Candidate
}

// proposals are the claims the model may add around rule claim c: the same
// accuser against another group or organ named in its sentence, the
// sentences beside it or the title; and another accuser of its sentence
// against the same accused. A pair some claim already has is not proposed.
func (z *analyzer) proposals(c *claim.Claim, sents []*sentence, si int, have, props []claim.Claim) []proposal {
	var out []proposal
	exists := func(acc, acd *claim.Entity) bool {
		for i := range have {
			if sameEnt(have[i].Accuser, acc) && sameEnt(have[i].Accused, acd) {
				return true
			}
		}
		for i := range props {
			if sameEnt(props[i].Accuser, acc) && sameEnt(props[i].Accused, acd) {
				return true
			}
		}
		for i := range out {
			if sameEnt(out[i].c.Accuser, acc) && sameEnt(out[i].c.Accused, acd) {
				return true
			}
		}
		return false
	}
	s := sents[si]
	// other accused
	places := append([]where{{si, "sentence"}}, paraNeighbours(sents, si)...)
	if si != 0 && len(sents) > 0 {
		places = append(places, where{0, "title"})
	}
	var seen, seenAcc []claim.Entity // by key: accused, accusers proposed
	seenIn := func(es []claim.Entity, e *claim.Entity) bool {
		return slices.ContainsFunc(es, func(f claim.Entity) bool { return keyEqual(f, *e) })
	}
	for _, p := range places {
		ps := sents[p.sj]
		for _, k := range ps.ms {
			m := &z.ms[k]
			if (m.Entity.Kind != claim.KindGroup && m.Entity.Kind != claim.KindAgency) || !m.accusedOK() {
				continue
			}
			e := z.entity(k)
			if seenIn(seen, &e) || sameEnt(&e, c.Accused) || (c.Accuser != nil && sameEnt(&e, c.Accuser)) {
				continue
			}
			if c.Accuser != nil && c.Accuser.Country != "" && c.Accuser.Country == e.Country && isStateLike(c.Accuser.Kind) {
				continue // a state does not accuse its own organs
			}
			seen = append(seen, e)
			if exists(c.Accuser, &e) {
				continue
			}
			var f features
			f = append(f, whereFeat(p.name), kindFeat(kindFeature, e.Kind), countFeature[bucketIndex(z.countMentions(&e))])
			f.add(c.Accused.Kind == claim.KindState && e.Country == c.Accused.Country, featSponsorMatch)
			f.add(e.Country != "" && c.Accused.Country != "" && e.Country != c.Accused.Country, featSponsorOther)
			f.add(e.Country == "", featNoSponsor)
			f.add(c.Accused.Kind != claim.KindState, featBaseNotState)
			f.add(m.attacker, featAttackerNoun)
			f.add(m.victimHead || m.modifier || m.pp, featTargetShape)
			f.add(containsInt(ps.accused, k), featAccusedRole)
			f.add(containsInt(ps.speakers, k), featSpeaker)
			f.add(ps.denial || ps.denialTerm, featDenialCue)
			f.add(z.background(ps), featBackground)
			f.add(ps.attack, featAttackWords)
			f.add(ps.accusedAna || ps.hasAnaphor, featAnaphorThere)
			f.add(s.strong, featBaseStrong)
			f.add(z.accusedElsewhere(have, &e), featAccusedElsewhere)
			nc := *c
			nc.Accused = &e
			src := &claim.Evidence{Sentence: z.text[ps.sp.start:ps.sp.end], Start: ps.sp.start, End: ps.sp.end}
			out = append(out, proposal{c: nc, cand: Candidate{Role: model.RoleAccused, Accuser: nc.Accuser, Accused: nc.Accused, Source: src, ids: f}})
		}
	}
	// other accusers of the sentence
	ka := z.findMention(s, c.Accuser)
	kd := z.findMention(s, c.Accused)
	for _, k := range s.ms {
		m := &z.ms[k]
		if k == ka || k == kd || !m.accuserOK() {
			continue
		}
		switch m.Entity.Kind {
		case claim.KindState, claim.KindAgency, claim.KindIntergov, claim.KindCompany, claim.KindMedia:
		default:
			continue
		}
		e := z.entity(k)
		if sameEnt(&e, c.Accused) || (c.Accuser != nil && sameEnt(&e, c.Accuser)) || (e.Country != "" && e.Country == c.Accused.Country) {
			continue
		}
		if seenIn(seenAcc, &e) || exists(&e, c.Accused) {
			continue
		}
		seenAcc = append(seenAcc, e)
		var f features
		f = append(f, kindFeat(kindFeature, e.Kind), countFeature[bucketIndex(z.countMentions(&e))])
		f.add(ka >= 0 && z.coordinated(ka, k), featCoordinated)
		f.add(ka < 0, featAccuserNotNamed)
		f.add(kd >= 0 && ka >= 0 && (m.t0 < z.ms[kd].t0) == (z.ms[ka].t0 < z.ms[kd].t0), featSameSide)
		f.add(kd >= 0 && m.t0 > z.ms[kd].t0, featAfterAccused)
		f.add(m.pp, featTargetPrep)
		f.add(m.victimHead || m.modifier || m.pureVictim, featVictimShape)
		f.add(containsInt(s.victims, k), featVictimRole)
		f.add(containsInt(s.speakers, k), featSpeaker)
		f.add(containsInt(s.reportSrc, k), featReportSource)
		f.add(m.loc, featLocation)
		f.add(m.demonym, featDemonym)
		f.add(m.instHead, featInstitution)
		f.add(m.companyHead || m.orgAdj, featCompanyShape)
		f.add(s.strong, featBaseStrong)
		f.add(s.denial || s.denialTerm, featDenialCue)
		nc := *c
		nc.Accuser = &e
		out = append(out, proposal{c: nc, cand: Candidate{Role: model.RoleAccuser, Accuser: nc.Accuser, Accused: nc.Accused, Source: &nc.Evidence, ids: f}})
	}
	return out
}

// sameEnt: the same entity, or two state-like entities of one country.
func sameEnt(a, b *claim.Entity) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return sameKey(a, b) || (a.Country != "" && a.Country == b.Country && isStateLike(a.Kind) && isStateLike(b.Kind))
}

// coordinated reports two mentions joined only by list words and commas.
func (z *analyzer) coordinated(a, b int) bool {
	x, y := &z.ms[a], &z.ms[b]
	if x.t0 > y.t0 {
		x, y = y, x
	}
	for t := x.t1; t < y.t0; t++ {
		if z.tokMent[t] >= 0 {
			if n := z.tokMent[t]; z.ms[n].accuserOK() {
				continue
			}
			return false
		}
		if !z.joiner(t) {
			return false
		}
	}
	return true
}

// accusedElsewhere: some rule claim of the article accuses e.
func (z *analyzer) accusedElsewhere(cs []claim.Claim, e *claim.Entity) bool {
	for i := range cs {
		if cs[i].Accused != nil && sameKey(cs[i].Accused, e) {
			return true
		}
	}
	return false
}

// findMention returns the first mention of sentence s whose entity is e
// (same key; for states and agencies, same country), or -1.
func (z *analyzer) findMention(s *sentence, e *claim.Entity) int {
	if e == nil {
		return -1
	}
	for _, k := range s.ms {
		if matches(&z.ms[k].Entity, e) {
			return k
		}
	}
	return -1
}

func isStateLike(k claim.Kind) bool { return k == claim.KindState || k == claim.KindAgency }

// sameKey is a.Key() == b.Key() without building the keys (the hot path of
// the gate compares every mention with every claim's actors).
func sameKey(a, b *claim.Entity) bool {
	// equal strings first: most comparisons are of a table's own spellings
	return sameString(string(a.Kind), string(b.Kind)) && (sameString(a.Country, b.Country) || strings.EqualFold(a.Country, b.Country)) && (sameString(a.Name, b.Name) || strings.EqualFold(a.Name, b.Name))
}

// matches: e is the entity me, or both are state-like of one country.
func matches(me, e *claim.Entity) bool {
	return sameKey(me, e) || (e.Country != "" && sameString(me.Country, e.Country) && isStateLike(me.Kind) && isStateLike(e.Kind))
}

// sameString is a == b, its first and last bytes compared inline before
// the rest: countMentions compares every mention with each claim's
// actors, mostly different kinds, countries or names of one length
// ("state"/"group", "CN"/"RU"), and each == of two strings of one length
// called runtime.memequal (issue 11). Two equal bytes of a string of two
// (a country code) are the whole of it.
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || a[0] == b[0] && a[len(a)-1] == b[len(a)-1] && (len(a) <= 2 || a == b))
}

// countryNameEN is the normalizer's English name of country cc, asked
// once per article and country (the victim candidates of every claim
// name the same few, and so do the state mentions the entities are made
// of: CountryName trims, upper-cases and normalises its arguments and
// reads a sync.Map, ~850 instructions a call).
func (z *analyzer) countryNameEN(cc string) string {
	for _, n := range z.ccNames {
		if sameString(n.cc, cc) {
			return n.name
		}
	}
	name := z.x.norm.CountryName(cc, "en")
	z.ccNames = append(z.ccNames, ccName{cc, name})
	return name
}

// ccName is a countryNameEN answer.
type ccName struct{ cc, name string }

// countMentions counts the article's mentions of e, up to mentionsCounted:
// every caller reads the count through bucketIndex, whose last bucket is
// "4+", so the scan stops at the fourth match (issue 11: the main actors
// of an article are its most mentioned, and were counted to the end).
func (z *analyzer) countMentions(e *claim.Entity) int {
	if e == nil {
		return 0
	}
	// the features of every candidate ask for the same few entities: the
	// count depends only on their kind, country and name, kept per article
	for _, c := range z.mentionCounts {
		if sameString(string(c.kind), string(e.Kind)) && sameString(c.country, e.Country) && sameString(c.name, e.Name) {
			return c.n
		}
	}
	n := 0
	for k := range z.ms {
		if matches(&z.ms[k].Entity, e) {
			if n++; n == mentionsCounted {
				break
			}
		}
	}
	z.mentionCounts = append(z.mentionCounts, mentionCount{e.Kind, e.Country, e.Name, n})
	return n
}

// mentionCount is a countMentions answer.
type mentionCount struct {
	kind          claim.Kind
	country, name string
	n             int
}

// mentionsCounted is the count from which bucketIndex answers its last
// bucket: countMentions counts no further.
const mentionsCounted = 4

func bucketIndex(n int) int {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return 1
	case n <= 3:
		return 2
	}
	return 3
}

var buckets = [4]string{"0", "1", "2-3", "4+"}

// feature names built once, not per candidate
func bucketNames(prefix string) [4]featID {
	var out [4]featID
	for i, b := range buckets {
		out[i] = feat(prefix + b)
	}
	return out
}

var (
	countFeature   = bucketNames("count=")
	acdCountFeat   = bucketNames("acd_count=")
	accCountFeat   = bucketNames("acc_count=")
	repeatsFeature = bucketNames("pair_repeats=")
	posFeature     = [4]featID{feat("pos=title"), feat("pos=lead"), feat("pos=body"), feat("pos=late")}
	kindFeature    = kindNames("kind=")
	accKindFeature = kindNames("acc_kind=")
	acdKindFeature = kindNames("acd_kind=")
)

// kindFeats is a feature per kind, by kindIndex: an array read where a
// map keyed by the kind string was hashed per candidate (issue 11).
type kindFeats [8]featID

// featKinds are the kinds with a feature of their own after "" (none), in
// the order their features are named.
var featKinds = [...]claim.Kind{claim.KindState, claim.KindAgency, claim.KindIntergov, claim.KindCompany, claim.KindGroup, claim.KindMedia, claim.KindUnknown}

func kindNames(prefix string) *kindFeats {
	out := &kindFeats{feat(prefix + "none")}
	for i, k := range featKinds {
		out[i+1] = feat(prefix + string(k))
	}
	return out
}

// kindIndex is k's index in a kindFeats, -1 for a kind without a feature.
func kindIndex(k claim.Kind) int {
	switch k {
	case "":
		return 0
	case claim.KindState:
		return 1
	case claim.KindAgency:
		return 2
	case claim.KindIntergov:
		return 3
	case claim.KindCompany:
		return 4
	case claim.KindGroup:
		return 5
	case claim.KindMedia:
		return 6
	case claim.KindUnknown:
		return 7
	}
	return -1
}

func kindFeat(m *kindFeats, k claim.Kind) featID {
	if i := kindIndex(k); i >= 0 {
		return m[i]
	}
	return featKindOther
}

// position is the feature index of sentence si's place: title, lead,
// body, late (posFeature).
func position(si int) int {
	switch {
	case si == 0:
		return 0
	case si <= 3:
		return 1
	case si <= 10:
		return 2
	}
	return 3
}

// claimFeatures names what the analysis says about one candidate claim.
func (z *analyzer) claimFeatures(c *claim.Claim, sents []*sentence, si, repeats int, all []claim.Claim, self int) features {
	s := sents[si]
	var f features
	if z.tracing {
		f = make(features, 0, 40)
	} else {
		f = z.claimFeat[:0]
		defer func() { z.claimFeat = f[:0] }()
	}
	accKind := "none"
	var ak claim.Kind
	if c.Accuser != nil {
		accKind, ak = string(c.Accuser.Kind), c.Accuser.Kind
	}
	acdKind := string(c.Accused.Kind)
	f = append(f, kindFeat(accKindFeature, ak), kindFeat(acdKindFeature, c.Accused.Kind), posFeature[position(si)])
	ka, kd := z.findMention(s, c.Accuser), z.findMention(s, c.Accused)
	named := ka >= 0
	f.add(named, featAccNamed)
	f.add(!named && c.Accuser != nil, featAccCarried)
	f.add(kd >= 0, featAcdNamed)
	f.add(kd < 0, featAcdCarried)
	f.add(len(s.speakers) > 0 && ka >= 0 && containsInt(s.speakers, ka), featAccSpeaker)
	f.add(len(s.reportSrc) > 0 && ka >= 0 && containsInt(s.reportSrc, ka), featAccReportSource)
	if ka >= 0 {
		m := &z.ms[ka]
		f.add(m.demonym, featAccDemonym)
		f.add(m.instHead, featAccInstitution)
		f.add(m.companyHead, featAccCompanyHead)
	}
	if kd >= 0 {
		m := &z.ms[kd]
		f.add(m.demonym, featAcdDemonym)
		f.add(m.tie, featAcdTie)
		f.add(m.attacker, featAcdAttacker)
		f.add(m.pp, featAcdAfterTargetPrep)
		f.add(m.victimHead || m.modifier, featAcdVictimShape)
		f.add(ka >= 0 && z.ms[ka].t0 < m.t0, featAccBeforeAcd)
	}
	f.add(s.strong, featStrong)
	f.add(s.cueOnly, featCueOnly)
	f.add(s.frame, featFrame)
	f.add(s.personSubj, featPersonSubject)
	f.add(s.passiveAcc, featPassive)
	f.add(s.hedge != "", featHedge)
	f.add(s.hedgeDelta < 0, featHedgeDown)
	f.add(s.hedgeDelta > 0, featHedgeUp)
	f.add(s.denial || s.denialTerm || len(s.deniers) > 0, featDenialCue)
	f.add(s.attack, featAttackWords)
	f.add(s.cyber, featCyberWords)
	f.add(s.pronoun, featPronounStart)
	f.add(s.hasAnaphor, featAnaphor)
	f.add(s.accusedAna, featAccusedAnaphor)
	f.add(s.eventAna, featEventAnaphor)
	f.add(s.sp.inQuote, featInQuote)
	f.add(s.separate, featSeparate)
	f.add(len(s.victims) > 0, featVictimsInSentence)
	f.add(z.background(s), featBackground)
	f.add(len(s.accused) > 1, featSeveralAccused)
	f.add(len(s.speakers) > 1, featSeveralAccusers)
	if len(sents) > 0 {
		f.add(z.findMention(sents[0], c.Accused) >= 0, featAcdInTitle)
		f.add(c.Accuser != nil && z.findMention(sents[0], c.Accuser) >= 0, featAccInTitle)
	}
	f = append(f, acdCountFeat[bucketIndex(z.countMentions(c.Accused))], accCountFeat[bucketIndex(z.countMentions(c.Accuser))], repeatsFeature[bucketIndex(repeats)])
	// a few conjunctions the rules care about
	f.add(s.strong && named, featStrongAndAccNamed)
	f.add(s.cueOnly && acdKind == "state", featCueOnlyAndAcdState)
	f.add(!named && acdKind == "state", featAccCarriedAndAcdState)
	f.add(accKind == "company" && acdKind == "group", featCompanyAndGroup)
	f.add(accKind == "state" && acdKind == "state", featStateAndState)
	// the accused's country speaks as an accuser in another claim, or is
	// hit in one: a counter-accusation ("…and accused Washington of a
	// smear campaign") or a co-signer read as the accused, which gold
	// sets rarely keep
	if cc := c.Accused.Country; cc != "" {
		f.add(accuserCountryElsewhere(all, self, cc), featAcdAccusesElsewhere)
		f.add(victimElsewhere(all, self, cc), featAcdVictimElsewhere)
	}
	return f
}

// accuserCountryElsewhere: a claim of all other than self (and whose
// accuser is not self's own) has an accuser of country cc.
func accuserCountryElsewhere(all []claim.Claim, self int, cc string) bool {
	own := ""
	if a := all[self].Accuser; a != nil {
		own = a.Country
	}
	for i := range all {
		if a := all[i].Accuser; i != self && a != nil && sameCC(a.Country, cc) && cc != own {
			return true
		}
	}
	return false
}

// victimElsewhere: a claim of all other than self names cc as a victim.
func victimElsewhere(all []claim.Claim, self int, cc string) bool {
	for i := range all {
		if i == self {
			continue
		}
		for _, v := range all[i].Victims {
			if sameCC(v.Country, cc) {
				return true
			}
		}
	}
	return false
}

// accusedElsewhereCC: a claim of all other than self accuses country cc.
func accusedElsewhereCC(all []claim.Claim, self int, cc string) bool {
	for i := range all {
		if d := all[i].Accused; i != self && d != nil && sameCC(d.Country, cc) {
			return true
		}
	}
	return false
}

// sameCC is a == b, two country codes compared byte for byte when both
// have two (the victim features compare cc with every claim's countries:
// string equality called memequal for each, issue 11).
func sameCC(a, b string) bool {
	if len(a) == 2 && len(b) == 2 {
		return a[0] == b[0] && a[1] == b[1]
	}
	return a == b
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// victimCountries is the countries victimCandidates proposes for claim c
// of sentence si, in its order, each with its best mention: the rules'
// victims first, then every other country named in the claim's sentence,
// the sentences beside it in the paragraph and the title. The slice is the
// analyzer's, valid until the next call.
func (z *analyzer) victimCountries(c *claim.Claim, sents []*sentence, si int) []victimCC {
	// the countries in candidate order: the rules' victims first, then the
	// others as first seen; a few, so a slice reused between calls rather
	// than maps
	ccs := z.victimCCs[:0]
	find := func(cc string) int {
		for i := range ccs {
			if sameString(ccs[i].cc, cc) {
				return i
			}
		}
		return -1
	}
	for _, v := range c.Victims {
		if v.Country != "" && find(v.Country) < 0 {
			ccs = append(ccs, victimCC{cc: v.Country, rule: true})
		}
	}
	look := func(sj, rank int) {
		if sj < 0 || sj >= len(sents) {
			return
		}
		for _, k := range sents[sj].ms {
			m := &z.ms[k]
			cc := m.country()
			if cc == "" || m.Entity.Kind == claim.KindGroup || m.Entity.Kind == claim.KindCompany || m.Entity.Kind == claim.KindMedia {
				continue
			}
			if c.Accused != nil && sameString(cc, c.Accused.Country) {
				continue
			}
			i := find(cc)
			if i >= 0 && ccs[i].ok && (ccs[i].rank < rank || (ccs[i].rank == rank && z.victimish(ccs[i].k) >= z.victimish(k))) {
				continue
			}
			if i < 0 {
				ccs = append(ccs, victimCC{cc: cc})
				i = len(ccs) - 1
			}
			ccs[i].ok, ccs[i].k, ccs[i].sent, ccs[i].rank = true, k, sj, rank
		}
	}
	look(si, 0)
	for _, sj := range []int{si - 1, si + 1} {
		if sj >= 0 && sj < len(sents) && sents[sj].sp.para == sents[si].sp.para {
			look(sj, 1)
		}
	}
	if si != 0 {
		look(0, 2)
	}
	z.victimCCs = ccs[:0] // the array, for the next call
	return ccs
}

// victimCandidates proposes the victims of a claim (victimCountries), each
// with features from its best mention.
func (z *analyzer) victimCandidates(c *claim.Claim, sents []*sentence, si int, all []claim.Claim, self int) []Candidate {
	ccs := z.victimCountries(c, sents, si)
	var out []Candidate
	var slab features // the candidates' features in one allocation (each at most victimFeatCap)
	var vs []claim.Entity
	switch {
	case len(ccs) == 0:
	case z.tracing:
		out = make([]Candidate, 0, len(ccs))
		slab = make(features, victimFeatCap*len(ccs))
		vs = make([]claim.Entity, len(ccs))
	default:
		// read once by the gate before the next claim's: the buffers of the
		// last call are reused
		if cap(z.victimFeat) < victimFeatCap*len(ccs) {
			z.victimFeat = make(features, victimFeatCap*len(ccs))
		}
		slab = z.victimFeat[:victimFeatCap*len(ccs)]
		if cap(z.victimEnts) < len(ccs) {
			z.victimEnts = make([]claim.Entity, len(ccs))
		}
		out, vs = z.victimCands[:0], z.victimEnts[:len(ccs)]
		defer func() { z.victimCands = out[:0] }()
	}
	// the sentences the candidates were read in: without a trace, the
	// gate copies the ones it keeps before the article ends, so they go
	// into the article's slab (appended to, never rewritten: a pointer
	// into an array the slab outgrew still reads the same evidence); a
	// trace keeps them, one allocation per call
	var srcs []claim.Evidence
	for i := range ccs {
		if ccs[i].ok {
			if z.tracing {
				srcs = make([]claim.Evidence, 0, len(ccs)-i)
			} else {
				srcs = slices.Grow(z.victimSrcs, len(ccs)-i)
			}
			break
		}
	}
	for i := range ccs {
		vc := &ccs[i]
		var src *claim.Evidence
		if vc.ok {
			s := sents[vc.sent]
			srcs = append(srcs, claim.Evidence{Sentence: z.text[s.sp.start:s.sp.end], Start: s.sp.start, End: s.sp.end})
			src = &srcs[len(srcs)-1]
		}
		f := z.victimFeatures(slab[victimFeatCap*i:victimFeatCap*i:victimFeatCap*i+victimFeatCap], vc, c, sents, all, self)
		v := &vs[i]
		z.victimEntity(v, c, vc)
		out = append(out, Candidate{Role: model.RoleVictim, Victim: v, Source: src, ids: f, Rule: vc.rule, Accuser: c.Accuser, Accused: c.Accused})
	}
	if !z.tracing && srcs != nil {
		z.victimSrcs = srcs
	}
	return out
}

// victimEntity sets *v to the victim of candidate vc of claim c: the
// rules' own entity for its country, else the country by its English name,
// written as its best mention when the entity has no text.
func (z *analyzer) victimEntity(v *claim.Entity, c *claim.Claim, vc *victimCC) {
	*v = claim.Entity{}
	found := false
	for _, rv := range c.Victims {
		if rv.Country == vc.cc {
			*v, found = rv, true
		}
	}
	if !found {
		*v = claim.Entity{Name: z.countryNameEN(vc.cc), Kind: claim.KindState, Country: vc.cc}
	}
	if v.Text == "" && vc.ok {
		v.Text = z.ms[vc.k].Text
	}
}

// victimFeatures writes into f the features of victim candidate vc of
// claim c (all[self]), in the order the model was trained with.
func (z *analyzer) victimFeatures(f features, vc *victimCC, c *claim.Claim, sents []*sentence, all []claim.Claim, self int) features {
	cc := vc.cc
	f.add(vc.rule, featRule)
	if !vc.ok {
		f = append(f, featWhereNone)
	} else {
		f = append(f, whereRank[vc.rank])
		m := &z.ms[vc.k]
		s := sents[vc.sent]
		f.add(m.pp, featTargetPrep)
		f.add(m.victimHead, featVictimHead)
		f.add(m.pureVictim, featPureVictim)
		f.add(m.postTarget, featPostTarget)
		f.add(m.modifier, featModifier)
		f.add(m.demonym, featDemonym)
		f.add(m.instHead, featInstitution)
		f.add(m.tie, featTie)
		f.add(m.attacker, featAttackerNoun)
		f.add(m.loc, featLocation)
		f.add(m.neg, featNegated)
		f.add(m.Entity.Kind == claim.KindAgency, featOrgan)
		f.add(s.attack, featAttackWords)
		f.add(z.background(s), featBackground)
		f.add(containsInt(s.speakers, vc.k), featSpeaker)
		f.add(containsInt(s.accused, vc.k), featAccusedRole)
		f.add(containsInt(s.victims, vc.k), featVictimRole)
	}
	own := c.Accuser != nil && c.Accuser.Country == cc
	f.add(own, featAccuserCountry)
	// the rules add the accuser's own country only on a self-victim cue
	// ("its federal agencies", « notre pays »): a different thing from
	// the accuser merely being named
	f.add(own && vc.rule, featRuleAndAccuserCountry)
	f.add(!vc.ok && vc.rule, featRuleAndCarried)
	// another claim's accuser or accused: a co-signer of the statement
	// or the other side of a counter-accusation, rarely the one hit
	f.add(!own && accuserCountryElsewhere(all, self, cc), featAccuserElsewhere)
	f.add(accusedElsewhereCC(all, self, cc), featAccusedElsewhere)
	f = append(f, countFeature[bucketIndex(z.countCountry(cc))])
	return f
}

// victimCC is a country victimCandidates proposes, with its best mention.
type victimCC struct {
	cc   string
	rule bool // among the rules' victims
	ok   bool // a mention was found: k, sent, rank
	k    int  // best mention
	sent int  // its sentence
	rank int  // 0 claim sentence, 1 neighbour, 2 title
}

// whereRank names a victim's best mention by its rank, built once rather
// than per candidate.
var whereRank = [...]featID{featWhereSentence, featWhereNeighbour, featWhereTitle}

// periodCandidates proposes the attack period of a claim: the rules' own
// (from its sentence), and the period the date rules read in the sentences
// beside it in the paragraph and in other sentences that name its accused
// ("The campaign, which began in 2019, …").
func (z *analyzer) periodCandidates(c *claim.Claim, sents []*sentence, si int, pub claim.Date, want bool) []Candidate {
	if !want {
		return nil
	}
	var out []Candidate
	seen := map[claim.Period]bool{}
	addCand := func(sj int, where string, p *claim.Period, rule bool) {
		if p.IsZero() || seen[*p] {
			return
		}
		seen[*p] = true
		ps := sents[sj]
		f := make(features, 0, 16)
		f = append(f, whereFeat(where))
		f.add(rule, featRule)
		f.add(z.findMention(ps, c.Accused) >= 0, featAccusedThere)
		f.add(ps.attack, featAttackWords)
		f.add(ps.cyber, featCyberWords)
		f.add(z.background(ps), featBackground)
		f.add(ps.denial || ps.denialTerm, featDenialCue)
		f.add(ps.pronoun || ps.accusedAna || ps.hasAnaphor, featAnaphorThere)
		f.add(ps.separate, featSeparate)
		f.add(p.Start != "" && p.End != "" && p.Start != p.End, featRange)
		f.add(p.End == "", featOpenEnd)
		f.add(p.Start == "", featOpenStart)
		f = append(f, ageFeature(p, pub))
		f.add(len(out) > 0 && out[0].Rule, featRuleHasOne)
		ev := &claim.Evidence{Sentence: z.text[ps.sp.start:ps.sp.end], Start: ps.sp.start, End: ps.sp.end}
		out = append(out, Candidate{Role: model.RolePeriod, Accuser: c.Accuser, Accused: c.Accused, Period: p, Source: ev, ids: f, Rule: rule})
	}
	if !c.AttackPeriod.IsZero() {
		addCand(si, "sentence", c.AttackPeriod, true)
	}
	for _, n := range paraNeighbours(sents, si) {
		addCand(n.sj, n.name, z.x.sentencePeriod(z, sents[n.sj], z.text, z.lx.lang, pub), false)
	}
	n := 0
	for sj := range sents {
		if sj == si || n >= 6 || z.findMention(sents[sj], c.Accused) < 0 {
			continue
		}
		n++
		addCand(sj, "names_accused", z.x.sentencePeriod(z, sents[sj], z.text, z.lx.lang, pub), false)
	}
	return out
}

// ageFeature says how long before publication the period ends.
func ageFeature(p *claim.Period, pub claim.Date) featID {
	end := p.End
	if end == "" {
		end = p.Start
	}
	if pub == "" || end == "" {
		return featAgeUnknown
	}
	d := pub.Year() - end.Year()
	switch {
	case d < 0:
		return featAgeFuture
	case d == 0:
		return featAge0
	case d <= 2:
		return featAge1to2
	case d <= 5:
		return featAge3to5
	}
	return featAge6plus
}

// victimish ranks a mention's look as a victim, to pick the best of several.
func (z *analyzer) victimish(k int) int {
	if k < 0 {
		return -1
	}
	m := &z.ms[k]
	n := 0
	for _, b := range []bool{m.pp, m.victimHead, m.pureVictim, m.postTarget, m.modifier} {
		if b {
			n++
		}
	}
	return n
}

// countCountry counts the article's mentions of a country, from a table
// built once per article.
func (z *analyzer) countCountry(cc string) int {
	// counted on first use, into the pool's list (extract), empty when an
	// article starts: a scan of the article's few countries, where a map
	// hashed every mention's country and every question (issue 11)
	if !z.ccCounted {
		z.ccCounted = true
		l := z.ccCounts[:0]
	mentions:
		for k := range z.ms {
			c := z.ms[k].country()
			if c == "" {
				continue
			}
			for i := range l {
				if l[i].cc == c {
					l[i].n++
					continue mentions
				}
			}
			l = append(l, ccCount{c, 1})
		}
		z.ccCounts = l
	}
	for i := range z.ccCounts {
		if z.ccCounts[i].cc == cc {
			return z.ccCounts[i].n
		}
	}
	return 0
}

// ccCount is the number of the article's mentions of one country.
type ccCount struct {
	cc string
	n  int
}

// background is mentionsPrevious, once per sentence.
func (z *analyzer) background(s *sentence) bool {
	if s.bg == 0 {
		s.bg = 1
		if z.mentionsPrevious(s) {
			s.bg = 2
		}
	}
	return s.bg == 2
}

// Describe formats a candidate on one line for explain.
func (c Candidate) Describe() string {
	var b strings.Builder
	switch c.Role {
	case model.RoleClaim:
		acc := "(none)"
		if c.Accuser != nil {
			acc = c.Accuser.Name
		}
		fmt.Fprintf(&b, "claim   %s → %s", acc, c.Accused.Name)
	case model.RoleVictim:
		fmt.Fprintf(&b, "victim  %s (%s)", c.Victim.Name, c.Victim.Country)
	case model.RolePeriod:
		fmt.Fprintf(&b, "period  %s–%s", c.Period.Start, c.Period.End)
	case model.RoleAccused, model.RoleAccuser:
		acc := "(none)"
		if c.Accuser != nil {
			acc = c.Accuser.Name
		}
		fmt.Fprintf(&b, "%-7s %s → %s (proposed)", c.Role, acc, c.Accused.Name)
	}
	fmt.Fprintf(&b, "  p=%.2f kept=%t rule=%t", c.Prob, c.Kept, c.Rule)
	return b.String()
}

// victimFeatCap bounds a victim candidate's features (25 today): each
// gets that much of one slab.
const victimFeatCap = 28
