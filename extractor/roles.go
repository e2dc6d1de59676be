package extractor

import (
	"slices"
	"strings"

	"github.com/claimwire/claimwire/claim"
)

// Role finding inside one sentence: speakers (accusers), accused and victims,
// from the lexicon matches and the mentions' context flags.

type pick func(m *ment) bool

func addUniq(set []int, ks ...int) []int {
	for _, k := range ks {
		if !slices.Contains(set, k) {
			set = append(set, k)
		}
	}
	return set
}

// joiner: tokens allowed between two coordinated mentions.
func (z *analyzer) joiner(i int) bool {
	w := z.w(i)
	if z.is(i, clsListWords) && (z.is(i, clsRelatives) || z.is(i, clsComplementizers)) &&
		!(i > 0 && z.is(i-1, clsListWords)) && !(i+1 < len(z.toks) && z.is(i+1, clsListWords)) {
		// « ainsi que » joins; a lone « que » opens a clause (« l'intrusion
		// au ministère estonien, que Tallinn a imputée à APT28 »)
		return false
	}
	return w == "," || w == "&" || z.is(i, clsArticles) || z.has(catCoord, i) || w == "'s" || z.is(i, clsListWords)
}

// extendRight collects mentions coordinated after mention k ("les Pays-Bas,
// la Grande-Bretagne, le Canada et l’Australie").
//
// Items joined by a comma alone are kept only when a coordination closes
// the list: "According to the White House, Chinese state hackers breached…"
// names one speaker, the state after the comma opening the reported clause.
func (z *analyzer) extendRight(k int, b int, ok pick) []int {
	out := []int{k}
	pending := 0 // trailing items joined by a comma alone
	i := z.ms[k].t1
	for i < b {
		j := i
		for j < b && z.tokMent[j] < 0 && j-i < 4 && (z.joiner(j) || j > i && z.has(catCoord, j-1) && z.is(j, clsAttributePreps)) {
			// « aux États-Unis et à Israël »: the coordinator may repeat the
			// attribution's preposition
			j++
		}
		commaOnly, coord := false, false
		for t := i; t < j; t++ {
			if w := z.w(t); w == "," {
				commaOnly = true
			} else if !z.is(t, clsArticles) {
				commaOnly, coord = false, z.has(catCoord, t)
				break
			}
		}
		if coord {
			pending = 0 // "by the US, UK, EU and others": the list closes here
		}
		if j > i && j < b && z.tokMent[j] < 0 && z.lx.adjectiveAfterNoun {
			// « le FBI, le Trésor et la Direction nationale israélienne de
			// la cybersécurité »: an organ whose demonym follows its noun is
			// the list's next item; its words lead to the demonym
			u := j
			for u < b && u < j+3 && z.tokMent[u] < 0 && z.toks[u].word && !z.joiner(u) && !z.has(catBoundary, u) {
				u++
			}
			if u > j && u < b {
				if n := z.tokMent[u]; n >= 0 && z.ms[n].demonym && z.ms[n].instHead {
					j = u
				}
			}
		}
		if j >= b || z.tokMent[j] < 0 {
			break
		}
		n := z.tokMent[j]
		if z.ms[n].absorbed && z.ms[n].t1 > j {
			// "…, the U.K.'s National Cyber Security Centre": the owner
			// belongs to the agency after it, which is the list's item
			i = z.ms[n].t1
			continue
		}
		if !ok(&z.ms[n]) {
			break
		}
		out = append(out, n)
		if commaOnly {
			pending++
		} else {
			pending = 0
		}
		i = z.ms[n].t1
	}
	return out[:len(out)-pending]
}

// extendLeft is extendRight towards the start of the sentence.
func (z *analyzer) extendLeft(k int, a int, ok pick) []int {
	out := []int{k}
	i := z.ms[k].t0 - 1
	for i >= a {
		j := i
		for j >= a && z.tokMent[j] < 0 && z.joiner(j) && i-j < 4 {
			j--
		}
		if j < a || z.tokMent[j] < 0 {
			break
		}
		n := z.tokMent[j]
		if !ok(&z.ms[n]) {
			break
		}
		out = append(out, n)
		i = z.ms[n].t0 - 1
	}
	return out
}

// subject is what a subject search found.
type subject struct {
	ids     []int
	ana     cat
	hasAna  bool
	pronoun bool
	empty   bool // nothing but the verb's own auxiliaries: no subject NP at all
}

// namedBefore reports a mention that ok accepts ending right before token
// c, or before the institution noun there: a named speaker, not a
// statement noun ("The advisory, co-signed by …, explains", whose list the
// segments before the verb read).
func (z *analyzer) namedBefore(c int, ok pick) bool {
	t := c - 1
	if t > 0 && z.tokMent[t] < 0 && z.is(t, clsInstitution) {
		t-- // "American agencies": the nationality names the organ
	}
	k := z.tokMent[t]
	return k >= 0 && ok(&z.ms[k])
}

// listOnly reports tokens [t, e) that hold no verb of saying, accusing or
// attacking and no hard stop: a list of names with their nouns, as a
// co-speaker phrase brings in.
func (z *analyzer) listOnly(t, e int) bool {
	for u := t; u < e; u++ {
		if z.hardStop(u) {
			return false
		}
	}
	return z.verbFrom(t, e, true) == e
}

// anaphorAt reports an anaphor phrase starting at token i.
func (z *analyzer) anaphorAt(i int) (cat, bool) {
	if uint(i) >= uint(len(z.info)) || z.info[i].first == 0 {
		// no phrase starts with the word: matchAll, which alone gives
		// anaphor matches, found none at i (issue 11: a scan of the
		// matches at most tokens asked)
		return 0, false
	}
	for _, mt := range z.cur {
		if mt.i == i && (mt.cat == catAnaCompany || mt.cat == catAnaReport || mt.cat == catAnaInstitution) {
			if mt.cat == catAnaCompany && z.modifiedBare(mt.i) {
				return 0, false // "Security researchers noted…", "Independent researchers": others, not the firm
			}
			// "le gouvernement américain" names its state: not an anaphor
			for t := mt.i; t < mt.j+2 && t < len(z.toks); t++ {
				if k := z.tokMent[t]; k >= 0 && z.ms[k].accuserOK() && (t < mt.j || mt.cat != catAnaInstitution || z.lx.adjectiveAfterNoun && z.ms[k].demonym || t == mt.j+1 && z.is(mt.j, clsOfPreps)) {
					// (past an institution's end only a nationality
					// adjective or an of-complement names it, « le parquet de
					// Paris »: "The interior minister blamed Russia" is the
					// minister of the article's state, Russia the object)
					return 0, false
				}
			}
			return mt.cat, true
		}
	}
	return 0, false
}

// modifiedBare reports a bare plural anaphor ("researchers", no article)
// qualified by a word before it that is no determiner, possessive nor name
// ("Security researchers", "Independent researchers"): researchers in
// general, not the firm's own.
func (z *analyzer) modifiedBare(i int) bool {
	if z.is(i, clsArticles) || i == 0 {
		return false
	}
	p := i - 1
	if z.is(p, clsIndefinite) && !z.is(i, clsArticles) {
		return true // « des chercheurs », "some researchers": others
	}
	if !z.toks[p].word || z.tokMent[p] >= 0 || z.is(p, clsArticles) || z.is(p, clsPossPron) || z.w(p) == "'s" || z.is(p, clsOfPreps) {
		return false
	}
	return z.info[p].cats == 0
}

