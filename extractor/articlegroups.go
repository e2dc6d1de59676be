package extractor

import (
	"slices"

	"github.com/claimwire/claimwire/claim"
)

// articleGroups gives the claims of an article the threat groups it names
// outside their evidence sentences: in an article that reports an
// attribution, a named group is that attribution's actor ("The campaign,
// run by a group tracked as UNC3886, …" a sentence after "Google blamed
// China-linked hackers"; the group in the title above "The FBI blamed
// Beijing"). Each such group becomes the accused of a copy of the claims
// of the nearest claim sentence (the one before it first), with its own
// sentence recorded as the accused's source. Groups the article names only
// to deny, to situate another group ("a subgroup of APT10"), as a speaker
// or as a victim, and groups in sentences that recall an earlier campaign
// or tell another story, and groups given as examples of a kind ("fronts
// such as XakNet and Solntsepek", « plusieurs unités, dont Lazarus et
// Andariel »), groups that claim an operation themselves ("Killnet
// claimed the attacks", « revendiquée par NoName057(16) »: the attacker's
// word, not an accusation), groups the text calls another actor's front
// (frontGroup), groups whose property a police action took ("police
// seized servers belonging to LockBit", takedownTarget), masks an attack
// was claimed under ("a so-called CyberCaliphate", persona) and groups
// named as a tool's known user ("tools previously linked to Sandworm",
// toolUser), names of tools (« la porte dérobée
// CloudSorcerer », toolNamed) and spyware makers (nonOperatorEntity) are
// left out. claimSent[i] is the sentence of out[i]; both are returned
// extended.
func (z *analyzer) articleGroups(sents []*sentence, out []claim.Claim, claimSent []int) ([]claim.Claim, []int) {
	if len(out) == 0 {
		return out, claimSent
	}
	have := func(e claim.Entity) bool {
		for i := range out {
			if out[i].Accused != nil && (keyEqualP(out[i].Accused, &e) || out[i].Accused.Name == e.Name) {
				return true
			}
		}
		return false
	}
	for si, s := range sents {
		if s.denial || s.denialTerm || s.separate || s.habitual || s.cleared || s.speculative && len(s.speakers) == 0 || s.former {
			// (a former official's remark names no group for anyone: "A
			// former intelligence official said the tradecraft could fit a
			// crew the industry tracks as Silk Typhoon")
			continue
		}
		for _, k := range s.ms {
			m := &z.ms[k]
			// a state organ beside an attacker or tie word ("officers of
			// Russia's FSB", « des pirates du GRU ») is an actor too
			organ := m.Entity.Kind == claim.KindAgency && (m.attacker || m.tie || z.sponsorOrgan(s, k, have))
			if (m.Entity.Kind != claim.KindGroup && !organ) || !m.accusedOK() || m.modifier {
				continue
			}
			if slices.Contains(s.speakers, k) || slices.Contains(s.deniers, k) || slices.Contains(s.victims, k) || z.relatedGroup(s, k) || z.renamedGroup(k) || z.takedownTarget(s, k, s.t1) || z.persona(m, s.t0) {
				continue
			}
			if z.exampleListed(m.t0, s.t0) || z.compared(k, s.t0) || z.yardstickSubject(sents, si) || z.frontGroup(k, s) || z.toolNamed(m, s.t0, s.t1) || z.toolLeaker(m, s.t0) || z.namedNotAccused(s, k) || z.negatedBefore(m.t0, s.t0) {
				continue
			}
			e := z.entity(k)
			if have(e) || z.lx.nonOperatorEntity(&e) {
				// a spyware maker or product names the tool, not the actor
				continue
			}
			ci := nearestClaimSentence(claimSent, out, si)
			if ci < 0 {
				continue
			}
			ev := z.evidence(s)
			var seen []*claim.Entity // accusers given the group (nil: none named)
			n := len(out)
			for i := 0; i < n; i++ {
				if claimSent[i] != ci || out[i].Stance != claim.StanceAccusation {
					continue
				}
				// a group of another sponsor state than the one accused
				// ("Lazarus hackers hit banks in Chile" below "blamed
				// Russia's GRU") tells another story
				if a := out[i].Accused; a != nil && a.Country != "" && e.Country != "" && a.Country != e.Country {
					continue
				}
				if slices.ContainsFunc(seen, func(a *claim.Entity) bool { return keyEqualPtr(a, out[i].Accuser) }) {
					continue
				}
				seen = append(seen, out[i].Accuser)
				c := out[i]
				c.Victims = slices.Clone(out[i].Victims)
				g := e
				c.Accused = &g
				c.Sources = nil
				for f, src := range out[i].Sources {
					if f != claim.SourceAccused {
						c.SetSource(f, src)
					}
				}
				if si != ci {
					c.SetSource(claim.SourceAccused, ev)
				}
				if z.tracing {
					c.ID = claim.ComputeID(&c) // see tracing
				}
				out = append(out, c)
				claimSent = append(claimSent, ci)
			}
		}
	}
	return out, claimSent
}

