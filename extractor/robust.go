package extractor

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// maxSentence caps the bytes of one analysed sentence. Role finding inside a
// sentence compares mentions with mentions and with lexicon matches, so its
// cost grows with the square of the sentence's length; real news sentences
// stay well under 1 KB, but a page without full stops (a list, a scraped
// table, a hostile input) can be one "sentence" of megabytes. Longer spans
// are cut at clause boundaries so that an article costs time linear in its
// length whatever its punctuation.
const maxSentence = 2048

// capSpans splits every span longer than max bytes at clause boundaries:
// the last "; " or ", " (else space) in the second half of each window,
// else a rune boundary. Offsets stay exact.
func capSpans(text string, spans []span, max int) []span {
	long := false
	for _, sp := range spans {
		if sp.end-sp.start > max {
			long = true
			break
		}
	}
	if !long {
		return spans
	}
	out := make([]span, 0, len(spans)+len(text)/max)
	for _, sp := range spans {
		if sp.end-sp.start <= max {
			out = append(out, sp)
			continue
		}
		s, first := sp.start, true
		for s < sp.end {
			e := sp.end
			if e-s > max {
				e = clauseCut(text, s, s+max)
			}
			ps, pe := trimSpan(text, s, e)
			if pe > ps {
				out = append(out, span{start: ps, end: pe, para: sp.para,
					inQuote: first && sp.inQuote, openQuote: e == sp.end && sp.openQuote})
				first = false
			}
			s = e
		}
	}
	return out
}

// clauseCut picks where to end a piece of text[s:limit]: just after the
// last ";" then ",", then space, found in the window's second half.
func clauseCut(text string, s, limit int) int {
	win := text[s:limit]
	half := len(win) / 2
	for _, sep := range []string{"; ", ", ", " "} {
		if i := strings.LastIndex(win, sep); i >= half {
			return s + i + len(sep) - 1
		}
	}
	e := limit
	for e > s+1 && !utf8.RuneStart(text[e]) {
		e--
	}
	return e
}

// negatedAt reports whether the trigger starting at token i is negated or
// suspended: a negation word of the lexicon ("not", "never", "without",
// "whether", « pas », « sans », « jamais ») within three tokens before it
// (other words may sit in between: "did not publicly blame", « sans
// toutefois désigner »), or a multiword negation ("refused to", "declined
// to", "stopped short of", « se garde de ») ending there.
func (z *analyzer) negatedAt(i, a int) bool {
	if z.neg == nil {
		return z.negatedAtTokens(i, a)
	}
	e := &z.neg.e[uint(i)%uint(len(z.neg.e))]
	if e.gen == z.neg.gen && e.i == i && e.a == a && e.v != 0 {
		return e.v == 2
	}
	v := z.negatedAtTokens(i, a)
	*e = negAnswer{gen: z.neg.gen, i: i, a: a, v: 1}
	if v {
		e.v = 2
	}
	return v
}

// negMemo keeps negatedAt's answers (issue 11: the triggers and mentions of
// a sentence ask it again for the same token, a third of ~40 calls an
// article, each scanning up to ten tokens back and the sentence's
// matches). An answer depends on the token, the clause start a, the
// article's tokens and classes, and the multiword negations among the
// matches of z.cur. analyze's changes to z.cur after matchAll remove or
// retag no negation (they drop attribution, report and attack matches,
// prepend a source, retag an accusation as a report), so the answers hold
// until the next matchAll, which starts a new generation (newList); so do
// the last sentence's answers for the calls after the sentence loop, which
// read its list. Entries are direct-mapped by token: a collision only
// computes the answer again. TestNegatedAtMemo compares the claims and
// traces with those of an Extractor that keeps none (noNegMemo).
type negMemo struct {
	gen uint32 // of the current match list; the pool keeps counting across articles
	e   [64]negAnswer
}

// negAnswer is negatedAt(i, a) while the list of generation gen is current;
// v: 0 none, 1 false, 2 true.
type negAnswer struct {
	gen  uint32
	v    int8
	i, a int
}

