package extractor

import (
	"slices"
	"strings"

	"github.com/claimwire/claimwire/claim"
)

// analyze finds the frames and roles of the sentence sp (tokens [a, b)).
// s is where to write it (extract's slab of the article's sentences).
func (z *analyzer) analyze(s *sentence, sp span, a, b int) *sentence {
	// cleared in place and then set: a composite literal was built on the
	// stack and copied over with its write barrier (issue 11)
	*s = sentence{}
	s.sp, s.t0, s.t1 = sp, a, b
	// the sentence's classes and categories, and its mentions (s.ms, cut
	// from a per-article arena, capacity capped so that an append to one
	// never writes into the next sentence's), in one pass over its tokens
	var cls uint64
	var cats uint32
	// (the token tables and the arena in locals: the compiler keeps them
	// in registers, where it read z's fields again at every token)
	info, tokMent, arena := z.info[a:b], z.tokMent[a:b], z.msArena
	n := len(arena)
	for t := range info {
		cls, cats = cls|info[t].cls, cats|info[t].cats
		if k := tokMent[t]; k >= 0 && (len(arena) == n || arena[len(arena)-1] != k) {
			arena = append(arena, k)
		}
	}
	if z.msArena = arena; len(arena) > n {
		s.ms = arena[n:len(arena):len(arena)]
	}
	s.cls, s.cats, z.curCls, z.curMatchCats = cls, cats, cls, ^uint32(0)
	lx := z.lx
	z.cur = lx.matchAll(z.toks, z.info, a, b, z.cur[:0])
	if z.neg != nil {
		z.neg.newList() // negatedAt's answers were for the last list
	}
	// "blamed China for attacks on US firms": the gapped phrase "blamed * on"
	// is no match there; the verb alone says who is blamed
	z.cur = slices.DeleteFunc(z.cur, func(mt match) bool { return mt.cat == catAttribute && z.objectInGap(mt) })
	if cls&(1<<clsRelatives) != 0 && z.relativeGapMatches(a, b) {
		slices.SortStableFunc(z.cur, func(x, y match) int { return x.i - y.i })
	}
	z.targetThenAccused(b)
	// ", an intrusion discovered in 2021", "a campaign first reported by
	// Reuters": a word of saying right after an attack noun (one adverb
	// between at most) is its participle; « , comme l'a révélé Der
	// Spiegel » credits a relay. Neither reports anything: the sentence's
	// speaker stays the one before it
	z.cur = slices.DeleteFunc(z.cur, func(mt match) bool {
		return mt.cat == catReport && (mt.j == mt.i+1 && z.afterAttackNoun(mt.i, a) || z.asRelayed(mt.i, a)) ||
			mt.cat == catAttackNoun && mt.j == mt.i+1 && !z.has(catAttackNoun, mt.i) || // a physical attack (unarmPhysical)
			// « cette attaque à Israël », "the hack": a word that is also an
			// attack noun, after a determiner, is the noun, not the verb
			// (« Moscou attaque », "hackers hack")
			mt.cat == catAttackVerb && mt.j == mt.i+1 && mt.i > a && z.has(catAttackNoun, mt.i) && z.is2(mt.i-1, cls2AdjDeterminers)
	})
	if z.initialSource(a, b) {
		z.cur = append([]match{{i: a, j: a + 1, cat: catSource}}, z.cur...)
	}
	// « Le renseignement russe, a poursuivi le ministre, est derrière… »:
	// an accusation verb in an incise (after a comma, its subject after it
	// and closed by a comma) is a saying verb ("continued"), not an
	// accusation of the name after it
	for n := range z.cur {
		if mt := &z.cur[n]; mt.cat == catAccuse && z.incise(mt.i, mt.j, a, b) {
			mt.cat = catReport
		}
	}
	// s.matches is cut from a per-article arena, as s.ms
	if len(z.cur) > 0 {
		n := len(z.matchArena)
		z.matchArena = append(z.matchArena, z.cur...)
		s.matches = z.matchArena[n:len(z.matchArena):len(z.matchArena)]
	}
	for _, mt := range s.matches {
		s.matchCats |= 1 << mt.cat
	}
	z.curMatchCats = s.matchCats // z.cur holds s.matches from here on
	for n, k := range s.ms {
		z.tagMention(k, a, b)
		// a list after a victim preposition shares it: "in the United States, Austria and Canada"
		if n > 0 && !z.ms[k].pp {
			p := &z.ms[s.ms[n-1]]
			if p.pp && p.isState() && z.ms[k].isState() && !z.ms[k].demonym {
				gap := true
				for t := p.t1; t < z.ms[k].t0; t++ {
					if !z.joiner(t) {
						gap = false
						break
					}
				}
				z.ms[k].pp = gap
			}
		}
	}
	// "its Canadian and New Zealand counterparts", « ses homologues canadien
	// et néo-zélandais »: coordinated demonyms share the institution head
	// written once, after the last (English) or before the first (French);
	// a list of three or more passes it along, so the pairs are walked
	// from the last back, then from the first on ("German, French and
	// Italian officials": German, two pairs from the head, lost it)
	for pairs, i := len(s.ms)-1, 0; i < 2*pairs; i++ {
		n := pairs - 1 - i
		if i >= pairs {
			n = i - pairs
		}
		m, nx := &z.ms[s.ms[n]], &z.ms[s.ms[n+1]]
		// ("New Zealand" is a name used as an adjective there)
		if !m.isState() || !nx.isState() || !(m.demonym || nx.demonym) || m.instHead == nx.instHead || m.companyHead || nx.companyHead ||
			m.pp || nx.pp || m.postTarget || nx.postTarget { // targets (« contre des diplomates espagnols et portugais ») keep their roles
			continue
		}
		if z.listedNext(m, nx) {
			m.instHead, nx.instHead = true, true
		}
	}
	// "the phones of Israeli, Syrian and Chinese diplomats": coordinated
	// demonyms share the victim noun written once (after the last in
	// English, before the first in French), walking back from the one
	// that has it
	for n := len(s.ms) - 1; n > 0; n-- {
		nx, m := &z.ms[s.ms[n]], &z.ms[s.ms[n-1]]
		if !m.demonym || !nx.demonym || !m.isState() || !nx.isState() || !nx.victimHead || m.victimHead || m.instHead && !nx.instHead || m.attacker || m.tie || m.companyHead {
			continue
		}
		if z.listedNext(m, nx) {
			m.victimHead, m.pureVictim, m.pp, m.postTarget = true, nx.pureVictim, nx.pp, nx.postTarget
		}
	}
	// "China's Ministry of State Security": the state is part of the organ's name
	for n, k := range s.ms {
		m := &z.ms[k]
		if m.Entity.Kind == claim.KindCompany && n+1 < len(s.ms) {
			// "Google's Mandiant": the unit owned speaks, not its owner
			if nx := &z.ms[s.ms[n+1]]; nx.Entity.Kind == claim.KindCompany && nx.t0 == m.t1+1 && z.w(m.t1) == "'s" {
				m.absorbed = true
			}
			continue
		}
		if !m.isState() || n+1 >= len(s.ms) {
			continue
		}
		nx := &z.ms[s.ms[n+1]]
		if nx.Entity.Kind == claim.KindCompany && nx.t0 == m.t1+1 && z.w(m.t1) == "'s" && !m.demonym {
			// "Israel's Check Point said", "Denmark's SektorCERT": the
			// firm's country, the firm speaks
			m.absorbed = true
			continue
		}
		if nx.country() == m.country() && nx.Entity.Kind != claim.KindState && nx.t0-m.t1 <= 2 {
			gapOK := true
			for t := m.t1; t < nx.t0; t++ {
				if !z.is2(t, cls2StateLinks) {
					gapOK = false
				}
			}
			m.absorbed = gapOK
		}
		// "Germany's foreign office", "Japan's defence ministry": a generic
		// organ name the table gives to another country is the possessor's
		if nx.Entity.Kind == claim.KindAgency && nx.country() != "" && nx.country() != m.country() && !m.demonym &&
			nx.t0 == m.t1+1 && z.w(m.t1) == "'s" {
			nx.absorbed = true
		}
		// "the Swiss NCSC": a nationality right before such a name makes
		// the organ that country's own (several states name a centre so)
		if nx.Entity.Kind == claim.KindAgency && nx.country() != "" && nx.country() != m.country() && m.demonym && nx.t0 == m.t1 {
			nx.Entity.Country, m.absorbed = m.country(), true
		}
	}
	// « le NCSC suisse »: a nationality right after it
	for n := 0; n+1 < len(s.ms); n++ {
		m, nx := &z.ms[s.ms[n]], &z.ms[s.ms[n+1]]
		if m.Entity.Kind == claim.KindAgency && m.country() != "" && nx.demonym && nx.isState() && nx.country() != m.country() && nx.t0 == m.t1 {
			m.Entity.Country, nx.absorbed = nx.country(), true
		}
	}
	// first word: pronoun? Past a date that opens the sentence too: "On 9
	// August it reported that…", « Le 12 janvier, il a accusé… » (the
	// pronoun is the subject, whose antecedent speaks)
	if t := z.firstWord(a, b); t >= 0 {
		s.pronoun, s.pronounTok = z.has(catPronoun, t) && z.tokMent[t] < 0, t
		if !s.pronoun && z.tokMent[t] < 0 && z.pronounWithin(t+1, b, 6) {
			if u := z.dateEnd(s, t, b, len(z.w(t)) <= 3); u > t && u < b {
				if z.w(u) == "," && u+1 < b {
					u++
				}
				s.pronoun = z.has(catPronoun, u) && z.tokMent[u] < 0
				if s.pronoun {
					s.pronounTok = u
				}
			}
		}
	}
	for _, t := range z.physical {
		s.physical = s.physical || t >= a && t < b
	}
	for t := a; t < b; t++ {
		// z.cyber(t), written out: the compiler calls it here, once per
		// token of most sentences (those with no cyber word)
		if c := z.cyb[t]; c == 2 || c == 0 && z.cyberOf(t) {
			if z.negatedAt(t, a) {
				// « ces sanctions ne concernent pas le domaine cyber »: a
				// denied cyber word sets no cyber context
				continue
			}
			s.cyber = true
			break
		}
	}
	for _, k := range s.ms {
		// a named threat group or a state organ beside an attack is cyber context
		if kd := z.ms[k].Entity.Kind; kd == claim.KindGroup {
			s.cyber = true
		} else if kd == claim.KindAgency {
			for t := a; t < b; t++ {
				if z.has(catAttackNoun, t) && len(z.w(t)) > 4 {
					s.cyber = true
				}
			}
		}
	}

	accOK := func(m *ment) bool { return m.accuserOK() }
	isMedia := func(m *ment) bool { return m.Entity.Kind == claim.KindMedia }
	anyOK := func(m *ment) bool { return m.accuserOK() || m.accusedOK() }
	negated := func(i int) bool { return z.negatedAt(i, a) }
	// the role lists are written into the analyzer's buffers and copied
	// into the article's arena at the end (addUniq allocated them anew
	// for every sentence)
	speakers := z.roleBufs[0][:0]
	takeSubj := func(sub subject) {
		if len(sub.ids) > 0 {
			speakers = addUniq(speakers, sub.ids...)
		} else if sub.hasAna {
			s.anaphor, s.hasAnaphor = sub.ana, true
		} else if sub.pronoun && !s.hasAnaphor {
			// (a later "he added" keeps the anaphor named before: "Brad
			// Smith, the company's president, said…, and he added…")
			s.anaphor, s.hasAnaphor = catPronoun, true
		}
	}
	accused, victims := z.roleBufs[1][:0], z.roleBufs[2][:0]
	for _, mt := range s.matches {
		switch mt.cat {
		case catAttackNoun:
			s.attack = true
		case catAttackVerb:
			// "They are not stealing secrets", « ils ne piratent pas »: a
			// negated deed tells what the actor does not do
			s.attack = s.attack || !negated(mt.i)
		case catReputation:
			s.reputation = true
		case catHabitual:
			// "Washington accuse régulièrement Pékin": background, when it
			// qualifies the main accusation, the first one not in an
			// apposition ("Beijing, long accused by Washington, on Tuesday
			// accused the US" is news)
			for _, o := range s.matches {
				if o.cat != catAccuse && o.cat != catAttribute {
					continue
				}
				if o.j < b && z.has(catAgentPrep, o.j) && ((o.i-1 >= a && z.w(o.i-1) == ",") || (o.i-2 >= a && z.w(o.i-2) == ",")) {
					continue
				}
				// ("Washington accuses Beijing regularly of espionage, as in 2020
				// when it indicted…", « dénoncent régulièrement les opérations du
				// GRU »: a year or a named group or organ makes the habit a
				// specific attribution, which the annotation keeps)
				s.habitual = mt.i >= o.i-3 && mt.i <= o.j+1 && !z.specificEvent(a, b)
				break
			}
		case catAnaAccused:
			// only as the clause subject near the start ("The group also
			// targeted…", « Selon le FSB, l'opération a visé… »); "revealed
			// the identity of the group" introduces a new one
			// "The agencies, including …, said the operators also tapped…": the
			// subject of the reported clause, right after the reporting verb; a
			// pronoun there ("said they were sharing") is the speaker itself
			reported := mt.j-mt.i > 1 && slices.ContainsFunc(s.matches, func(o match) bool { return o.cat == catReport && o.j == mt.i })
			// "its institutions were targeted by the same group", « visées
			// par le même groupe »: the agent of a passive attack
			agent := mt.i > a+1 && z.has(catAgentPrep, mt.i-1) && z.has(catAttackVerb, mt.i-2)
			// "attacks by the same group", « des attaques du même groupe »:
			// the author of attacks, told as one named before
			same := z.sameWords(mt.i, mt.j)
			if same && mt.i > a && (z.has(catAttackNoun, mt.i-1) || mt.i > a+1 && z.has(catAgentPrep, mt.i-1) && z.has(catAttackNoun, mt.i-2)) {
				agent = true
			}
			if (mt.i <= a+7 || reported || (mt.i > a && z.is(mt.i-1, clsComplementizers)) || z.attributedObject(mt.i, a) || agent) && !z.questionBefore(mt.i, a) && !z.speakersThey(s, mt, a) {
				s.accusedAna = true
				s.sameAna = s.sameAna || same
				s.groupAna = s.groupAna || z.lx.groupAnaphor[z.w(mt.j-1)]
				// "the attack", « l'opération »: an event, which names no actor;
				// "the hackers" has a cyber stem but is the actor
				s.eventAna = s.eventAna || z.has(catAttackNoun, mt.j-1) || (z.cyber(mt.j-1) && !z.is(mt.j-1, clsAttacker))
			}
		case catHedge:
			if s.hedge == "" {
				s.hedge = z.text[z.toks[mt.i].start:z.toks[mt.j-1].end]
				s.hedgeDelta = -1
			}
			// the strongest wording decides: "we assess with high confidence"
			if d := lx.hedgeDelta(z.text[z.toks[mt.i].start:z.toks[mt.j-1].end]); d > s.hedgeDelta {
				s.hedgeDelta = d
			}
		}
	}
	for _, mt := range s.matches {
		switch mt.cat {
		case catAccuse, catAttribute:
			if z.suspendedAccusation(mt, a) {
				continue
			}
			if z.comparedTrigger(mt.i, a) {
				continue // "a move similar to Britain's accusation against China": the yardstick
			}
			if mt.cat == catAccuse && z.namingTrigger(mt, b) {
				continue // « désigne ces opérateurs sous le nom de Doppel Spider »: a name given, not an accusation
			}
			if mt.cat == catAttribute && z.participialDescription(mt, a, b, clsCueTargets) {
				continue // "people linked to the US campaigns" (not "researchers linked the intrusions to APT41")
			}
			if mt.cat == catAttribute && z.toolSubject(mt.i, a) {
				continue // "tools previously linked to Sandworm": a tool's known user, not this attack's
			}
			if mt.cat == catAttribute && z.participleAt(mt.i) {
				if ids := z.rightAccused(mt.j, b, 4); len(ids) > 0 && z.organOfOrgan(mt, a, ids[0]) {
					continue // « le NCSC, rattaché au GCSB »: an organ's place in its government
				}
			}
			s.frame = true
			s.strong = true
			ag := z.afterAgent(mt.j, b, accOK)
			var agObj []int // "attributed by Kyiv to Russia": the list the agent joined is the object
			if mt.cat == catAttribute {
			split:
				for n := 1; n < len(ag); n++ {
					for u := z.ms[ag[n-1]].t1; u < z.ms[ag[n]].t0; u++ {
						if z.is(u, clsAttributePreps) {
							ag, agObj = ag[:n:n], ag[n:]
							break split
						}
					}
				}
			}
			if len(ag) == 0 && mt.j-mt.i > 2 && z.has(catAgentPrep, mt.i+1) {
				// the agent inside a phrase's gap: « désigné par Berlin
				// comme responsable » (« désigné * comme responsable »)
				ag = z.afterAgent(mt.i+1, mt.j, accOK)
			}
			if len(ag) > 0 {
				speakers = addUniq(speakers, ag...)
			}
			for _, k := range agObj {
				if z.ms[k].accusedOK() {
					accused = addUniq(accused, k)
				}
			}
			// "Australia joined the US in attributing…", « s'est jointe aux
			// États-Unis pour attribuer… »: the gap of a joining phrase names
			// partners who speak too, not accused; « s'est jointe » is active
			joint := mt.j-mt.i > 2 && z.is(mt.i, clsJointWords)
			passive := !joint && z.passiveAt(mt.i, a) && z.participleAt(mt.i)
			// headline passive without its auxiliary: "Russia blamed by
			// Poland for…", « La Chine pointée du doigt par Prague »
			passive = passive || (len(ag) > 0 && mt.i > a && z.tokMent[mt.i-1] >= 0 && z.participleAt(mt.i) && z.has(catAgentPrep, mt.j))
			// "Beijing, long accused by Washington of…, accused…": a
			// participle in apposition with its agent is a passive whose
			// subject may also speak in the main clause (a counter-accusation)
			appos := !passive && len(ag) > 0 && z.participleAt(mt.i) && mt.j < b && z.has(catAgentPrep, mt.j) &&
				((mt.i-1 >= a && z.w(mt.i-1) == ",") || (mt.i-2 >= a && z.w(mt.i-2) == ","))
			if passive && z.statementSubject(a, mt.i) {
				// "The joint advisory, led by the NSA, was co-signed by Japan": a
				// statement is signed, not accused; its accused come from before
				s.objPron = true
			} else if passive || appos {
				if mt.cat == catAttribute && len(ag) > 0 {
					// "An attack, attributed by Kyiv to Russia, crippled…",
					// « attribuée par Kiev aux services russes »: the
					// attribution's object follows its agent
					e := 0
					for _, k := range ag {
						e = max(e, z.ms[k].t1)
					}
					var obj []int
					if len(agObj) == 0 && e < b && z.is(e, clsAttributePreps) {
						obj = z.rightAccused(e+1, b, 6)
					}
					for _, k := range obj {
						if !slices.Contains(speakers, k) && z.ms[k].accusedOK() {
							accused = addUniq(accused, k)
						}
					}
				}
				if mt.cat == catAccuse {
					sub := z.leftSubject(mt.i, a, func(m *ment) bool { return m.accusedOK() })
					if appos {
						s.counter = addUniq(s.counter, sub.ids...)
					}
					if len(sub.ids) > 0 {
						accused = addUniq(accused, sub.ids...)
					} else if sub.pronoun || sub.hasAna {
						s.subjPron = true
					}
					s.passiveAcc = true
				}
			} else {
				sub := z.leftSubject(mt.i, a, accOK)
				if n := len(sub.ids); n > 0 && z.punishedParticiple(mt.i, a, sub.ids[n-1]) {
					// "the Netherlands expelled four GRU officers accused of
					// trying to hack the OPCW": the officers' organ is the
					// accused; the main clause's subject, who took the
					// measure, speaks
					k := sub.ids[n-1]
					accused = addUniq(accused, k)
					sub = z.leftSubject(z.ms[k].t0, a, accOK)
				} else if obj := z.reducedRelativeObject(mt.i, a); len(obj) > 0 {
					// "the Netherlands expelled four Russian intelligence
					// officers it accused of…": the pronoun is the clause's
					// subject, the noun phrase before it the accused, and
					// the main clause's subject speaks
					accused = addUniq(accused, obj...)
					sub = z.leftSubject(z.ms[obj[0]].t0, a, accOK)
				}
				takeSubj(sub)
				if len(sub.ids) == 0 && z.indefiniteSubject(mt.i, a) {
					// "Some suspect Russia", « certains le soupçonnent »:
					// unnamed people speculate
					s.speculative = true
				} else if len(sub.ids) == 0 && !sub.hasAna && !sub.pronoun {
					s.personSubj = true
				}
				// a state accused of something that is not a cyber operation
				// ("accused Kyiv of shelling the plant") is not our claim
				objCyber, shortDeed := false, false
				// eight words before the verb, and as many more as a list of
				// subjects spans ("After a cyberattack on the ministry, Germany
				// and the European Union accused Russia"): one subject or
				// several, the same words before it
				win := mt.i - 8
				if n := len(sub.ids); n > 1 {
					win -= max(0, z.ms[sub.ids[n-1]].t0-z.ms[sub.ids[0]].t0)
				}
				for t := win; t < b && t < mt.j+15; t++ {
					if t < a {
						continue
					}
					if t > mt.j && (z.w(t) == ";" || z.is(t, clsContrast)) {
						break
					}
					if z.cyber(t) || (z.has(catAttackNoun, t) && len(z.w(t)) > 5) {
						objCyber = true
						break
					}
					shortDeed = shortDeed || z.has(catAttackNoun, t)
				}
				if !objCyber && shortDeed {
					// a short attack noun ("theft", "heist") is a cyber deed
					// only in cyber surroundings, which Extract checks:
					// "blamed North Korea for the theft" after "Hackers
					// drained a crypto exchange", not "accused Russia of the
					// theft of grain"
					objCyber, s.shortDeed = true, true
				}
				if objCyber && z.nonCyberObject(mt.j, b) {
					objCyber = false // "accused Washington of disinformation on social networks"
				}
				// object region: up to the end of the clause, or up to the
				// agent of the sentence's passive verb when the trigger only
				// qualifies its subject: "Statements attributing the attack
				// to the GRU were issued by Germany and Czechia" (they speak)
				end := b
				if pv := z.passiveAgentAfter(mt.j, b); pv > 0 {
					end = pv
					if z.statementNounBefore(mt.i, a) {
						if ag := z.afterAgent(pv, b, accOK); len(ag) > 0 {
							speakers = addUniq(speakers, ag...)
						}
					}
				}
				from := mt.i + 1
				if joint {
					for t := from; t < mt.j; t++ {
						if k := z.tokMent[t]; k >= 0 && z.ms[k].t0 == t && accOK(&z.ms[k]) {
							speakers = addUniq(speakers, k)
						}
					}
					from = mt.j
				}
				found, closed := false, false
				for t := from; t < end; t++ {
					if t > mt.j && z.is(t, clsRelatives) && mt.cat == catAttribute && !found {
						if e := z.relativeAside(t, end); e > 0 {
							// "linked the campaign, which hit operators in
							// Kenya, to a Chinese group": the aside is skipped,
							// the attribution's object follows it
							t = e
							continue
						}
					}
					if z.w(t) == ";" || (t > mt.j && z.is(t, clsRelatives)) || z.is(t, clsClauseBreaks) {
						break // a relative clause describes the attack, not the accused
					}
					// once the object is named, the attack it is accused of closes
					// it, and so does a reporting verb or an aside naming the
					// statement (", in a statement…") at any point: a state after
					// that is a target or a circumstance ("accused US agencies of
					// compromising the phones of diplomats from Israel and Syria",
					// « …attribuées à APT28, dans une déclaration se disant
					// solidaire de Berlin et de Prague »), not a second accused
					if !found && t == mt.j && z.accusedAnaphorAt(t) {
						// "accuse the unit of targeting the OPCW, as well as
						// networks in the country of Georgia": the anaphor is
						// the object; the attack after it closes the region
						found = true
					}
					if !closed && t > mt.j && ((found && (z.has(catAttackVerb, t) || z.has(catAttackNoun, t))) || (t > mt.j+2 && z.has(catReport, t)) || z.statementAside(t, end)) {
						closed = true
					}
					if c := t - 1; t > mt.j+2 && z.has(catReport, t) && (z.has(catCoord, c) || (z.is(c, clsAux) && z.has(catCoord, c-1) && z.w(c-1) != ",")) && z.w(c) != "," {
						// "condemned the attack and said the United States had
						// concluded that…": a coordinated reporting verb opens
						// the subject's next clause, whose speakers are no object
						break
					}
					if k := z.tokMent[t]; k >= 0 && z.ms[k].t0 == t {
						m := &z.ms[k]
						// "sanctions on the GRU", « mandat d'arrêt contre »: the
						// trigger's own preposition does not make a victim
						if closed && mt.cat == catAttribute && z.coordAttributePrep(m, mt.j) {
							// "attributed attacks to Russia, including NotPetya, and
							// to North Korea": the attribution's second object
							closed = false
						}
						if m.accusedOK() && !(closed && m.isState()) && (!m.pp || m.t0 <= mt.j+1 || (mt.cat == catAttribute && !z.pronounObjectBefore(mt.i, a) && (z.attributePrep(m, mt.j) || z.secondAttributeObject(m, mt.j))) || z.joinedTo(accused, m.t0, mt.j)) && !m.modifier && !slices.Contains(speakers, k) && !z.attackObject(m) && !z.relatedGroup(s, k) && !z.toldInAttack(m, mt) && !z.frontGroup(k, s) && !z.gapTarget(m, mt) {
							if objCyber || !m.isState() {
								accused = addUniq(accused, k)
							} else if !z.nonCyberObject(mt.j, b) && z.attackVerbAfter(m.t1, b) {
								// "accused Russia of attacking Ukraine": cyber only
								// if the sentences around are (decided in Extract)
								s.ambAccused = addUniq(s.ambAccused, k)
							} else if mt.cat == catAccuse && !z.nonCyberObject(mt.j, b) && (z.bareObjectEnd(m.t1, b) || m.t0 <= mt.j+2 && z.bareObjectEnd(z.afterDate(s, m.t1, b), b)) {
								// "Two months later, Tirana blamed Iran and cut
								// diplomatic ties.", "Albania blamed Iran in
								// September": blamed for what the sentence before
								// told, if it told a cyberattack; before a date
								// the state must be the verb's whole object, not
								// a place deep in the clause ("…of targeting
								// networks in Georgia in 2019.")
								s.bareAccused = addUniq(s.bareAccused, k)
							}
							found = true // a non-cyber object is still an object
						}
					}
				}
				if !found && mt.cat == catAccuse {
					// « l'Iran, qu'elle accuse d'avoir orchestré… »: the object
					// relative's antecedent is the accused
					if k := z.objectRelative(mt.i, a); k >= 0 && z.ms[k].accusedOK() && !slices.Contains(speakers, k) {
						if objCyber || !z.ms[k].isState() {
							accused = addUniq(accused, k)
						} else if !z.nonCyberObject(mt.j, b) && z.attackVerbAfter(mt.j, b) {
							s.ambAccused = addUniq(s.ambAccused, k)
						}
						found = true
					}
				}
				if !found && (!(mt.cat == catAttribute && z.indefiniteObject(mt.j, b)) || z.pronounObjectBefore(mt.i, a)) {
					// « Londres lui avait imputé des opérations… »: the dative
					// pronoun is the accused, whatever object follows
					s.objPron = true
				}
			}
		case catDenialTerm:
			if !negated(mt.i) {
				s.denial, s.denialTerm = true, true
			}
		case catReport, catDenial, catCessation:
			if mt.cat == catReport && mt.i > a && z.adjectival(mt.i-1) {
				continue // an adjective: "the world's largest confirmed hacker"
			}
			if mt.cat == catReport && z.toolReport(mt.i, a) {
				continue // "a flaw that Fortinet disclosed": a vendor's notice, no speaker
			}
			s.frame = s.frame || mt.cat == catReport
			if mt.cat == catReport && mt.j-mt.i > 1 && z.has(catSource, mt.i) && len(speakers) > 0 {
				// « a accusé X, aux ordres de Moscou selon lui, … »: the pronoun
				// is the speaker already named, not the state just before it
				continue
			}
			var sub subject
			// "Microsoft, which helped…, said the operators…": the comma closes
			// a relative clause; the speaker is its antecedent, not a name after
			if z.inverted(mt.i, a) && z.relativeAntecedent(mt.i, a) < 0 && !z.has(catAttribute, mt.i) {
				// (a verb that also attributes is never inverted: "The FBI,
				// together with Israel's INCD, attributed the intrusions to
				// Iran" names its object after it, not its speaker)
				sub = z.rightSpeaker(mt.j, b, accOK)
				if mt.cat == catReport && len(sub.ids) == 0 && z.earlierSaying(mt.i, a, nil) && z.onlyMedia(z.rightSpeaker(mt.j, b, isMedia)) {
					// « L'Allemagne a affirmé que des pirates russes… , a
					// rapporté Der Spiegel »: the paper relays the saying
					// before it; the speaker stays Germany
					continue
				}
			}
			if len(sub.ids) == 0 && !sub.hasAna && mt.cat == catReport && z.earlierSaying(mt.i, a, accOK) && z.onlyMedia(z.leftSubject(mt.i, a, isMedia)) {
				// "Germany said that Russian hackers broke in, Reuters
				// reported": the same relay in the subject's place, when a
				// saying before it has an accuser for subject (without that
				// check a right accuser among the probe phrasings was lost)
				continue
			}
			if len(sub.ids) == 0 && !sub.hasAna {
				ok := accOK
				if mt.cat == catDenial {
					ok = anyOK
				}
				sub = z.leftSubject(mt.i, a, ok)
				if len(sub.ids) > 0 && z.questionBefore(z.ms[sub.ids[0]].t0, a) {
					// "Asked whether Moscow had any link to the gang, the
					// official said no": the name asked about does not speak
					sub = subject{}
				}
			}
			if mt.cat == catReport && negated(mt.i) {
				continue // "which has never confirmed"
			}
			if mt.cat == catDenial {
				if negated(mt.i) {
					continue
				}
				s.denial = true
				s.deniers = addUniq(s.deniers, sub.ids...)
				continue
			}
			if mt.cat == catCessation {
				// "urged Washington to stop its cyberattacks": the one urged is accused
				// ("urged London to stop \"political manipulation\"" is rhetoric)
				if z.attackAfter(mt.j, b, 5) && !z.nonCyberObject(mt.j, b) && !z.nonCyberBefore(mt.i, a) {
					for t := mt.i - 1; t >= a && t >= mt.i-8; t-- {
						if k := z.tokMent[t]; k >= 0 {
							if m := &z.ms[k]; m.accusedOK() {
								accused = addUniq(accused, k)
								s.cueOnly = true
							}
							break
						}
					}
				}
				continue
			}
			if mt.cat == catReport && mt.j-mt.i <= 2 && z.participleAt(mt.i) {
				// "APT40 was identified in 2021 by the US, UK and EU", "first
				// documented by Cisco Talos", « identifié par l'Anssi »: a
				// reporting participle's agent is the one who reports
				// ("described by", whose agent is a report word's only use)
				if ag := z.afterAgent(mt.i+1, b, accOK); len(ag) > 0 {
					speakers = addUniq(speakers, ag...)
					if z.passiveAt(mt.i, a) || len(sub.ids) == 0 {
						continue // its subject is what was reported
					}
				}
			}
			takeSubj(sub)
			if len(sub.ids) == 0 && !sub.hasAna && !sub.pronoun && z.institutionBefore(mt.i, a) && !z.unnamedAfter(mt.i, mt.j, a, b) {
				// "A foreign ministry spokesman said": a state speaker named earlier
				s.instSubj = true
			}
		case catSource:
			s.frame = true
			if mt.j < b && z.is(mt.j, clsRelatives) {
				// « une analyse selon laquelle APT43… », "a report according to
				// which…": the source is the statement before, whose author is
				// the clause's subject
				takeSubj(z.leftSubject(mt.i, a, accOK))
				continue
			}
			if mt.j < b && z.has(catPronoun, mt.j) && z.tokMent[mt.j] < 0 {
				// « un groupe lié selon lui aux services biélorusses »,
				// "according to him": the pronoun is the source; the names
				// after it are the clause's, not a speaker
				if !s.hasAnaphor {
					s.anaphor, s.hasAnaphor = catPronoun, true
				}
				continue
			}
			for t := mt.j; t < b && t < mt.j+20; t++ {
				if k := z.tokMent[t]; k >= 0 && accOK(&z.ms[k]) {
					ids := z.trimList(z.extendRight(k, b, accOK))
					speakers = addUniq(speakers, ids...)
					speakers = addUniq(speakers, z.partnersAfter(z.ms[ids[len(ids)-1]].t1, b)...)
					break
				}
				if c, ok := z.anaphorAt(t); ok {
					s.anaphor, s.hasAnaphor = c, true
					break
				}
				if w := z.w(t); w == "," || w == ";" || w == ":" || isQuote(w) || (z.has(catBoundary, t) && !z.is2(t, cls2Transparent)) {
					if w == "," && t > mt.j {
						// "according to Jane Doe, an analyst at ESET,": the
						// person speaks for the organisation of the apposition
						if k := z.appositionOrg(t+1, b, accOK); k >= 0 {
							speakers = addUniq(speakers, k)
						}
					}
					break
				}
			}
		case catCueRight:
			if negated(mt.i) {
				continue
			}
			if mt.i > a && z.is(mt.i-1, clsCueTargets) {
				continue // "accounts of people linked to the US campaigns"
			}
			if z.toolSubject(mt.i, a) {
				continue // « un outil lié au GRU »: a tool's known user
			}
			if z.meansAfter(mt.j, b) {
				// « des attaques par rançongiciel en Pologne »: the means, not
				// the agent ("attacks by ransomware gangs" keeps its actor)
				continue
			}
			if ids := z.rightAccused(mt.j, b, 8); len(ids) > 0 && !z.organOfOrgan(mt, a, ids[0]) {
				accused = addUniq(accused, ids...)
				s.cueOnly = true
			}
		case catCueLeft:
			// the deed after the cue ("was behind the attack"), or, when the
			// cue ends its clause, the attack its subject names ("the
			// campaign … was Russian in origin.")
			clauseEnd := mt.j >= b || z.isPunct(mt.j)
			if negated(mt.i) || !(z.attackAfter(mt.j, b, 6) || z.namedOperation(mt.j, b) || clauseEnd && z.attackBefore(mt.i, a, 14)) {
				continue
			}
			if ids := z.leftAccused(mt.i, a, 12); len(ids) > 0 {
				accused = addUniq(accused, ids...)
				s.cueOnly = true
			}
		case catAttackVerb:
			if ag := z.afterAgentStrict(mt.j, b); z.passiveAt(mt.i, a) || len(ag) > 0 {
				if len(ag) > 0 {
					accused = addUniq(accused, ag...)
					s.cueOnly = true
				}
				continue
			}
			if z.headlinePassive(mt, a, b) {
				continue // "Czech foreign ministry hacked": a title's passive, its subject the target
			}
			if !s.strong && z.modalVerb(mt.i, a) {
				continue // "Chinese state hackers could target European utilities": a possibility
			}
			cyberVerb := z.cyber(mt.i) || z.attackAfter(mt.j, b, 6)
			// "from the hijacked account of an adviser": a participle after
			// an article qualifies its noun; nobody before it is its agent
			// (an article, not a preposition before an infinitive: « chargé de
			// pirater », « à attaquer »)
			attributive := mt.i > a && z.is(mt.i-1, clsArticles) && !z.is(mt.i-1, clsOfPreps) && !z.lx.infMarkers[z.w(mt.i-1)]
			if ids := z.leftAccused(mt.i, a, 8); len(ids) > 0 && !attributive {
				keep := ids[:0]
				for _, k := range ids {
					if !cyberVerb && z.ms[k].isState() && !z.ms[k].attacker {
						continue // "Iran attacking a tanker": not a cyber operation ("Belarus-linked hackers targeted" is)
					}
					if z.ms[k].isState() && !z.ms[k].attacker && !z.ms[k].tie && !z.subjectOf(ids[0], mt.i) {
						continue // "laundered through Hong Kong and then used", "Britain would respond to such attacks"
					}
					if !z.ms[k].demonym || z.ms[k].attacker || z.ms[k].tie || z.ms[k].instHead {
						keep = append(keep, k)
					}
				}
				accused = addUniq(accused, keep...)
				if len(keep) > 0 {
					s.cueOnly = true
				}
			}
			// the object of an attack verb is a victim, with the list it opens
			for t := mt.j; t < b && t < mt.j+9; t++ {
				if k := z.tokMent[t]; k >= 0 {
					m := &z.ms[k]
					// "breached the Dutch police": an organ hacked is its state's
					// so is one crippled or hit in a sentence about a cyberattack
					// ("A ransomware attack crippled the Costa Rican government")
					hackOrgan := m.demonym && m.instHead && !m.attacker && !m.tie && (z.hackVerb(z.w(mt.i)) || s.cyber && m.t0 <= mt.j+2 && z.attackBefore(mt.i, a, 8))
					if m.isState() && !m.loc && (!m.demonym || m.victimHead || hackOrgan) && !z.madeBy(m, a) {
						victims = addUniq(victims, z.extendRight(k, b, func(m *ment) bool { return m.isState() && !m.demonym })...)
						if m.demonym {
							victims = addUniq(victims, z.coordinatedTargets(m.t1, b)...)
						}
					} else if m.Entity.Kind == claim.KindAgency && m.country() != "" && (z.hackVerb(z.w(mt.i)) || z.eventTargets(mt.i, a)) {
						// "hacked the Bundestag": the organ's state is the victim
						// (not "targeted the MSS" with sanctions)
						victims = addUniq(victims, k)
					} else if m.Entity.Kind == claim.KindIntergov {
						// "targeted NATO members and Ukraine": an alliance
						// names no state; the list it opens goes on
						t = m.t1 - 1
						continue
					}
					break
				}
				if z.hardStop(t) || z.is(t, clsRelatives) || z.is(t, clsWarNouns) {
					break // « mène sa guerre contre l'Ukraine »: a war's side, not a target
				}
			}
		}
	}
	for _, mt := range s.matches {
		if s.matchCats&(1<<catSelfVictim) == 0 {
			break // none in the sentence
		}
		if mt.cat != catSelfVictim {
			continue
		}
		// the marker must qualify a victim noun: "its federal agencies", «
		// ses intérêts », or name the speaker's land: "the country", « le pays »
		noun, place := false, false
		for t := mt.i; t < mt.j; t++ {
			place = place || z.is(t, clsSelfPlace)
		}
		// « contre notre pays », "on our nation": a possessive before the land
		place = place || (mt.j < b && z.is(mt.j, clsSelfPlace))
		for t := mt.i - 1; t <= mt.j+3 && t < b; t++ {
			if t >= a && t != mt.i && z.is(t, clsVictimNoun) {
				noun = true
			}
		}
		if !noun && !place {
			continue
		}
		for _, o := range s.matches {
			if o.cat != catAttackVerb && o.cat != catAttackNoun && o.cat != catVictimPrep {
				continue
			}
			// the attack before the marker ("hacking its agencies"), or a
			// passive after it ("its networks were hacked", "the country was hit")
			if (o.j <= mt.i && o.j >= mt.i-6) || (o.cat == catAttackVerb && o.i >= mt.j && o.i <= mt.j+6 && z.passiveAt(o.i, a)) {
				s.selfVictim = true
				s.selfShared = s.selfShared || lx.sharedSelf[z.w(mt.i)]
			}
		}
	}
	if s.cls&(1<<clsContMark|1<<clsSeparate|1<<clsDomFirst) != 0 {
		z.domesticTargets(s, a, b)
	}
	// "Poland said it had been targeted", « a affirmé avoir été visée »: the
	// speaker reports an attack on itself
	for _, o := range s.matches {
		// a verb whose subject is the target ("it was hit"), not the
		// operation ("it was launched by")
		if o.cat != catAttackVerb || !z.passiveAt(o.i, a) ||
			!hasPrefixIn(z.w(o.i), z.lx.selfTargetStems) {
			continue
		}
		for t := o.i - 1; t >= a && t >= o.i-4; t-- {
			if w := z.w(t); lx.selfSubject[w] {
				for _, r := range s.matches {
					if r.cat == catReport && r.j <= t && r.j >= t-2 {
						s.selfVictim = true
					}
				}
				break
			}
		}
	}
	// co-authors of a statement speak with it: « le rapport, corédigé avec
	// la firme Qihoo 360 », "the advisory, backed by the US and Germany"
	for _, mt := range s.matches {
		if s.matchCats&(1<<catCoSpeaker) == 0 {
			break // none in the sentence
		}
		if mt.cat != catCoSpeaker {
			continue
		}
		// "The joint advisory, drafted by the FBI, was co-signed by…": the
		// statement is the clause's subject even when a passive leaves no anaphor
		stmt := (s.hasAnaphor && s.anaphor == catAnaReport) || z.statementSubject(a, mt.i)
		// an apposition to the speaker: "The Czech government, backed by
		// the EU and NATO, attributed…", « Prague, soutenue par l'OTAN, … »;
		// its partners are not the sponsors the cue "backed by" names
		// or "Germany was joined by Czechia in attributing…"
		appos := false
		for t := mt.i - 1; t >= a && t >= mt.i-5; t-- {
			if k := z.tokMent[t]; k >= 0 {
				appos = slices.Contains(speakers, k)
				stmt = stmt || appos
				break
			}
			if z.w(t) != "," && !isDash(z.w(t)) && !z.is(t, clsInstitution) && !z.is(t, clsAux) {
				break
			}
		}
		// the noun may be the phrase's own ("a joint report with Microsoft")
		for t := mt.j - 1; t >= a && t >= mt.i-3; t-- {
			if z.is(t, clsStatementNouns) {
				stmt = true
			}
		}
		if !stmt {
			continue
		}
		for t := mt.j; t < b && t < mt.j+14; t++ {
			if k := z.tokMent[t]; k >= 0 && accOK(&z.ms[k]) && (appos || !slices.Contains(accused, k)) {
				ids := z.extendRight(k, b, accOK)
				speakers = addUniq(speakers, ids...)
				if len(accused) == 0 {
					s.strong, s.objPron = true, true // the statement's accused, from before
				}
				if appos {
					// "the FBI, together with the Department of Defense
					// Cyber Crime Center and Japan's National Police
					// Agency, said": the apposition's list runs to its
					// verb, past a name no table knows that ends the list
					speakers = addUniq(speakers, z.appositionList(z.ms[ids[len(ids)-1]].t1, b, accOK)...)
				}
				break
			}
			if z.w(t) == ";" || z.is(t, clsRelatives) {
				break
			}
		}
	}
	// publishers of a shared statement speak with it: "Canada and Australia
	// issued statements of their own", "the agencies of Japan, Korea and
	// Canada published a joint advisory", « ont publié un communiqué commun »
	const publishing = 1<<clsStatementNouns | 1<<clsJointWords
	if !s.denial && !s.denialTerm && s.cls&publishing == publishing {
		if ids := z.statementPublishers(a, b, accOK); len(ids) > 0 {
			speakers = addUniq(speakers, ids...)
			if len(accused) == 0 {
				s.strong, s.objPron = true, true // the statement's accused, from before
			}
		}
	}
	// report sources: "a report by X", « un rapport du Sénat américain »
	// (no scan of a sentence without a report noun)
	reportEnd := b
	if s.cls&(1<<clsReportNouns) == 0 {
		reportEnd = a
	}
	for t := a; t < reportEnd; t++ {
		switch {
		case z.is(t, clsReportNouns):
			found := false
			for u := t + 1; u < b && u < t+10; u++ {
				if k := z.tokMent[u]; k >= 0 {
					if accOK(&z.ms[k]) {
						s.reportSrc = addUniq(s.reportSrc, k)
						found = true
					}
					break
				}
				if z.boundary(u) || z.w(u) == "," {
					break
				}
			}
			indef := func(i int) bool {
				return i >= a && z.is(i, clsIndefinite)
			}
			if !found && (indef(t-1) || indef(t-2)) {
				// "The CVERC published a report": its publisher
				if sub := z.leftSubject(t, a, accOK); len(sub.ids) > 0 && !found {
					s.reportSrc = addUniq(s.reportSrc, sub.ids...)
				}
			}
		}
	}
	// "Un rapport publié mercredi par Mandiant attribue…", "A report released
	// Wednesday by Mandiant attributes…": with no speaker of its own, an
	// accusation whose subject is a report has the report's source speak
	if len(speakers) == 0 && len(s.reportSrc) > 0 && s.strong && !s.denial && !s.denialTerm {
		rn := a
		for rn < b && !z.is(rn, clsReportNouns) {
			rn++
		}
		tr := b
		for _, mt := range s.matches {
			if (mt.cat == catAccuse || mt.cat == catAttribute) && mt.i < tr {
				tr = mt.i
			}
		}
		// the source between the report and the trigger ("Le rapport accuse
		// le gouvernement chinois" names the accused after it, not a source)
		for _, k := range s.reportSrc {
			if rn < z.ms[k].t0 && z.ms[k].t1 <= tr && tr < b {
				speakers = addUniq(speakers, k)
			}
		}
	}
	// named groups are accused wherever they appear; agencies and tied
	// demonyms when an attacker noun sits beside them; not in a sentence
	// whose every accusation trigger is negated ("Sandworm, however, was
	// not blamed", « Sandworm, lui, n'a pas été mis en cause »)
	cleared := z.allTriggersNegated(s, a)
	s.cleared = cleared
	// « ce groupe n'a, selon les autorités américaines, aucun lien connu
	// avec la République de Cuba »: an exoneration and no accusation
	// trigger; the group an anaphor of it points to is not accused here
	// (the triggers are asked only in a sentence that has an exoneration)
	s.clears = z.exonerationOnly()
	// a warning that a group could act, with no accusation nor cue ("US
	// officials warned that Volt Typhoon could disrupt ports", « pourrait
	// perturber »), tells a threat, not a deed
	threatOnly := !s.strong && !s.cueOnly
	for _, k := range s.ms {
		m := &z.ms[k]
		if m.neg || slices.Contains(speakers, k) || cleared && m.Entity.Kind == claim.KindGroup {
			continue
		}
		if threatOnly && m.Entity.Kind == claim.KindGroup && m.t1 < b && z.modalAt(m.t1) {
			continue
		}
		if !s.strong && m.isState() && m.demonym && m.attacker && z.modalAfterPhrase(m.t1, b) {
			continue // "Chinese state hackers could target European utilities"
		}
		switch {
		case m.Entity.Kind == claim.KindGroup:
			if threatOnly && z.exampleListed(m.t0, a) {
				// "rival brands such as Akira and Black Basta have grown",
				// with no trigger: examples of a kind, not an actor
				continue
			}
			if !m.modifier && !z.relatedGroup(s, k) && !z.namedNotAccused(s, k) {
				accused = addUniq(accused, k)
			}
		case m.Entity.Kind == claim.KindAgency && m.attacker && !m.modifier && !z.attackObject(m):
			accused = addUniq(accused, k)
		case m.isState() && m.demonym && m.attacker && m.tie && !m.companyHead && !m.pureVictim:
			accused = addUniq(accused, k)
		case m.isState() && m.basedCopula && m.attacker && m.tie && s.cyber && !m.pureVictim && !m.modifier:
			// "the hackers were based in China", « les pirates étaient basés
			// en Chine »: where the attackers operate from (hackersBefore),
			// told with no attack verb to carry it
			accused = addUniq(accused, k)
		case m.isState() && m.demonym && m.attackAdj && s.cyber && !m.companyHead && !m.pureVictim && !m.pp && !m.postTarget && !z.demonymList(k):
			// not a list of nationalities (« opérations chinoises, russes ou
			// iraniennes »): a kind of operation, not one state's
			accused = addUniq(accused, k)
		}
	}
	// negated or questioned triggers accuse no one: "refused to blame X",
	// "X was not behind", « Faut-il accuser la Russie ? »
	if z.interrogative(a, b) {
		accused = accused[:0]
	} else if neg := z.negatedTargets(s, a, b); len(neg) > 0 {
		keepAcc := accused[:0]
		for _, k := range accused {
			if !slices.Contains(neg, k) {
				keepAcc = append(keepAcc, k)
			}
		}
		accused = keepAcc
	}
	// a speaker who declines to attribute ("shared code with tools used by
	// Lazarus, but stopped short of a formal attribution") accuses no one
	// by cues alone; an explicit accusation before the refusal stays
	// ("blamed Russia but stopped short of naming the unit")
	if len(accused) > 0 {
		if r := refusalAt(s); r >= 0 && (!s.strong || r < z.firstAccusation(s, a, b)) {
			// before the first accusation, the refusal governs it too: «
			// rien ne permet de les relier à cette attaque »
			accused = accused[:0]
		}
	}
	// the actor the attackers posed as is no accused, however the sentence
	// names it ("dressed up to look as though it came from North Korea",
	// "disguised themselves as North Korean hackers", « pour faire croire
	// qu'il venait de Corée du Nord »): a false flag, not an attribution
	// (groups included: this is their only check)
	accused = slices.DeleteFunc(accused, func(k int) bool { return z.frontGroup(k, s) })
	// speakers that are deniers are not accusers
	if s.denial && len(s.deniers) > 0 {
		keep := speakers[:0]
		for _, k := range speakers {
			if !slices.Contains(s.deniers, k) {
				keep = append(keep, k)
			}
		}
		speakers = keep
	}
	// accused are not speakers (except the subject of an apposed
	// accusation who answers it)
	keep := accused[:0]
	for _, k := range accused {
		// "APT40, which it links to China's Ministry of State Security": the
		// organ behind a named group is its sponsor, not a second actor of
		// this sentence; the article pass (sponsorOrgan) accuses it beside
		// its group, with the group's claims
		sponsor := z.ms[k].Entity.Kind == claim.KindAgency && z.groupRelativeBefore(z.ms[k].t0, a)
		if z.ms[k].Entity.Kind == claim.KindGroup && z.toolNamed(&z.ms[k], a, b) {
			continue // « APT29 a utilisé la porte dérobée CloudSorcerer »: the tool's name
		}
		if z.ms[k].Entity.Kind == claim.KindGroup && z.negatedBefore(z.ms[k].t0, a) {
			continue // "Paris said nothing about Sandworm": named under a negation
		}
		if z.ms[k].Entity.Kind == claim.KindGroup && z.clearedAfter(&z.ms[k], b) {
			continue // "first suspected to be the work of Lazarus, but investigators ruled out the group"
		}
		if (!slices.Contains(speakers, k) || slices.Contains(s.counter, k)) && !z.ms[k].absorbed && !(z.ms[k].Entity.Kind == claim.KindGroup && z.relatedGroup(s, k)) && !z.compared(k, a) && !z.attackedInstitution(k, a, len(accused)) && !sponsor {
			keep = append(keep, k)
		}
	}
	accused = keep
	if len(accused) > 0 && z.yardstickClause(a, b) {
		// "Researchers noted that similar flaws have been used in the past
		// by groups linked to China": other incidents, told to compare
		accused = accused[:0]
	}
	// victims: states in target position, not already in another role
	var ccBuf [8]string
	accusedCCs := ccBuf[:0] // the accused's countries: a few, no map per sentence
	for _, k := range accused {
		if slices.Contains(s.counter, k) {
			continue // its targets may be victims of the claim it makes
		}
		if cc := z.ms[k].country(); cc != "" {
			accusedCCs = append(accusedCCs, cc)
		}
	}
	accusedCC := func(cc string) bool { return slices.Contains(accusedCCs, cc) }
	// mentions inside a source phrase ("selon la société américaine") are not victims
	inSource := func(m *ment) bool {
		if s.matchCats&(1<<catSource|1<<catAnaCompany|1<<catAnaReport|1<<catAnaInstitution) == 0 {
			return false // no source phrase in the sentence
		}
		for _, mt := range s.matches {
			switch mt.cat {
			case catSource, catAnaCompany, catAnaReport, catAnaInstitution:
				if m.t0 >= mt.i && m.t0 <= mt.j+3 {
					// « le piratage du site de l'agence de presse polonaise »:
					// an attacked body, not a source
					// nor is « le ministère japonais a été visé »: the subject of
					// a passive attack
					return mt.cat == catSource || (!z.attackWordBefore(mt.i, s.t0, 5) && !z.passiveAttackAfter(m.t1, s.t0, s.t1))
				}
			}
		}
		return false
	}
	prevVictim := -1
	cmpEnd := -2 // the sentence's first comparison end (comparisonEnd), -2 until asked
	for _, k := range s.ms {
		m := &z.ms[k]
		if inSource(m) {
			prevVictim = -1
			continue
		}
		if m.Entity.Kind == claim.KindAgency && m.modifier && s.attack && m.country() != "" && !m.neg &&
			!slices.Contains(speakers, k) && !slices.Contains(accused, k) && !accusedCC(m.country()) {
			victims = addUniq(victims, k) // "the 2015 Bundestag hack"
		}
		if m.Entity.Kind == claim.KindAgency && (z.attackOnOrgan(m.t0, a) || z.attackOf(m, a) || z.organOf(m.t0, a) && (len(accused) > 0 || s.accusedAna) || z.passiveAttackAfter(m.t1, a, b)) && m.country() != "" && !m.neg && !m.loc && !m.attacker && !m.absorbed &&
			!slices.Contains(speakers, k) && !slices.Contains(accused, k) && !slices.Contains(s.deniers, k) && !accusedCC(m.country()) {
			// "the attack on the Bundestag", "the 2015 hack of the Bundestag",
			// "Czech foreign ministry hacked": the organ's state
			victims = addUniq(victims, k)
		}
		if !m.isState() || m.country() == "" || m.loc || m.absorbed || m.neg || slices.Contains(speakers, k) || slices.Contains(accused, k) || slices.Contains(s.deniers, k) {
			// "in other NATO and EU countries as well as Ukraine": a region
			// coordinated with the region before goes on with its list
			regionNext := prevVictim >= 0 && z.ms[prevVictim].country() == "" && z.joinedAfter(prevVictim, k)
			prevVictim = -1
			if (m.pp || regionNext) && !m.loc && !m.neg && !m.demonym && (m.isState() || m.Entity.Kind == claim.KindIntergov) && (regionNext || z.targetPlace(m.t0, a)) &&
				!slices.Contains(speakers, k) && !slices.Contains(accused, k) {
				// "in Europe and the United States", « en Europe et aux
				// États-Unis »: a region in target position is no victim
				// country, but the list it opens is where the targets are
				prevVictim = k
			}
			continue
		}
		isV := slices.Contains(victims, k)
		if !m.demonym && m.pp {
			isV = true
		}
		// "targeted Taiwanese government agencies", « l'agence de presse
		// polonaise » after an attack word: a target even with an
		// institution noun (speakers and accused are already out)
		if m.demonym && m.victimHead && !m.orgAdj && z.attackBefore(m.t0, a, 9) {
			isV = true
		}
		if m.demonym && m.pp && !m.orgAdj {
			isV = true // "on the American film studio", « en Suisse »
		}
		if m.postTarget {
			isV = true // « piraté les téléphones de responsables pakistanais »
		}
		if m.demonym && m.instHead && !m.orgAdj && !m.attacker && z.attackVerbObject(m.t0, a) {
			isV = true // "broke into the Dutch national police", « piraté le ministère letton »
		}
		if !m.demonym && !m.tie && !m.attacker && z.ownerOfAttacked(m.t0, a) {
			isV = true // « piraté les réseaux de l'agence spatiale du Japon »
		}
		if ((m.victimHead || m.instHead) && !m.tie || m.pureVictim) && !m.orgAdj && !m.attacker && z.passiveAttackAfter(m.t1, a, b) {
			// "Italian companies and Spanish hospitals were targeted by…",
			// "A German ministry was hit", "Japan's space agency was hit",
			// « un ministère allemand a été visé »
			isV = true
		}
		if m.modifier && s.attack {
			isV = true
		}
		if !m.demonym && m.modifier && m.victimHead && !m.orgAdj && z.attackBefore(m.t0, a, 9) {
			// "sent phishing emails to US officials": a state's name before a
			// victim noun after an attack word, as "to Israeli officials"
			isV = true
		}
		if !m.demonym && z.passiveSubject(m.t1, a, b) {
			isV = true // "Singapore is being targeted by UNC3886", « la Pologne a été visée »
		}
		if !isV && prevVictim >= 0 && (!m.demonym || z.ms[prevVictim].demonym || z.possessiveItem(&z.ms[prevVictim])) {
			// a list after a victim: "en Autriche, au Cambodge, …", "Israel, Jordan and Turkey"
			gapOK := true
			t0 := z.ms[prevVictim].t1
			if pv := &z.ms[prevVictim]; pv.country() == "" && t0 < m.t0 && z.toks[t0].word && !z.toks[t0].upper && z.tokMent[t0] < 0 && !z.joiner(t0) {
				// "in NATO countries and Ukraine": a region's own head noun
				// does not end the list of places
				t0++
			}
			for t := t0; t < m.t0; t++ {
				if !z.joiner(t) {
					gapOK = false
				}
			}
			isV = gapOK || z.demonymListNext(prevVictim, k)
		}
		if isV && cmpEnd == -2 {
			cmpEnd = z.comparisonEnd(a, b) // once a sentence, for its first victim
		}
		if isV && z.yardstickVictim(m, cmpEnd) {
			// "compared the episode to Stuxnet, the worm that sabotaged
			// centrifuges in Iran": the yardstick's place, even where an
			// earlier test took it
			isV = false
			victims = slices.DeleteFunc(victims, func(v int) bool { return v == k })
		}
		if isV && (z.madeBy(m, a) || z.laterLink(s, m, a, b) || len(speakers) == 0 && z.selfClaimedTarget(s, m, a)) {
			// "devices made by the Israeli company Unitronics": the maker;
			// "the front claimed responsibility for disrupting utilities in
			// Poland": a target the attackers name, told by no accuser;
			// "…, and it has since been tied to the theft from Bangladesh's
			// central bank": a past incident linked by no one named
			isV = false
		}
		if isV && !accusedCC(m.country()) {
			victims = addUniq(victims, k)
			prevVictim = k
		} else {
			prevVictim = -1
		}
	}
	keep = victims[:0]
	for _, k := range victims {
		if !accusedCC(z.ms[k].country()) && !slices.Contains(speakers, k) && !slices.Contains(accused, k) && !z.deniedAttack(&z.ms[k], a, b) {
			keep = append(keep, k)
		}
	}
	for _, k := range s.ms {
		// "Singapore is being targeted by UNC3886, the minister said": the
		// passive subject is the target even when it also speaks
		m := &z.ms[k]
		if m.isState() && !m.demonym && m.country() != "" && !m.loc && !m.neg && !accusedCC(m.country()) && !slices.Contains(accused, k) && z.passiveSubject(m.t1, a, b) {
			// "Latvia, Romania and Finland were targeted": the whole list
			// before the verb is its subject, not only its last state
			keep = addUniq(keep, z.extendLeft(k, a, func(n *ment) bool {
				return n.isState() && !n.demonym && n.country() != "" && !n.loc && !n.neg && !accusedCC(n.country())
			})...)
		}
	}
	for _, k := range s.ms {
		m := &z.ms[k]
		if m.isState() && !m.demonym && m.country() != "" && !m.loc && !m.neg && !accusedCC(m.country()) && !slices.Contains(accused, k) && !slices.Contains(speakers, k) && z.suffersAttack(m.t1, b) {
			keep = addUniq(keep, z.extendLeft(k, a, func(n *ment) bool {
				return n.isState() && !n.demonym && n.country() != "" && !n.loc && !n.neg && !accusedCC(n.country())
			})...)
		}
	}
	if len(s.ms) >= 2 && z.countryAnaphor(a, b) {
		// "labs in the three countries": the states listed before, even
		// the speakers, are the targets (listed needs a second mention:
		// a sentence with fewer is not scanned for the anaphor, issue 11)
		for _, k := range s.ms {
			m := &z.ms[k]
			if m.isState() && !m.demonym && m.country() != "" && !m.loc && !m.neg && !accusedCC(m.country()) && !slices.Contains(accused, k) && z.listed(k, s.ms) {
				keep = addUniq(keep, k)
			}
		}
	}
	for _, k := range s.ms {
		// (one scan of the sentence, only where a group is named: both
		// dropTakedownTargets and articleGroups ask takedownTarget)
		if z.ms[k].Entity.Kind == claim.KindGroup {
			for t := a; t < b && !s.takedown; t++ {
				s.takedown = z.is2(t, cls2Takedown)
			}
			break
		}
	}
	if !s.speculative && z.cls2Seen&(1<<cls2IndefSubj) != 0 {
		// "Some pointed to its alliance with Killnet", « certains
		// estiment que… »: a cue or a saying with an indefinite subject
		// speculates as an accusation verb does
		for _, mt := range s.matches {
			if (mt.cat == catReport || mt.cat == catCueRight || mt.cat == catCueLeft) && z.indefiniteSubject(mt.i, a) {
				s.speculative = true
				break
			}
		}
		// « Certains pointent son alliance avec Killnet »: the sentence
		// opens on the indefinite subject, whatever verb follows
		if f := z.firstWord(a, b); f >= 0 && f+1 < b && z.is2(f, cls2IndefSubj) && z.toks[f+1].word && !z.is(f+1, clsOfPreps) && !isDigits(z.w(f+1)) {
			s.speculative = true
		}
	}
	if len(keep) > 0 && !s.attack && !s.strong && z.cls2Seen&(1<<cls2Takedown) != 0 {
		// "34 servers were seized in the Netherlands, Germany…", « ont été
		// saisis aux Pays-Bas, en Allemagne… »: a police action, with no
		// word of attacking or accusing, names where it acted, not victims
		for t := a; t < b; t++ {
			if z.is2(t, cls2Takedown) {
				keep = keep[:0]
				break
			}
		}
	}
	accused = z.dropTakedownTargets(s, accused, b)
	accused = z.dropGroupsIf(accused, len(speakers) == 0, func(k int) bool { return z.selfClaimed(k, s) || z.attackedOwner(&z.ms[k], a) })
	accused = z.dropExampleGroups(accused, a)
	// "an exploit … dumped online by a group calling itself the Shadow
	// Brokers": the tool's leaker, not this sentence's accused
	accused = slices.DeleteFunc(accused, func(k int) bool { return z.ms[k].Entity.Kind == claim.KindGroup && z.toolLeaker(&z.ms[k], a) })
	// "took down the servers of a pro-Russian network": a leaning names
	// no target
	keep = slices.DeleteFunc(keep, func(k int) bool { return z.ms[k].prefixTie })
	if f0, f1 := z.formerSpeaker(s, a, b); f0 >= 0 {
		// "A former Treasury official said…": the name in the former
		// official's title is no speaker, and nobody else speaks through him
		s.former = true
		speakers = slices.DeleteFunc(speakers, func(k int) bool { return z.ms[k].t0 >= f0 && z.ms[k].t1 <= f1 })
	}
	s.speakers, s.accused, s.victims = z.cutInts(speakers), z.cutInts(accused), z.cutInts(keep)
	z.roleBufs = [3][]int{speakers[:0], accused[:0], keep[:0]}
	return s
}