// yardstickSubject reports a sentence opening with a name that one of the
// two sentences before it gave as a yardstick ("… blamed a pro-Russian
// collective for the outage, the worst since NotPetya. NotPetya was
// unleashed by Sandworm in 2017."): it tells the yardstick's story, and
// the groups it names are not the accused of the incident.
func (z *analyzer) yardstickSubject(sents []*sentence, si int) bool {
	s := sents[si]
	if s.t0 >= s.t1 || !z.toks[s.t0].word || !z.toks[s.t0].upper || z.tokMent[s.t0] >= 0 {
		return false // (a name the normaliser knows, "Sandworm", is an actor, not a yardstick)
	}
	name := z.w(s.t0)
	for p := max(si-2, 0); p < si; p++ {
		q := sents[p]
		for e := q.t0 + 1; e < q.t1; e++ {
			if z.w(e) == name && z.comparisonEndsAt(e, q.t0) {
				return true
			}
		}
	}
	return false
}

// nearestClaimSentence returns the sentence index of the accusation claim
// nearest to sentence si, the one before it on a tie, or -1.
func nearestClaimSentence(claimSent []int, out []claim.Claim, si int) int {
	best := -1
	for i, cj := range claimSent {
		if out[i].Stance != claim.StanceAccusation {
			continue
		}
		if best < 0 || abs(si-cj) < abs(si-best) || (abs(si-cj) == abs(si-best) && cj < best) {
			best = cj
		}
	}
	return best
}

// exampleListed reports a mention at token t0 inside a list opened by an
// example marker ("hacktivist personas such as XakNet and Solntsepek",
// « des façades, notamment X et Y »): the names illustrate a kind, they are
// not the actor of the incident.
func (z *analyzer) exampleListed(t0, a int) bool {
	e := t0
	for n := 0; e > a && n < 12; n++ {
		for _, ws := range z.lx.exampleMarkers {
			if !z.is(e-1, clsPhraseLast) {
				break // no marker ends at e (issue 11)
			}
			if z.phraseEndsAt(ws, e) {
				return true
			}
		}
		p := e - 1
		// a capitalised name the tables do not know, after a joiner, a
		// name or a marker, is one more example: "rival brands such as
		// Akira and Black Basta"
		unknownName := z.toks[p].word && z.toks[p].upper && p > a && (z.joiner(p-1) || z.tokMent[p-1] >= 0 || z.is(p-1, clsPhraseLast))
		if !z.joiner(p) && z.tokMent[p] < 0 && !unknownName {
			return false
		}
		e = p
	}
	return false
}

// selfClaimed reports a group mention k that is the subject or the agent
// of a self-claim in sentence s ("Killnet claimed responsibility", « Le
// groupe Predatory Sparrow, présenté comme pro-israélien, a revendiqué »,
// « L'attaque a été revendiquée sur Telegram par NoName057(16) »).
func (z *analyzer) selfClaimed(k int, s *sentence) bool {
	group := func(m *ment) bool { return m.Entity.Kind == claim.KindGroup }
	// the subject is searched among speakers too: "Volt Typhoon, US
	// officials claimed, …" is the officials' claim
	actor := func(m *ment) bool { return group(m) || m.accuserOK() }
	// the subject found may be another name of the same group, written
	// after it ("Predatory Sparrow, or Gonjeshke Darande in Persian,
	// claimed responsibility"): the group is compared, not the mention
	e := z.entity(k)
	named := func(ids []int) bool {
		return slices.ContainsFunc(ids, func(id int) bool { return id == k || keyEqual(z.entity(id), e) })
	}
	for t := s.t0; t < s.t1; t++ {
		if !z.is(t, clsPhraseFirst) {
			continue // selfClaimsAt's own first test, without the call (issue 11)
		}
		if z.selfClaimsAt(t, s.t1, func(n int) bool {
			return z.ms[k].t1 <= t && named(z.leftSubject(t, s.t0, actor).ids) ||
				z.ms[k].t0 >= t+n && slices.Contains(z.afterAgent(t+n, s.t1, group), k) ||
				z.ms[k].t0 >= t+n && z.namedAgent(t+n, k) ||
				// « revendiquées par le groupe Predatory Sparrow », "claimed by
				// the hacktivist group X": an attacker noun before the name
				z.ms[k].t0 >= t+n && z.agentHead(t+n, k)
		}) {
			return true
		}
	}
	return false
}