// newList starts a generation: no answer kept so far holds any more.
func (n *negMemo) newList() {
	if n.gen++; n.gen == 0 {
		// wrapped (four billion sentences): the entries of generation 0
		// and after are cleared, not taken for this one's
		n.e = [len(n.e)]negAnswer{}
		n.gen = 1
	}
}

// negatedAtTokens is negatedAt computed from the tokens and matches.
func (z *analyzer) negatedAtTokens(i, a int) bool {
	for t := i - 1; t >= a && t >= i-3; t-- {
		w := z.w(t)
		if z.is(t, clsNegWords) || z.has(catNegation, t) {
			return true
		}
		if z.boundary(t) || w == "," {
			break
		}
	}
	for _, mt := range z.cur {
		if z.curMatchCats&(1<<catNegation) == 0 {
			break // none in the sentence
		}
		if mt.cat == catNegation && mt.j-mt.i > 1 && mt.j <= i && mt.j >= i-2 {
			return true
		}
	}
	if len(z.lx.subjectNeg) > 0 {
		// "Neither Europol nor the German authorities accused…": the
		// negation opens the subject, further back than three words
		for t := i - 1; t >= a && t >= i-10; t-- {
			if z.boundary(t) || z.w(t) == "," {
				break
			}
			if w := z.w(t); z.lx.subjectNegIdx.may(w) && z.lx.subjectNegIdx.get(z.lx.subjectNeg, w) {
				return true
			}
		}
	}
	return z.questionBefore(i, a)
}

// questionBefore reports a question word before token i in its clause
// ("Asked whether the Kremlin had any link to the gang"): what the clause
// says is asked about, not asserted; its triggers are suspended and its
// names neither speak nor stand accused.
func (z *analyzer) questionBefore(i, a int) bool {
	if z.cls2Seen&(1<<cls2Question) == 0 {
		return false
	}
	for t := i - 1; t >= a; t-- {
		if z.boundary(t) || z.w(t) == "," {
			return false
		}
		if z.is2(t, cls2Question) {
			return true
		}
	}
	return false
}

// negatedAccusation is negatedAt for an accusation trigger, which a French
// clitic before it also negates when the negation closes after it: « les
// autorités n'ont accusé personne », « ne désigne aucun suspect ». (A
// reporting verb keeps its speaker: « Téhéran n'y croit pas » still tells
// who speaks next.)
func (z *analyzer) negatedAccusation(i, a int) bool {
	if z.negatedAt(i, a) {
		return true
	}
	for t := i - 1; t >= a && t >= i-3; t-- {
		if z.is(t, clsNegClitics) {
			for u := i + 1; u < len(z.toks) && u <= i+3; u++ {
				if z.lx.negClosers[z.w(u)] {
					return true
				}
				if z.boundary(u) || z.w(u) == "," {
					break
				}
			}
			// « Personne au gouvernement n'a accusé … », « Aucun État
			// n'a attribué … »: the closer opens the clause, as its
			// subject, before the clitic
			for u := t - 1; u >= a && u >= t-8; u-- {
				if z.boundary(u) || z.w(u) == "," {
					break
				}
				if u == a || z.boundary(u-1) || z.w(u-1) == "," {
					return z.lx.negClosers[z.w(u)]
				}
			}
			break
		}
		if z.boundary(t) || z.w(t) == "," {
			break
		}
	}
	return false
}

// suspendedAccusation reports an accusation or attribution trigger that is
// negated (negatedAccusation), under a prospective modal (prospectiveAt)
// or an attribution verb made reflexive (« des attaques que NoName057(16)
// s'attribue », « s'est attribué »: the group claims them for itself, lexicon
// reflexive_pronouns): in each case nobody accuses by it.
func (z *analyzer) suspendedAccusation(mt match, a int) bool {
	if mt.cat == catAttribute && len(z.lx.reflexive) > 0 {
		t := mt.i - 1 // past auxiliaries: « s'est attribué »
		for t > a && t >= mt.i-2 && (z.is(t, clsAux) || z.is(t, clsPassiveAux)) {
			t--
		}
		if t >= a && z.lx.reflexive[z.w(t)] {
			return true
		}
	}
	return z.negatedAccusation(mt.i, a) || (mt.cat == catAccuse || mt.cat == catAttribute) && z.prospectiveAt(mt.i, a)
}