// leftSubject finds the subject of the verb at token i: the accuser-capable
// mentions of the clause before it, nearest comma segment first, extended
// over coordinated lists; else an anaphor or pronoun; else the antecedent of
// a relative pronoun.
func (z *analyzer) leftSubject(i, a int, ok pick) subject {
	// "The FBI — joined by Australia and Canada — said…": a parenthetical
	// between dashes right before the verb; its subject stands before it
	d := i - 1
	for d > a && z.is(d, clsAux) {
		d-- // « — a affirmé »
	}
	if d > a && z.has(catReport, i) && z.has(catCoord, d) && z.toks[d].word && z.tokMent[d-1] >= 0 {
		// "…backed the assessment that the group works for Beijing and
		// said…": a reporting verb coordinated with an earlier one shares
		// its subject; the name before "and" ends the earlier clause (an
		// accusation verb keeps its search: « Téhéran avait convoqué
		// l'ambassadeur de France et dénoncé une insulte »)
		return subject{pronoun: true}
	}
	if d > a && isDash(z.w(d)) {
		for u := d - 1; u > a; u-- {
			if isDash(z.w(u)) {
				return z.leftSubject(u, a, ok)
			}
		}
	}
	// "The FBI, joined by Britain, Canada and Australia, accused…": an
	// apposition opened by a co-speaker phrase and closed right before the
	// verb; its subject stands before it (the co-speakers join it in
	// analyze), however long the list that made the nearest segment look
	// like the subject
	if d > a && z.w(d) == "," {
		for _, mt := range z.cur {
			if mt.cat == catCoSpeaker && mt.i > a+1 && mt.j < d && d-mt.j <= 20 && z.w(mt.i-1) == "," && z.namedBefore(mt.i-1, ok) && z.listOnly(mt.j, d) {
				return z.leftSubject(mt.i-1, a, ok)
			}
		}
	}
	ws := i
	for ws > a {
		if isQuote(z.w(ws-1)) && ws-2 >= a && z.tokMent[ws-2] >= 0 && z.auxOnly(ws, i) {
			// a partial quote opening on the verb: l'UE « condamne cette
			// campagne », Tehran "conducted this attack" (as leftAccused)
			ws--
			continue
		}
		if p := z.acronymParen(ws-1, a); p >= 0 && (z.accusationAt(i) && (z.tokMent[p-1] < 0 || ok(&z.ms[z.tokMent[p-1]])) || !z.commaWithin(ws, i, i-ws)) {
			// "The Cybersecurity and Infrastructure Security Agency (CISA)
			// attributed", « l'Agence nationale (Anssi) a imputé »: the acronym
			// renames the subject before it; the parentheses close no clause.
			// Before a reporting verb only when no comma stands between
			// ("Britain's National Cyber Security Centre (NCSC) said that…";
			// "The NCSC (…), part of GCHQ, said" keeps the search inside the
			// apposition, which found the owner as no speaker)
			ws = p
			continue
		}
		if z.boundary(ws - 1) {
			break
		}
		ws--
	}
	// the dash closing a dateline, "(Reuters) - The United States, Japan
	// and …": the clause starts after it, so the list before the verb is pure
	for ws < i && z.w(ws) == "-" {
		ws++
	}
	// "The advisory, signed by the agencies of the countries that make up
	// the Five Eyes, said…": the clause opened by a restrictive relative
	// pronoun closed at the comma before the verb; the subject is before
	// the pronoun, not a name inside the relative clause
	if ws > a+1 && z.is(ws-1, clsRelatives) && z.w(ws-2) != "," && i > ws && z.w(i-1) == "," {
		return z.leftSubject(ws-1, a, ok)
	}
	// "Mandiant, the Google-owned company, which has described UNC3886
	// as…": a reporting or accusation verb of an appositive relative
	// clause, only auxiliaries before it, has the relative's antecedent as
	// subject, past an apposition of the antecedent (not a cue's: "i-Soon,
	// which worked at the direction of the MPS" names the accused; nor one
	// with its own pronoun subject: "i-Soon, which it said…")
	if ws > a+2 && z.is(ws-1, clsRelatives) && z.w(ws-2) == "," && z.auxOnly(ws, i) && !z.has(catPronoun, ws) && (z.has(catReport, i) || z.accusationAt(i)) {
		if k := z.antecedentBefore(ws-2, a); k >= 0 && ok(&z.ms[k]) && !z.ms[k].loc {
			return subject{ids: []int{k}} // (in a phrase too: "comes from Mandiant, which…")
		}
	}
	var res subject
	// "Microsoft, which tracks the group as Volt Typhoon, said…": the verb
	// after a comma that closes an appositive relative clause has the
	// relative's antecedent as subject, not a word of the clause ("the group")
	if k := z.relativeAntecedent(i, a); k >= 0 && ok(&z.ms[k]) && !z.ms[k].pp {
		res.ids = z.extendLeft(k, a, ok)
		return res
	}
	// comma segments, right to left
	e := i
	for seg := 0; seg < 4 && e > ws; seg++ {
		s := e
		for s > ws && z.w(s-1) != "," {
			s--
		}
		var found []int
		// "Iranian officials blamed Israel for the hack, the broadcaster
		// said": the object of a verb inside the segment is not a subject
		cut := e
		for _, mt := range z.cur {
			if mt.i > s && mt.i < cut && (mt.cat == catAccuse || mt.cat == catAttribute || mt.cat == catAttackVerb) {
				cut = mt.i
			}
		}
		for t := s; t < cut; t++ {
			if k := z.tokMent[t]; k >= 0 && (len(found) == 0 || found[len(found)-1] != k) {
				m := &z.ms[k]
				if m.t0 >= s && ok(m) && !m.pp && !z.agentOf(m, s) {
					found = append(found, k)
				}
			}
		}
		if len(found) > 0 && s > ws && z.ofComplements(found, s) {
			// "Mandiant, a subsidiary of Google, said", « Mandiant, filiale
			// de Google, a publié »: the apposition's complement owns the
			// speaker; the head named before it speaks
			ps := s - 1
			for ps > ws && z.w(ps-1) != "," {
				ps--
			}
			var head []int
			for t := ps; t < s-1; t++ {
				if k := z.tokMent[t]; k >= 0 && (len(head) == 0 || head[len(head)-1] != k) {
					if m := &z.ms[k]; m.t0 >= ps && ok(m) && !m.pp && !z.agentOf(m, ps) {
						head = append(head, k)
					}
				}
			}
			if len(head) > 0 {
				found, s = head, ps
			}
		}
		if len(found) > 0 && z.subsidiaryOf(found, s) {
			// « La filiale de Google explique… », "the Google unit's subsidiary
			// said": the firm owned speaks, named before, not its owner
			res.ana, res.hasAna = catAnaCompany, true
			return res
		}
		if len(found) > 0 {
			res.ids = found
			// coordinated list segments further left: "Le Royaume-Uni, l’OTAN,
			// les Etats-Unis et …"
			coord := false // the last segment holds the list's coordinator
			for t := s; t < e && !coord; t++ {
				coord = z.has(catCoord, t) || z.is(t, clsListWords) // « ainsi qu' »
			}
			for s > ws {
				ps := s - 1 // the comma
				pe := ps
				pst := pe
				for pst > ws && z.w(pst-1) != "," {
					pst--
				}
				var list []int
				pure := pst < pe
				for t := pst; t < pe; t++ {
					if k := z.tokMent[t]; k >= 0 {
						if ok(&z.ms[k]) {
							list = addUniq(list, k)
							continue
						}
						if z.ms[k].absorbed {
							continue // "the US" of "the US National Security Agency"
						}
						pure = false
						break
					}
					// « de la Tchéquie, de la Lituanie »: a list of complements
					// of one speaker noun repeats its preposition
					if !z.joiner(t) && !z.is(t, clsOfPreps) {
						pure = false
						break
					}
				}
				if !pure && coord {
					// "The Czech foreign ministry, the German government and the
					// EU issued statements…": an organ named by its state's
					// demonym is one item, its other words the organ's
					k := z.organItem(pst, pe, ok)
					if k < 0 && pst == ws {
						// (a fronted adverbial opens only the clause's first segment)
						k = z.frontedItem(pst, pe, ok)
					}
					if k >= 0 {
						list, pure = []int{k}, true
					}
				}
				if !pure && coord && z.lx.adjectiveAfterNoun && pe-1 > pst {
					// « Les responsables allemands, français et italiens »: the
					// first demonym closes the noun it qualifies; the list of
					// demonyms goes on after it
					if k := z.tokMent[pe-1]; k >= 0 && z.ms[k].demonym && ok(&z.ms[k]) && z.ms[k].t0 > pst && allDemonyms(z, res.ids) {
						res.ids = append([]int{k}, res.ids...)
						break
					}
				}
				if !pure {
					// the list's head: "statements by the governments of Japan, …",
					// « les agences de cybersécurité de France, d'Allemagne et … »;
					// with no coordinator in the last segment the comma closes
					// another clause ("…and two universities in Portugal, ESET
					// said"; a headline's "EU, UK, US blame" is pure)
					if head := z.listHead(pst, pe, ok); len(head) > 0 && coord {
						res.ids = append(head, res.ids...)
					}
					break
				}
				if len(list) == 0 {
					break
				}
				res.ids = append(list, res.ids...)
				s = pst
			}
			return res
		}
		for t := s; t < e; t++ {
			if c, ok := z.anaphorAt(t); ok {
				res.ana, res.hasAna = c, true
				return res
			}
		}
		if s < e && z.has(catPronoun, s) && !z.is(s, clsObjectPron) && !(s+1 < e && z.is(s+1, clsAux) && z.is(s, clsPossPron)) {
			if s == ws {
				// "The NCSC listed operations that it attributed to APT28",
				// « l'Anssi a publié un rapport dans lequel elle attribue… »:
				// the pronoun opening a relative clause is the main clause's
				// subject, named in this sentence
				if ids := z.relativeMainSubject(ws, a, ok); len(ids) > 0 {
					res.ids = ids
					return res
				}
			}
			res.pronoun = true
			return res
		}
		// "…, and on Tuesday he added": a subject pronoun right before the
		// verb, closing a segment that names no one, is its subject (not
		// an emphatic one between auxiliaries: « leur avait elle aussi
		// attribué »)
		if p := e - 1; e == i && p > s && z.has(catPronoun, p) && z.tokMent[p] < 0 && !z.is(p, clsObjectPron) && !z.is(p, clsPossPron) && !z.is(p, clsArticles) {
			if p-1 == s && z.is(s, clsComplementizers) && s-1 > a && z.w(s-1) == "," && z.tokMent[s-2] >= 0 {
				// « l'Iran, qu'elle accuse d'avoir… »: the pronoun of an
				// object relative after a named antecedent is the main
				// clause's subject
				if ids := z.relativeMainSubject(p, a, ok); len(ids) > 0 {
					res.ids = ids
					return res
				}
			}
			res.pronoun = true
			return res
		}
		allAux, coord := true, false
		for t := s; t < e; t++ {
			if z.has(catCoord, t) {
				coord = true
				continue
			}
			if !z.is(t, clsAux) && z.w(t) != "," {
				allAux = false
			}
		}
		if allAux && seg == 0 {
			res.empty = true
			if coord {
				// "…, such as Italy and Spain, and blamed Salt Typhoon": the
				// verb shares the main clause's subject, not the list before
				// it; named opening the clause ("The FBI dismantled the
				// malware, and attributed it to…"), that subject speaks
				if k := z.clauseOpeningSubject(ws, s, ok); k >= 0 {
					res.ids, res.empty = z.extendRight(k, s, ok), false
				}
				return res
			}
		}
		e = s - 1
	}
	// relative pronoun: the antecedent is just before it
	if ws > a && z.is(ws-1, clsRelatives) {
		// "…, Berlin and London published a joint advisory which attributes",
		// « … et Londres ont publié un avis commun qui attribue »: a statement
		// noun right before the pronoun is what speaks; its publisher, the
		// subject of the clause before, is the accuser
		for t := ws - 2; t >= a && t >= ws-4 && z.tokMent[t] < 0 && !z.boundary(t) && z.w(t) != ","; t-- {
			if z.is(t, clsStatementNouns) && t > a {
				if sub := z.leftSubject(t, a, ok); len(sub.ids) > 0 {
					return sub
				}
				break
			}
		}
		from := ws - 2
		// "a joint advisory from the United States, Australia and Britain -
		// the network known as the Five Eyes - which said": an apposition
		// between dashes before the pronoun renames the antecedent; the
		// antecedent is before it (as leftAccused skips one)
		if from > a && (z.w(from) == "-" || z.w(from) == "—") {
			for u := from - 1; u > a && u >= from-16; u-- {
				if z.hardStop(u) && z.w(u) != "—" {
					break
				}
				if z.w(u) == z.w(from) {
					from = u - 1
					break
				}
			}
		}
		for t := from; t >= a && t >= from-5; t-- {
			if z.hardStop(t) {
				break
			}
			if k := z.tokMent[t]; k >= 0 && ok(&z.ms[k]) {
				res.ids = z.extendLeft(k, a, ok)
				res.empty = false
				return res
			}
		}
	}
	return res
}