// cutInts copies l into the article's arena of index lists and returns the
// copy, its capacity capped so that an append to it never writes into the
// next list; nil when l is empty.
func (z *analyzer) cutInts(l []int) []int {
	if len(l) == 0 {
		return nil
	}
	n := len(z.msArena)
	z.msArena = append(z.msArena, l...)
	return z.msArena[n:len(z.msArena):len(z.msArena)]
}

// countryAnaphorAt reports a country anaphor phrase starting at token s and
// ending by b: the phrases that may start with s's word, not every one
// (issue 11).
func (z *analyzer) countryAnaphorAt(s, b int) bool {
	if s >= b && !z.lx.countryAnaphorSet.empty {
		return false // a phrase of words starts before b
	}
	w := ""
	if s < len(z.toks) {
		w = z.w(s)
	}
	for _, n := range z.lx.countryAnaphorSet.candidates(w) {
		if ws := z.lx.countryAnaphors[n]; s+len(ws) <= b && z.wordsAt(s, ws) {
			return true
		}
	}
	return false
}

// countryAnaphor reports a victim preposition in [a, b) followed (past
// articles) by a country anaphor ("in the three countries", « dans ces pays »).
func (z *analyzer) countryAnaphor(a, b int) bool {
	for t := a; t < b; t++ {
		if !z.has(catVictimPrep, t) || !(t+1 < b && z.is(t+1, clsPhraseFirst)) && !(t+2 < b && z.is(t+2, clsPhraseFirst)) {
			continue
		}
		for _, s := range []int{t + 1, t + 2} {
			if z.countryAnaphorAt(s, b) && (s == t+1 || z.is(t+1, clsArticles)) {
				return true
			}
		}
	}
	return false
}