// prospectiveAt reports a prospective modal (lexicon prospective_modals)
// ending right before the verb at i, or one or two plain words before it,
// or before an aside between commas ("could blame", "are expected to
// formally blame", « pourrait attribuer publiquement », « pourrait, pour
// la première fois, attribuer », « s'apprête à accuser »): an accusation
// that may or will be made is none yet. A passive ("could be attributed
// to") has its auxiliary between and is not one; a capitalised last word
// ("in May blamed") is no modal.
func (z *analyzer) prospectiveAt(i, a int) bool {
	aside := false
	for e, n := i, 0; e > a && n <= 2; n++ {
		if !z.toks[e-1].upper && z.phraseSetEndsAt(z.lx.prospective, &z.lx.prospectiveSet, e, a) {
			return true
		}
		t := e - 1
		if z.w(t) == "," && !aside {
			// one aside of at most six tokens: « , pour la première fois, »
			c := t - 1
			for c > a && c >= t-7 && z.w(c) != "," && !z.boundary(c) {
				c--
			}
			if c <= a || z.w(c) != "," {
				return false
			}
			aside, e, n = true, c, n-1
			continue
		}
		// only a plain word may stand between: no passive auxiliary, name or
		// punctuation (the aux class holds "formally", « publiquement »)
		if !z.toks[t].word || z.is(t, clsPassiveAux) || z.tokMent[t] >= 0 || z.boundary(t) {
			return false
		}
		e--
	}
	return false
}

// negSubject reports a mention that is the subject of a negated predicate:
// "Sandworm was not involved", "the Kimsuky group was not involved", « APT28
// n'est pas responsable ».
func (z *analyzer) negSubject(k, b int) bool {
	m := &z.ms[k]
	t := m.t1
	if m.Entity.Kind == claim.KindGroup && t < b && z.is(t, clsAttacker) && !z.toks[t].upper {
		t++ // "the Kimsuky group was not involved": the group's own noun
	}
	for n := 0; t < b && n < 4; t, n = t+1, n+1 {
		if z.is(t, clsNegWords) || z.is(t, clsNegClitics) {
			return true
		}
		if !z.is(t, clsAux) && !z.is(t, clsPassiveAux) {
			return false
		}
	}
	return false
}

// negatedTargets returns the mentions a negated trigger of sentence [a, b)
// points at: the object of "refused to blame X", "found no link to X",
// the subject of "X was not behind". They are not accused.
func (z *analyzer) negatedTargets(s *sentence, a, b int) []int {
	var out []int
	for _, mt := range s.matches {
		switch mt.cat {
		case catAccuse, catAttribute, catCueRight, catCueLeft:
		default:
			continue
		}
		if !z.suspendedAccusation(mt, a) {
			continue
		}
		if mt.cat == catCueLeft {
			out = addUniq(out, z.leftAccused(mt.i, a, 12)...)
			continue
		}
		for t := mt.j; t < b; t++ {
			if z.hardStop(t) || z.is(t, clsRelatives) || (t > mt.j && z.has(catBoundary, t)) {
				break
			}
			if k := z.tokMent[t]; k >= 0 {
				out = addUniq(out, k)
			}
		}
	}
	for _, k := range s.ms {
		if z.negSubject(k, b) {
			out = addUniq(out, k)
		}
	}
	return out
}