// listHead returns the mentions ending the segment [s, e) of a speaker
// list when the words before them introduce speakers: an institution,
// statement or report noun, then "of" or "by" (« de », « par »). "Statements
// by the governments of Japan, South Korea and the United States
// attributed…": Japan heads the list whose rest is the verb's subject.
func (z *analyzer) listHead(s, e int, ok pick) []int {
	var out []int
	t := e - 1
	for t >= s {
		if k := z.tokMent[t]; k >= 0 {
			m := &z.ms[k]
			if !ok(m) && !m.absorbed {
				return nil
			}
			if ok(m) {
				out = append([]int{k}, out...)
			}
			t = m.t0 - 1
			continue
		}
		if z.joiner(t) && !z.is(t, clsOfPreps) && !z.is(t, clsListPreps) {
			t--
			continue
		}
		break
	}
	if len(out) == 0 || t < s || !(z.is(t, clsOfPreps) || z.has(catAgentPrep, t) || z.is(t, clsListPreps)) {
		return nil
	}
	for u := s; u < t; u++ {
		if z.is(u, clsInstitution) || z.is(u, clsStatementNouns) || z.is(u, clsReportNouns) {
			return out
		}
	}
	return nil
}

// organItem is the one speaker of the list segment [s, e) when the segment
// names a state's organ by the state's demonym or possessive and nothing
// else ("The Czech foreign ministry", « le ministère tchèque des Affaires
// étrangères »): the words around the name are the organ's, not a clause
// of their own. -1 when the segment holds another name, a target, a cue or
// an attack noun, punctuation, or no institution noun.
func (z *analyzer) organItem(s, e int, ok pick) int {
	if e-s > 8 || z.triggerIn(s, e) {
		return -1
	}
	k, inst := -1, false
	for t := s; t < e; t++ {
		if km := z.tokMent[t]; km >= 0 {
			m := &z.ms[km]
			if m.absorbed {
				continue
			}
			if k >= 0 && km != k || !ok(m) || !m.instHead || m.pp {
				return -1
			}
			k = km
			continue
		}
		if z.isPunct(t) && z.w(t) != "'s" || z.has(catAttackNoun, t) {
			return -1
		}
		inst = inst || z.is(t, clsInstitution)
	}
	if !inst {
		return -1
	}
	return k
}