// listed reports a mention joined to another state mention of the sentence
// by list joiners only ("Britain, the United States and Canada").
func (z *analyzer) listed(k int, ms []int) bool {
	m := &z.ms[k]
	for _, n := range ms {
		o := &z.ms[n]
		if n == k || !o.isState() || o.demonym {
			continue
		}
		s, e := o.t1, m.t0
		if o.t0 > m.t0 {
			s, e = m.t1, o.t0
		}
		ok := s < e
		for t := s; t < e && ok; t++ {
			ok = z.joiner(t)
		}
		if ok {
			return true
		}
	}
	return false
}

// npText returns the noun phrase text of a demonym mention with its
// institution noun ("Le gouvernement britannique"), or the mention text.
func (z *analyzer) npText(k int) string {
	m := &z.ms[k]
	if !m.demonym || !m.instHead {
		return m.Text
	}
	s, e := m.Start, m.End
	for i := m.t1; i < len(z.toks) && i < m.t1+2; i++ {
		if z.is(i, clsInstitution) {
			e = z.toks[i].end
		} else {
			break
		}
	}
	for i := m.t0 - 1; i >= 0 && i >= m.t0-2; i-- {
		if z.is(i, clsInstitution) {
			s = z.toks[i].start
		} else if !z.is(i, clsArticles) {
			break
		}
	}
	return strings.TrimSpace(z.text[s:e])
}