// agentHead reports group k named right after the agent preposition at j
// (or j+1) and a short head of lower-case words, one an attacker noun: «
// par le groupe Predatory Sparrow », "by the hacktivist group X".
func (z *analyzer) agentHead(j, k int) bool {
	m := &z.ms[k]
	// the agent may follow a short place of the claim: « revendiquée sur
	// une messagerie chiffrée par un collectif… », "claimed on Telegram by"
	for t := j; t <= j+4 && t < m.t0; t++ {
		if !z.has(catAgentPrep, t) {
			if z.boundary(t) || z.w(t) == "," {
				return false
			}
			continue
		}
		// the head may stand in apposition, a comma before the name: "by a
		// previously unknown group, DarkBit", « par un collectif inconnu
		// jusque-là, DarkBit »
		appos := m.t0-1 > t && z.w(m.t0-1) == ","
		if m.t0-t-1 > 4 && !(appos && m.t0-t-1 <= 8) {
			return false
		}
		head := z.is(m.t0, clsAttacker) // the name may open with its head (« groupe X »)
		for u := t + 1; u < m.t0; u++ {
			if appos && (u == m.t0-1 || z.w(u) == "-") {
				continue
			}
			if !z.toks[u].word || z.toks[u].upper || z.tokMent[u] >= 0 {
				return false
			}
			head = head || z.is(u, clsAttacker)
		}
		return head
	}
	return false
}

// selfClaimsAt calls f with the length of each self-claim phrase ("claimed
// responsibility for", « a revendiqué ») that starts at token t and ends by
// end, and reports true at the first call that does.
func (z *analyzer) selfClaimsAt(t, end int, f func(n int) bool) bool {
	if !z.is(t, clsPhraseFirst) {
		return false // no phrase starts here: one bit, not a compare per phrase (issue 11)
	}
	// the phrases that may start with t's word, in the list's order
	for _, n := range z.lx.selfClaimSet.candidates(z.w(t)) {
		if ws := z.lx.selfClaims[n]; t+len(ws) <= end && z.wordsAt(t, ws) && f(len(ws)) {
			return true
		}
	}
	return false
}

// namedAgent reports group mention k as the agent after token j given by
// the name it goes by: "claimed by a group calling itself HomeLand
// Justice", « revendiquée par un collectif se faisant appeler X ». Between
// the agent preposition (at j or j+1) and the name cue stand only articles,
// attacker nouns, tie words and demonyms ("a pro-Iranian hacker group").
func (z *analyzer) namedAgent(j, k int) bool {
	m := &z.ms[k]
	cue := -1
	for _, ws := range z.lx.groupNameCues {
		e := m.t0
		if e > 0 && z.is(e-1, clsArticles) {
			e--
		}
		if z.phraseEndsAt(ws, e) {
			cue = e - len(ws)
			break
		}
	}
	if cue < 0 {
		return false
	}
	for t := j; t <= j+1 && t < cue; t++ {
		if !z.has(catAgentPrep, t) {
			continue
		}
		for u := t + 1; u < cue; u++ {
			if q := z.tokMent[u]; q >= 0 && z.ms[q].isState() {
				continue
			}
			if !z.is(u, clsArticles) && !z.is(u, clsAttacker) && !z.is(u, clsTie) {
				return false
			}
		}
		return t+1 < cue
	}
	return false
}