// frontedItem is the one speaker of the list segment [s, e) that opens
// the clause with a short adverbial written without a comma before the
// first item ("Within hours the White House, the British Foreign Office
// and the NCSC issued statements…", "On Thursday the FBI, …"): one name
// ending the segment, at most four words before it, none a name, a cue,
// an attack noun, punctuation or a preposition governing the name ("After
// attacks on the US, Britain and Canada…" keeps its target out). -1 when
// the segment is not so.
func (z *analyzer) frontedItem(s, e int, ok pick) int {
	k := z.tokMent[e-1]
	if k < 0 || z.ms[k].t1 != e || !ok(&z.ms[k]) || z.ms[k].pp || z.ms[k].t0-s > 4 || z.triggerIn(s, e) {
		return -1
	}
	t0 := z.ms[k].t0
	for t := s; t < t0; t++ {
		if z.tokMent[t] >= 0 || z.isPunct(t) || z.has(catAttackNoun, t) || z.has(catSource, t) {
			return -1
		}
	}
	p := t0 - 1
	for p >= s && z.is(p, clsArticles) {
		p--
	}
	if p >= s && (z.is(p, clsOfPreps) || z.has(catVictimPrep, p) || z.has(catAgentPrep, p) || z.is(p, clsPlacePreps)) {
		return -1
	}
	return k
}

// rightSpeaker finds an inverted speaker after a reporting verb
// ("…, a affirmé vendredi le FBI", "», affirme le gouvernement américain").
func (z *analyzer) rightSpeaker(j, b int, ok pick) subject {
	var res subject
	for t := j; t < b && t < j+10; t++ {
		if k := z.tokMent[t]; k >= 0 && ok(&z.ms[k]) && !z.ms[k].pp {
			ids := z.extendRight(k, b, ok)
			if z.clauseSubject(z.ms[ids[len(ids)-1]].t1, b) {
				return res
			}
			res.ids = ids
			return res
		}
		if c, found := z.anaphorAt(t); found {
			res.ana, res.hasAna = c, true
			return res
		}
		if z.hardStop(t) || z.has(catBoundary, t) || z.has(catReport, t) {
			break
		}
	}
	return res
}

// clauseSubject reports a cue or attack verb of the sentence starting at
// token e, or right after the attacker, tie or institution words of the
// noun phrase that ends at e: "Zorbex, a Dutch security firm, said Russia
// was behind the attack", "said Russian military hackers were behind…".
// The name after the verb then opens the reported clause as its subject:
// no inverted speaker ("…, said Britain on Monday" has none of these).
func (z *analyzer) clauseSubject(e, b int) bool {
	u := e
	if u < b && z.w(u) == "'s" {
		u++ // "said the Kremlin's hackers had…": a possessive goes on to its head
	}
	for v := u; u < b && u < v+3 && z.toks[u].word && z.tokMent[u] < 0 && (z.is(u, clsAttacker) || z.is(u, clsTie) || z.is(u, clsInstitution)); {
		u++
	}
	for v := u; u > e && u < b && u < v+2 && z.toks[u].word && z.is(u, clsAux); {
		u++ // "…hackers had targeted": auxiliaries before the verb
	}
	for _, mt := range z.cur {
		if mt.i == u && (mt.cat == catCueLeft || mt.cat == catAttackVerb) {
			return true
		}
	}
	return false
}

// inverted reports whether the verb at i follows a quotation or a comma
// (after its auxiliaries), i.e. the speaker comes after it.
func (z *analyzer) inverted(i, a int) bool {
	t := i - 1
	for t >= a && z.is(t, clsAux) && z.toks[t].word && t >= i-3 && !z.has(catPronoun, t) {
		t-- // (not over a subject pronoun the aux list holds: "It said other states…")
	}
	if t < a {
		return true
	}
	w := z.w(t)
	if w == "," && z.apposition(t, a) {
		return false // "The Polish minister, Krzysztof Gawkowski, said Russia…"
	}
	return w == "," || isQuote(w) || w == "»" || w == "”"
}

// apposition reports a comma at c that closes an apposition opened by a
// comma at most twelve tokens before, after a non-empty start of the clause:
// the aside is a person's name (capitalised words only), a titled noun
// phrase with an accuser ("Krzysztof Gawkowski, the Polish minister for
// digital affairs, said") or a participle with its agent ("quoted by the
// Washington Post"). The verb after c then has its subject on the
// left, not an inverted speaker after it.
func (z *analyzer) apposition(c, a int) bool {
	p := -1
	for t := c - 1; t > a && t >= c-12; t-- {
		if z.w(t) == "," {
			p = t
			break
		}
		if z.hardStop(t) || z.boundary(t) || isQuote(z.w(t)) || z.w(t) == "»" || z.w(t) == "«" || z.frameAt(t) {
			return false
		}
	}
	if p > a && p+2 < c && z.toks[p+1].word && !z.toks[p+1].upper && z.tokMent[p+1] < 0 && z.has(catAgentPrep, p+2) {
		return true // a participle with its agent: "American officials, quoted by the Washington Post, attributed…"
	}
	if p <= a || p+1 >= c || !(z.is(p+1, clsArticles) || z.toks[p+1].upper) {
		return false // « en Slovaquie et en Suède, a précisé »: a list, not an aside
	}
	for t := p + 1; t < c; t++ {
		if z.has(catCoord, t) {
			return false
		}
	}
	names := true
	for t := p + 1; t < c; t++ {
		if k := z.tokMent[t]; k >= 0 && z.ms[k].accuserOK() && !z.ms[k].pp {
			return true
		}
		if !z.toks[t].word || !z.toks[t].upper || z.tokMent[t] >= 0 {
			names = false
		}
	}
	return names && c-p-1 >= 2
}