// participle reports whether a verb form can be a passive participle: not a
// gerund or present participle ("holding", « accusant »).
// The lexicon gives the forms: non_participle_suffixes exclude, then
// irregular_participles and participle_suffixes include (no suffixes: any).
func (lx *lexicon) participle(w string) bool {
	if hasSuffixIn(w, lx.nonPartSuffixes) {
		return false
	}
	if lx.irregularPart[w] || len(lx.partSuffixes) == 0 {
		return true
	}
	return hasSuffixIn(w, lx.partSuffixes)
}

// participleAt is participle for token t, its irregular forms a class bit.
func (z *analyzer) participleAt(t int) bool {
	w := z.w(t)
	lx := z.lx
	if hasSuffixIn(w, lx.nonPartSuffixes) {
		return false
	}
	if z.is2(t, cls2IrregularPart) || len(lx.partSuffixes) == 0 {
		return true
	}
	return hasSuffixIn(w, lx.partSuffixes)
}

// adjectival reports a determiner or superlative before a verb form, which
// makes it an adjective ("the world's largest confirmed hacker").
func (z *analyzer) adjectival(i int) bool {
	if z.is2(i, cls2AdjDeterminers) {
		return true
	}
	w := z.w(i)
	return len(w) > 4 && hasSuffixIn(w, z.lx.superlSuffixes)
}

// relatedGroup reports a group named only to situate another one before
// it: "MirrorFace, a subgroup of APT10", « un sous-groupe d'APT41 ».
func (z *analyzer) relatedGroup(s *sentence, k int) bool {
	m := &z.ms[k]
	earlier := false
	for _, o := range s.ms {
		if o != k && z.ms[o].t0 < m.t0 && z.ms[o].Entity.Kind == claim.KindGroup {
			earlier = true
		}
	}
	// "The group, which researchers see as a subgroup of APT10", « Ce
	// groupe, que des sociétés considèrent comme une branche d'APT10 »: the
	// anaphor is the group situated
	for _, mt := range s.matches {
		if mt.cat == catAnaAccused && mt.j <= m.t0 && s.accusedAna && !s.eventAna {
			earlier = true
		}
	}
	if !earlier {
		// "which it sees as a subgroup of APT10", « qu'il considère comme
		// un sous-groupe d'APT10 »: the relation noun right before the
		// name (one "of" between) situates it even when the group it
		// situates is only a pronoun
		t := m.t0 - 1
		if t > s.t0 && z.is(t, clsOfPreps) {
			t--
		}
		return t >= s.t0 && z.is(t, clsGroupRel)
	}
	for t := m.t0 - 1; t >= s.t0 && t >= m.t0-8; t-- {
		if z.tokMent[t] >= 0 || z.hardStop(t) || z.w(t) == "," {
			return false
		}
		if z.is(t, clsGroupRel) {
			return true
		}
	}
	return false
}

// comparedListMax is how many tokens the list a compared mention closes may
// run back ("those of APT28, Sandworm and Turla"); comparedGapMax how many
// words may stand between the comparison marker and that list.
const (
	comparedListMax = 12
	comparedGapMax  = 6
)

// compared reports group mention k as the yardstick of a comparison: a
// comparison marker ends right before it, or up to six words before it
// with no name, punctuation, cue or report verb between ("techniques
// similar to those of Sandworm", "resembled earlier campaigns by
// ShinyHunters", « à l'instar d'APT28 »), or before the list it closes. The group compared with is not
// the one accused. A clause comparison marker counts only at the start of
// the sentence or after a comma ("Like APT28 before it, the group…").
func (z *analyzer) compared(k, a int) bool {
	if len(z.lx.comparisonMarkers)+len(z.lx.clauseComparisonMarkers) == 0 {
		return false
	}
	return z.comparedNear(k, a) || z.comparedTool(k, a)
}

// comparedNear is compared's test of the words right before the mention.
func (z *analyzer) comparedNear(k, a int) bool {
	e := z.ms[k].t0
	// back over the list the mention closes ("those of APT28 and Sandworm")
	for n := 0; e > a && n < comparedListMax; n++ {
		p := e - 1
		if q := z.tokMent[p]; q >= 0 {
			e = z.ms[q].t0
			continue
		}
		if !z.joiner(p) || z.comparisonEndsAt(e, a) {
			// « semblable à Sandworm »: « à » joins lists too, but here it
			// closes the marker
			break
		}
		e = p
	}
	for g := 0; g <= comparedGapMax && e-g > a; g++ {
		if g > 0 {
			t := e - g
			// attack nouns may stand between ("earlier campaigns by"), a
			// cue or a report verb may not; z.has reads the token's own
			// categories, so this holds outside the sentence loop too
			if z.tokMent[t] >= 0 || z.isPunct(t) || z.has(catAccuse, t) || z.has(catAttribute, t) || z.has(catReport, t) || z.has(catCueRight, t) {
				return false
			}
		}
		if z.comparedVerbObject(e-g, a) || g == 0 && z.comparedVerbObject(z.ms[k].t0, a) {
			return true // (the list walk may have taken the preposition: "with" joins lists)
		}
		if !z.is(e-g-1, clsPhraseLast) {
			continue // no marker ends before e-g: no phrase compared (issue 11)
		}
		if z.comparisonEndsAt(e-g, a) || z.clauseComparisonStart(e-g, a) >= 0 {
			return true
		}
	}
	return false
}

// comparedVerbObject reports a comparison verb, its object (at most four
// words, no name or punctuation) and a comparison preposition ending right
// before e (lexicon comparison_verbs, comparison_preps): "Analysts compared
// the case with Volt Typhoon", « ont comparé l'opération à celle de
// Sandworm »: what follows is the yardstick.
func (z *analyzer) comparedVerbObject(e, a int) bool {
	p := e - 1
	if p <= a || !z.lx.comparisonPreps[z.w(p)] {
		return false
	}
	for t := p - 1; t >= a && t >= p-5; t-- {
		if z.lx.comparisonVerbs[z.w(t)] {
			return true
		}
		if z.tokMent[t] >= 0 || z.isPunct(t) || z.boundary(t) || z.has(catAccuse, t) || z.has(catAttribute, t) || z.has(catReport, t) || z.has(catCueRight, t) {
			return false // "compared notes and attributed it to APT28"
		}
	}
	return false
}

// toolReport reports a report verb at i whose object is a tool, flaw or
// malware named just before it (lexicon tool_nouns): "exploiting a flaw
// that Fortinet disclosed in December", "a flaw disclosed by Fortinet",
// « une faille que Fortinet avait signalée ». The verb's subject tells of
// the tool, not of the attack: it is no speaker of the sentence.
func (z *analyzer) toolReport(i, a int) bool {
	t := i - 1
	for t > a && z.is(t, clsAux) {
		t-- // « avait signalée », "had disclosed"
	}
	if t >= a && z.is(t, clsToolNouns) {
		return true // "a flaw disclosed by Fortinet"
	}
	// past the relative clause's subject (a name, articles) to its pronoun
	for n := 0; t > a && n < 4 && (z.tokMent[t] >= 0 || z.is(t, clsArticles)); n++ {
		if q := z.tokMent[t]; q >= 0 {
			t = z.ms[q].t0
		}
		t--
	}
	if t <= a || t == i-1 || !z.is(t, clsRelatives) {
		return false
	}
	// the antecedent: a tool noun at most four words before the pronoun
	// ("a flaw catalogued as CVE-2022-42475 that …")
	for u := t - 1; u >= a && u >= t-5; u-- {
		if z.is(u, clsToolNouns) {
			return true
		}
		if z.isPunct(u) && z.w(u) != "-" {
			return false // (a CVE number's hyphens and "as" do not end it)
		}
	}
	return false
}

// yardstickVictim reports a place named after a comparison ending at c
// (comparisonEnd; -1 for none) with no verb of its own sentence between
// ("compared the episode to Stuxnet, the worm that sabotaged centrifuges in
// Iran", "was similar to the 2015 blackout in Ukraine", « comparable à la
// panne de 2015 en Ukraine »): the yardstick's victim, not this attack's. An attack, accusation or report word after the
// comparison, outside a relative clause, is the sentence's own predicate
// ("hackers similar to APT41 attacked Taiwan's ministries").
func (z *analyzer) yardstickVictim(m *ment, c int) bool {
	if c < 0 || c > m.t0 {
		return false
	}
	// the relative clause's own predicate does not count
	rel := func(u int) bool { return u >= c && (z.is(u, clsRelatives) || z.is(u, clsComplementizers)) }
	for t := c; t < m.t0; t++ {
		if z.has(catAttackVerb, t) || z.has(catAccuse, t) || z.has(catAttribute, t) || z.has(catReport, t) || z.has(catCueRight, t) {
			if !rel(t-1) && !rel(t-2) {
				return false
			}
		}
	}
	return true
}

// comparisonEnd returns the token after the first comparison of tokens
// [a, b): a comparison marker, or a comparison verb with its object and
// preposition (comparedVerbObject); -1 when there is none. The sentence's
// victims ask it once (yardstickVictim).
func (z *analyzer) comparisonEnd(a, b int) int {
	for t := a; t < b; t++ {
		if z.comparisonEndsAt(t+1, a) || z.lx.comparisonPreps[z.w(t)] && z.comparedVerbObject(t+1, a) {
			return t + 1
		}
	}
	return -1
}

// formerSpeaker returns the span [f0, f1) of a former official's noun
// phrase that is the subject of the sentence's first reporting or
// accusation word, or follows its source word ("A former Treasury official
// said…", "a former intelligence officer said…", « selon un ancien
// responsable de l'ANSSI, … »; lexicon former_words before a researcher or
// official noun at most three words on): a former official speaks for no
// organ. f0 is -1 when there is none.
func (z *analyzer) formerSpeaker(s *sentence, a, b int) (int, int) {
	if len(z.lx.formerWords) == 0 {
		return -1, -1
	}
	// the word heads a noun phrase of an official within three words
	official := func(t int) int {
		if !z.lx.formerWords[z.w(t)] {
			return -1
		}
		for u := t + 1; u < b && u <= t+4; u++ {
			if z.is(u, clsResearchers) {
				e := u + 1
				// « un ancien responsable de l'ANSSI »: its organ after it
				if e+1 < b && z.is(e, clsOfPreps) {
					e++
					for e < b && z.is(e, clsArticles) {
						e++
					}
					if k := z.tokMent[e]; k >= 0 {
						e = z.ms[k].t1
					}
				}
				return e
			}
			if z.isPunct(u) || z.boundary(u) {
				return -1
			}
		}
		return -1
	}
	for _, mt := range s.matches {
		switch mt.cat {
		case catReport, catAccuse, catAttribute, catCueRight:
			// the clause before the verb: its subject
			for t := mt.i - 1; t >= a && t >= mt.i-10; t-- {
				if z.hardStop(t) {
					break
				}
				if e := official(t); e >= 0 && e <= mt.i {
					return t, e
				}
			}
			return -1, -1
		case catSource:
			for t := mt.j; t < b && t <= mt.j+3; t++ {
				if e := official(t); e >= 0 {
					return t, e
				}
			}
		}
	}
	return -1, -1
}

// speakersThey reports a one-word anaphor ("they", « ils ») right after a
// reporting verb whose subject is officials, investigators or researchers
// (researcher_nouns within four words before the verb): "Officials in
// Vienna said they had been in contact with their German counterparts":
// the pronoun is the speakers themselves, not the attackers.
func (z *analyzer) speakersThey(s *sentence, mt match, a int) bool {
	if mt.j-mt.i != 1 {
		return false
	}
	for _, o := range s.matches {
		if o.cat != catReport || o.j != mt.i {
			continue
		}
		for t := o.i - 1; t >= a && t >= o.i-4; t-- {
			if z.isPunct(t) || z.boundary(t) {
				return false
			}
			if z.is(t, clsResearchers) {
				return true
			}
		}
	}
	return false
}

// toolLeaker reports group mention m as the agent of a leaking participle
// whose object is a tool named before it ("EternalBlue, an exploit
// developed by the NSA and dumped online in April by a group calling itself
// the Shadow Brokers", « un outil … volé et publié en avril par un groupe se
// faisant appeler Shadow Brokers »): the group leaked what the attackers
// used; it is not the attacker. (A making verb is not enough: "BlackEnergy,
// malware developed by Sandworm" names the attacker's own tool.) Between
// the agent preposition and the name: articles, attacker nouns and a
// naming cue; between the participle (leak_verbs) and the preposition at
// most four words; the tool noun at most twelve words before the
// participle, no sentence break between.
func (z *analyzer) toolLeaker(m *ment, a int) bool {
	if len(z.lx.leakVerbs) == 0 {
		return false
	}
	p := m.t0 - 1
	for n := 0; p > a && n < 6 && !z.has(catAgentPrep, p); n++ {
		if z.isPunct(p) || z.tokMent[p] >= 0 {
			return false
		}
		p-- // "a group calling itself", « un groupe se faisant appeler »
	}
	if p <= a || !z.has(catAgentPrep, p) {
		return false
	}
	v := -1
	for t := p - 1; t >= a && t >= p-5; t-- {
		if z.isPunct(t) {
			return false
		}
		if z.lx.leakVerbs[z.w(t)] {
			v = t
			break
		}
	}
	if v < 0 {
		return false
	}
	for t := v - 1; t >= a && t >= v-12; t-- {
		if z.hardStop(t) {
			return false
		}
		if z.is(t, clsToolNouns) {
			return true
		}
	}
	return false
}

// comparedTool reports a group named in the apposition of a tool compared
// with the deed: "the wiper shared traits with VPNFilter, the router
// malware that American agencies have associated with Sandworm", « … des
// similitudes avec VPNFilter, un logiciel que Washington attribue à
// Sandworm »: a comparison marker, at most six words ("a destructive
// plug-in of VPNFilter"), a comma,
// then a tool noun within the next three words, the group after it in the
// same clause. The group is the compared tool's known user, a yardstick.
func (z *analyzer) comparedTool(k, a int) bool {
	m := &z.ms[k]
	tool := -1
	for t := m.t0 - 1; t > a && t >= m.t0-16; t-- {
		w := z.w(t)
		if w == "," {
			if tool < 0 || tool > t+4 {
				return false
			}
			for e := t; e > a && e >= t-6; e-- {
				if z.comparisonEndsAt(e, a) {
					return true
				}
				if z.isPunct(e - 1) {
					return false
				}
			}
			return false
		}
		if z.boundary(t) && !z.is(t, clsRelatives) && !z.is(t, clsComplementizers) || z.isPunct(t) && w != "'s" && w != "’s" {
			// (the apposition's relative clause is crossed: "the router
			// malware that … associated with")
			return false
		}
		if z.is(t, clsToolNouns) {
			tool = t
		}
	}
	return false
}

// clauseComparisonStart returns the first token of a clause comparison
// marker ending right before token e and opening a clause: at a (the
// sentence's start) or right after a comma ("Like APT28 before it, the
// group…", « , comme en 2020, lorsque… »); -1 when none. Such a marker
// inside a clause names rather than compares (« désigné comme responsable »,
// "it looks like APT28 was behind it").
func (z *analyzer) clauseComparisonStart(e, a int) int {
	for _, ws := range z.lx.clauseComparisonMarkers {
		if st := e - len(ws); st >= a && z.phraseEndsAt(ws, e) && (st == a || z.w(st-1) == ",") {
			return st
		}
	}
	return -1
}

// yardstickClause reports a sentence whose clause opens (at its start or
// right after a complementizer) on a noun phrase qualified as similar
// (lexicon similar_words within its first three words: "similar flaws",
// « des failles similaires »): it tells other incidents to compare, and
// those it names are no accused of this one.
func (z *analyzer) yardstickClause(a, b int) bool {
	if len(z.lx.similar) == 0 || z.cls2Seen&(1<<cls2SimilarWord) == 0 {
		return false
	}
	srcComma := -1 // « Selon des chercheurs, des failles similaires… »: the comma closing an opening source
	for _, mt := range z.cur {
		if mt.cat == catSource && mt.i == a {
			for t := mt.j; t < b && t < mt.j+8; t++ {
				if z.w(t) == "," {
					srcComma = t
					break
				}
			}
		}
	}
	for t := a; t < b; t++ {
		if t != a && !z.is(t-1, clsComplementizers) && t-1 != srcComma {
			continue
		}
		for u := t; u < b && u < t+3; u++ {
			if z.is2(u, cls2SimilarWord) {
				return true
			}
			if !z.toks[u].word || z.tokMent[u] >= 0 {
				break
			}
		}
	}
	return false
}

// comparedTrigger reports an accusation trigger at i that is the yardstick
// of a comparison: a comparison marker ends at most four words before it,
// with no punctuation but a possessive between ("a move similar to
// Britain's accusation against China").
func (z *analyzer) comparedTrigger(i, a int) bool {
	for e := i; e > a && e >= i-4; e-- {
		if e < i && z.isPunct(e) && z.w(e) != "'s" {
			return false
		}
		if z.comparisonEndsAt(e, a) {
			return true
		}
	}
	return false
}

// onlyMedia reports a speaker made only of newspapers or agencies (no
// accusers of their own here). After a word of saying that follows an
// earlier saying (earlierSaying), such an outlet relays that statement, and
// the verb's subject is not to be sought on its left, where the accused
// stands.
func (z *analyzer) onlyMedia(sub subject) bool {
	if len(sub.ids) == 0 {
		return false
	}
	for _, k := range sub.ids {
		if z.ms[k].Entity.Kind != claim.KindMedia {
			return false
		}
	}
	return true
}

// earlierSaying reports a word of saying or accusation ending before token
// i in the sentence; with ok, one whose subject on its left is picked by
// ok (an accuser). It scans the sentence's matches only, so callers test
// it before looking for a speaker.
func (z *analyzer) earlierSaying(i, a int, ok pick) bool {
	for _, mt := range z.cur {
		if mt.j < i && (mt.cat == catReport || mt.cat == catAccuse || mt.cat == catAttribute) && (ok == nil || len(z.leftSubject(mt.i, a, ok).ids) > 0) {
			return true
		}
	}
	return false
}

// afterAttackNoun reports an attack noun right before token i ("an
// intrusion discovered in 2021"), or before one adverb-like word ("a
// campaign first reported by Reuters"): a plain lower-case word that is no
// mention, cue, article or coordinator ("indicators of compromise and
// observes that…" is a verb of its own). A word of saying there is the
// noun's participle.
func (z *analyzer) afterAttackNoun(i, a int) bool {
	if i-1 >= a && z.tokMent[i-1] >= 0 {
		// the last word of a name ("the National Coordination Center for
		// Computer Incidents said"): the name speaks, no deed is told
		return false
	}
	if i-1 >= a && z.has(catAttackNoun, i-1) {
		return true
	}
	if i-2 >= a && z.has(catAttackNoun, i-2) {
		t := i - 1
		return z.toks[t].word && !z.toks[t].upper && z.tokMent[t] < 0 && !z.is(t, clsArticles) && !z.has(catCoord, t) && !z.has(catAccuse, t) && !z.has(catAttribute, t) && !z.has(catReport, t)
	}
	// the noun's complement between: « le piratage massif des serveurs
	// Microsoft Exchange découvert en mars », "the hack of the company's
	// servers discovered in March" (a participle, an "of" on the way)
	if !z.participleAt(i) {
		return false
	}
	of := false
	for t := i - 1; t >= a && t >= i-8; t-- {
		switch {
		case z.has(catAttackNoun, t):
			return of
		case z.is(t, clsOfPreps):
			of = true
		case !z.toks[t].word || z.has(catCoord, t) || z.is(t, clsAux) || z.is(t, clsRelatives) ||
			z.has(catAccuse, t) || z.has(catAttribute, t) || z.has(catReport, t) || z.has(catAttackVerb, t):
			return false
		}
	}
	return false
}

// asRelayed reports a word of saying at token i that opens an aside
// crediting the news to someone (« comme l'a révélé Der Spiegel », "like
// Reuters reported"): a clause comparison marker before it, with at most
// three articles or auxiliaries between. The sentence's accusation stays
// its speaker's.
func (z *analyzer) asRelayed(i, a int) bool {
	t := i - 1
	for n := 0; n < 3 && t >= a && (z.is(t, clsAux) || z.is(t, clsArticles)); n++ {
		t--
	}
	return z.clauseComparisonStart(t+1, a) > a // after a comma, not the sentence's opening
}

// comparisonEndsAt reports a comparison marker ending right before token e
// and starting at or after a.
func (z *analyzer) comparisonEndsAt(e, a int) bool {
	if e-1 < a || !z.is(e-1, clsPhraseLast) {
		return false
	}
	return z.phraseSetEndsAt(z.lx.comparisonMarkers, &z.lx.comparisonSet, e, a)
}