// interrogative reports a question: the sentence's last token, before
// closing quotes or brackets, is "?" ("Should we blame Russia…?", « Faut-il
// accuser la Russie… ? »). A question asks; it accuses no one.
func (z *analyzer) interrogative(a, b int) bool {
	for t := b - 1; t >= a; t-- {
		switch w := z.w(t); w {
		case "»", "”", "\"", ")", "]", "'", "’":
			continue
		case "?":
			return true
		}
		return false
	}
	return false
}

// dropDefensive removes defensive agencies (CERTs, cyber agencies) from the
// accused of a claim that has no accuser: « le CERT-FR appelle à corriger »
// is an advisory, and no one accuses the agency that issues it.
func (lx *lexicon) dropDefensive(accused []claim.Entity) []claim.Entity {
	out := accused[:0:0]
	for _, e := range accused {
		if e.Kind == claim.KindAgency && (lx.defensive[fold(e.Name)] || lx.defensive[fold(e.Text)]) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// nonOperatorEntity reports an entity dropNonOperators removes: an organ
// that investigates, prosecutes or sanctions, or a spyware maker.
func (lx *lexicon) nonOperatorEntity(e *claim.Entity) bool {
	var set map[string]bool
	switch e.Kind {
	case claim.KindAgency:
		set = lx.nonOperator
	case claim.KindGroup:
		set = lx.vendor
	}
	if len(set) == 0 {
		return false
	}
	// folded on the stack: a name folded with fold is a new string, and
	// this runs for every accused of every claim sentence (issue 11)
	var buf [64]byte
	return set[string(foldAppend(buf[:0], e.Name))] || set[string(foldAppend(buf[:0], e.Text))]
}

// nonCyberObject reports an accusation whose object, in the few words after
// the trigger, is disinformation or propaganda before any attack word: the
// gold counts cyberattack attributions only, and "online" or « réseaux
// sociaux » next to disinformation does not make it one.
func (z *analyzer) nonCyberObject(j, b int) bool {
	for t, n := j, 0; t < b && n < 6; t++ {
		w := z.w(t)
		if isQuote(w) {
			// scare quotes around the object ("of spreading \"disinformation\"",
			// « de “désinformation” ») are the outlet's, not a stop
			continue
		}
		if z.toks[t].word && z.tokMent[t] < 0 {
			n++ // the accused's own name ("the U.S.") does not use up the window
		}
		// (the phrases joined only after a word that starts one, issue 11)
		if z.is2(t, cls2NonCyberWord) || z.is(t, clsPhraseFirst) && ((t+1 < b && z.lx.nonCyber[w+" "+z.w(t+1)]) || (t+2 < b && z.lx.nonCyber[w+" "+z.w(t+1)+" "+z.w(t+2)])) {
			return true
		}
		if z.hardStop(t) || z.cyber(t) || z.has(catAttackNoun, t) {
			return false
		}
	}
	return false
}

// nonCyberBefore reports a non-cyber object phrase of up to three words
// ending right before token i: "blamed the administration for failing to
// stop the attack" blames a failure, and the one failing is not the one
// urged to stop its attacks.
func (z *analyzer) nonCyberBefore(i, a int) bool {
	if i-1 < a || !z.is(i-1, clsPhraseLast) {
		return false // most tokens end no phrase: no look-up (issue 11)
	}
	var buf [96]byte // the phrase, built anew for each start (issue 11)
	for t := i - 1; t >= a && t >= i-3; t-- {
		if z.lx.nonCyber[string(z.joinWords(buf[:0], t, i-1))] {
			return true
		}
	}
	return false
}

// attackVerbAfter reports an attack verb right after the accused, past
// "of"/« de » ("accused Russia of attacking Ukraine", « d'avoir attaqué »).
func (z *analyzer) attackVerbAfter(j, b int) bool {
	for _, mt := range z.cur {
		if mt.cat == catAttackVerb && mt.i >= j && mt.i <= j+3 {
			for t := j; t < mt.i; t++ {
				if !z.is(t, clsVerbLinks) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// mergeContinuation adds the victims and attack period of claims read from
// a sentence that names no accused ("The attack hit ministries in Poland
// and Latvia.") to the claims of the sentence it continues, which names
// the accused and stays the evidence.
func mergeContinuation(prev, cont []claim.Claim, tracing bool) {
	for i := range prev {
		p := &prev[i]
		if p.Accused == nil || p.Stance != claim.StanceAccusation {
			continue
		}
		changed := false
		for _, c := range cont {
			if c.Accused == nil || !keyEqualP(c.Accused, p.Accused) {
				continue
			}
			for _, v := range c.Victims {
				dup := v.Country == p.Accused.Country
				for _, pv := range p.Victims {
					dup = dup || pv.Country == v.Country
				}
				if !dup {
					p.Victims = append(p.Victims, v)
					p.SetSource(claim.SourceVictims, c.Evidence)
					changed = true
				}
			}
			if p.AttackPeriod == nil && c.AttackPeriod != nil {
				p.AttackPeriod, changed = c.AttackPeriod, true
				p.SetSource(claim.SourceAttackPeriod, c.Evidence)
			}
		}
		if changed && tracing {
			p.ID = claim.ComputeID(p) // see tracing
		}
	}
}

// hedgeDelta is the confidence change a hedge brings: a strong hedge ("with
// high confidence", « avec un haut degré de confiance ») is an analyst's
// firmest wording and scores above an unhedged claim; a moderate one a
// little below; any other ("likely", « probablement ») lower still.
func (lx *lexicon) hedgeDelta(h string) float64 {
	// " " + the hedge's words joined by spaces + " ", and each " p ", in
	// buffers on the stack: the words, their join and the padded patterns
	// were five allocations per hedge (issue 11)
	var tb [16]token
	var fb, pb [128]byte
	f := append(fb[:0], ' ')
	toks := appendTokens(tb[:0], h, 0, len(h))
	for k, t := range toks {
		if k > 0 {
			f = append(f, ' ')
		}
		f = append(f, t.w...)
	}
	f = append(f, ' ')
	has := func(p string) bool {
		q := append(append(append(pb[:0], ' '), p...), ' ')
		return bytes.Contains(f, q)
	}
	for _, p := range lx.hedgeStrong {
		if has(p) {
			return 0.05
		}
	}
	for _, p := range lx.hedgeModer {
		if has(p) {
			return -0.1
		}
	}
	return -0.15
}

// addVictims adds continuation victims to the accusations of one claim
// sentence, never the accused's own country. The ids do not depend on
// victims, so they stay.
func addVictims(prev []claim.Claim, victims []claim.Entity, from claim.Evidence) {
	for i := range prev {
		p := &prev[i]
		if p.Accused == nil || p.Stance != claim.StanceAccusation {
			continue
		}
		for _, v := range victims {
			dup := v.Country == "" || v.Country == p.Accused.Country
			for _, pv := range p.Victims {
				dup = dup || pv.Country == v.Country
			}
			if !dup {
				p.Victims = append(p.Victims, v)
				p.SetSource(claim.SourceVictims, from)
			}
		}
	}
}

// dropNonOperators removes from the accused the organs that investigate,
// prosecute or sanction ("after the State Department spotted the intrusion",
// « une équipe du FBI est arrivée pour aider »): named beside an attack they
// discover it, help or are its target, and no attribution accuses them. So
// go the makers of spyware and their products ("accused Rabat of using the
// spyware, made by the Israeli firm NSO Group"): the client state spied.
func (lx *lexicon) dropNonOperators(accused []claim.Entity) []claim.Entity {
	nonOp := func(e claim.Entity) bool { return lx.nonOperatorEntity(&e) }
	// a copy only when one is dropped: this runs on every claim sentence,
	// and accused may be the analyser's own array
	if len(lx.nonOperator)+len(lx.vendor) == 0 || !slices.ContainsFunc(accused, nonOp) {
		return accused
	}
	return slices.DeleteFunc(slices.Clone(accused), nonOp)
}