// afterAgent returns the mentions after "by"/"par" right after token j.
func (z *analyzer) afterAgent(j, b int, ok pick) []int {
	end := j + 8
	for t := j; t < b && t < end; t++ {
		if t > j+1 && z.w(t) == "," && z.tokMent[t-1] >= 0 {
			// « attribuée au groupe X, connu pour…, par les chercheurs
			// de Y »: an apposition to the object closed by a comma right
			// before the agent preposition
			if u := z.appositionToAgent(t, b); u > 0 {
				t, end = u-1, u+8
				continue
			}
		}
		if t > j+1 && (z.boundary(t) || z.w(t) == "," || z.predicateAt(t)) {
			return nil // "dénoncé les piratages menés par la Chine": that agent is not ours
		}
		if z.has(catAgentPrep, t) {
			if t > j && z.toks[t-1].word && z.has(catAttackNoun, t-1) {
				return nil // "condemned the cyberattacks by Russia": the attack's author, no agent of the saying
			}
			if ids := z.agentExamples(t, b, ok); len(ids) > 0 {
				return ids
			}
			firm := false // a company noun heads the agent: only a company may follow
			for u := t + 1; u < b && u < t+7; u++ {
				if k := z.tokMent[u]; k >= 0 {
					if m := &z.ms[k]; m.absorbed && m.t1 > u && m.t1 < b && z.tokMent[m.t1] >= 0 {
						// "by the U.S. Cybersecurity and Infrastructure Security
						// Agency": the owner belongs to the agency right after
						u = m.t1 - 1
						continue
					}
					if m := &z.ms[k]; m.loc && m.t1 < b {
						// "by Google-owned security firm Mandiant", "by U.S.-based firm
						// Recorded Future": the owner or the place
						// of the firm the agent names
						u = m.t1 - 1
						continue
					}
					if m := &z.ms[k]; m.demonym && (m.companyHead || firm) && m.t1 < b {
						// "by Slovak security company ESET", « par la société
						// slovaque ESET »: the firm's nationality, not a speaker
						u, firm = m.t1-1, true
						continue
					}
					if firm && z.ms[k].Entity.Kind != claim.KindCompany {
						return nil
					}
					if ok(&z.ms[k]) {
						return z.extendRight(k, b, ok)
					}
					return nil
				}
				// "by researchers at Recorded Future", « par les analystes de
				// Sekoia », "by the security firm Mandiant": the people speak
				// for their employer named next, a firm noun for the firm
				if z.is(u, clsResearchers) || z.memberPrep(u, t) {
					continue
				}
				if z.is(u, clsCompanyNoun) && !z.is(u, clsAttacker) {
					firm = true
					continue
				}
				// "by cyber agencies of the United States" (a cyber word, from the
				// lexicon, may qualify the agencies), not "par les
				// représentations diplomatiques d'Israël"
				if !z.is(u, clsArticles) && !z.is(u, clsInstitution) && !z.is(u, clsOfPreps) && !z.cyber(u) && !z.is(u, clsTie) && !z.institutionAdjective(u, t) {
					return nil
				}
			}
			return nil
		}
	}
	return nil
}

// appositionMax is how many tokens an apposition to an attribution's object
// may run before the agent ("X, a group known for…, by researchers at Y").
const appositionMax = 30

// appositionToAgent returns the agent preposition right after the comma
// closing an apposition opened by the comma at t, -1 when no comma within
// appositionMax tokens is followed by one (or a clause ends first).
func (z *analyzer) appositionToAgent(t, b int) int {
	for u := t + 1; u+1 < b && u <= t+appositionMax; u++ {
		switch w := z.w(u); {
		case w == ";" || w == ":" || isQuote(w) || z.boundary(u):
			return -1
		case w == "," && z.has(catAgentPrep, u+1):
			return u + 1
		}
	}
	return -1
}

// memberPrep reports a short lower-case word at u right after a researcher
// or title noun that follows the agent preposition at t: the preposition
// of the employer ("at", "from", « chez », « d' »).
func (z *analyzer) memberPrep(u, t int) bool {
	return u > t+1 && z.is(u-1, clsResearchers) && z.toks[u].word && !z.toks[u].upper && len(z.w(u)) <= 5
}