// attackObject reports a mention that is the direct object of an attack
// verb ("accused the GRU of hacking the Bundestag"): a target, not accused.
func (z *analyzer) attackObject(m *ment) bool {
	for _, mt := range z.cur {
		if mt.cat != catAttackVerb || mt.j > m.t0 {
			continue
		}
		if mt.j == mt.i+1 && mt.i > 0 && z.has(catAttackNoun, mt.i) && z.is(mt.i-1, clsArticles) && !z.is2(mt.i-1, cls2InfMarkers) {
			// « a attribué l'attaque à l'Iran »: after an article the word
			// is the noun, whose « à » gives the attack to its author
			continue
		}
		ok := true
		for t := mt.j; t < m.t0; t++ {
			if !z.is(t, clsArticles) {
				ok = false
				break
			}
		}
		if ok && !z.has(catAgentPrep, mt.j) && !z.accusationEndsAt(mt.j) {
			return true
		}
	}
	return false
}

// namedNotAccused reports a group mention k that sentence s names in
// another role than the accused's: one that claimed the attack itself
// (selfClaimed), a tool's known user (toolUser), the owner of the target
// (attackedOwner) or of a tool collection (collectionOwner), a listed
// threat (amongThreats). The sentence's roles and the article's group
// pass ask the same question.
func (z *analyzer) namedNotAccused(s *sentence, k int) bool {
	m := &z.ms[k]
	return z.selfClaimed(k, s) || z.toolUser(s, k) || z.attackedOwner(m, s.t0) || z.collectionOwner(s, m) || z.amongThreats(m, s.t1)
}

// attackedOwner reports a group whose own servers or tools an attack verb
// acts on: "hijacking the tools and servers of OilRig", « en détournant
// les outils et les serveurs d'OilRig ». Between the verb and the name
// stand only articles, tool or infrastructure nouns, joiners and, last,
// an "of" preposition; the group owns the target and is no accused.
func (z *analyzer) attackedOwner(m *ment, a int) bool {
	t := m.t0 - 1
	for t >= a && z.is(t, clsArticles) && !z.is(t, clsOfPreps) {
		t-- // (« d' » is both)
	}
	if t < a || !z.is(t, clsOfPreps) {
		return false
	}
	noun := false
	for t--; t >= a; t-- {
		switch {
		case z.is(t, clsInfraNouns) || z.is(t, clsToolNouns):
			noun = true
		case z.is(t, clsArticles) || z.has(catCoord, t) || z.w(t) == ",":
		case z.has(catAttackVerb, t):
			return noun
		default:
			return false
		}
	}
	return false
}

// collectionOwner reports a group named as the owner of a tool collection
// (lexicon tool_collections) in a sentence with no attack verb: "a new
// backdoor added to the toolkit of Turla", « un chargeur ajouté à
// l'arsenal de Gamaredon », "Turla's toolkit". A vendor's report on a tool
// accuses the group of no attack.
func (z *analyzer) collectionOwner(s *sentence, m *ment) bool {
	if len(z.lx.toolCollections) == 0 {
		return false
	}
	for _, mt := range s.matches {
		if mt.cat == catAttackVerb {
			return false
		}
	}
	collection := func(t int) bool {
		if t < s.t0 || t >= s.t1 {
			return false
		}
		if z.lx.toolCollections[z.w(t)] {
			return true
		}
		// « boîte à outils »: the phrase ends on its last word
		var buf [64]byte
		for n := 2; n <= 3 && t-n+1 >= s.t0; n++ {
			if z.lx.toolCollections[string(z.joinWords(buf[:0], t-n+1, t))] {
				return true
			}
		}
		return false
	}
	t := m.t0 - 1
	for t >= s.t0 && z.is(t, clsArticles) && !z.is(t, clsOfPreps) {
		t--
	}
	if t >= s.t0 && z.is(t, clsOfPreps) {
		t--
		for t >= s.t0 && z.is(t, clsArticles) {
			t--
		}
		if collection(t) {
			return true
		}
	}
	// "Turla's toolkit": the possessive, then the noun
	return m.t1+1 < s.t1 && (z.w(m.t1) == "'s" || z.w(m.t1) == "’s") && collection(m.t1+1)
}

// reducedRelativeObject returns the accused of a relative clause whose
// subject is a pronoun right before the trigger at i, a relative word
// before it or none: "four Russian intelligence officers it accused of…",
// "organizations from Russia, China and North Korea that it holds
// responsible", « quatre officiers russes qu'il accusait de… ». They are
// the mentions of the noun phrase (a list included) ending at most three
// words before the pronoun, with no verb or punctuation between; nil
// when there is none. A possessive or dative pronoun (« lui imputent »)
// is no subject.
func (z *analyzer) reducedRelativeObject(i, a int) []int {
	p := i - 1
	if p <= a || !z.has(catPronoun, p) || z.tokMent[p] >= 0 || z.is2(p, cls2Dative) || z.is(p, clsObjectPron) || z.is2(p, cls2Possessive) {
		return nil
	}
	t := p - 1
	if z.is(t, clsRelatives) || z.is(t, clsComplementizers) {
		t--
	}
	for n := 0; t >= a && n < 3; n++ {
		if k := z.tokMent[t]; k >= 0 {
			if m := &z.ms[k]; !m.accusedOK() || m.t0 <= a {
				return nil
			}
			// the list the mention closes: "Russia, China and North Korea"
			first := k
			for first > 0 {
				q := &z.ms[first-1]
				if q.t1 < a || !q.accusedOK() || z.ms[first].t0-q.t1 > 1 || q.t1 >= z.ms[first].t0 ||
					!(z.w(q.t1) == "," || z.has(catCoord, q.t1)) {
					break
				}
				first--
			}
			ids := make([]int, 0, k-first+1)
			for j := first; j <= k; j++ {
				ids = append(ids, j)
			}
			return ids
		}
		if !z.toks[t].word || z.toks[t].upper || z.has(catAccuse, t) || z.has(catReport, t) || z.is(t, clsAux) {
			return nil
		}
		t--
	}
	return nil
}

// amongThreats reports a group named right before "among the threats"
// (among_words, articles and at most two adjectives, a threat_nouns word):
// "listed APT41 among the threats to watch", « classe APT41 parmi les
// principales menaces ». The list names a danger, not a deed.
func (z *analyzer) amongThreats(m *ment, b int) bool {
	if m.t1 >= b || !z.is2(m.t1, cls2Among) {
		return false
	}
	for t, adj := m.t1+1, 0; t < b && adj <= 2; t++ {
		switch {
		case z.is2(t, cls2Threat):
			return true
		case z.is(t, clsArticles):
		case z.toks[t].word && !z.toks[t].upper && z.tokMent[t] < 0:
			adj++
		default:
			return false
		}
	}
	return false
}

// accusationEndsAt reports an accusation phrase ending at token j, whose
// last word may also be an attack verb: in « une attribution visant le
// ministère chinois », "visant" names the accused, not a target.
func (z *analyzer) accusationEndsAt(j int) bool {
	for _, mt := range z.cur {
		if mt.cat == catAccuse && mt.j == j && mt.j-mt.i > 1 {
			return true
		}
	}
	return false
}

// attackBefore: an attack verb or noun, or a victim preposition, in the n
// tokens before i ("hacked into the networks of six U.S. companies").
func (z *analyzer) attackBefore(i, a, n int) bool {
	for _, mt := range z.cur {
		switch mt.cat {
		case catAttackVerb, catAttackNoun, catVictimPrep:
			if mt.j <= i && mt.j >= i-n && mt.i >= a {
				return true
			}
		}
	}
	return false
}

// attackedInstitution reports a demonym institution that is the object of
// an attack verb ("blamed Russia for hacking the servers of a Polish news
// agency"): the target, not a second accused, when another is named.
func (z *analyzer) attackedInstitution(k, a, nAccused int) bool {
	m := &z.ms[k]
	// (a tie word with no attacker noun, "hacking Dutch government agencies",
	// is the institution's own word, not a link to the hackers; after an
	// attack verb's agent preposition it is the actor: "launched by the
	// Russian military")
	if m.demonym && m.instHead && !m.attacker && (!m.tie || !z.attackAgent(m.t0, a)) && !m.orgAdj && z.attackVerbObject(m.t0, a) {
		return true
	}
	// "blamed NoName057(16) for attacks against sites of French
	// ministries": a target's nationality when another is accused
	if nAccused > 1 && m.demonym && (m.instHead || m.victimHead) && !m.attacker && !m.tie && !m.orgAdj && z.inAttackTargets(m.t0, a) {
		return true
	}
	// "the 2015 hack of the Bundestag, which prosecutors blamed on the
	// GRU": the organ an attack noun's complement names is its target
	if m.Entity.Kind == claim.KindAgency && !m.attacker && z.attackOf(m, a) {
		return true
	}
	// « sanctionné des officiers du GRU pour le piratage du Bundestag »: with
	// another accused, the organ « de » an attack noun names is its target
	if m.Entity.Kind == claim.KindAgency && !m.attacker && nAccused > 1 && z.organOf(m.t0, a) {
		return true
	}
	// « piraté les réseaux de l'agence spatiale du Japon »: the state owning
	// the attacked body, after "of"
	return m.isState() && !m.demonym && !m.tie && !m.attacker && z.ownerOfAttacked(m.t0, a)
}

// hackingAt reports a hacking word at token t: a hack stem that is not an
// attacker noun ("hacking the", « piraté », not "hacking group"), or the
// end of an attack verb of several words ("breaking into").
func (z *analyzer) hackingAt(t int) bool {
	return z.toks[t].word && (hasPrefixIn(z.w(t), z.lx.hackStems) && (!z.is(t, clsAttacker) || z.is(t+1, clsArticles)) || z.attackVerbEndsAt(t))
}

// groupTarget reports a group named as the owner of what a hacking verb
// hit: after "of" and a victim noun ("breaching the servers of LockBit",
// « piraté les serveurs de LockBit »), or before "'s" and one ("hacked into
// LockBit's leak site"). Only hacking verbs (hack_stems and attack verbs
// of several words): "used", "launched", "deployed" name the group's tools
// and operations, not a target.
func (z *analyzer) groupTarget(m *ment, a int) bool {
	hacking := z.hackingAt
	if m.t1+1 < len(z.toks) && z.w(m.t1) == "'s" && z.is(m.t1+1, clsVictimNoun) || m.t1+2 < len(z.toks) && z.w(m.t1) == "'s" && z.is(m.t1+2, clsVictimNoun) {
		p := m.t0 - 1
		for p >= a && z.is(p, clsArticles) {
			p--
		}
		return p >= a && hacking(p)
	}
	p := m.t0 - 1
	for p >= a && z.is(p, clsArticles) && !z.is(p, clsOfPreps) {
		p--
	}
	if p < a || !z.is(p, clsOfPreps) {
		return false
	}
	noun := false
	for t, n := p-1, 0; t >= a && n < 5; t, n = t-1, n+1 {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
		if z.is(t, clsVictimNoun) {
			noun = true
			continue
		}
		if hacking(t) {
			return noun
		}
		if !z.is(t, clsArticles) && !(z.toks[t].word && !z.toks[t].upper) {
			return false
		}
	}
	return false
}

// attackAgent reports a passive attack verb and its agent preposition right
// before token t0, past articles: "was launched by the", « a été menée par l' »
// name the actor ("terminals used by Ukrainian military units", no
// auxiliary, name their owner).
func (z *analyzer) attackAgent(t0, a int) bool {
	p := t0 - 1
	for p >= a && (z.is(p, clsArticles) || z.is(p, clsInstitution) && z.ms[z.tokMent[t0]].demonym) {
		p-- // « par le gouvernement marocain »: the noun before its demonym
	}
	if p <= a || !z.has(catAgentPrep, p) {
		return false
	}
	if z.has(catAttackVerb, p-1) && z.hedgedPassiveAt(p-1, a) {
		return true
	}
	// a verb of several words: "was carried out by the Russian government"
	for _, mt := range z.cur {
		if mt.cat == catAttackVerb && mt.j == p && mt.j-mt.i > 1 && mt.i >= a && z.hedgedPassiveAt(mt.i, a) {
			return true
		}
	}
	return false
}

// hedgedPassiveAt is passiveAt with a hedge between the auxiliary and the
// participle ("were most likely carried out by", « a probablement été
// mené par »).
func (z *analyzer) hedgedPassiveAt(i, a int) bool {
	if z.passiveAt(i, a) {
		return true
	}
	free := 0 // plain lower-case words: the hedge ("most likely")
	for t := i - 1; t >= a && t >= i-4; t-- {
		switch {
		case z.is(t, clsPassiveAux):
			return true
		case z.is(t, clsAux) || z.has(catHedge, t):
			continue
		case free < 2 && z.toks[t].word && !z.toks[t].upper && z.tokMent[t] < 0 && z.info[t].cats == 0:
			free++
			continue
		}
		return false
	}
	return false
}

// ownerOfAttacked reports a state named after "of" and a victim noun phrase
// that is the object of an attack verb (« les réseaux de l'agence spatiale
// du Japon », "the network of the space agency of Japan").
func (z *analyzer) ownerOfAttacked(i, a int) bool {
	of := false
	p := i - 1
	for ; p >= a && (z.is(p, clsArticles) || z.is(p, clsOfPreps)); p-- {
		of = of || z.is(p, clsOfPreps) // « du » is both
	}
	return of && z.attackVerbObject(i, a)
}

// attackVerbObject reports an attack verb whose object noun phrase reaches
// token i: only articles, "of" prepositions, one-word victim prepositions and
// victim nouns lie between ("broke into the Dutch", "hacking the site of a
// Polish"), so the institution there is the target, not a speaker or an
// agent ("on behalf of the Chinese government" stops at "behalf").
func (z *analyzer) attackVerbObject(i, a int) bool {
	// free: lower-case words outside the lists, allowed between a victim
	// noun and the institution or state (« la compagnie ferroviaire
	// nationale tchèque », « l'agence spatiale du Japon ») or as the date
	// after the verb (« bloqué en mars 2024 le système »)
	free, noun := 0, false
	for t, n := i-1, 0; t >= a && n < 12; t, n = t-1, n+1 {
		w := z.w(t)
		if z.has(catAttackVerb, t) && z.toks[t].word || z.hackingAt(t) {
			return n < 6 || noun // "hacking the", « piraté » (not "hacking group"), "breaking into the"
		}
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
		if z.is(t, clsVictimNoun) {
			noun = true
			continue
		}
		if z.is(t, clsArticles) || z.is(t, clsOfPreps) || (z.has(catVictimPrep, t) && !z.has(catAgentPrep, t) && !z.is(t, clsAttributePreps)) {
			continue
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			continue // the year of a date
		}
		if free < 3 && z.toks[t].word && !z.toks[t].upper && !z.has(catAttackNoun, t) && !z.is(t, clsAux) {
			free++
			continue
		}
		return false
	}
	return false
}

// attackVerbEndsAt reports an attack verb of several words ending at token
// t ("breaking into", « s'introduire dans »): its object follows as a
// one-word verb's does.
func (z *analyzer) attackVerbEndsAt(t int) bool {
	for _, mt := range z.cur {
		if mt.cat == catAttackVerb && mt.j == t+1 && mt.j-mt.i > 1 {
			return true
		}
	}
	return false
}

// unnamedAfter reports a researcher or company noun within the four words
// after a verb of saying, before any comma or name: after a comma, the inverted subject
// of « …, a indiqué une société de sécurité », "…, said a security firm"
// is no institution, whatever institution noun stands before the verb.
func (z *analyzer) unnamedAfter(i, j, a, b int) bool {
	p := i - 1
	for p > a && z.is(p, clsAux) {
		p-- // « , a indiqué »
	}
	if p < a || z.w(p) != "," {
		return false // "Baerbock said the group was…": the subject is before
	}
	for t := j; t < b && t < j+4; t++ {
		if z.w(t) == "," || z.boundary(t) || z.tokMent[t] >= 0 || z.is(t, clsInstitution) {
			return false // "said a foreign ministry spokesman": an institution's
		}
		if z.is(t, clsResearchers) || z.is(t, clsCompanyNoun) {
			return true
		}
	}
	return false
}

// institutionBefore: an institution noun in the clause before token i, with
// no state named ("Foreign Ministry spokesman Guo Jiakun told reporters").
func (z *analyzer) institutionBefore(i, a int) bool {
	subj := false // a researcher or company noun in the verb's own comma segment
	for t := i - 1; t >= a && t >= i-8; t-- {
		if z.boundary(t) {
			return false
		}
		if z.w(t) == "," {
			if subj {
				// "…hacked an agency in Manila, analysts said", "…, a
				// security firm said": the verb's subject, no institution,
				// stands after the comma; an institution before it is the
				// object of the clause before
				return false
			}
			continue
		}
		subj = subj || z.is(t, clsResearchers) || z.is(t, clsCompanyNoun)
		if z.is(t, clsInstitution) {
			return true
		}
	}
	return false
}

// domesticTargets marks a sentence whose attack hits unqualified domestic
// institutions ("intrusions against government bodies, think tanks and
// politicians", « visant des administrations, des élus »): no country names
// them, so they are the accusing state's own (decided in build, only for a
// state or agency accuser). A noun qualified by a name or a demonym next to
// it ("Taiwanese ministries", "universities in Japan") is a named victim
// instead, and continuation markers are noted on the way.
func (z *analyzer) domesticTargets(s *sentence, a, b int) {
	info := z.info // in a register (the writes to s below could be to z.info, for all the compiler knows)
	for t := a; t < b; t++ {
		// one test for the three classes asked below: most tokens have
		// none of them (issue 11)
		if info[t].cls&(1<<clsContMark|1<<clsSeparate|1<<clsDomFirst) == 0 {
			continue
		}
		if z.is(t, clsContMark) {
			s.contMark = true
		}
		if z.is(t, clsSeparate) {
			s.separate = true
		}
		if s.domestic {
			continue
		}
		if !z.is(t, clsDomFirst) {
			continue
		}
		if z.tokMent[t] >= 0 {
			continue // a mention is no domestic target: no phrase to look for
		}
		n := z.domesticLen(t, b)
		if n == 0 || !z.domesticAttack(t, a) {
			continue
		}
		qualified := false
		for u := t - 2; u < t+n+6 && u < b; u++ {
			if u >= a && (u < t || u >= t+n) && z.tokMent[u] >= 0 {
				qualified = true
			}
			// "universities in about a dozen countries", « dans le monde »;
			// not a date ("offline for two days in April 2024")
			if u >= t+n && z.is(u, clsDomQual) && !z.yearAfter(u, b) {
				qualified = true
			}
		}
		if t-1 >= a && z.is(t-1, clsDomOwner) {
			qualified = true
		}
		if !qualified {
			s.domestic = true
		}
	}
}

// domesticLen is the length in tokens of the domestic target phrase at t
// ending by b: two words, else three, else one (the order the rules
// have always preferred); 0 for none. The phrases starting
// with t's word are compared word by word: "the" and « le » start one
// ("the parliament"), and joining then hashing three keys at each of them
// was a tenth of the sentence analysis (issue 11).
func (z *analyzer) domesticLen(t, b int) int {
	var has [4]bool
	for _, ws := range z.lx.domPhrases[z.w(t)] {
		// (the first word is t's: the phrases are listed by it)
		if len(ws) < len(has) && t+len(ws) <= b && z.wordsAt(t+1, ws[1:]) {
			has[len(ws)] = true
		}
	}
	switch {
	case has[2]:
		return 2
	case has[3]:
		return 3
	case has[1]:
		return 1
	}
	return 0
}

// organOf reports an attack noun and an "of" preposition right before the
// organ at t0 (articles skipped): « le piratage du Bundestag ». French « de »
// after an attack noun may name the attacker too (« les attaques du GRU »),
// so the caller asks for another accused in the sentence.
func (z *analyzer) organOf(t0, a int) bool {
	p := t0 - 1
	for p >= a && z.is(p, clsArticles) && !z.is(p, clsOfPreps) {
		p--
	}
	return p > a && z.is(p, clsOfPreps) && z.has(catAttackNoun, p-1)
}

// attackOnOrgan reports an attack word right before the mention at t0 and a
// targeting preposition between, past articles: "the attack on the
// Bundestag", "hacking into the Foreign Office", « une cyberattaque contre
// le Bundestag ». Not "of" or « du »: « les attaques du GRU » are its own.
func (z *analyzer) attackOnOrgan(t0, a int) bool {
	p := t0 - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	if p <= a || !z.has(catVictimPrep, p) || z.is(p, clsOfPreps) || z.is(p, clsArticles) {
		return false
	}
	return z.has(catAttackNoun, p-1) || z.has(catAttackVerb, p-1)
}

// yearAfter reports a four-digit year in the two tokens after u: "in 2024",
// "in April 2024", « en mars 2024 » name a time, not a place.
func (z *analyzer) yearAfter(u, b int) bool {
	for t := u + 1; t < b && t <= u+2; t++ {
		w := z.w(t)
		if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
			return true
		}
	}
	return false
}