// frontGroup reports a group mention k that sentence s calls another
// actor's front: a front noun after it and an indefinite article, only a
// comma or a copula before them ("Solntsepek is a front used by
// Sandworm", « X, une façade du GRU »), or a front cue ending within
// eight words before it (« accusé l'ICEFCOM de se cacher derrière un groupe
// se faisant appeler « Anonymous 64 » »).
func (z *analyzer) frontGroup(k int, s *sentence) bool {
	m := &z.ms[k]
	// only a comma, a copula and an indefinite article between: "X is a
	// front", « X, une façade », not "X, on the front line"; restrictive
	// words do not count ("is only a front", « n'est qu'une façade »)
	for t, n := m.t1, 0; t < s.t1 && n <= 3 && t <= m.t1+8; t++ {
		if z.tokMent[t] >= 0 {
			break
		}
		if z.lx.restrictive[z.w(t)] {
			continue
		}
		if !(z.w(t) == "," || z.is(t, clsPassiveAux) || z.is(t, clsIndefinite)) {
			break
		}
		n++
		if !z.is(t, clsIndefinite) {
			continue
		}
		for _, ws := range z.lx.frontNouns {
			if t+1+len(ws) <= s.t1 && z.wordsAt(t+1, ws) {
				return true
			}
		}
	}
	for e := m.t0; e > s.t0 && e >= m.t0-8; e-- {
		if z.is(e-1, clsPhraseLast) && z.phraseSetEndsAt(z.lx.frontCues, &z.lx.frontCueSet, e, 0) {
			return true // (no cue ends at e without the bit, issue 11)
		}
		if z.tokMent[e-1] >= 0 || z.hardStop(e-1) && !isQuote(z.w(e-1)) {
			break
		}
	}
	return false
}

// sponsorOrgan reports a state organ k named in a sentence beside an
// accused group of its own country ("Sandworm … is run by Russia's
// military intelligence agency, the GRU", « Kimsuky dépend du Bureau
// général de reconnaissance »): the organ running or backing the accused
// group is accused with it (SCHEMA: "APT40 accused as MSS-backed"). An
// organ of another state, one beside no accused group or one tied to a
// tool the group used is not.
func (z *analyzer) sponsorOrgan(s *sentence, k int, have func(claim.Entity) bool) bool {
	cc := z.ms[k].Entity.Country
	if cc == "" {
		return false
	}
	for _, g := range s.ms {
		if g == k {
			continue
		}
		gm := &z.ms[g]
		// the group comes first, the organ in its predicate: the organ
		// before it is the sentence's speaker (« Le CVERC a publié un
		// rapport consacré à Volt Typhoon »)
		if gm.Entity.Kind == claim.KindGroup && gm.Entity.Country == cc && gm.t1 <= z.ms[k].t0 && have(z.entity(g)) && !z.toolBetween(gm, &z.ms[k]) {
			return true
		}
	}
	return false
}

// toolBetween reports a tool noun between mention a and the later b ("RedEcho used
// ShadowPad, a tool it associates with the MSS"): the organ is tied to
// the tool, not to the group.
func (z *analyzer) toolBetween(a, b *ment) bool {
	for t := a.t1; t < b.t0; t++ {
		if z.is(t, clsToolNouns) {
			return true
		}
	}
	return false
}

// persona reports a group name qualified as a mask right before it, past
// quotes ("a so-called \"CyberCaliphate\"", « un prétendu « CyberCaliphate » »):
// the name an attack was claimed under.
func (z *analyzer) persona(m *ment, a int) bool {
	for t := m.t0 - 1; t >= a && t >= m.t0-3; t-- {
		if z.is2(t, cls2Persona) {
			return true
		}
		if !isQuote(z.w(t)) {
			return false
		}
	}
	return false
}

// negatedBefore reports a negation in the clause before token i, within six
// words: "Paris said nothing about Sandworm", « n'a rien dit de Sandworm, …,
// ni de l'unité 29155 »: a group named under a negation is one the text
// says no one accused.
func (z *analyzer) negatedBefore(i, a int) bool {
	for t := i - 1; t >= a && t >= i-6; t-- {
		if z.is(t, clsNegWords) || z.is(t, clsNegClitics) || z.has(catNegation, t) && z.w(t) != "," {
			return true
		}
		if z.boundary(t) || z.w(t) == "," && !z.has(catNegation, t+1) {
			return false
		}
	}
	return false
}