// agentExamples returns the speakers listed as examples of an agent named
// by a plain noun after "by"/"par" at token t: "blamed by several
// governments, including Britain and the United States", « mis en cause par
// plusieurs capitales, dont Londres et Washington ». nil when the agent is
// no such phrase or a mention comes before the marker.
func (z *analyzer) agentExamples(t, b int, ok pick) []int {
	for c := t + 2; c < b && c <= t+5; c++ {
		if z.tokMent[c-1] >= 0 || z.boundary(c-1) || z.isPunct(c-1) {
			return nil
		}
		if z.w(c) != "," {
			continue
		}
		for _, ws := range z.lx.exampleMarkers {
			if !z.wordsAt(c+1, ws) {
				continue
			}
			u := c + 1 + len(ws)
			for u < b && z.is(u, clsArticles) {
				u++
			}
			if u < b {
				if k := z.tokMent[u]; k >= 0 && ok(&z.ms[k]) {
					return z.extendRight(k, b, ok)
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// passiveAt reports a passive auxiliary right before token i, unless the
// verb has a non-participle suffix: "was conducting", "is targeting" are
// active progressives whose subject is the attacker.
func (z *analyzer) passiveAt(i, a int) bool {
	if i < len(z.toks) && hasSuffixIn(z.w(i), z.lx.nonPartSuffixes) {
		return false
	}
	for t := i - 1; t >= a && t >= i-3; t-- {
		if z.is(t, clsPassiveAux) {
			// « des pirates s'étaient introduits dans… »: a reflexive verb,
			// active
			return t == a || !z.lx.reflexive[z.w(t-1)]
		}
		if !z.is(t, clsAux) {
			return false
		}
	}
	return false
}

// rightAccused: the first accused-capable mention within n tokens after j,
// and those coordinated with it (a quote mark opening the object is
// skipped); none when an alliance, a firm or a medium comes first, or when
// an attack's target preposition (« contre », "against") ends the cue's
// object first.
func (z *analyzer) rightAccused(j, b, n int) []int {
	ok := func(m *ment) bool { return m.accusedOK() }
	target := false
	for t := j; t < b && t < j+n; t++ {
		if k := z.tokMent[t]; k >= 0 {
			if target && z.ms[k].pp {
				// "working for companies in Germany": the cue's object is the
				// companies; the place after them is where they are
				return nil
			}
			if ok(&z.ms[k]) {
				return z.extendRight(k, b, ok)
			}
			if kd := z.ms[k].Entity.Kind; (kd == claim.KindIntergov || kd == claim.KindCompany || kd == claim.KindMedia) && !z.ms[k].absorbed {
				// « des diplomates … de pays membres de l'OTAN, d'Israël, de
				// Syrie »: the cue names this entity first; the states
				// listed after it are not its object
				return nil
			}
			t = z.ms[k].t1 - 1
			continue
		}
		if t == j && isQuote(z.w(t)) {
			continue // a quotation opening on the object: "the work of \"a state-sponsored actor\"", « menée par "un acteur étatique" »
		}
		if z.hardStop(t) && z.w(t) != "(" && z.w(t) != ")" {
			return nil
		}
		if z.has(catBoundary, t) && t > j {
			return nil
		}
		if z.is2(t, cls2AttackTargetPreps) {
			// « des opérations de reconnaissance contre les organisateurs des
			// Jeux de Tokyo »: the cue's object has ended, its target follows
			return nil
		}
		target = target || z.is(t, clsVictimNoun)
	}
	return nil
}

// leftAccused: the nearest accused-capable mention before i, skipping
// parenthetical asides between dashes or brackets.
func (z *analyzer) leftAccused(i, a, n int) []int {
	ok := func(m *ment) bool { return m.accusedOK() }
	steps := 0
	quoted := false // inside a quotation closed right before the verb
	for t := i - 1; t >= a && steps < n; t, steps = t-1, steps+1 {
		w := z.w(t)
		if w == "," || isQuote(w) && t-1 > a && z.w(t-1) == "," {
			// « La Russie, a ajouté le ministre, est derrière… »: an incise
			// naming the speaker stands between the verb and its subject;
			// a quotation may resume after it ("\"Russia,\" the minister
			// said, \"is behind…\"")
			if v := z.skipIncise(t, a); v >= 0 {
				t = v
				continue
			}
		}
		if w == ")" {
			for t > a && z.w(t) != "(" {
				t--
			}
			continue
		}
		if w == "—" || w == "-" {
			u := t - 1
			for u > a && z.w(u) != "—" && z.w(u) != "-" {
				u--
			}
			if u > a {
				t = u
				continue
			}
			// a lone dash closes a dateline ("MANILA, Philippines - Hackers
			// attacked…"): the place before it is not the actor
			return nil
		}
		if k := z.tokMent[t]; k >= 0 {
			if ok(&z.ms[k]) && !z.ms[k].pp {
				return z.extendLeft(k, a, ok)
			}
			t = z.ms[k].t0
			continue
		}
		if t >= i-2 && z.has(catPronoun, t) && !z.is2(t, cls2Possessive) && !z.is(t, clsObjectPron) && !z.is2(t, cls2Dative) {
			// "…countries that support Kyiv, and it is involved in attacks",
			// « et il est impliqué »: the pronoun right before is the
			// subject; a name further back is not
			return nil
		}
		if isQuote(w) && t > a && z.tokMent[t-1] >= 0 && z.auxOnly(t+1, i) {
			// a partial quote opening on the verb (its auxiliaries): Tehran
			// "conducted this attack", la Russie « a piraté »
			continue
		}
		if isQuote(w) && !quoted && t+1 <= i && z.auxOnly(t+1, i) && z.quoteOpens(t, a) {
			// the subject quoted whole before the verb: the minister said
			// "coordinated Russian services" were behind, « des « services
			// russes coordonnés » étaient derrière »; the search goes on
			// inside the quotation, and ends at its opening mark
			quoted = true
			continue
		}
		if w == ";" || w == ":" || isQuote(w) {
			return nil
		}
		if z.has(catBoundary, t) {
			if k := z.cleftFocus(t, a); k >= 0 && ok(&z.ms[k]) {
				return z.extendLeft(k, a, ok)
			}
			if z.datedPrep(t, i) {
				// "had been active since mid-2021 and targeted": a date, no
				// clause; its words do not count against the reach
				steps -= 3
				continue
			}
			return nil
		}
	}
	return nil
}

// quoteOpens reports an opening quotation mark within quotedSubjectMax
// tokens before the closing one at t, with only words between (no comma,
// no clause).
func (z *analyzer) quoteOpens(t, a int) bool {
	for u := t - 1; u >= a && u >= t-quotedSubjectMax; u-- {
		w := z.w(u)
		if isQuote(w) {
			return u < t-1
		}
		if !z.toks[u].word && w != "-" {
			return false
		}
	}
	return false
}

// quotedSubjectMax is how many tokens a subject quoted whole may hold.
const quotedSubjectMax = 8

// datedPrep reports a boundary word at t that opens a date rather than a
// clause ("since mid-2021", "since at least 2019", "after 2020"): a digit
// within the next three tokens, before i, with only words between.
func (z *analyzer) datedPrep(t, i int) bool {
	for u := t + 1; u < i && u <= t+3; u++ {
		w := z.w(u)
		if strings.ContainsAny(w, "0123456789") {
			return true
		}
		if !z.toks[u].word || z.tokMent[u] >= 0 {
			return false
		}
	}
	return false
}

// cleftFocus returns the mention a cleft sentence puts in focus before the
// relative at t: « c'est la Russie qui… », "it was Russia that…", and with an
// attacker noun around it, « ce sont des pirates iraniens qui… », "it was
// Iranian hackers who…" — the tokens between the opener and the relative
// are one mention, articles, attacker nouns and tie words.
func (z *analyzer) cleftFocus(t, a int) int {
	if t-1 < a || !z.is(t, clsRelatives) {
		return -1
	}
	k := -1
	u := t
	for u > a && u > t-6 {
		switch n := z.tokMent[u-1]; {
		case n >= 0 && (k < 0 || n == k):
			k = n
			u = z.ms[n].t0
			continue
		case n < 0 && z.toks[u-1].word && (z.is(u-1, clsArticles) || z.is(u-1, clsAttacker) || z.is(u-1, clsTie)):
			u--
			continue
		}
		break
	}
	if k < 0 {
		return -1
	}
	for _, mt := range z.cur {
		if mt.cat == catCleft && mt.i >= a && mt.j <= u && mt.j >= u-1 && (mt.j == u || z.is(u-1, clsArticles)) {
			return k
		}
	}
	return -1
}

// auxOnly reports that the tokens [s, e) are auxiliaries (none is fine).
func (z *analyzer) auxOnly(s, e int) bool {
	for t := s; t < e; t++ {
		if !z.is(t, clsAux) {
			return false
		}
	}
	return true
}

// attackAfter: an attack noun (or pronoun standing for it) within n tokens
// after j, or the end of the clause.
func (z *analyzer) attackAfter(j, b, n int) bool {
	if j >= b || z.isPunct(j) {
		return true
	}
	for _, mt := range z.cur {
		if mt.cat == catAttackNoun && mt.i >= j && mt.i < j+n {
			return true
		}
	}
	for t := j; t < b && t < j+n; t++ {
		if z.has(catAttackNoun, t) || z.cyber(t) || z.is(t, clsAttackPron) {
			return true
		}
	}
	return false
}

func hasCyber(lx *lexicon, w string) bool {
	for _, s := range lx.cyber {
		if len(w) >= len(s) && w[:len(s)] == s {
			return true
		}
	}
	return false
}

// predicateAt reports an attack word or a frame starting at token i.
func (z *analyzer) predicateAt(i int) bool {
	for _, mt := range z.cur {
		if mt.i == i {
			switch mt.cat {
			case catAttackVerb, catAttackNoun, catCueRight, catAccuse, catAttribute, catReport:
				return true
			}
		}
	}
	return false
}

// afterAgentStrict: the agent of an attack verb, a mention right after
// "by"/"par" (articles only in between).
func (z *analyzer) afterAgentStrict(j, b int) []int {
	ok := func(m *ment) bool { return m.accusedOK() }
	for t := j; t < b && t < j+2; t++ {
		if !z.has(catAgentPrep, t) {
			continue
		}
		for u := t + 1; u < b && u < t+4; u++ {
			if k := z.tokMent[u]; k >= 0 {
				if ok(&z.ms[k]) {
					return z.extendRight(k, b, ok)
				}
				return nil
			}
			if !z.is(u, clsArticles) && !z.is(u, clsAttacker) {
				// an attacker noun may stand before its demonym (« par des
				// pirates chinois »)
				return nil
			}
		}
	}
	return nil
}

// agentOf reports a mention introduced by an agent preposition inside the
// segment starting at s: the agent of a passive ("La Chine, accusée par
// Prague de…, dément") is not the subject of the verb after it.
func (z *analyzer) agentOf(m *ment, s int) bool {
	t := m.t0 - 1
	for t >= s && z.is(t, clsArticles) {
		t--
	}
	if t > s && z.has(catAgentPrep, t) && z.participleAt(t-1) {
		return true
	}
	// "backed by the EU and NATO": the agent's list shares it
	u := m.t0 - 1
	for u >= s && z.tokMent[u] < 0 && z.joiner(u) && m.t0-u <= 4 {
		u--
	}
	if u >= s && u < m.t0-1 && z.tokMent[u] >= 0 && z.tokMent[u] != z.tokMent[m.t0] {
		return z.agentOf(&z.ms[z.tokMent[u]], s)
	}
	return false
}

// ofComplements reports that every mention of ks follows an of-preposition
// (articles skipped) inside the segment starting at s: "a subsidiary of
// Google", « filiale de Google ».
func (z *analyzer) ofComplements(ks []int, s int) bool {
	for _, k := range ks {
		t := z.ms[k].t0 - 1
		for t > s && z.is(t, clsArticles) && !z.is(t, clsOfPreps) {
			t--
		}
		if t <= s || !z.is(t, clsOfPreps) {
			return false
		}
	}
	return true
}

// subsidiaryOf reports that every mention of ks is the owner in an
// of-complement of a subsidiary noun inside the segment starting at s
// ("the subsidiary of Google", « la filiale de Google »).
func (z *analyzer) subsidiaryOf(ks []int, s int) bool {
	if !z.ofComplements(ks, s) {
		return false
	}
	for _, k := range ks {
		t := z.ms[k].t0 - 1
		for t > s && z.is(t, clsArticles) && !z.is(t, clsOfPreps) {
			t--
		}
		if t-1 < s || !z.is2(t-1, cls2SubsidiaryNouns) {
			return false
		}
	}
	return true
}

// relativeAntecedent returns the mention before an appositive relative
// clause that ends right before the verb at i (after its auxiliaries):
// "Microsoft, which tracks the group as Volt Typhoon, said", « Prague, qui
// préside le Conseil, a accusé ». -1 when the verb does not follow one.
func (z *analyzer) relativeAntecedent(i, a int) int {
	v := i - 1
	for v > a && z.is(v, clsAux) && z.w(v) != "," {
		v--
	}
	if v <= a || z.w(v) != "," {
		return -1
	}
	// a list inside the clause keeps its commas ("which tracked it as it
	// targeted Japanese media, political and academic organisations,
	// said"): a comma is allowed when a coordinator follows it in the clause
	coord, commas := false, 0
	for t := v - 1; t > a+1 && t >= v-16-2*commas; t-- {
		w := z.w(t)
		if w != "," && z.has(catCoord, t) {
			coord = true
		}
		if w == "," && coord && commas < 2 {
			commas++
			continue
		}
		if w == "," || z.hardStop(t) {
			return -1
		}
		if z.is(t, clsRelatives) && z.w(t-1) == "," {
			if k := z.tokMent[t-2]; k >= 0 {
				return k
			}
			return -1
		}
	}
	return -1
}

// antecedentBefore returns the mention before an apposition that the comma
// at c closes ("Mandiant, the Google-owned incident-response company,
// which…": at most eight words, opened by a comma and an article, no
// reporting, accusation or attack word), else the mention ending right
// before the comma ("Mandiant, which…"); else -1.
func (z *analyzer) antecedentBefore(c, a int) int {
	// an apposition first: « Mandiant, la filiale de Google, qui… » is
	// Mandiant's, whatever name ends it
	for t := c - 1; t > a && t >= c-9; t-- {
		if z.hardStop(t) || z.has(catReport, t) || z.has(catAccuse, t) || z.has(catAttackVerb, t) {
			break // a clause, not an apposition: « …, a indiqué ESET, qui accuse… »
		}
		if z.w(t) == "," {
			if k := z.tokMent[t-1]; k >= 0 && z.is(t+1, clsArticles) {
				return k
			}
			break
		}
	}
	if c-1 >= a {
		if k := z.tokMent[c-1]; k >= 0 {
			return k
		}
	}
	return -1
}

// relativeMainSubject returns the subject of the main clause when the
// clause starting at token ws opens with a relative pronoun or a
// complementizer: the first mention of the sentence, when it comes before
// any verb of ours and near the clause start ("At the end of 2019,
// Microsoft obtained…", "Britain's National Cyber Security Centre listed…").
// A first mention that cannot speak, or follows a predicate ("hackers
// targeted Poland, which…"), gives none.
func (z *analyzer) relativeMainSubject(ws, a int, ok pick) []int {
	r := ws - 1
	if r <= a || !(z.is(r, clsRelatives) || z.is(r, clsComplementizers)) {
		return nil
	}
	if k := z.leadSubject(a, r, z.cur, ok); k >= 0 {
		return []int{k}
	}
	return nil
}

// leadSubject returns the mention that opens tokens [a, b) as a subject
// that ok accepts: the first mention, near the start (an opening adjunct
// and a comma allowed) and before any verb of ours among mts; else -1.
func (z *analyzer) leadSubject(a, b int, mts []match, ok pick) int {
	start := a
	for t := a; t < b; t++ {
		k := z.tokMent[t]
		if k < 0 {
			if z.w(t) == "," {
				start = t + 1
			}
			continue
		}
		m := &z.ms[k]
		if m.t0 != t {
			continue
		}
		if m.absorbed || (m.pp && z.w(m.t1) == ",") {
			t = m.t1 - 1
			continue // "Britain's" of its agency; "In London," an opening place
		}
		if m.loc && t == a {
			// "TIRANA, Sept 8 - Albania ordered…": the dateline's place; the
			// subject follows its dash
			if d := z.datelineDash(m.t1, b); d > 0 {
				t, start = d, d+1
				continue
			}
		}
		if !ok(m) || m.pp || m.modifier || t-start > 5 {
			return -1
		}
		for _, mt := range mts {
			if mt.i >= start && mt.i < t {
				switch mt.cat {
				case catAccuse, catAttribute, catReport, catAttackVerb, catDenial, catSource, catCueLeft, catCueRight:
					return -1
				}
			}
		}
		return k
	}
	return -1
}

// datelineDash returns the dash closing a dateline that starts with a
// place and goes on from token t ("TIRANA, Sept 8 -", "PARIS (AFP) —"):
// the first dash within eight tokens, with no word of the lexicon's cues
// before it; -1 when none.
func (z *analyzer) datelineDash(t, b int) int {
	for u := t; u < b && u < t+8; u++ {
		if w := z.w(u); w == "-" || w == "—" || w == "–" {
			return u
		}
		if z.w(u) == "(" {
			// the agency's name: "(AFP)", "(Reuters)"
			for u < b && u < t+8 && z.w(u) != ")" {
				u++
			}
			continue
		}
		if z.tokMent[u] >= 0 || z.triggerIn(u, u+1) {
			return -1
		}
	}
	return -1
}

// acronymParen returns the index of the "(" matching the ")" at token c when
// the parentheses hold a short name written right after a mention ("the
// National Security Agency (NSA)", « le Bureau de la sécurité nationale
// taïwanais (NSB) »), naming the same entity, else -1. Datelines
// ("(Reuters) -") open the sentence and have no mention before them; a
// parenthesis holding a clause is longer or has a boundary word in it.
func (z *analyzer) acronymParen(c, a int) int {
	if c <= a || z.w(c) != ")" {
		return -1
	}
	for p := c - 1; p > a && p >= c-4; p-- {
		if z.w(p) == "(" {
			// the same entity on both sides: a renaming, not an aside
			// ("the report on APT28 (Fancy Bear) said" is not its author)
			k0, k1 := z.tokMent[p-1], z.tokMent[p+1]
			if k0 < 0 && k1 >= 0 && z.ms[k1].t0 == p+1 && z.ms[k1].t1 == c && z.ms[k1].accuserOK() && z.toks[p-1].word && z.capitalBefore(p, a, 6) {
				// a known organ's acronym after a name the tables do not
				// know, in another language (« la Direction nationale de
				// la cybersécurité (INCD) »): the acronym is the name
				return p
			}
			if p == c-1 || k0 == k1 && k0 >= 0 || k0 < 0 && !z.orgWord(p-1) {
				// (k0 == k1: one mention across the parenthesis; neither
				// side a mention goes on to the initials test below)
				return -1
			}
			if k1 < 0 && p == c-2 && z.acronymAt(p+1) {
				// an acronym the tables do not know ("the Cyber Security
				// Agency of Singapore (CSA)") renames the name before it
				// when it is that name's initials (« l'Agence nationale de
				// sécurité (ANB) » is not the table's NSA)
				n0 := p - 1
				if k0 >= 0 {
					n0 = z.ms[k0].t0
				} else {
					for n0 > a && p-n0 < 8 && (z.orgWord(n0-1) || z.toks[n0-1].word && n0-2 >= a && z.orgWord(n0-2)) && !z.is(n0-1, clsArticles) && z.w(n0-1) != "'s" && z.w(n0-1) != "’s" {
						n0-- // (not the article, nor the owner of "Microsoft's Digital Threat Analysis Center (DTAC)")
					}
				}
				if initialsFit(z.w(p+1), z.text[z.toks[n0].start:z.toks[p-1].end]) {
					return p
				}
				if k0 >= 0 && z.ms[k0].t0 > a && z.is(z.ms[k0].t0-1, clsOfPreps) && z.ms[k0].Entity.Kind == claim.KindCompany {
					// « le centre d'analyse des menaces de Microsoft (DTAC) »:
					// the firm owns the unit the acronym names, in its own
					// language's initials
					return p
				}
				return -1
			}
			if k0 < 0 || k1 < 0 || z.ms[k1].t1 != c || !sameEntity(z.ms[k0].Entity, z.ms[k1].Entity) {
				return -1
			}
			return p
		}
		if !z.toks[p].word || z.boundary(p) {
			return -1
		}
	}
	return -1
}

// accusationAt reports an accusation or attribution trigger starting at i.
func (z *analyzer) accusationAt(i int) bool {
	for _, mt := range z.cur {
		if mt.i == i && (mt.cat == catAccuse || mt.cat == catAttribute) {
			return true
		}
	}
	return false
}

// clauseOpeningSubject returns the mention opening the clause at ws (past
// articles, before e) when it is followed by a word that is no mention nor
// punctuation: the subject of the clause's first verb; -1 otherwise.
func (z *analyzer) clauseOpeningSubject(ws, e int, ok pick) int {
	t := ws
	for t < e && z.is(t, clsArticles) {
		t++
	}
	if t >= e {
		return -1
	}
	k := z.tokMent[t]
	if k < 0 || z.ms[k].t0 != t || !ok(&z.ms[k]) || z.ms[k].pp {
		return -1
	}
	return k
}

// allDemonyms reports that every mention of ks is a nationality adjective.
func allDemonyms(z *analyzer, ks []int) bool {
	for _, k := range ks {
		if !z.ms[k].demonym {
			return false
		}
	}
	return len(ks) > 0
}

// isDash reports a dash word: a hyphen, en or em dash standing alone.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// skipIncise returns where a walk leftwards resumes past the incise closed
// at token t (its comma, or a quotation mark right after that comma): the
// comma opening it, or the quotation mark closing a quote just before that
// comma (« « La Russie », a déclaré le ministre, « est… »); -1 when t closes
// no incise.
func (z *analyzer) skipIncise(t, a int) int {
	if z.w(t) != "," {
		t-- // the quotation resumes after its speaker
	}
	v := z.inciseBefore(t, a)
	if v < 0 {
		return -1
	}
	if v-1 > a && isQuote(z.w(v-1)) {
		v--
	}
	return v
}

// inciseBefore returns the comma that opens an incise closed by the comma
// at t (« , a ajouté le ministre tchèque, »: a comma, an auxiliary, a
// saying verb, then its subject), -1 when none. English incises without an
// auxiliary (", the Czech minister said,") are not handled: leftSubject
// runs through them first.
func (z *analyzer) inciseBefore(t, a int) int {
	for v := t - 1; v >= a && v >= t-8; v-- {
		if z.w(v) != "," {
			continue
		}
		if v+2 < t && z.is(v+1, clsAux) && (z.has(catReport, v+2) || z.has(catAccuse, v+2)) {
			return v // (an accusation verb there is one used as a saying verb: incise)
		}
		if v+1 < t && (isQuote(z.w(v+1)) || v-1 >= a && isQuote(z.w(v-1))) && t+1 < len(z.toks) && isQuote(z.w(t+1)) {
			// a quotation split by its speaker: "\"Russia,\" the minister
			// said, \"is behind…\"", « « La Russie, a déclaré le ministre,
			// est derrière… » » with its marks: a saying verb between
			for u := v + 2; u < t; u++ {
				if z.has(catReport, u) {
					return v
				}
			}
		}
		return -1
	}
	return -1
}

// initialsFit reports whether the letters of acronym acr are, in order, the
// initials of words of name (small words may be skipped, a word after an
// elision counts by its own letter: « d'information »), the first letter
// the first word's: "CSA" and "Cyber Security Agency of Singapore".
func initialsFit(acr, name string) bool {
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	var inits []byte
	start := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == ' ' || c == '-' || c == '\'' || c == '(' || c == ')':
			start = true
		case start:
			inits = append(inits, lower(c))
			start = false
		}
	}
	if len(acr) == 0 || len(inits) == 0 || inits[0] != lower(acr[0]) {
		return false
	}
	j := 1
	for i := 1; i < len(acr); i++ {
		for j < len(inits) && inits[j] != lower(acr[i]) {
			j++
		}
		if j == len(inits) {
			return false
		}
		j++
	}
	return true
}

// capitalBefore reports a capitalised word among the n tokens before p
// (after a), with no punctuation between: the start of a name.
func (z *analyzer) capitalBefore(p, a, n int) bool {
	for t := p - 1; t >= a && t >= p-n; t-- {
		if !z.toks[t].word && z.w(t) != "'" && z.w(t) != "’" {
			return false
		}
		// (a capital opening the sentence is a name's only when the tables
		// know it: "Dutch military intelligence (MIVD) said")
		if z.toks[t].upper && (!z.sentenceStart(t) || z.tokMent[t] >= 0) {
			return true
		}
	}
	return false
}

// institutionAdjective reports a lower-case word right after an
// institution noun that follows the agent preposition at t: an adjective
// of the institution, before its state's demonym (« par le parquet fédéral
// allemand », « par le service national coréen »).
func (z *analyzer) institutionAdjective(u, t int) bool {
	return u > t+1 && z.is(u-1, clsInstitution) && z.toks[u].word && !z.toks[u].upper && z.tokMent[u] < 0 && !z.is(u, clsOfPreps)
}