// domesticAttack: an attack word in the ten tokens before i that reports an
// act, not a tendency or a threat ("continues to target", « cherche à
// pirater »: an infinitive after "to"/« à »/« de » is not counted).
func (z *analyzer) domesticAttack(i, a int) bool {
	best := -1
	for n, mt := range z.cur {
		switch mt.cat {
		case catAttackVerb, catAttackNoun, catVictimPrep:
		default:
			continue
		}
		if mt.j > i || mt.j < i-10 || mt.i < a {
			continue
		}
		if best < 0 || mt.j > z.cur[best].j || (mt.j == z.cur[best].j && mt.cat == catAttackVerb) {
			best = n
		}
	}
	if best < 0 {
		return false
	}
	mt := z.cur[best]
	if mt.cat == catVictimPrep {
		// "against ministries": the attack word must come just before it
		ok := false
		for _, o := range z.cur {
			if (o.cat == catAttackVerb || o.cat == catAttackNoun) && o.j <= mt.i && o.j >= mt.i-3 && o.i >= a {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	for t := mt.j; t < i; t++ {
		if z.frameAt(t) || z.hardStop(t) {
			return false
		}
	}
	if mt.cat == catAttackVerb && mt.i > a {
		p, w := z.w(mt.i-1), z.w(mt.i)
		if z.lx.modals[p] || ((z.is2(mt.i-1, cls2InfMarkers) || hasPrefixIn(p, z.lx.modalPrefixes)) && hasSuffixIn(w, z.lx.infSuffixes)) {
			return false
		}
	}
	return true
}

// clearedAfter reports a group mention followed in its sentence by an
// exoneration phrase (lexicon exonerations: "ruled out", « mis hors de
// cause ») whose object names no other actor ("…Lazarus, but investigators
// ruled out the North Korean group", « Lazarus a été mis hors de cause »),
// with no accusation trigger between the group and the phrase.
func (z *analyzer) clearedAfter(m *ment, b int) bool {
	for _, mt := range z.cur {
		if mt.cat != catExoneration || mt.i < m.t1 || mt.i >= b {
			continue
		}
		for _, o := range z.cur {
			if (o.cat == catAccuse || o.cat == catCueLeft || o.cat == catCueRight) && o.i >= m.t1 && o.i < mt.i {
				return false
			}
		}
		// the phrase's object: a named actor there is the one cleared
		for t := mt.j; t < b && t < mt.j+4; t++ {
			if k := z.tokMent[t]; k >= 0 && &z.ms[k] != m && !z.ms[k].demonym {
				return false
			}
			if z.isPunct(t) {
				break
			}
		}
		return true
	}
	return false
}

// exonerationOnly reports a sentence with an exoneration phrase whose
// every accusation or attribution trigger lies inside such a phrase (the
// link word of "no link to" is the phrase's own, not an accusation).
func (z *analyzer) exonerationOnly() bool {
	inside := func(mt match) bool {
		return slices.ContainsFunc(z.cur, func(o match) bool { return o.cat == catExoneration && o.i <= mt.i && mt.j <= o.j })
	}
	if !slices.ContainsFunc(z.cur, func(o match) bool { return o.cat == catExoneration }) {
		return false
	}
	return !slices.ContainsFunc(z.cur, func(mt match) bool { return (mt.cat == catAccuse || mt.cat == catAttribute) && !inside(mt) })
}

// modalAfterPhrase reports a modal within three words after t, only
// attacker and tie words between ("Chinese state hackers could target",
// « des pirates étatiques chinois pourraient viser »): the attackers'
// noun phrase is the subject of a possibility, not of a deed.
func (z *analyzer) modalAfterPhrase(t, b int) bool {
	for u := t; u < b && u <= t+3; u++ {
		if z.modalAt(u) {
			return true
		}
		if !z.is(u, clsAttacker) && !z.lx.tie[z.w(u)] && z.tokMent[u] < 0 {
			return false
		}
	}
	return false
}

// modalVerb reports a modal right before the verb at i, or one word (no
// auxiliary) before it: "could target", "could also target", « pourraient
// viser »; "may have targeted" tells a hedged deed and is not one.
func (z *analyzer) modalVerb(i, a int) bool {
	pm, x := z.lx.possModals, &z.lx.possModalsIdx
	return i-1 >= a && x.get(pm, z.w(i-1)) || i-2 >= a && x.get(pm, z.w(i-2)) && z.toks[i-1].word && !z.is(i-1, clsAux) && !z.is(i-1, clsPassiveAux) && z.tokMent[i-1] < 0
}

// modalAt reports a modal at token t ("could", "might", « pourrait »):
// the subject before it is what may happen, not what did.
func (z *analyzer) modalAt(t int) bool {
	w := z.w(t)
	return z.lx.modals[w] && !z.is2(t, cls2InfMarkers) || hasPrefixIn(w, z.lx.modalPrefixes)
}

// hackVerb: an attack verb whose object is the thing broken into, not an
// operation launched or a sanction target ("hacked the Bundestag", not
// "targeted the MSS" with sanctions).
func (z *analyzer) hackVerb(w string) bool {
	return hasPrefixIn(w, z.lx.hackStems)
}

// passiveAttackAfter reports a passive attack verb within eight tokens
// after j, in the same clause, whose subject the phrase at j can be
// ("Italian companies and Spanish hospitals were targeted", « des
// entreprises allemandes ont été visées »).
func (z *analyzer) passiveAttackAfter(j, a, b int) bool {
	// "Twenty Italian websites, including those of the foreign ministry,
	// were knocked offline": the examples set off by commas are the
	// subject's, not the end of it
	c := j // the comma after the subject's head ("websites, including")
	for c < b && c < j+4 && z.toks[c].word && z.tokMent[c] < 0 {
		c++
	}
	e := z.exampleAside(c, b)
	skip := 0
	if e > j {
		skip = e + 1 - c
	}
	for _, mt := range z.cur {
		if mt.cat != catAttackVerb || mt.i < j || mt.i > j+8+skip || !z.passiveAt(mt.i, a) && !z.headlinePassive(mt, a, b) {
			continue
		}
		for t := j; t < mt.i; t++ {
			if t == c && e > c {
				t = e
				continue
			}
			if z.boundary(t) || z.w(t) == "," || z.frameAt(t) || z.is(t, clsRelatives) {
				return false
			}
		}
		return true
	}
	return false
}

// exampleAside returns the comma closing a list of examples set off by
// commas that opens at token j, the one a verb follows (", including those of the foreign
// ministry, Milan's airports and several banks,", « , dont ceux du
// ministère, » ): at most twenty words, no sentence boundary; -1 when there
// is none.
func (z *analyzer) exampleAside(j, b int) int {
	if j >= b || z.w(j) != "," {
		return -1
	}
	for _, ws := range z.lx.exampleMarkers {
		if j+1+len(ws) >= b || !z.wordsAt(j+1, ws) {
			continue
		}
		for t := j + 1 + len(ws); t < b && t <= j+20; t++ {
			if z.boundary(t) || z.hardStop(t) {
				return -1
			}
			if z.w(t) == "," && t+1 < b && (z.is(t+1, clsAux) || z.is(t+1, clsPassiveAux) || z.has(catAttackVerb, t+1)) {
				return t // the verb of the subject comes next
			}
		}
		return -1
	}
	return -1
}

// passiveSubject reports a passive attack verb right after token j with only
// auxiliaries between ("Singapore is being targeted by", « la Pologne a été
// visée »): the name before is the target.
func (z *analyzer) passiveSubject(j, a, b int) bool {
	if !z.passiveAttackAfter(j, a, b) {
		return false
	}
	for t := j; t < b && t < j+4; t++ {
		if z.has(catAttackVerb, t) {
			return t > j
		}
		if !z.is(t, clsAux) {
			return false
		}
	}
	return false
}

// suffersAttack reports a suffer verb (suffer_verbs) within four words
// after token j, no punctuation nor mention between, whose object, within
// five words, is an attack noun: "X had also faced similar operations",
// « X a subi des attaques »; the subject before j is a target.
func (z *analyzer) suffersAttack(j, b int) bool {
	for t := j; t < b && t < j+4; t++ {
		if z.tokMent[t] >= 0 || !z.toks[t].word {
			return false
		}
		if !z.is2(t, cls2Suffer) {
			continue
		}
		for u := t + 1; u < b && u <= t+5; u++ {
			if z.tokMent[u] >= 0 || !z.toks[u].word {
				return false
			}
			if z.has(catAttackNoun, u) {
				return true
			}
		}
		return false
	}
	return false
}

// eventTargets reports a targeting verb whose subject is an attack ("the
// cyberattack that targeted the Bundestag", « la cyberattaque qui avait visé
// le Bundestag »): its object is hit, unlike "sanctions targeted the MSS".
func (z *analyzer) eventTargets(i, a int) bool {
	if !hasPrefixIn(z.w(i), z.lx.eventTargetStems) {
		return false
	}
	for _, mt := range z.cur {
		if mt.cat == catAttackNoun && mt.j <= i && mt.j >= i-4 && mt.i >= a {
			return true
		}
	}
	return false
}

// appositionOrg returns the organisation of an apposition starting at token
// i that gives a person's title ("a researcher at ESET", « analyste chez
// Sekoia », "spokesperson for the foreign ministry"), or -1.
func (z *analyzer) appositionOrg(i, b int, ok pick) int {
	title := false
	for t := i; t < b && t < i+8; t++ {
		if z.hardStop(t) || z.w(t) == "," {
			return -1
		}
		if k := z.tokMent[t]; k >= 0 {
			if title && ok(&z.ms[k]) {
				return k
			}
			return -1
		}
		if z.is(t, clsResearchers) {
			title = true
		}
	}
	return -1
}

// attributedObject reports whether the phrase at token i is the object of an
// attribution or accusation verb a few words before it ("attributed the
// breaches to", « ont attribué mercredi ces intrusions à »): it refers back
// to the incident the article is about.
func (z *analyzer) attributedObject(i, a int) bool {
	for t := i - 1; t >= a && t >= i-3; t-- {
		if z.has(catAttribute, t) || z.has(catAccuse, t) {
			return true
		}
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
	}
	return false
}

// demonymList reports a demonym coordinated with another one ("Chinese,
// Russian or Iranian operations").
func (z *analyzer) demonymList(k int) bool {
	m := &z.ms[k]
	for _, dir := range []int{1, -1} {
		t := m.t1
		if dir < 0 {
			t = m.t0 - 1
		}
		for n := 0; t >= 0 && t < len(z.toks) && n < 3; n, t = n+1, t+dir {
			if o := z.tokMent[t]; o >= 0 {
				if o != k && z.ms[o].demonym {
					return true
				}
				break
			}
			if !z.joiner(t) {
				break
			}
		}
	}
	return false
}

// attributePrep reports a mention introduced by the preposition that
// names the accused of an attribution verb ending at token j (« attribué
// la cyberattaque au GRU », "attributed the hack to APT28"): the first such
// preposition after the verb only (« attribuent à ce groupe le piratage de
// Sony aux Etats-Unis »: the second places the attack).
func (z *analyzer) attributePrep(m *ment, j int) bool {
	t := m.t0 - 1
	for t >= j && z.is(t, clsArticles) && !z.is(t, clsAttributePreps) {
		t--
	}
	if t < j || !z.is(t, clsAttributePreps) {
		return false
	}
	for u := j; u < t; u++ {
		if z.is(u, clsAttributePreps) {
			return false
		}
	}
	return true
}

// initialSource reports a sentence that opens with an initial source word
// (« Pour Varsovie, … », « Pour la ministre X, il ne fait aucun doute
// que… »): a named state, organ or company, or an institution anaphor, then
// a comma within nine tokens; the sentence is that speaker's view, as after
// « selon ».
func (z *analyzer) initialSource(a, b int) bool {
	if a >= b || !z.is(a, clsInitialSources) {
		return false
	}
	for t := a + 1; t < b && t <= a+9; t++ {
		if z.w(t) == "," {
			return false
		}
		if z.hardStop(t) {
			return false
		}
		if _, ok := z.anaphorAt(t); ok {
			return z.commaWithin(t, b, 8)
		}
		if k := z.tokMent[t]; k >= 0 {
			switch z.ms[k].Entity.Kind {
			case claim.KindState, claim.KindAgency, claim.KindIntergov, claim.KindCompany:
				return z.commaWithin(z.ms[k].t1, b, 6)
			}
			return false
		}
	}
	return false
}

func (z *analyzer) commaWithin(from, b, n int) bool {
	for t := from; t < b && t < from+n; t++ {
		if z.w(t) == "," {
			return true
		}
		if z.hardStop(t) {
			return false
		}
	}
	return false
}

// groupRelativeBefore reports a relative clause opened right after a named
// group ("APT40, which it links to …") that holds the token i (within six
// tokens of the relative pronoun).
func (z *analyzer) groupRelativeBefore(i, a int) bool {
	for t := i - 1; t >= a && t >= i-6; t-- {
		if z.hardStop(t) {
			return false
		}
		if !z.is(t, clsRelatives) {
			continue
		}
		p := t - 1
		if p >= a && z.w(p) == "," {
			p--
		}
		if p >= a {
			if k := z.tokMent[p]; k >= 0 && z.ms[k].Entity.Kind == claim.KindGroup {
				return true
			}
		}
		return false
	}
	return false
}

// passiveAgentAfter returns the agent preposition of a passive verb after
// token j in [j, b) ("were issued by", « ont été publiées par »), or -1.
func (z *analyzer) passiveAgentAfter(j, b int) int {
	for t := j + 1; t < b; t++ {
		if z.w(t) == ";" || isQuote(z.w(t)) {
			return -1
		}
		if z.has(catAgentPrep, t) && z.participleAt(t-1) && z.passiveAt(t-1, j) {
			return t
		}
	}
	return -1
}

// statementSubject reports a clause whose subject is a statement ("The
// joint advisory, led by…", « Fait rare, le document est… ») before the
// token i: a report anaphor or a statement noun after nothing but articles
// and joint words, or an opening phrase closed by a comma; not a statement
// inside a phrase (« Dans un avis publié…, le FBI… »).
func (z *analyzer) statementSubject(a, i int) bool {
	clean := true
	for t := a; t < i && t < a+8; t++ {
		if z.tokMent[t] >= 0 || z.boundary(t) {
			return false
		}
		if c, ok := z.anaphorAt(t); ok && c == catAnaReport && clean {
			return true
		}
		switch {
		case z.w(t) == ",":
			clean = true
		case z.is(t, clsStatementNouns):
			if clean {
				return true
			}
		case z.is(t, clsArticles) || z.is(t, clsIndefinite) || z.is(t, clsJointWords):
		default:
			clean = false
		}
	}
	return false
}

// statementPublishers returns the speakers who publish a statement named
// as the object of their verb: a statement noun, after at most three
// articles or joint words ("a joint advisory"), right after a verb whose
// subject names speakers, when a joint word stands beside the noun
// ("issued statements backing the finding", "statements of their own along
// the same lines", « a publié un communiqué commun »). A plain report or a
// statement of solidarity says nothing of the accusation before.
func (z *analyzer) statementPublishers(a, b int, ok pick) []int {
	var out []int
	for t := a + 1; t < b; t++ {
		if !z.is(t, clsStatementNouns) {
			continue
		}
		joint := false
		for u := t - 3; u <= t+6 && u < b; u++ {
			if u >= a && u != t && z.is(u, clsJointWords) {
				joint = true
			}
		}
		if !joint {
			continue // "issued statements of solidarity": no endorsement said
		}
		v := t - 1
		for n := 0; n < 3 && v > a && (z.is(v, clsArticles) || z.is(v, clsIndefinite) || z.is(v, clsJointWords)); n++ {
			v--
		}
		if v > a && z.tokMent[v] >= 0 && z.is(v+1, clsJointWords) {
			v++ // "Canada and Australia joined the condemnation": the joint word is the verb
		}
		if v <= a || z.tokMent[v] >= 0 || z.isPunct(v) || z.boundary(v) || z.is(v, clsArticles) || z.is(v, clsOfPreps) || z.has(catAgentPrep, v) {
			continue
		}
		sub := z.leftSubject(v, a, ok)
		if len(sub.ids) == 0 {
			continue
		}
		// "issued a joint statement, although neither named Russia", « Ni
		// Paris ni Berlin n'ont publié… »: the publishers hold back
		held := false
		for u := a; u < b && !held; u++ {
			held = z.has(catNegation, u) || z.is(u, clsNegWords)
		}
		if held {
			continue
		}
		out = addUniq(out, sub.ids...)
	}
	return out
}

// statementNounBefore reports a statement noun at most two words before the
// trigger at i, which then qualifies it ("statements attributing", « des
// déclarations attribuant »).
func (z *analyzer) statementNounBefore(i, a int) bool {
	for t := i - 1; t >= a && t >= i-2; t-- {
		if z.is(t, clsStatementNouns) {
			return true
		}
	}
	return false
}

// partnersAfter returns the states listed after a speaker as its partners:
// "(the NCSC) with its partners in the United States, Canada and
// Australia", « (l'Anssi) et ses homologues en Belgique et aux Pays-Bas »:
// a coordinator or "with", an optional determiner, an institution noun, a
// list preposition, then the list.
func (z *analyzer) partnersAfter(j, b int) []int {
	t := j
	if t >= b || !(z.has(catCoord, t) || z.is(t, clsListWords)) {
		return nil
	}
	for t++; t < b && t < j+4 && (z.is(t, clsArticles) || z.is(t, clsListWords) || z.has(catCoord, t)); t++ {
	}
	if t+2 >= b || !z.is(t, clsInstitution) || !z.is(t+1, clsListPreps) {
		return nil
	}
	u := t + 2
	for u < b && z.is(u, clsArticles) {
		u++
	}
	if k := z.tokMent[u]; u < b && k >= 0 && z.ms[k].isState() {
		// the list reads as places ("in"): any named state of it is a partner
		return z.extendRight(k, b, func(m *ment) bool { return m.isState() && m.country() != "" && !m.neg && !m.demonym })
	}
	return nil
}

// trimList drops the items of a list read left to right (extendRight) that
// follow its last coordinated item: a list ends with "and"/« et » before its
// last item, so "According to Germany, the GRU hacked…" is Germany alone,
// its comma closing the phrase, while "according to Germany, France and
// Italy" keeps all three.
func (z *analyzer) trimList(ids []int) []int {
	last := 0
	for n := 1; n < len(ids); n++ {
		for t := z.ms[ids[n-1]].t1; t < z.ms[ids[n]].t0; t++ {
			if z.has(catCoord, t) && z.w(t) != "," {
				last = n
			}
		}
	}
	if last == 0 {
		// no coordinator: an asyndetic list of states still reads as one
		// ("According to Germany, France, Italy, …")
		n := 1
		for n < len(ids) && z.ms[ids[n]].isState() && z.ms[ids[0]].isState() {
			n++
		}
		return ids[:n]
	}
	return ids[:last+1]
}

// namingTrigger reports an accusation word whose object is followed, before
// any attack word, by a naming phrase (naming_phrases): « CrowdStrike
// désigne les opérateurs de DoppelPaymer sous le nom de Doppel Spider » names
// the operators; « Israël désigne MuddyWater » accuses it.
func (z *analyzer) namingTrigger(mt match, b int) bool {
	if len(z.lx.namingPhrases) == 0 {
		return false
	}
	for t := mt.j; t < b && t < mt.j+10; t++ {
		for _, ws := range z.lx.namingPhrases {
			if t+len(ws) <= b && z.wordsAt(t, ws) {
				return true
			}
		}
		if z.cyber(t) || z.has(catAttackNoun, t) || z.has(catAttackVerb, t) || z.hardStop(t) {
			return false
		}
	}
	return false
}

// renamedGroup reports a group mention that only re-labels a group already
// in context ("Mandiant tracks it as APT45", « qui suit ces pirates sous le
// nom de Vanguard Panda »): it must not replace that group as the
// antecedent of the anaphors that follow.
func (z *analyzer) renamedGroup(k int) bool {
	t0 := z.ms[k].t0
	var buf [2]int // on the stack: the list was allocated for every group mention
	ends := append(buf[:0], t0)
	if t0 > 0 && z.is(t0-1, clsArticles) && !z.toks[t0-1].upper {
		ends = append(ends, t0-1) // "tracks it as the APT45 cluster"
	}
	for _, e := range ends {
		if e < 1 || !z.is(e-1, clsPhraseLast) {
			continue // no cue ends before e (issue 11)
		}
		if z.phraseSetEndsAt(z.lx.renamingCues, &z.lx.renamingSet, e, 0) {
			return true
		}
	}
	return false
}

// phraseEndsAt reports whether the folded words ws end right before token e.
func (z *analyzer) phraseEndsAt(ws []string, e int) bool {
	i := e - len(ws)
	if i < 0 {
		return false
	}
	for j, w := range ws {
		if z.w(i+j) != w {
			return false
		}
	}
	return true
}

// inAttackTargets reports token i inside the targets of an attack noun:
// within twelve words after "attacks against", « attaques contre », with no
// clause boundary, cue or other named entity between.
func (z *analyzer) inAttackTargets(i, a int) bool {
	for t := i - 1; t > a && t >= i-12; t-- {
		if z.boundary(t) || (z.tokMent[t] >= 0 && !z.ms[z.tokMent[t]].demonym) ||
			z.has(catAccuse, t) || z.has(catAttribute, t) || z.has(catReport, t) || z.has(catCueRight, t) {
			return false
		}
		if z.is2(t, cls2AttackTargetPreps) {
			for _, mt := range z.cur {
				if mt.cat == catAttackNoun && mt.j >= t-1 && mt.j <= t && mt.i >= a {
					return true
				}
			}
			return false
		}
	}
	return false
}

// toldInAttack reports a state named inside the description of the attack
// an accusation trigger is about, after its attack word: "accused the GRU
// of operations against the organisers of the Tokyo Games", « rattaché au
// groupe des intrusions visant le Parlement finlandais ». The attack's
// targets, places and people are not accused. An attacker's state keeps
// its tie there ("attacks by Russian military hackers"), as does a state
// that a word after the attack names as its author: an attribution's or
// agent's preposition, a cue or an origin ("attacks to Russia … and to
// North Korea", "carried out by Russia", « des attaques venues de
// Russie », "organisations from Russia").
func (z *analyzer) toldInAttack(m *ment, mt match) bool {
	if !m.isState() || m.tie || m.attacker || m.attackAdj {
		return false
	}
	last := -1
	for t := mt.j; t < m.t0; t++ {
		if z.has(catAttackVerb, t) || z.has(catAttackNoun, t) || z.is2(t, cls2AttackTargetPreps) {
			last = t
		}
	}
	if last < 0 {
		return false
	}
	for t := last + 1; t < m.t0; t++ {
		if z.is(t, clsAttributePreps) || z.has(catAgentPrep, t) || z.has(catCueRight, t) || z.is(t, clsPlacePreps) {
			return false
		}
	}
	return true
}

// subjectOf reports that mention k is the subject of the verb at token i:
// between them only auxiliaries, negations, of-prepositions and the
// possessive or a quote mark opening on the verb ("North Korea had carried
// out", « la Corée du Nord aurait volé », "accused Beijing of hacking",
// « Pékin d'avoir piraté », "Iran's attacks"), and at most two other words
// (adverbials: "Pyongyang routinely uses", "China has for years
// targeted"). A comma or other punctuation, a coordination, another name,
// or a longer stretch puts the state in another clause or phrase:
// "laundered through Hong Kong and then used", "Britain would respond to
// such attacks", « les Jeux de Paris, notamment en piratant ».
func (z *analyzer) subjectOf(k, i int) bool {
	other := 0
	for t := z.ms[k].t1; t < i; t++ {
		if z.is(t, clsAux) || z.is(t, clsOfPreps) || z.is(t, clsNegParticles) || z.is(t, clsNegWords) || z.w(t) == "'s" || isQuote(z.w(t)) || z.w(t) == "«" {
			continue
		}
		if !z.toks[t].word || z.tokMent[t] >= 0 || z.has(catCoord, t) {
			return false // "through Hong Kong and then used": another subject's verb
		}
		other++
	}
	return other <= 2
}

// toolSubject reports a tool noun right before the trigger at token i
// (auxiliaries and adverbs such as "previously" between): "tools
// previously linked to the Russian group Sandworm", « un outil lié au
// GRU ». The link names the tool's known user, which the text does not
// thereby accuse of the attack; an operation or campaign is the attack
// itself and keeps its link.
func (z *analyzer) toolSubject(i, a int) bool {
	t := i - 1
	for t > a && z.is(t, clsAux) && z.toks[t].word {
		t--
	}
	if t < a || !z.is(t, clsToolNouns) || z.is(t, clsAttacker) || z.has(catAttackNoun, t) || z.cyber(t) {
		return false
	}
	// « un acteur malveillant lié à la Chine »: an adjective of the
	// attacker noun before it, not a tool
	return t == a || !z.is(t-1, clsAttacker)
}

// toolNamed reports a group name that names a tool here: after its tool
// noun (« la porte dérobée CloudSorcerer », "the implant X"), after the tool
// noun and a naming cue ("a backdoor called X", "the backdoor, named X,", «
// la porte dérobée, baptisée X ») or, after a word of use, before it ("used
// the PlugX backdoor", "deploying X malware"). Ransomware names stay their
// gangs' (« le rançongiciel LockBit » is how the gang is written).
func (z *analyzer) toolNamed(m *ment, a, b int) bool {
	// toolNoun: a tool noun at t; cyberOK admits the cyber ones
	// ("backdoor", "malware"), never an attack noun ("ransomware")
	toolNoun := func(t int, cyberOK bool) bool {
		return t >= a && t < b && z.toks[t].word && z.is(t, clsToolNouns) && !z.is(t, clsAttacker) &&
			!z.has(catAttackNoun, t) && (cyberOK || !z.cyber(t))
	}
	tool := func(t int) bool { return toolNoun(t, false) }
	if tool(m.t0 - 1) {
		return true
	}
	for _, ws := range z.lx.groupNameCues {
		if z.phraseEndsAt(ws, m.t0) {
			t := m.t0 - len(ws) - 1
			if t >= a && z.w(t) == "," {
				t--
			}
			if toolNoun(t, true) {
				return true
			}
		}
	}
	if !tool(m.t1) {
		return false
	}
	t := m.t0 - 1
	for t >= a && z.is(t, clsArticles) {
		t--
	}
	return t >= a && z.is(t, clsInfraUse)
}

// toolUser reports a group k named within four words after a link
// trigger whose subject is a tool (see toolSubject).
func (z *analyzer) toolUser(s *sentence, k int) bool {
	m := &z.ms[k]
	for _, mt := range s.matches {
		if (mt.cat == catAttribute || mt.cat == catCueRight) && mt.j <= m.t0 && m.t0-mt.j <= 4 && z.toolSubject(mt.i, s.t0) {
			return true
		}
	}
	return false
}

// demonymListNext reports a demonym k that opens the next item of a list
// whose item before is the victim demonym prev, each item a noun phrase of
// its own: "hit Spanish telecom operator Telefónica, German railway operator
// Deutsche Bahn and French carmaker Renault", « dont le groupe français
// Saint-Gobain, le transporteur maritime danois Maersk ». The words between
// are prev's phrase, one joiner and, where the demonym follows its noun,
// the next head; no verb, clause or other state lies between, and an organ
// or an attacker is no target of the list.
func (z *analyzer) demonymListNext(prev, k int) bool {
	p, m := &z.ms[prev], &z.ms[k]
	if !p.demonym && !z.possessiveItem(p) || !m.demonym || m.tie || m.attacker && !z.namesCompany(m) || m.instHead || m.t0-p.t1 < 2 {
		return false
	}
	joined, skipped := -1, 0
	for t := p.t1; t < m.t0; t++ {
		if e := z.itemRelative(t, m.t0); e > t {
			// ", which halted production," inside prev's item
			skipped += e - t
			t = e
			joined = t
			continue
		}
		if n := z.tokMent[t]; n >= 0 && z.ms[n].Entity.Kind != claim.KindCompany {
			return false
		}
		if !z.is(t, clsArticles) && (z.is(t, clsRelatives) || z.is(t, clsAux) || z.is(t, clsPassiveAux) || z.is(t, clsClauseBreaks) || z.is(t, clsComplementizers)) {
			return false
		}
		for _, c := range []cat{catAccuse, catAttribute, catReport, catAttackVerb, catBoundary, catAgentPrep} {
			if z.has(c, t) {
				return false
			}
		}
		if w := z.w(t); w == "," || z.has(catCoord, t) {
			joined = t
		}
	}
	if joined < 0 || joined == p.t1 || m.t0-p.t1-skipped > 8 {
		return false
	}
	// after the joiner: an article, then (French) at most the head's words
	for t := joined + 1; t < m.t0; t++ {
		if !z.is(t, clsArticles) && !(z.lx.adjectiveAfterNoun && z.toks[t].word && !z.toks[t].upper && m.t0-t <= 3) {
			return false
		}
	}
	return true
}

// joinedAfter reports mention k right after mention prev with only
// joiners between ("NATO and EU", "NATO, the EU").
func (z *analyzer) joinedAfter(prev, k int) bool {
	t0, t1 := z.ms[prev].t1, z.ms[k].t0
	if t1 <= t0 {
		return false
	}
	for t := t0; t < t1; t++ {
		if !z.joiner(t) {
			return false
		}
	}
	return true
}

// deniedAttack reports a place of an attack noun that a negative
// determiner denies, within eight words before the mention and no
// punctuation between ("reported no such attacks against Luxembourg
// institutions", « n'a signalé aucune attaque de ce type contre des
// institutions luxembourgeoises »), or a place fronted before such a
// clause (« Au Luxembourg, l'agence n'a signalé aucune attaque »), or
// before a denied victim noun (« En France, aucune victime … n'a été
// rendue publique »).
func (z *analyzer) deniedAttack(m *ment, a, b int) bool {
	if m.t0 <= a+1 && m.t1 < b && z.w(m.t1) == "," {
		// "In Luxembourg, the agency reported no such attacks": the place
		// fronted before a denied attack
		for t := m.t1 + 1; t+1 < b; t++ {
			if z.is2(t, cls2NegDet) && (z.has(catAttackNoun, t+1) || t+2 < b && z.has(catAttackNoun, t+2) || z.is(t+1, clsVictimNoun)) {
				return true // (or a denied victim: « En France, aucune victime de Volt Typhoon n'a été rendue publique »)
			}
		}
	}
	for t := m.t0 - 1; t > a && t >= m.t0-8; t-- {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
		if !z.has(catAttackNoun, t) {
			continue
		}
		for u := t - 1; u >= a && u >= t-2; u-- {
			if z.is2(u, cls2NegDet) {
				return true
			}
		}
		return false
	}
	return false
}

// possessiveItem reports a state's possessive that opens a list item of a
// target ("hit Britain's National Health Service, Spanish telecoms group
// Telefonica and …"): the state names the item's owner as a demonym would.
func (z *analyzer) possessiveItem(p *ment) bool {
	return p.isState() && !p.demonym && p.t1 < len(z.toks) && z.w(p.t1) == "'s"
}

// namesCompany reports a demonym whose noun phrase, with no cyber word,
// ends in a name ("Spanish telecoms group Telefonica"): its "group" is a
// business, not an attacker ("Russian hacking group Killnet" has one).
func (z *analyzer) namesCompany(m *ment) bool {
	for t := m.t1; t < len(z.toks) && t < m.t1+4; t++ {
		if n := z.tokMent[t]; n >= 0 {
			return z.ms[n].Entity.Kind == claim.KindCompany
		}
		if z.isPunct(t) || z.cyber(t) {
			return false
		}
		if z.toks[t].upper {
			return true
		}
	}
	return false
}

// itemRelative returns the comma closing a relative clause set off by
// commas that starts at token t, a comma, before token end (", which was
// forced to cancel appointments," « , qui a dû suspendre sa production, »):
// an aside about a list item, not the end of the list. It names no state
// or organ and stops at no sentence boundary; -1 when there is none.
func (z *analyzer) itemRelative(t, end int) int {
	if z.w(t) != "," || t+1 >= end || !z.is(t+1, clsRelatives) {
		return -1
	}
	for u := t + 2; u < end && u <= t+16; u++ {
		if n := z.tokMent[u]; n >= 0 && z.ms[n].Entity.Kind != claim.KindCompany || z.has(catBoundary, u) {
			return -1
		}
		if z.w(u) == "," {
			return u
		}
	}
	return -1
}

// laterLink reports a mention after a link the sentence adds to its own
// statement without naming who makes it: an agentless passive ("…, and it
// has since been tied to the theft from Bangladesh's central bank", « …, et
// il a depuis été relié au piratage de… ») or a relative clause whose
// subject is unnamed researchers ("the same outfit that investigators have
// linked to the breach at…"). A statement (a speaker or an accusation cue)
// comes before the link and no speaker or agent after it: the incident it
// names is background, and its places are no victims of the claim.
func (z *analyzer) laterLink(s *sentence, m *ment, a, b int) bool {
	t := m.t0 - 1
	for ; t > a; t-- {
		if z.hardStop(t) || z.tokMent[t] >= 0 && z.ms[z.tokMent[t]].Entity.Kind != claim.KindCompany {
			return false
		}
		if z.has(catAttribute, t) {
			break
		}
	}
	if t <= a+1 {
		return false
	}
	passive := z.is(t-1, clsPassiveAux) && !z.is(t-1, clsArticles)
	unnamed := false
	for i := t - 1; i > a && i >= t-3; i-- {
		if z.is(i, clsResearchers) && z.is(i-1, clsRelatives) {
			unnamed = true
		}
	}
	if !passive && !unnamed {
		return false
	}
	before := false
	for _, k := range s.speakers {
		if z.ms[k].t1 <= t {
			before = true
		} else {
			return false // "…, ESET said": the link is the statement
		}
	}
	for i := a; i < t-1 && !before; i++ {
		before = z.has(catAccuse, i) || z.has(catReport, i) || z.has(catCueRight, i) || z.has(catCueLeft, i)
	}
	if !before {
		return false
	}
	for i := t + 1; i < b; i++ {
		if z.has(catAgentPrep, i) {
			return false // "has been tied to the hack by Mandiant": named after all
		}
	}
	return true
}

// selfClaimedTarget reports a mention after a self-claim ("the hacktivists
// claimed responsibility for disrupting utilities in Poland", « des hackers
// ont riposté en revendiquant la mise hors ligne de sites algériens ») in a
// sentence that accuses no one: the target is the attackers' own word, not
// the victim of an attribution. The self-claim's subject is no state or
// organ ("officials claimed that…" is a statement).
func (z *analyzer) selfClaimedTarget(s *sentence, m *ment, a int) bool {
	for _, mt := range s.matches {
		switch mt.cat {
		case catAccuse, catAttribute, catCueRight, catCueLeft:
			return false
		}
	}
	for t := m.t0 - 1; t >= a; t-- {
		if z.hardStop(t) {
			return false
		}
		if z.selfClaimsAt(t, m.t0, func(int) bool { return true }) {
			for u := t - 1; u >= a && u >= t-3; u-- {
				if k := z.tokMent[u]; k >= 0 && (z.ms[k].Entity.Kind == claim.KindState || z.ms[k].Entity.Kind == claim.KindAgency) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// specificEvent reports a year or a named group or accusable organ in the
// sentence [a, b): what a habitual accusation names beyond the habit.
func (z *analyzer) specificEvent(a, b int) bool {
	for t := a; t < b; t++ {
		if w := z.w(t); len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigits(w) {
			return true
		}
		if k := z.tokMent[t]; k >= 0 {
			if kd := z.ms[k].Entity.Kind; kd == claim.KindGroup || (kd == claim.KindAgency && z.ms[k].accusedOK()) {
				return true
			}
		}
	}
	return false
}

// objectInGap reports an attribution phrase written with a gap and ending
// in a victim preposition ("blamed * on", "pinned * on") whose gap is no
// noun phrase of the thing blamed ("the attack", "the WannaCry outbreak",
// "it"): a gap opening on another word ("was blamed for an attack on a
// steel plant") or naming an accusable actor ("blamed China for attacks on
// US firms") leaves the verb alone to say who is blamed, and the
// preposition opens a target, not the accused.
func (z *analyzer) objectInGap(mt match) bool {
	if mt.j-mt.i < 3 || !z.has(catVictimPrep, mt.j-1) {
		return false
	}
	if f := mt.i + 1; !z.is(f, clsArticles) && !z.is(f, clsObjectPron) && !z.is(f, clsAttackPron) && !z.toks[f].upper {
		return true
	}
	return z.accusedIn(mt.i+1, mt.j-1)
}

// namedOperation reports a capitalised name right after a cue that no table
// knows, closing the clause: a malware or operation named as the thing
// someone is behind ("North Korea was behind WannaCry", « la Russie est
// derrière NotPetya »).
func (z *analyzer) namedOperation(j, b int) bool {
	if j >= b || !z.toks[j].word || !z.toks[j].upper || z.tokMent[j] >= 0 || isDigits(z.w(j)) {
		return false
	}
	return j+1 >= b || z.isPunct(j+1) || z.has(catAttackNoun, j+1) || z.cyber(j+1)
}

// indefiniteObject reports an attribution object that opens, after its
// preposition, on an indefinite determiner: « des groupes liés à des
// États », "tied to a foreign government". It names a new, unnamed actor,
// so the trigger does not point back to the accused of the sentences
// before (as "linked it to", "linked the attack to the group" do).
func (z *analyzer) indefiniteObject(j, b int) bool {
	t := j
	if t < b && z.is(t, clsAttributePreps) {
		t++
	}
	return t < b && (z.is(t, clsIndefinite) || z.is2(t, cls2IndefinitePlural))
}

// allTriggersNegated reports a sentence with accusation triggers that are
// all negated or suspended (negatedAt).
func (z *analyzer) allTriggersNegated(s *sentence, a int) bool {
	n := 0
	for _, mt := range s.matches {
		switch mt.cat {
		case catAccuse, catAttribute, catCueRight, catCueLeft:
			if !z.suspendedAccusation(mt, a) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// coordAttributePrep: mention m follows a coordinated attribution
// preposition ("and to North Korea", « et à la Corée du Nord »), past
// articles, after token j.
func (z *analyzer) coordAttributePrep(m *ment, j int) bool {
	t := m.t0 - 1
	for t > j && z.is(t, clsArticles) && !z.is(t, clsAttributePreps) {
		t--
	}
	return t > j && z.is(t, clsAttributePreps) && z.has(catCoord, t-1)
}

// pronounObjectBefore: a dative pronoun (lexicon dative_pronouns) stands
// right before the verb at i, past auxiliaries (« lui attribuait », « leur
// a imputé »): it names the attribution's accused, so the places after the
// verb are none.
func (z *analyzer) pronounObjectBefore(i, a int) bool {
	t := i - 1
	for t >= a && z.is(t, clsAux) {
		t--
	}
	return t >= a && z.is2(t, cls2Dative)
}

// secondAttributeObject: mention m follows a coordinator and the
// attribution's preposition again, right after the first object of that
// preposition (« attribué la cyberattaque aux États-Unis et à Israël »,
// "attributed it to the US and to Israel"): a second accused, not a place.
func (z *analyzer) secondAttributeObject(m *ment, j int) bool {
	if !z.coordAttributePrep(m, j) {
		return false
	}
	t := m.t0 - 1
	for t > j && !z.is(t, clsAttributePreps) {
		t--
	}
	if t-2 <= j {
		return false
	}
	k := z.tokMent[t-2]
	return k >= 0 && z.ms[k].t1 == t-1 && z.attributePrep(&z.ms[k], j)
}

// statementAside: a comma at t opens an aside naming the statement within
// three words (", in a statement", « , dans une déclaration »): what follows
// describes the statement, not the accusation's object.
func (z *analyzer) statementAside(t, e int) bool {
	if z.w(t) != "," {
		return false
	}
	for u := t + 1; u < e && u <= t+3; u++ {
		if z.is(u, clsStatementNouns) {
			return true
		}
	}
	return false
}

// participialDescription reports an attribution participle right after a
// noun of class c with no object of its own: "people linked to the US
// campaigns", « des pirates liés à la Russie » describe the noun and
// attribute nothing, where "researchers linked the intrusions to APT41"
// is the verb.
func (z *analyzer) participialDescription(mt match, a, b int, c wordClass) bool {
	return mt.i > a && z.is(mt.i-1, c) && (mt.j >= b || z.is(mt.j, clsAttributePreps) || z.has(catAgentPrep, mt.j))
}

// refusalAt returns the token of the first attribution refusal of s ("but
// stopped short of a formal attribution", « rien ne permet de »), -1 when
// s has none.
func refusalAt(s *sentence) int {
	for _, mt := range s.matches {
		if mt.cat == catRefusal {
			return mt.i
		}
	}
	return -1
}

// firstAccusation returns the token of the first accusation trigger of s
// that stands (not negated, not a description such as « des pirates liés à
// la Russie »), b when none does.
func (z *analyzer) firstAccusation(s *sentence, a, b int) int {
	first := b
	for _, mt := range s.matches {
		if (mt.cat == catAccuse || mt.cat == catAttribute) && mt.i < first &&
			!z.participialDescription(mt, a, b, clsAttacker) && !z.suspendedAccusation(mt, a) {
			first = mt.i
		}
	}
	return first
}

// organOfOrgan reports a cue in apposition to a state organ that places the
// organ in its government: "the National Cyber Security Centre, part of
// the GCSB", « l'ANSSI, rattachée au SGDSN ». Both are agencies (not a
// unit or group, as in "Unit 74455, part of the GRU"): the parent organ is
// no accused.
func (z *analyzer) organOfOrgan(mt match, a, k int) bool {
	if mt.i-2 < a || z.w(mt.i-1) != "," || z.ms[k].Entity.Kind != claim.KindAgency {
		return false
	}
	l := z.tokMent[mt.i-2]
	return l >= 0 && z.ms[l].Entity.Kind == claim.KindAgency
}

// coordinatedTargets returns the nationality adjectives of targets
// listed after a first one ending at token j (commas and coordinations),
// each item up to six words: « une entreprise de logistique polonaise et des fournisseurs
// d'énergie ukrainiens », "a Polish logistics firm and Ukrainian energy
// suppliers". The list ends at punctuation, a verb of the lexicon, a
// relative or a mention that is not a pure target.
func (z *analyzer) coordinatedTargets(j, b int) []int {
	var out []int
	coord, words := false, 0
	for t := j; t < b; t++ {
		if k := z.tokMent[t]; k >= 0 {
			m := &z.ms[k]
			if !coord || !m.demonym || !m.pureVictim || m.attacker || m.tie {
				break
			}
			out = append(out, k)
			coord, words = false, 0
			t = m.t1 - 1
			continue
		}
		if z.has(catCoord, t) || z.w(t) == "," {
			coord, words = true, 0 // (a list: "X, Y and Z")
			continue
		}
		words++
		if !z.toks[t].word || words > 6 || z.hardStop(t) || z.is(t, clsRelatives) || z.has(catAttackVerb, t) || z.has(catAccuse, t) || z.has(catReport, t) {
			break
		}
	}
	return out
}

// objectRelative returns the antecedent of an object relative clause whose
// verb is at i: a mention, a comma, the complementizer and a subject
// pronoun, auxiliaries then the verb (« l'Iran, qu'elle accuse d'avoir… »,
// « Pékin, qu'il accusait de… »); -1 when the verb has no such clause.
func (z *analyzer) objectRelative(i, a int) int {
	t := i - 1
	for t > a && z.is(t, clsAux) && !z.has(catPronoun, t) {
		t--
	}
	if t-3 < a || !z.has(catPronoun, t) || z.is(t, clsObjectPron) || !z.is(t-1, clsComplementizers) || z.w(t-2) != "," {
		return -1
	}
	return z.tokMent[t-3]
}

// bareObjectEnd reports an accusation's object that ends its clause at t:
// the sentence ends, or a coordinator opens another predicate ("blamed Iran
// and cut diplomatic ties", « a accusé l'Iran et rompu ses relations »),
// not a second name ("blamed Iran and Russia"). What it is blamed for is
// then told around it.
// afterDate returns the first token at or after t past a date expression
// that starts there, with or without its preposition ("blamed Iran in
// September and cut ties", « a accusé l'Iran mardi »); t when none does.
func (z *analyzer) afterDate(s *sentence, t, b int) int {
	if t >= b || !z.toks[t].word {
		return t
	}
	return z.dateEnd(s, t, b, len(z.w(t)) <= 3 && !z.toks[t].upper)
}

// dateEnd returns the token after a date expression of s that starts at t
// or, when skip (t is a short preposition: "on", « le »), at t+1; t when
// none does.
func (z *analyzer) dateEnd(s *sentence, t, b int, skip bool) int {
	ds := z.dateSentence(z.text[s.sp.start:s.sp.end], z.lx.lang, z.published)
	for _, u := range []int{t, t + 1} {
		if u >= b || u > t && !skip {
			break
		}
		if end := ds.ExprEnd(z.toks[u].start - s.sp.start); end >= 0 {
			v := u
			for v < b && z.toks[v].start-s.sp.start < end {
				v++
			}
			return v
		}
	}
	return t
}

func (z *analyzer) bareObjectEnd(t, b int) bool {
	if t >= b {
		return true
	}
	if !z.toks[t].word {
		w := z.w(t)
		if w == "," {
			// "also blamed Pyongyang, Bossert said, and…": the object
			// closed by the reporter's aside
			return z.reporterAside(t+1, b)
		}
		return w == "." || w == "!"
	}
	if !z.has(catCoord, t) || t+1 >= b || !z.toks[t+1].word || z.tokMent[t+1] >= 0 {
		return false
	}
	return !z.is(t+1, clsArticles) // "and the US": a name follows
}

// reporterAside reports a reporter's aside from token t: at most six
// words up to a comma or the sentence's end, one of them a reporting verb
// and none an accusation or attack verb (", Bossert said,", ", officials
// said.", « , a précisé M. Bossert. »).
func (z *analyzer) reporterAside(t, b int) bool {
	report := false
	for u := t; u < b && u < t+7; u++ {
		if w := z.w(u); w == "," || w == "." || w == "!" {
			return report && u > t
		}
		if z.has(catAccuse, u) || z.has(catAttackVerb, u) || z.is(u, clsRelatives) || z.is(u, clsComplementizers) {
			return false
		}
		report = report || z.has(catReport, u)
	}
	return report && t+7 > b
}

// incise reports a verb at [i, j) set between commas with its subject
// after it: a comma (or quotation mark) right before its auxiliary, then
// at most five words holding a name or an institution
// noun, then a comma or a closing quotation mark (« …, a poursuivi le
// ministre tchèque, … », "…, continued the minister, …").
func (z *analyzer) incise(i, j, a, b int) bool {
	p := i - 1
	if p < a || !z.is(p, clsAux) {
		return false // a participle after a comma ("…, accusing Iran, whose…") opens a clause of its own
	}
	if p--; p < a || !(z.w(p) == "," || isQuote(z.w(p))) {
		return false
	}
	// the subject right after the verb: an article or a name, not a
	// preposition ("…, was blamed on Tehran by Microsoft, whose…")
	if j >= b || !(z.is(j, clsArticles) || z.tokMent[j] >= 0) {
		return false
	}
	subj := false
	for t := j; t < b && t < j+6; t++ {
		if z.w(t) == "," || isQuote(z.w(t)) {
			return subj
		}
		if !z.toks[t].word {
			return false
		}
		if k := z.tokMent[t]; k >= 0 {
			if !z.ms[k].accuserOK() || z.ms[k].Entity.Kind == claim.KindGroup {
				return false // « …, avait accusé le groupe APT29, lié à… »: the object in apposition
			}
			if t == j && z.ms[k].isState() && !z.ms[k].demonym {
				// "Canada, New Zealand and Japan, which had reviewed the
				// analysis, also blamed Pyongyang, Bossert said": a state
				// right after the verb is its object, not an inverted speaker
				return false
			}
			subj = true
		}
		if z.is(t, clsInstitution) {
			subj = true
		}
	}
	return false
}

// listedNext reports two mentions of one list: only coordinators and
// commas between them, and at least one ("German, French and Italian").
func (z *analyzer) listedNext(m, nx *ment) bool {
	if m.t1 >= nx.t0 {
		return false
	}
	for t := m.t1; t < nx.t0; t++ {
		if !z.has(catCoord, t) && z.w(t) != "," {
			return false
		}
	}
	return true
}

// dropTakedownTargets removes from accused the groups a law-enforcement
// action took property from (takedownTarget).
func (z *analyzer) dropTakedownTargets(s *sentence, accused []int, b int) []int {
	if len(accused) == 0 || !s.takedown {
		return accused
	}
	out := accused[:0]
	for _, k := range accused {
		if !z.takedownTarget(s, k, b) {
			out = append(out, k)
		}
	}
	return out
}

// takedownTarget reports a group, mention k of sentence s (ending at b), that a
// law-enforcement action took property from ("Europol said police had
// seized servers belonging to LockBit", « Selon Europol, les serveurs de
// LockBit ont été saisis lors d'une opération menée dans dix pays »): the
// sentence names it as the action's target. Not in a sentence with a word
// of accusing or attributing ("The FBI, which seized the gang's servers,
// accused LockBit of hitting hospitals"), nor when the group is the
// subject of an attack verb right after it ("LockBit, which hit 2,000
// victims, …") or of a relative clause of its apposition that tells an
// attack (« l'infrastructure de NoName057(16), le collectif qui inonde
// depuis 2022 les sites européens d'attaques »).
func (z *analyzer) takedownTarget(s *sentence, k, b int) bool {
	m := &z.ms[k]
	if !s.takedown || m.Entity.Kind != claim.KindGroup {
		return false
	}
	rel := -1 // a relative pronoun in the group's apposition: its deeds follow
	for t := m.t1; t < b && t <= m.t1+8 && rel < 0; t++ {
		if z.is(t, clsRelatives) {
			rel = t
		}
	}
	for _, mt := range s.matches {
		if mt.cat == catAccuse || mt.cat == catAttribute || mt.cat == catAttackVerb && mt.i >= m.t1 && mt.i <= m.t1+3 {
			return false
		}
		if rel >= 0 && mt.i > rel && (mt.cat == catAttackVerb || mt.cat == catAttackNoun) {
			return false // "…of NoName057(16), the collective that has flooded European sites with attacks since 2022"
		}
	}
	return true
}

// meansAfter reports a bare common noun at token j, right after an agent
// cue, followed by a preposition or the clause's end (« des attaques par
// rançongiciel en Pologne », « par hameçonnage contre… »): the attacks'
// means, not their agent. An attacker noun, an article, a name or a word
// before one ("by suspected Russian hackers", "by ransomware gangs") is
// the agent's phrase.
func (z *analyzer) meansAfter(j, b int) bool {
	if j >= b || !z.toks[j].word || z.toks[j].upper || z.tokMent[j] >= 0 || z.is(j, clsArticles) || z.is(j, clsAttacker) || z.is(j, clsIndefinite) {
		return false
	}
	return j+1 >= b || z.isPunct(j+1) || z.has(catVictimPrep, j+1) || z.has(catLocation, j+1)
}

// dropGroupsIf removes from accused the groups drop reports when the
// sentence accuses another actor too: a group that claimed the attack
// itself ("Tehran accused Israel of the attacks, claimed by the group
// Predatory Sparrow": selfClaimed) or whose tools the accused hijacked
// ("Turla hijacked the servers of OilRig": attackedOwner). The cue paths
// (rightAccused after « être à l'origine de ») reach such a group past the
// attack noun; a group accused alone keeps its place unless no one speaks
// (« un pirate, lié au groupe HellCat, eut revendiqué l'intrusion »: the
// link is the self-claimer's, no accusation).
// dropExampleGroups drops the groups of accused given as examples ("APT29
// was behind the intrusion … other groups, including Turla, remain
// active": they illustrate a kind, they are not this claim's actors), when
// another group of the list is not one ("groups tied to China, notably
// APT27 and APT31" are the state's accused groups: all examples, all kept).
// Each group's example test is asked once.
func (z *analyzer) dropExampleGroups(accused []int, a int) []int {
	var buf [16]bool
	listed := buf[:0]
	if len(accused) > len(buf) {
		listed = make([]bool, 0, len(accused))
	}
	plain, any := false, false
	for _, k := range accused {
		l := z.ms[k].Entity.Kind == claim.KindGroup && z.exampleListed(z.ms[k].t0, a)
		listed = append(listed, l)
		plain = plain || z.ms[k].Entity.Kind == claim.KindGroup && !l
		any = any || l
	}
	if !plain || !any {
		return accused
	}
	n := 0
	for i, k := range accused {
		if !listed[i] {
			accused[n] = k
			n++
		}
	}
	return accused[:n]
}

func (z *analyzer) dropGroupsIf(accused []int, unspoken bool, drop func(k int) bool) []int {
	if len(accused) == 0 || len(accused) == 1 && !unspoken {
		return accused
	}
	// drop is asked once per group (selfClaimed scans the sentence)
	var buf [16]bool
	dropped := buf[:0]
	if len(accused) > len(buf) {
		dropped = make([]bool, 0, len(accused))
	}
	other, any := unspoken, false
	for _, k := range accused {
		d := z.ms[k].Entity.Kind == claim.KindGroup && drop(k)
		dropped = append(dropped, d)
		other, any = other || !d, any || d
	}
	if !other || !any {
		return accused
	}
	n := 0
	for i, k := range accused {
		if !dropped[i] {
			accused[n] = k
			n++
		}
	}
	clear(accused[n:])
	return accused[:n]
}

// unarmPhysical takes the attack-noun category off the attack nouns that a
// physical_attacks word qualifies: the word right before ("the nerve-agent
// attack") or, where adjectives follow the noun, one of the three words
// after it, punctuation ending the search (« l'attaque au Novitchok », «
// une attaque de drones »). Such an attack is no cyber deed, so no rule
// reads it as one. Most articles name none: Extract calls it only when
// fillInfo saw such a word.
func (z *analyzer) unarmPhysical() {
	after := z.lx.adjectiveAfterNoun
	for t := range z.info {
		if !z.has(catAttackNoun, t) {
			continue
		}
		phys := !after && t > 0 && z.is2(t-1, cls2Physical)
		for u := t + 1; after && !phys && u < len(z.toks) && u <= t+3 && z.toks[u].word; u++ {
			phys = z.is2(u, cls2Physical)
		}
		if phys {
			z.info[t].cats &^= 1 << catAttackNoun
			z.physical = append(z.physical, t)
		}
	}
}

// appositionList returns the speakers named in tokens from t up to the
// first verb of saying or accusing (or a semicolon or relative pronoun):
// the rest of a co-speaker apposition's list.
func (z *analyzer) appositionList(t, b int, ok func(*ment) bool) []int {
	var ids []int
	for e := z.verbFrom(t, b, false); t < e; t++ {
		if z.w(t) == ";" || z.is(t, clsRelatives) || z.hardStop(t) {
			break
		}
		if k := z.tokMent[t]; k >= 0 && ok(&z.ms[k]) {
			ids = addUniq(ids, k)
		}
	}
	return ids
}

// verbFrom returns the first token in [t, e) that opens a match of saying,
// accusing or attributing (or of an attack verb, with attack), e when
// none: where a list of names before its verb ends (appositionList,
// listOnly).
func (z *analyzer) verbFrom(t, e int, attack bool) int {
	for _, mt := range z.cur {
		if mt.i >= t && mt.i < e && (mt.cat == catAccuse || mt.cat == catAttribute || mt.cat == catReport || attack && mt.cat == catAttackVerb) {
			e = mt.i
		}
	}
	return e
}

// sameWords reports a same_words word ("same", « même ») among tokens
// [i, j): an anaphor that says it names the actor named before.
func (z *analyzer) sameWords(i, j int) bool {
	for t := i; t < j; t++ {
		if z.is2(t, cls2Same) {
			return true
		}
	}
	return false
}

// indefiniteSubject reports an accusation trigger at token i whose clause
// opens on an indefinite subject (indefinite_subjects: "Some suspect…",
// "Many experts blamed…", « certains le soupçonnent… »), at most four
// words and no mention before the trigger: a saying of people the article
// does not name.
func (z *analyzer) indefiniteSubject(i, a int) bool {
	if z.cls2Seen&(1<<cls2IndefSubj) == 0 {
		return false
	}
	first := -1
	for t := i - 1; t >= a && t >= i-5; t-- {
		if z.boundary(t) || z.is(t, clsClauseBreaks) || z.w(t) == "," {
			break
		}
		if z.tokMent[t] >= 0 {
			return false
		}
		if z.toks[t].word {
			first = t
		}
	}
	if first < 0 {
		return false
	}
	// the clause starts there: nothing but its break or the sentence's start before
	if first > a && !z.boundary(first-1) && !z.is(first-1, clsClauseBreaks) && z.w(first-1) != "," {
		return false
	}
	if first+1 < i && (strings.HasSuffix(z.w(first), "'") || strings.HasSuffix(z.w(first), "’") || z.is(first, clsArticles)) {
		first++ // « D'autres accusent… », « les uns accusent… »: the article before the word
	}
	return z.is2(first, cls2IndefSubj)
}

// pronounWithin reports a pronoun that is no mention among the n tokens
// from t (before b): the cheap test before a date opener is parsed.
func (z *analyzer) pronounWithin(t, b, n int) bool {
	for u := t; u < b && u < t+n; u++ {
		if z.has(catPronoun, u) && z.tokMent[u] < 0 {
			return true
		}
	}
	return false
}

// firstWord returns the sentence's first word token, or -1.
func (z *analyzer) firstWord(a, b int) int {
	for t := a; t < b; t++ {
		if z.toks[t].word {
			return t
		}
	}
	return -1
}

// joinedTo reports a mention starting at t0 that continues, through joiners
// only ("and", a comma, an article), a list whose previous item is one of
// accused, past the trigger's end j: "blamed the attack on the United
// States and Israel" accuses both, the second is no target of "attack on".
func (z *analyzer) joinedTo(accused []int, t0, j int) bool {
	u := t0 - 1
	for u > j && z.tokMent[u] < 0 && z.joiner(u) {
		u--
	}
	if u == t0-1 || u < j {
		return false
	}
	k := z.tokMent[u]
	return k >= 0 && slices.Contains(accused, k)
}

// accusedAnaphorAt reports an accused anaphor that names an actor ("the
// unit", « le groupe »; not "the attack") starting at token t.
func (z *analyzer) accusedAnaphorAt(t int) bool {
	for _, mt := range z.cur {
		if mt.i == t && mt.cat == catAnaAccused && !z.has(catAttackNoun, mt.j-1) {
			return true
		}
	}
	return false
}

// punishedParticiple reports an accusation participle at i (no auxiliary
// before it) right after the noun phrase holding mention k, possibly past
// a comma or an apposition, that is the object of a punitive verb
// (punitive_verbs) of the main clause: "expelled four GRU officers
// accused of…", « avaient expulsé quatre agents du GRU, le renseignement
// militaire russe, accusés d'avoir… ».
func (z *analyzer) punishedParticiple(i, a, k int) bool {
	if !z.participleAt(i) || i-1 < a || z.is(i-1, clsAux) || z.is(i-1, clsPassiveAux) || z.has(catCoord, i-1) && z.w(i-1) != "," {
		// (« avait convoqué l'ambassadeur de France et dénoncé… »: a
		// second verb of the main clause, not a participle of its object)
		return false
	}
	m := &z.ms[k]
	if m.t1 > i || i-m.t1 > 8 {
		return false
	}
	// the verb before the noun phrase: at most four words (numbers,
	// articles, the people noun) between it and the mention
	t0 := m.t0
	u := t0 - 1
	for u > a && z.is(u, clsArticles) {
		u--
	}
	if u-1 >= a && z.w(u) == "," && z.tokMent[u-1] >= 0 {
		// an apposition renames the mention before it (« agents du GRU,
		// le renseignement militaire russe, accusés… »)
		t0 = z.ms[z.tokMent[u-1]].t0
	}
	for t := t0 - 1; t >= a && t >= t0-5; t-- {
		if z.tokMent[t] >= 0 || z.hardStop(t) || z.w(t) == "," {
			return false
		}
		if z.lx.punitiveVerbs[z.w(t)] {
			return true
		}
	}
	return false
}

// relClauseMax is how many tokens a relative clause set off by commas may
// hold inside a gapped attribution phrase.
const relClauseMax = 16

// relativeGapMatches adds the gapped attribution phrases whose object a
// relative clause set off by commas interrupts ("linked the campaign,
// which hit telecom operators in Kenya, to a Chinese group", « a relié la
// campagne, qui a touché des opérateurs, à un groupe chinois »): the
// clause is read as absent and the phrase matched again around it, so the
// accused after the phrase's preposition is found as without the clause.
// Only sentences with such a clause pay for it.
func (z *analyzer) relativeGapMatches(a, b int) (added bool) {
	for c := a + 1; c+2 < b; c++ {
		if z.w(c) != "," || !z.is(c+1, clsRelatives) {
			continue
		}
		e := z.relativeEnd(c+1, b)
		if e < 0 {
			continue
		}
		lo, hi := max(a, c-maxGap-1), min(b, e+1+maxGap)
		toks := append(append([]token(nil), z.toks[lo:c]...), z.toks[e+1:hi]...)
		info := append(append([]wordInfo(nil), z.info[lo:c]...), z.info[e+1:hi]...)
		cut := c - lo // where the clause was, in toks
		for _, mt := range z.lx.matchAll(toks, info, 0, len(toks), nil) {
			if mt.cat != catAttribute || mt.i >= cut || mt.j <= cut {
				continue // not a phrase around the clause
			}
			m := match{i: lo + mt.i, j: e + 1 + mt.j - cut, cat: catAttribute}
			// (objectInGap's test, on the words outside the clause: a
			// place inside the clause is no object of the phrase)
			if !slices.Contains(z.cur, m) && !z.accusedIn(m.i+1, c) && !z.accusedIn(e+1, m.j-1) {
				z.cur, added = append(z.cur, m), true
			}
		}
		c = e
	}
	return added
}

// targetThenAccused extends a gapped attribution phrase that ended on its
// attack noun's target preposition ("blamed the attack on a hospital on
// Russia": "blamed * on" matched "blamed the attack on") to the same
// preposition further on, when the accused follows that one: the first
// "on" tells the target, the second whom the attack is blamed on. A date
// there ("blamed the attack on Russia on Tuesday") names no accused; a
// state after the first ("blamed the attacks on Ukraine on Russia") is the
// target.
func (z *analyzer) targetThenAccused(b int) {
	var extended []int // the verbs whose phrase reached further (rare: no allocation otherwise)
	for k := range z.cur {
		mt := &z.cur[k]
		if mt.cat != catAttribute || mt.j-mt.i < 3 || mt.j >= b || !z.has(catVictimPrep, mt.j-1) || !z.has(catAttackNoun, mt.j-2) {
			continue
		}
		for t := mt.j; t < b && t < mt.j+maxGap+2; t++ {
			if z.isPunct(t) {
				break
			}
			if z.w(t) == z.w(mt.j-1) {
				if z.accusedAt(t+1, b) {
					mt.j = t + 1
					extended = append(extended, mt.i)
				}
				break
			}
		}
	}
	if len(extended) > 0 {
		// the verb alone ("blamed" as an accusation word) would take the
		// target after the first preposition as its object
		z.cur = slices.DeleteFunc(z.cur, func(mt match) bool {
			return mt.cat == catAccuse && mt.j == mt.i+1 && slices.Contains(extended, mt.i)
		})
	}
}

// relativeAside returns the closing comma of a relative clause opened at
// token t right after a comma and followed, after that comma, by an
// attribution preposition ("…the campaign, which hit operators, to a
// Chinese group", « la campagne, qui a touché des opérateurs, à un
// groupe »), or -1.
func (z *analyzer) relativeAside(t, end int) int {
	if t < 1 || z.w(t-1) != "," {
		return -1
	}
	if e := z.relativeEnd(t, end); e >= 0 && e+1 < end && z.is(e+1, clsAttributePreps) {
		return e
	}
	return -1
}

// relativeEnd returns the comma closing the relative clause whose pronoun
// is at token t, within relClauseMax tokens and before end, or -1 (none,
// or a hard stop first). relativeGapMatches and relativeAside share it.
func (z *analyzer) relativeEnd(t, end int) int {
	for e := t + 1; e < end && e < t+relClauseMax; e++ {
		if z.w(e) == "," {
			return e
		}
		if z.hardStop(e) {
			return -1
		}
	}
	return -1
}

// gapTarget reports a mention inside an attribution phrase's gap right
// after an attack noun and its target preposition ("blamed the attacks on
// Ukraine on Russia"): the attack's target, not the accused.
func (z *analyzer) gapTarget(m *ment, mt match) bool {
	return mt.cat == catAttribute && m.t0 < mt.j-1 && m.t0-2 > mt.i && z.has(catVictimPrep, m.t0-1) && z.has(catAttackNoun, m.t0-2)
}

// accusedIn reports a mention that may be accused among tokens [t, e),
// not after a victim preposition (objectInGap's test, and
// relativeGapMatches' on each side of the clause).
func (z *analyzer) accusedIn(t, e int) bool {
	for ; t < e; t++ {
		if k := z.tokMent[t]; k >= 0 && z.ms[k].accusedOK() && !z.ms[k].pp {
			return true
		}
	}
	return false
}

// accusedAt reports a mention that may be accused at token t, after an
// article ("on a Chinese group", "on Russia").
func (z *analyzer) accusedAt(t, b int) bool {
	for t < b && z.is(t, clsArticles) {
		t++
	}
	return t < b && z.tokMent[t] >= 0 && z.ms[z.tokMent[t]].accusedOK()
}
