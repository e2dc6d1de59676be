package extractor

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor/dates"
	"github.com/claimwire/claimwire/normalizer"
)

// ment is a normaliser mention mapped onto the token stream, with what the
// sentence around it says about its possible roles.
type ment struct {
	normalizer.Mention
	t0, t1 int // tokens [t0, t1) of the article

	demonym     bool
	instHead    bool // an institution noun beside a demonym ("gouvernement britannique")
	docHead     bool // a statement or report noun right beside a demonym ("the Dutch statement", « le communiqué chinois »)
	tie         bool // a state tie beside a demonym ("state-sponsored", "military")
	prefixTie   bool // a tie prefix compound ("pro-Russian"): a leaning, never a target's country
	attacker    bool // an attacker noun beside it ("GRU hackers", "pirates russes")
	basedCopula bool // the attackers' place after a copula ("the hackers were based in China")
	attackAdj   bool // a demonym qualifying an attack noun ("a Russian cyberattack", « une cyberattaque russe »)
	victimHead  bool // a victim noun beside it ("U.S. companies", "réseaux australiens")
	pureVictim  bool // a demonym beside a victim noun that names no institution ("Dutch military network")
	modifier    bool // a name used as a noun modifier of a victim ("Ukraine grid attacks")
	companyHead bool // "Israeli-American cybersecurity company", "la firme chinoise"
	orgAdj      bool // a demonym beside a named organisation ("la société américaine Symantec")
	pp          bool // after a victim preposition ("against", "aux")
	locList     bool // placed by a location cue, or listed after one ("partners in Canada and the UK")
	postTarget  bool // a French demonym after the head of an attacked noun phrase (« les téléphones de responsables militaires pakistanais »)
	loc         bool // after a location cue ("based in", "basé en")
	basedTarget bool // "a Japan-based exchange" after an attack word: where a target is, never a speaker or accused
	neg         bool // negated ("not of X")
	absorbed    bool // "China's" before "Ministry of State Security"
	language    bool // a language, not a state ("a message in Ukrainian"); also loc
}

// country returns the mention's state, if any.
func (m *ment) country() string { return m.Entity.Country }

func (m *ment) isState() bool { return m.Entity.Kind == claim.KindState }

// accuserOK: who may make an accusation.
func (m *ment) accuserOK() bool {
	if m.neg || m.absorbed || m.loc || m.basedTarget || (m.isState() && m.country() == "") {
		return false // an ambiguous bare name ("Corée") names no state
	}
	if m.demonym && m.Entity.Kind != claim.KindState {
		return m.instHead && !m.companyHead && !m.orgAdj // "European partners" is not the EU speaking
	}
	switch m.Entity.Kind {
	case claim.KindAgency, claim.KindIntergov, claim.KindCompany:
		return true
	case claim.KindState:
		if m.demonym {
			// "the Dutch statement", « l'acte d'accusation américain »: a
			// state's document speaks for it, as its government does
			return (m.instHead || m.docHead) && !m.companyHead && !m.orgAdj && !m.pureVictim
		}
		return !m.orgAdj
	}
	return false
}

// accusedOK: who may be accused; a bare demonym names a nationality, not a
// state ("Russian nationals", "a Chinese hacker"), unless the text ties it
// to the state or makes it an attacker: "Chinese hackers", « des pirates
// chinois » name the state as annotators code it (hackers and pirates are
// attacker nouns, no longer company nouns).
func (m *ment) accusedOK() bool {
	if m.neg || m.absorbed || m.loc || m.basedTarget || (m.isState() && m.country() == "") {
		return false
	}
	if m.modifier && !m.tie && m.isState() {
		return false // the owner of a target: "US hospitals", "Bangladesh's central bank"
	}
	switch m.Entity.Kind {
	case claim.KindGroup, claim.KindAgency:
		return true
	case claim.KindState:
		if m.demonym {
			return (m.instHead || m.tie || m.attackAdj || m.attacker) && !m.companyHead && !m.orgAdj && !m.pureVictim
		}
		return true
	}
	return false
}

// sentence is the analysis of one sentence before inheritance.
type sentence struct {
	sp     span
	t0, t1 int   // tokens
	ms     []int // indices into the article mentions

	matches []match

	speakers    []int // explicit accusers (mention indices)
	anaphor     cat   // catAnaCompany/Report/Institution or catPronoun when the speaker is a reference
	hasAnaphor  bool
	personSubj  bool // a strong accusation whose subject is a person or unknown NP
	former      bool // the speaker is a former official ("A former Treasury official said"): nobody's statement
	speculative bool // an accusation whose subject is indefinite ("Some suspect…", « certains accusent… »): no claim without a named accuser
	strong      bool // an accusation or attribution verb (not just reporting)
	passiveAcc  bool // "they are accused", "Ils sont accusés": subject is accused
	subjPron    bool // the accused is a pronoun subject of a passive accusation
	objPron     bool // accusation verb with no accused: object refers back
	frame       bool // any frame (report, source, accusation)
	cueOnly     bool // accused found through a cue, not an accusation verb

	accused []int
	victims []int

	denial     bool
	denialTerm bool // "groundless", « sans fondement »: the speaker denies
	deniers    []int
	hedge      string
	habitual   bool
	reputation bool // "is best known for", « connu pour »: the actor's past
	takedown   bool // a law-enforcement word (takedown_words), asked only where a group is named
	cleared    bool // every accusation trigger negated ("Sandworm was not blamed"): its groups are accused by no pass
	clears     bool // an exoneration phrase and no accusation trigger (« ce groupe n'a aucun lien avec … »)
	attack     bool // attack vocabulary
	cyber      bool
	physical   bool // an attack noun of it is a physical one (unarmPhysical): cyber words around are another story's
	shortDeed  bool // a state object accused of a deed named by a short attack noun only ("the theft"): needs cyber words around
	pronoun    bool // starts with a pronoun
	pronounTok int  // the pronoun's token when pronoun (past an opening date: "On 9 August it said")
	accusedAna bool // "the group", « le groupe »: the accused of before
	groupAna   bool // the accused anaphor's head is a group noun ("the same group", « ce groupe »)
	sameAna    bool // …told as the same one ("the same group", « du même groupe »): the last claim's, however far back
	instSubj   bool // the speaker is an unnamed institution ("a ministry spokesman")
	selfVictim bool // the attack hit the speaker's own assets ("its federal agencies", « son centre national »)
	selfShared bool // …by a plural possessive ("their energy grids", « leurs réseaux »): every speaker's, a coalition's too
	domestic   bool // an unqualified domestic institution attacked ("intrusions against ministries, think tanks")
	contMark   bool // a continuation marker ("victims", « visées »): where a campaign hit
	separate   bool // "separately", « par ailleurs »: another story

	reportSrc []int // "a report by X" / « rapport du Sénat américain »
	counter   []int // accused in an apposition who also speak ("Beijing, accused by Washington, accused…")
	// ambAccused: states accused of an attack verb with no cyber word
	// ("accused Russia of attacking Ukraine"), accused only when the
	// sentences around are about a cyberattack
	ambAccused []int
	// bareAccused: states that are the whole object of an accusation verb
	// ("Tirana blamed Iran."), accused only when the sentence before tells a
	// cyberattack
	bareAccused []int
	eventAna    bool    // the accused anaphor is an event ("the attack"), not an actor
	hedgeDelta  float64 // confidence change of the hedge: up for "high confidence", down for "likely"
	bg          uint8   // background (learned.go): 0 not asked yet, 1 no, 2 yes
	// cls and cats: the unions of its tokens' word classes and categories
	// (analyze), so that a pass looking for a class or a category the
	// sentence does not hold skips its scan (issue 11)
	cls  uint64
	cats uint32
	// matchCats: the union of the categories of its matches (bit per
	// cat), so that a walk of them for a category it lacks is skipped
	matchCats uint32
}

// gateBufs are buffers of the learned layer reused from one article to the
// next (tokenScratch); what the gate returns never points into them.
type gateBufs struct {
	claimFeat   features       // claimFeatures' buffer when not tracing
	victimFeat  features       // victimCandidates' feature slab when not tracing
	victimCands []Candidate    // victimCandidates' result when not tracing
	victimEnts  []claim.Entity // their victims when not tracing
	victimCCs   []victimCC     // victimCandidates' countries
	keptVictims []claim.Entity // the victims the gate keeps, before the claims copy them
	// countMentions' answers; z.ms must not change once it is asked (the
	// learned layer runs after the analysis)
	mentionCounts []mentionCount
	ccNames       []ccName         // countryNameEN's answers
	victimSrcs    []claim.Evidence // victimCandidates' sources when not tracing
	victimReads   []victimRead     // the gate's victim decisions, for dropUnreadCarried
	// gate's per-claim slices (out, then the proposals)
	pairs, first, base []int
	keep, scored       []bool
	victims            [][]claim.Entity
	prob               []float64
	srcs               [][]fieldSource
	periods            []*claim.Period
}

// reset drops what the buffers point to, for the pool.
func (g *gateBufs) reset() {
	clear(g.victimCands[:cap(g.victimCands)])
	clear(g.victimEnts[:cap(g.victimEnts)])
	clear(g.victimCCs[:cap(g.victimCCs)])
	clear(g.mentionCounts[:cap(g.mentionCounts)])
	clear(g.keptVictims[:cap(g.keptVictims)])
	clear(g.victims[:cap(g.victims)])
	clear(g.ccNames[:cap(g.ccNames)])
	clear(g.victimSrcs[:cap(g.victimSrcs)])
	clear(g.victimReads[:cap(g.victimReads)])
	g.ccNames, g.victimSrcs, g.victimReads = g.ccNames[:0], g.victimSrcs[:0], g.victimReads[:0]
	clear(g.srcs[:cap(g.srcs)])
	clear(g.periods[:cap(g.periods)])
	g.keptVictims = g.keptVictims[:0]
	g.victimCands, g.victimCCs, g.mentionCounts = g.victimCands[:0], g.victimCCs[:0], g.mentionCounts[:0]
}

type analyzer struct {
	x    *Extractor
	lx   *lexicon
	text string
	// published is the article's publication date, for the date readings
	// the sentence analysis asks (afterDate); the same key as Extract's
	published claim.Date
	toks      []token
	ms        []ment

	tokMent []int      // token → mention index or -1
	info    []wordInfo // token → what the lexicon knows of it (lexicon.info)
	// physical: the attack nouns unarmPhysical took the category off ("the
	// nerve-agent attack"); few articles have any
	physical []int
	// cls2Seen: the union of the article's words' cls2 classes (fillInfo),
	// so a pass that needs a rare class skips an article without it
	cls2Seen uint32
	// clsSeen: the same for the cls classes; curCls: the current
	// sentence's (sentence.cls), for the passes analyze asks that take
	// its tokens and not the sentence
	clsSeen, curCls uint64
	// curMatchCats: the union of the categories of z.cur's matches
	// (sentence.matchCats), all bits until analyze has its final list
	curMatchCats uint32
	cyb          []int8  // token → hasCyber, 0 until asked (classes.go)
	cur          []match // lexicon matches of the current sentence
	// neg: negatedAt's answers for the current match list, the pool's
	// (nil: none kept)
	neg *negMemo

	preps  [16]prepClasses // prepClass's answers for the article, nPreps of them
	nPreps int

	msArena    []int          // sentence.ms, cut from it (analyze)
	entArena   []claim.Entity // the lists entities returns, cut from it
	matchArena []match        // sentence.matches, cut from it
	roleBufs   [3][]int       // analyze's speakers, accused and victims before they are cut from msArena

	// caches of the learned layer (learned.go), filled on first use
	// tracing: Explain's Trace is wanted. The ids of the claims before
	// statements (which gives the returned claims theirs) are computed
	// only then, for Trace.Claims; and the gate keeps every candidate.
	tracing   bool
	*gateBufs           // the learned layer's buffers, the pool's (extract)
	ccCounts  []ccCount // countCountry's answers, the pool's (extract)
	ccCounted bool      // ccCounts holds this article's counts

	// spans are the article's sentences, for the date told before one
	// (anchorBefore)
	spans []span
	// per-article caches of date analysis (extractor.go)
	dateSents scanCache[dateKey, *dates.Sentence]
	periods   scanCache[periodKey, *claim.Period]

	// claimEnts: the pool's arena of build's actors and victims, nil when
	// tracing (entSlab)
	claimEnts *[]claim.Entity
}

// entSlab returns an empty slice with room for n entities, cut from the
// pool's arena (issue 11: build made two slabs per claim sentence). The
// arena is emptied after the article: statements copies every entity the
// returned claims point to. When it is full a new one is made; the old one
// stays alive as long as the claims pointing into it.
func (z *analyzer) entSlab(n int) []claim.Entity {
	if z.claimEnts == nil {
		return make([]claim.Entity, 0, n)
	}
	a := *z.claimEnts
	if cap(a)-len(a) < n {
		a = make([]claim.Entity, 0, max(n, 2*cap(a), 64))
	}
	*z.claimEnts = a[:len(a)+n]
	return a[len(a) : len(a) : len(a)+n]
}

func (z *analyzer) w(i int) string { return z.toks[i].w }

// has reports token i as a one-word phrase of category c: the categories of
// each token are looked up once per article (z.info), not once per question.
func (z *analyzer) has(c cat, i int) bool { return z.info[i].cats&(1<<c) != 0 }

// mapMentions converts normaliser mentions to token ranges and tags their
// surroundings.
func (z *analyzer) mapMentions(found []normalizer.Mention) {
	z.ms = slices.Grow(z.ms[:0], len(found)) // the pool's (extract)
	// by index: a mention is a large record, copied once, into z.ms
	// (ranging by value copied each one first, issue 11)
	for k := range found {
		m := &found[k]
		t0 := sort.Search(len(z.toks), func(i int) bool { return z.toks[i].end > m.Start })
		t1 := startingFrom(z.toks, t0, m.End)
		if t0 >= t1 {
			continue
		}
		z.ms = append(z.ms, ment{Mention: *m, t0: t0, t1: t1})
	}
	z.ownLabels()
	z.writtenNames()
	z.contextOwnedAgencies()
}

// startingFrom is the first token from t0 on that starts at or after byte
// end: mapMentions' end of a mention starting at token t0, walked to (a name
// is a few tokens; a second binary search over the whole text was half of
// mapMentions, issue 11). The tokens' starts ascend, so where the first
// token of the whole text starting at or after end lies before t0, the walk
// stops at t0 and mapMentions drops the mention (t0 >= t1) as it did the
// search's answer. TestMentionTokens compares it with the search.
func startingFrom(toks []token, t0, end int) int {
	for t0 < len(toks) && toks[t0].start < end {
		t0++
	}
	return t0
}

// ownLabels names a group by the vendor's label the article writes
// ("Linen Typhoon", "TA453", "UNC1151") when the article writes no other
// name of it: the tables merge such a cluster into a better-known group
// (APT27, APT35, Ghostwriter) that the vendor did not name, and the gold
// convention is the name as the article gives it. An article that also
// writes another name ("TA453, also known as Charming Kitten") keeps the
// table's name.
func (z *analyzer) ownLabels() {
	for k := range z.ms {
		m := &z.ms[k]
		if m.Entity.Kind != claim.KindGroup || m.Form != normalizer.FormAlias || len(m.Entity.Candidates) > 0 {
			continue
		}
		if m.Entity.Name == m.Text || !z.x.norm.Label(m.Text) {
			continue
		}
		name, own := m.Entity.Name, true
		for p := range z.ms {
			if q := &z.ms[p]; q.Entity.Name == name && !strings.EqualFold(q.Text, m.Text) {
				own = false
				break
			}
		}
		if !own {
			continue
		}
		for p := range z.ms {
			if q := &z.ms[p]; q.Entity.Name == name {
				q.Entity.Name = m.Text
			}
		}
	}
}

// contextOwnedAgencies gives an agency written with a context owner ("the
// country's National Cyber Security Centre", « l'agence de cybersécurité du
// pays ») the state of the nearest state mention before it, and one
// followed by its owner (a capital after it, a state after "of": ofOwner)
// that owner's state: many countries name their agencies alike, and the
// table's country for the name is only the best-known one.
func (z *analyzer) contextOwnedAgencies() {
	if len(z.lx.contextOwners) == 0 {
		return
	}
	for k := range z.ms {
		m := &z.ms[k]
		if m.Entity.Kind != claim.KindAgency {
			continue
		}
		if cc := z.sharedOwner(k); cc != "" {
			// (before the skip below: "the National Cyber Security Centre"
			// has no country in the table)
			m.Entity.Country = cc
			continue
		}
		if m.Entity.Country == "" {
			continue
		}
		// "the National Police Agency in Seoul", a name the table gives to
		// another country: the capital written right after it owns the organ
		// (a country there, "the GRU in Ukraine", is where it operates)
		if k+1 < len(z.ms) {
			if q := &z.ms[k+1]; q.t0 == m.t1+1 && (z.is(m.t1, clsListPreps) || z.is(m.t1, clsPlacePreps)) && q.Entity.Kind == claim.KindState &&
				q.Form == normalizer.FormSeat && q.Entity.Country != "" && q.Entity.Country != m.Entity.Country {
				m.Entity.Country = q.Entity.Country
				continue
			}
		}
		if q := z.ofOwner(k); q != nil {
			m.Entity.Country = q.Entity.Country
			continue
		}
		if cc := z.genericOwner(k); cc != "" {
			// the name as written: the table's ("Japan National Police
			// Agency") names another state's organ
			m.Entity.Country, m.Entity.Name = cc, m.Text
			continue
		}
		if !z.contextOwned(m) {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			if q := &z.ms[p]; q.isState() && q.country() != "" {
				m.Entity.Country = q.country()
				break
			}
		}
	}
}

// genericOwner returns the owner of agency mention k when its text is a
// name many states share (lexicon generic_agencies: "the National Police
// Agency") and the article never names the state the table gives it: the
// state named most often before it (the earliest of a tie), "" otherwise.
// In a Seoul story, "the National Police Agency" is South Korea's.
func (z *analyzer) genericOwner(k int) string {
	m := &z.ms[k]
	generic := false
	for _, ws := range z.lx.genericAgencies {
		if e := m.t1; e-len(ws) >= m.t0 && z.wordsAt(e-len(ws), ws) {
			generic = true
			break
		}
	}
	if !generic {
		return ""
	}
	for p := range z.ms {
		if q := &z.ms[p]; q.isState() && q.country() != "" && q.country() == m.Entity.Country {
			return "" // the table's owner is in the story
		}
	}
	cc, _ := z.mostNamedState(k, nil, "")
	return cc
}

// mostNamedState returns the state the article's state mentions before
// mention upto name most often, and how often: among owners only when
// owners is given (a tie then goes to prefer, else to the first owner
// listed), among every state otherwise (a tie goes to the one named
// first; up to 16 states are counted). The owner passes of genericOwner
// and sharedOwner share it.
func (z *analyzer) mostNamedState(upto int, owners []string, prefer string) (string, int) {
	var ccs [16]string
	var counts [16]int
	n := copy(ccs[:], owners)
	for p := range z.ms[:upto] {
		q := &z.ms[p]
		if !q.isState() || q.country() == "" {
			continue
		}
		i := slices.Index(ccs[:n], q.country())
		if i < 0 {
			if owners != nil || n == len(ccs) {
				continue
			}
			i, ccs[n] = n, q.country()
			n++
		}
		counts[i]++
	}
	best := -1
	for i := range n {
		if counts[i] > 0 && (best < 0 || counts[i] > counts[best] || counts[i] == counts[best] && ccs[i] == prefer) {
			best = i
		}
	}
	if best < 0 {
		return "", 0
	}
	return ccs[best], counts[best]
}

// sharedOwner returns the owner of agency mention k when its text ends
// with a name several states give an organ (lexicon shared_agencies:
// "NCSC", « Centre national pour la cybersécurité »): of those states, the
// one the article names most often, twice at least, the table's owner
// winning a tie; "" when the article names none of them twice, the
// table's wins or a state is written right before the name. A Swiss story's
// NCSC is Switzerland's, a British one's Britain's.
func (z *analyzer) sharedOwner(k int) string {
	m := &z.ms[k]
	var owners []string
	for _, sa := range z.lx.sharedAgencies {
		if e := m.t1; e-len(sa.words) >= m.t0 && z.wordsAt(e-len(sa.words), sa.words) {
			owners = sa.owners
			break
		}
	}
	if owners == nil {
		return ""
	}
	if k > 0 {
		// "Britain's NCSC", "the Dutch NCSC": the owner written before it
		// speaks (tagMention)
		if q := &z.ms[k-1]; q.isState() && q.t1 >= m.t0-2 && (q.t1 == m.t0 || !z.isPunct(q.t1)) {
			return ""
		}
	}
	// named twice at least: "the NCSC and its partners in New Zealand"
	// names a partner once
	cc, n := z.mostNamedState(len(z.ms), owners, m.Entity.Country)
	if cc == m.Entity.Country || n < 2 {
		return ""
	}
	return cc
}

// memberOf reports an alliance named as its members' (lexicon
// member_words): the word right after it ("NATO member states") or before
// it past an "of" and articles (« un pays membre de l'OTAN »).
func (z *analyzer) memberOf(m *ment, a, b int) bool {
	if m.t1 < b && z.is2(m.t1, cls2Member) {
		return true
	}
	t := m.t0 - 1
	for t >= a && z.is(t, clsArticles) && !z.is(t, clsOfPreps) {
		t--
	}
	if t < a || !z.is(t, clsOfPreps) {
		return false
	}
	for t--; t >= a && z.is(t, clsArticles); t-- {
	}
	return t >= a && z.is2(t, cls2Member)
}

// ofOwner returns the state named right after agency mention k by an "of"
// preposition, past a bracketed abbreviation (« l'Agence nationale de
// sécurité (ANB) du Monténégro », "the National Security Agency of
// Montenegro"): the organ is that state's, whatever country the table gives
// its name. Nil when there is none or it is the table's own.
func (z *analyzer) ofOwner(k int) *ment {
	m := &z.ms[k]
	t := m.t1
	if t < len(z.toks) && z.w(t) == "(" {
		for u := t + 1; u < len(z.toks) && u <= t+4; u++ {
			if z.w(u) == ")" {
				t = u + 1
				break
			}
		}
	}
	if t >= len(z.toks) || !z.is(t, clsOfPreps) {
		return nil
	}
	t++
	for t < len(z.toks) && z.is(t, clsArticles) {
		t++
	}
	// (the token map is not built yet: the next mention is k+1)
	if k+1 >= len(z.ms) {
		return nil
	}
	q := &z.ms[k+1]
	if q.t0 != t || q.Entity.Kind != claim.KindState || q.Form != normalizer.FormName || q.Entity.Country == "" || q.Entity.Country == m.Entity.Country {
		return nil
	}
	return q
}

// contextOwned reports a context-owner phrase right before the mention (its
// article skipped: "the country's") or right after it (« du pays »).
func (z *analyzer) contextOwned(m *ment) bool {
	for _, ws := range z.lx.contextOwners {
		if s := m.t0 - len(ws); s >= 0 && z.wordsAt(s, ws) {
			return true
		}
		if m.t1+len(ws) <= len(z.toks) && z.wordsAt(m.t1, ws) {
			return true
		}
	}
	return false
}

func (z *analyzer) wordsAt(s int, ws []string) bool {
	for i, w := range ws {
		// first and last bytes inline: most words compared differ there,
		// where != called runtime.memequal for every pair of one length
		// (issue 11)
		if !sameString(z.toks[s+i].w, w) {
			return false
		}
	}
	return true
}

func (z *analyzer) isPunct(i int) bool { return !z.toks[i].word }

func isQuote(w string) bool {
	switch w {
	case "\"", "«", "»", "“", "”", "'":
		return true
	}
	return false
}

// hardStop: tokens a role search never crosses.
func (z *analyzer) hardStop(i int) bool {
	if z.toks[i].word {
		return false // letters, digits or "'s": none of the marks below (asked at every token of a search)
	}
	switch z.w(i) {
	case ";", ":", "(", ")", "—", "[", "]", "?", "!":
		return true
	}
	return isQuote(z.w(i))
}

func (z *analyzer) boundary(i int) bool {
	return z.hardStop(i) || z.has(catBoundary, i)
}

// prepClasses is what the lexicon says of one preposition string, as the
// normaliser wrote it before a mention: the bits prepOf, prepVictim and
// prepAttackOf.
type prepClasses struct {
	prep string
	bits uint8
}

const (
	prepOf       = 1 << iota // lexicon.ofPreps
	prepVictim               // category catVictimPrep
	prepAttackOf             // lexicon.attackOfPreps
)

// prepClass returns the prepOf, prepVictim and prepAttackOf bits of prep. An
// article's mentions carry a few prepositions (about nine), each asked of
// one of three maps a mention or more (issue 11: folding and hashing it
// every time was 0.4 % of extraction): the answers are kept for the
// article, a short list compared first by length and end bytes.
func (z *analyzer) prepClass(prep string) uint8 {
	for i := range z.preps[:z.nPreps] {
		if sameString(z.preps[i].prep, prep) {
			return z.preps[i].bits
		}
	}
	var pb [32]byte
	k := prepKey(&pb, prep)
	bits := z.lx.prepBits[string(k)]
	if z.nPreps < len(z.preps) {
		z.preps[z.nPreps] = prepClasses{prep, bits}
		z.nPreps++
	}
	return bits
}

// prepKey folds a mention's preposition into buf for the map look-ups that
// take it: m[string(b)] builds no string, where fold allocated one for
// every preposition with a capital or an accent (« à », "In").
func prepKey(buf *[32]byte, prep string) []byte {
	return foldAppend(buf[:0], strings.TrimSpace(prep))
}

// nameDemonym: a demonym that is also its country's name, capitalised after
// another word, is the name: « la Suisse a attribué », « en Suisse » (the
// normaliser's demonym row hides the CLDR name of the same spelling).
func (z *analyzer) nameDemonym(m *ment) bool {
	if len(z.lx.nameDemonyms) == 0 || m.t0 < 1 || m.t1 != m.t0+1 || !z.toks[m.t0].upper || !z.toks[m.t0-1].word {
		return false
	}
	return z.lx.nameDemonyms[z.w(m.t0)]
}

// acronymAt reports an all-capital word of two to six letters at t that is
// no mention nor cyber word ("PST", not "APT").
func (z *analyzer) acronymAt(t int) bool {
	tk := &z.toks[t]
	if !tk.word || z.tokMent[t] >= 0 || z.cyber(t) {
		return false
	}
	w := z.text[tk.start:tk.end]
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// tagMention fills the context flags of a mention inside sentence [a, b).
func (z *analyzer) tagMention(k int, a, b int) {
	m := &z.ms[k]
	lx := z.lx
	m.demonym = m.Form == normalizer.FormDemonym && !z.nameDemonym(m)
	// hyphen compounds: "US-based", "Israeli-linked", "Kremlin-backed"
	if m.t1-1 < len(z.toks) && m.End < len(z.text) && z.text[m.End] == '-' {
		// the compound's second part is read from the text: an abbreviation
		// ("U.S.-based") leaves the hyphen and the word tokens of their own
		// (the hyphen asked first: the word after most mentions is no
		// compound's, issue 11)
		end := m.End + 1
		for end < len(z.text) && (unicode.IsLetter(rune(z.text[end])) || z.text[end] >= 0x80) {
			end++
		}
		if end > m.End+1 && m.End < len(z.text) && (z.text[m.End] == '-') {
			suf := fold(z.text[m.End+1 : end])
			switch {
			case hasPrefixIn(suf, lx.hyphenOwner):
				// "Google-owned Mandiant said": the owner of the firm named
				// after it, which speaks; the owner plays no role
				m.loc = true
			case hasPrefixIn(suf, lx.hyphenLoc) && z.hackersAfter(m.t1, b):
				// "China-based hackers", "an Iran-based hacking group": where
				// the attackers operate from, as "hackers operating from China"
				m.tie, m.attacker = true, true
			case hasPrefixIn(suf, lx.hyphenLoc):
				m.loc = true
				if z.basedTarget(m.t1, a, b) {
					// "stole $300 million from a Japan-based exchange": where
					// the target is, so a victim, like "a Japanese exchange"
					m.loc, m.pp, m.basedTarget = false, true, true
				}
			case lx.tie[suf] || hasPrefixIn(suf, lx.hyphenTie):
				m.tie = true
				if m.demonym {
					// "Israeli-linked tanker": the compound is an adjective of something else
					m.companyHead = !z.nearAttacker(m.t1, b)
				}
			}
		}
	}
	// prefix compounds: "pro-Russian hackers", "pro-Kremlin group": a state tie
	if tok := z.toks[m.t0]; tok.start < m.Start && m.Start <= len(z.text) && slices.Contains(lx.tiePrefixes, fold(z.text[tok.start:m.Start])) {
		m.tie, m.prefixTie = true, true
	}
	// neighbours within the noun phrase: up to 3 words each side, no
	// punctuation, no target preposition nor attack verb ("used by a
	// Chinese group against Russian government agencies", "the Chinese
	// group targeted Russian government agencies": the group is not the
	// Russians')
	look := func(from, step, n int) {
		for i, c := from, 0; i >= a && i < b && c < n; i, c = i+step, c+1 {
			if z.isPunct(i) || z.is2(i, cls2AttackTargetPreps) || z.has(catAttackVerb, i) {
				if z.w(i) == "'s" {
					continue
				}
				return
			}
			if z.tokMent[i] >= 0 && z.tokMent[i] != k {
				return
			}
			// the token's classes read once for the tests below, not once
			// a test (issue 11)
			cls := z.info[i].cls
			if cls&(1<<clsInstitution) != 0 {
				m.instHead = true
			}
			if c == 0 && cls&(1<<clsStatementNouns|1<<clsReportNouns) != 0 {
				m.docHead = true
			}
			if cls&(1<<clsTie) != 0 {
				m.tie = true
			}
			if cls&(1<<clsAttacker) != 0 {
				m.attacker = true
			}
			if cls&(1<<clsVictimNoun) != 0 {
				m.victimHead = true
			}
			if cls&(1<<clsCompanyNoun) != 0 && c <= 1 {
				m.companyHead = true
			}
			if cls&(1<<clsAux|1<<clsArticles|1<<clsInstitution) == 1<<clsAux {
				return
			}
		}
	}
	look(m.t1, 1, 3)
	look(m.t0-1, -1, 3)
	if m.demonym && lx.adjectiveAfterNoun && !m.instHead && m.t0-1 >= a && z.acronymAt(m.t0-1) {
		// « la PST norvégienne », « la DGSI française »: an organ's acronym
		// the tables do not know, qualified by its state's demonym
		m.instHead = true
	}
	if m.demonym {
		// the attack is the state's: "a Russian cyberattack", « une
		// cyberattaque russe », « d'origine russe » (origin is a tie word)
		for _, t := range []int{m.t1, m.t0 - 1} {
			if t >= a && t < b && z.toks[t].word && z.tokMent[t] < 0 && z.has(catAttackNoun, t) {
				m.attackAdj = true
			}
		}
		// one tie word between: "a Russian military cyberattack", « une
		// cyberattaque militaire russe »; or a cyber word: "a Chinese cyber
		// operation"
		for _, tt := range [][2]int{{m.t1, m.t1 + 1}, {m.t0 - 1, m.t0 - 2}} {
			t, u := tt[0], tt[1]
			if t >= a && t < b && u >= a && u < b && z.toks[t].word && (z.is(t, clsTie) || z.cyber(t)) && z.toks[u].word && z.tokMent[u] < 0 && z.has(catAttackNoun, u) {
				m.attackAdj = true
			}
		}
		if m.t1 < b && slices.ContainsFunc(z.cur, func(mt match) bool { return mt.cat == catCueLeft && mt.i == m.t1 }) {
			// "the campaign was likely Russian in origin": the demonym is
			// the predicate a cue on its left names as the origin
			m.tie = true
		}
		m.pureVictim = z.victimOnlyHead(m, a, b)
		m.victimHead = m.victimHead || m.pureVictim
		if z.postNominalTarget(m, a) {
			m.postTarget, m.victimHead, m.pureVictim = true, true, true
		}
	}
	if !m.demonym && m.isState() && z.attackOf(m, a) {
		m.pp = true // "the hack of Lithuania's news agency": the owner of the target
	}
	// (an organ's own descriptor is no target: "Russia's GRU military
	// intelligence agency", "the GRU agency" name the organ)
	if !m.demonym && m.t1 < b && z.toks[m.t1].word && z.is(m.t1, clsVictimNoun) && !z.toks[m.t1].upper &&
		!(m.Entity.Kind == claim.KindAgency && (m.instHead || m.tie || m.attacker)) {
		m.modifier = true
	}
	if !m.demonym && (m.isState() || m.Entity.Kind == claim.KindAgency) && m.t1+1 < b && z.w(m.t1) == "'s" {
		// "Ukraine's largest mobile operator", "Iran's biggest crypto
		// exchange": the possessor owns the target (not "Russia's GRU")
		for t := m.t1 + 1; t < b && t <= m.t1+4; t++ {
			if z.isPunct(t) || z.tokMent[t] >= 0 || z.is(t, clsInstitution) || z.is(t, clsAttacker) {
				break
			}
			if z.is(t, clsVictimNoun) {
				m.modifier = true
				break
			}
		}
	}
	if !m.demonym && (m.isState() || m.Entity.Kind == claim.KindAgency) {
		// "the central bank of Bangladesh", « les serveurs du ministère
		// ukrainien », « la banque centrale du Bangladesh »: the complement of a
		// victim noun owns the target
		t, of := m.t0-1, false
		for t >= a && (z.is(t, clsArticles) || z.is(t, clsOfPreps)) {
			of = of || z.is(t, clsOfPreps)
			t--
		}
		if m.Prep != "" && z.prepClass(m.Prep)&prepOf != 0 {
			of = true
		}
		for n := 0; of && n < 3 && t >= a && !z.isPunct(t) && z.tokMent[t] < 0; n, t = n+1, t-1 {
			if z.is(t, clsInstitution) || z.is(t, clsAttacker) || z.has(catAccuse, t) || z.has(catAttribute, t) || z.cueRightAt(t) {
				break // (« … son agence de presse provenait de Russie »: a cue of the accused between)
			}
			if z.is(t, clsVictimNoun) {
				m.modifier = true
				break
			}
		}
	}
	if m.Entity.Kind == claim.KindAgency && m.t1 < b && z.has(catAttackNoun, m.t1) {
		m.modifier = true // "the 2015 Bundestag hack": the target
	}
	if !m.demonym && m.isState() && z.compoundTarget(m, a, b) {
		m.modifier = true // "links Ukraine power grid attack to Sandworm": the target
	}
	if m.Entity.Kind == claim.KindIntergov && z.memberOf(m, a, b) {
		m.loc = true // "NATO member states", « pays membres de l'OTAN »: places
	}
	// "In London, the NCSC said": where the speaker stands, not a victim
	if m.t0 >= a+1 && m.t0 <= a+2 && m.t1 < b && z.w(m.t1) == "," && z.is(a, clsPlacePreps) {
		m.loc = true
	}
	if m.demonym {
		// "la société américaine Symantec", "Japanese company Trend Micro": the
		// demonym qualifies a named organisation
		for _, t := range []int{m.t1, m.t1 + 1, m.t0 - 1} {
			if t == m.t1+1 && m.t1 < b && (z.has(catAccuse, m.t1) || z.has(catAttribute, m.t1) || z.has(catReport, m.t1) || z.has(catAttackVerb, m.t1)) {
				continue // « la police japonaise accuse MirrorFace »: a verb between, the name is its object
			}
			if t >= a && t < b {
				if n := z.tokMent[t]; n >= 0 && n != k {
					switch z.ms[n].Entity.Kind {
					case claim.KindCompany, claim.KindMedia, claim.KindGroup:
						m.orgAdj = true
					}
				}
			}
		}
		// "the Chinese security firm Qihoo 360": the name after the
		// company noun and its cyber words
		for t := m.t1; !m.orgAdj && m.companyHead && t < b && t <= m.t1+3; t++ {
			if n := z.tokMent[t]; n >= 0 {
				kd := z.ms[n].Entity.Kind
				m.orgAdj = t > m.t1+1 && (kd == claim.KindCompany || kd == claim.KindMedia)
				break
			}
			if !z.is(t, clsCompanyNoun) && !z.cyber(t) {
				break
			}
		}
	}
	if !m.demonym && m.isState() {
		// "U.S. tech company Microsoft said": the state names the firm's
		// home, written as an adjective before company nouns; it does not speak
		noun := false
		for t := m.t1; t < b && t <= m.t1+3; t++ {
			if n := z.tokMent[t]; n >= 0 {
				if kd := z.ms[n].Entity.Kind; noun && (kd == claim.KindCompany || kd == claim.KindMedia) {
					m.orgAdj = true
				}
				break
			}
			if z.is(t, clsCompanyNoun) {
				noun = true
				if u := t + 1; u >= b || (z.isPunct(u) && z.w(u) != "'s") || z.has(catReport, u) {
					// "…, says US firm", "a US security company said": an
					// unnamed firm speaks, not its home state
					m.orgAdj = true
					break
				}
			} else if !z.cyber(t) && !(z.toks[t].word && !z.toks[t].upper) {
				// ("U.S. cyber intelligence company iSight Partners", "U.S.
				// threat intelligence company": lower-case words of the
				// firm's trade before its noun)
				break
			}
		}
	}
	// dateline: "Paris - …", "WASHINGTON (AFP) —", and with its date
	// "WASHINGTON, May 25 (Reuters) -", « PARIS, 12 mars (AFP) - »
	// a wire dateline may name several places, "BEIJING/HONG KONG -",
	// "WASHINGTON/LONDON (Reuters) -": every place of the chain is where
	// the story was filed
	start, end := m.t0, m.t1
	for start-2 >= a && z.w(start-1) == "/" && z.tokMent[start-2] >= 0 {
		start = z.ms[z.tokMent[start-2]].t0
	}
	for end+1 < b && z.w(end) == "/" && z.tokMent[end+1] >= 0 && z.ms[z.tokMent[end+1]].t0 == end+1 {
		end = z.ms[z.tokMent[end+1]].t1
	}
	if start == a && end < b {
		switch z.w(end) {
		case "-", "—", "(":
			m.loc = true
		case ",":
			m.loc = z.datelineDate(end+1, b)
		}
	}
	if m.companyHead && m.attacker && m.demonym && z.attackerGroupNoun(m, a, b) {
		// "a Russian group", « un groupe chinois » with no firm's name after
		// it: the attacker noun, not a conglomerate ("the French group
		// Saint-Gobain", « le groupe français Saint-Gobain » keep theirs)
		m.companyHead = false
	}
	if m.instHead || m.tie {
		// an institution noun wins over a company noun further away
		m.companyHead = m.companyHead && !m.instHead && !(m.tie && m.attacker && m.t1 < b && !z.is(m.t1, clsCompanyNoun))
		// "pro-Russian hackers": the compound states the allegiance, so
		// "hackers" is not a nationality's company noun here
		m.companyHead = m.companyHead && !(m.prefixTie && m.attacker)
	}
	// preposition before: skip articles
	p := m.t0 - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	if p >= a {
		q := p
		if !m.demonym {
			q = z.skipQuantifiers(p, a)
		}
		if z.has(catVictimPrep, q) && !z.employerPrep(q, a) && !z.speakerListHead(q, a) {
			m.pp = true // but "researchers at ESET" speak for ESET
		} else if q > a && z.is(q, clsPlacePreps) && m.isState() && z.lx.targetPeople[z.w(q-1)] && !z.is(q-1, clsResearchers) {
			// "the phones of diplomats from Israel, Syria and China": a
			// place preposition after people targeted (target_people; not a speaker's:
			// "officials from Britain said") gives the target's country
			m.pp = true
		}
		if z.is(p, clsNegParticles) {
			m.neg = true
		}
	}
	if m.Entity.Kind == claim.KindGroup && z.groupTarget(m, a) {
		// "blamed Lazarus for hacking the servers of LockBit": the owner of
		// what the attack hit, a target like a victim's nationality
		m.modifier = true
	}
	if z.exonerated(m, a) {
		// "found no evidence that APT10 took part", « a écarté toute
		// implication de la Russie »: cleared in this sentence, accused by
		// no pass of it
		m.neg = true
	}
	if m.isState() && !m.demonym && z.placeSpan(m, a, b) {
		// "from Slovenia to Mexico": where the deed reached
		m.loc, m.pp, m.basedTarget = false, true, true
	}
	if z.targetAfterPrep(m, a) {
		m.pp = true // « une cyberattaque contre le Parlement belge »: the target's nationality
	}
	if m.demonym && z.languageAt(k, a) {
		m.language, m.loc = true, true // "a message in Ukrainian, Russian and Polish": languages
		// "a Russian-speaking gang": the gang's tongue, no tie to the state
		m.tie, m.attacker, m.attackAdj, m.instHead = false, false, false, false
	}
	if !m.pp && z.victimListBefore(p, a) {
		m.pp = true // "the victims spanned Italy and Spain"
	}
	if !m.pp && m.demonym && m.victimHead && !m.attacker && !m.tie && !m.orgAdj {
		// "The victims included a Spanish contractor, an Italian ministry
		// and a Greek port": every item of the list after the verb
		if st := z.listStart(m.t0, a); st > a {
			q := st - 1
			for q >= a && z.is(q, clsArticles) {
				q--
			}
			m.pp = z.victimListBefore(q, a)
		}
	}
	if !m.pp && z.regionListBefore(p, a, !m.demonym && (m.t1 >= b || z.isPunct(m.t1))) {
		m.pp = true // "agencies in Western Europe and the United States": listed with a targeted region
	}
	if z.exampleOfTarget(m.t0, a) || z.exampleOfPassiveTarget(m.t0, a, b) {
		m.pp = true // "attacks in several NATO countries, including Latvia": an example target
	}
	if m.demonym && m.victimHead && !m.attacker && !m.tie && !m.orgAdj && z.amongVictims(m, a, b) {
		m.pp = true // "Canadian universities were among the victims"
	}
	if m.demonym && z.demonymExample(m, a, b) {
		m.pp = true // "hit thousands of firms, including Danish shipper Maersk"
	}
	// (lx.has, asked with the bytes so that no string is built)
	if m.Prep != "" && z.prepClass(m.Prep)&prepVictim != 0 && !z.employerPrep(p, a) && !z.speakerListHead(p, a) {
		m.pp = true
	}
	for _, mt := range z.cur {
		if z.curMatchCats&(1<<catVictimPrep) == 0 {
			break // none in the sentence
		}
		// multiword: "in solidarity with Germany"
		if mt.cat == catVictimPrep && mt.j-mt.i > 1 && (mt.j == m.t0 || (mt.j == m.t0-1 && z.is(m.t0-1, clsArticles))) {
			m.pp = true
		}
	}
	if m.pp {
		// the preposition may sit among the skipped articles (French lists
		// « à » there: « le soutien de la Suisse à l'Ukraine »)
		vp := p
		for t := max(p+1, a); t < m.t0; t++ {
			if z.has(catVictimPrep, t) {
				vp = t
				break
			}
		}
		if vp >= a && z.has(catVictimPrep, vp) && z.warBefore(vp, a) {
			m.pp = false // "its war of aggression against Ukraine": a side of a war
		}
	}
	// (French articles take in « de » and « d' », so p may be the noun itself)
	if m.isState() && !m.demonym && p >= a && (z.is(p, clsWarNouns) || p > a && (z.is(p, clsOfPreps) || z.is(p, clsPlacePreps) || z.has(catVictimPrep, p)) && z.is(p-1, clsWarNouns)) {
		// "since the invasion of Ukraine", « la guerre en Ukraine »: the
		// setting of a war named in passing, like a place: neither a
		// speaker, an accused nor a target of the cyber operation
		m.loc, m.pp = true, false
	}
	if m.pp && m.t1+1 < b && z.w(m.t1) == "'s" && z.is(m.t1+1, clsInterestNouns) {
		// "a group that acts in Russia's interest": the state served is a tie
		m.pp, m.tie = false, true
	}
	if m.isState() && z.servedInterests(m, a, b) {
		// "a group operating in support of Iranian interests", « au service
		// des intérêts iraniens », "in the interests of Iran": the state
		// served is a tie, not the owner of a target
		m.pp, m.tie = false, true
		m.modifier, m.victimHead, m.pureVictim, m.postTarget = false, false, false, false
	}
	// location cue within 6 tokens before ("based in Eastern Europe, possibly Russia");
	// a named group is never a place
	for i := m.t0 - 1; i >= a && i >= m.t0-6 && m.Entity.Kind != claim.KindGroup; i-- {
		if z.boundary(i) && z.w(i) != "," {
			break
		}
		if z.is(i, clsLocParticiples) {
			if z.hackersBefore(i, a) {
				// "hackers based in China", « un groupe de pirates
				// informatiques basé en Iran »: where the attackers operate
				// from, as "hackers operating from China"
				m.tie, m.attacker, m.pp = true, true, false
				m.basedCopula = z.copulaAt(i-1, a)
				break
			}
			if i > a && z.targetNounBefore(i, a) {
				// "experts based in Israel and the US": the targets' place
				m.pp = m.pp || i == m.t0-2
				break
			}
			m.loc = true
			break
		}
	}
	for _, mt := range z.cur {
		if z.curMatchCats&(1<<catLocation) == 0 {
			break // none in the sentence
		}
		if mt.cat != catLocation || mt.i < a || mt.i >= b {
			continue // the location cues of the sentence (no slice of them per mention)
		}
		if mt.j == m.t0 || (mt.j == m.t0-1 && z.is(m.t0-1, clsArticles)) {
			if z.cueRightEndsAt(mt) && !z.criminalsBefore(mt.i, a) {
				continue // « menées depuis la Chine »: where the operators act from, a cue of the accused
			}
			if z.hackersBefore(mt.i, a) {
				m.tie, m.attacker, m.pp = true, true, false // "hackers based in China"
				m.basedCopula = z.copulaAt(mt.i-1, a)
				continue
			}
			if z.speakerListHead(mt.j-1, a) {
				continue // "Partners in Japan and Canada co-signed…" open the sentence: speakers
			}
			if mt.i > a && z.targetNounBefore(mt.i, a) {
				// "experts based in Israel", « des entreprises installées en
				// Suède »: where the targets are, so a victim
				m.pp = true
				continue
			}
			m.loc, m.locList = true, true
		}
	}
	// "the OPCW in The Hague", « l'OIAC à La Haye »: the seat of an
	// international organisation is where it sits, not a victim
	if !m.loc && m.isState() && !m.demonym && m.t0-2 >= a && z.is2(m.t0-1, cls2SeatPreps) {
		if n := z.tokMent[m.t0-2]; n >= 0 && z.ms[n].Entity.Kind == claim.KindIntergov {
			m.loc = true
		}
	}
	if !m.loc && m.isState() && !m.demonym && m.t0-2 >= a && z.lx.suspects[z.w(m.t0-2)] && (z.has(catVictimPrep, m.t0-1) || z.is(m.t0-1, clsPlacePreps)) {
		// "warrants for six suspects in Russia", « des mandats contre six
		// suspects en Russie »: where the people sought are, not a target
		m.loc, m.pp = true, false
	}
	if !m.loc && m.isState() && z.curCls&(1<<clsInfraNouns) != 0 && z.onInfrastructure(k, a) {
		m.loc, m.pp = true, false
	}
	// a list after a location cue shares it: "with partners in Canada and
	// the United Kingdom", « un sommet organisé à Paris et à Bruxelles »;
	// an institution by its demonym is none of its items ("At a summit in
	// Vilnius, the German chancellor accused…" speaks)
	if !m.loc && m.isState() && !(m.demonym && m.instHead) {
		i := m.t0 - 1
		for i > a && (z.joiner(i) || z.is(i, clsPlacePreps)) && z.tokMent[i] < 0 {
			i--
		}
		if i >= a && i < m.t0-1 {
			if n := z.tokMent[i]; n >= 0 && n != k && z.ms[n].locList && z.ms[n].isState() {
				m.loc, m.locList = true, true
			}
		}
	}
}

// cueRightEndsAt reports a responsibility cue (cue_right) that ends with
// the location cue mt and starts before it (« menées depuis »), or right
// before it, an article or a quote between ("operating from the territory
// of China"): its object is where the operators act from, the accused, not
// a place.
func (z *analyzer) cueRightEndsAt(mt match) bool {
	for _, o := range z.cur {
		if o.cat != catCueRight {
			continue
		}
		if o.j == mt.j && o.i < mt.i {
			return true
		}
		if o.j <= mt.i && mt.i-o.j <= 2 {
			between := true
			for t := o.j; t < mt.i; t++ {
				between = between && (z.is(t, clsArticles) || isQuote(z.w(t)))
			}
			if between {
				return true
			}
		}
	}
	return false
}

// languageAt reports a demonym mention k naming a language: right after a
// language preposition that follows a text noun up to three words before
// ("a message in Ukrainian", « un texte rédigé en russe »), or listed after
// such a language (", Russian and Polish", « , en russe et en polonais »).
func (z *analyzer) languageAt(k, a int) bool {
	m := &z.ms[k]
	// "a Russian-speaking gang", "Chinese-language forums": a compound of
	// the language
	if tok := z.toks[m.t1-1]; tok.end > m.End && m.End < len(z.text) && z.text[m.End] == '-' &&
		z.lx.languageCompounds[fold(z.text[m.End+1:tok.end])] {
		return true
	}
	p := m.t0 - 1
	if p < a {
		return false
	}
	if z.is(p, clsLanguagePreps) {
		for i, n := p-1, 0; i >= a && n < 3; i, n = i-1, n+1 {
			if z.isPunct(i) || z.tokMent[i] >= 0 {
				break
			}
			if z.is(i, clsLanguageNouns) {
				return true
			}
		}
		p--
	}
	// a list: joiners (and repeated « en ») back to a language
	for p >= a && z.tokMent[p] < 0 && (z.joiner(p) || z.is(p, clsLanguagePreps)) {
		p--
	}
	if p >= a && p < m.t0-1 {
		if n := z.tokMent[p]; n >= 0 && n != k && z.ms[n].language {
			return true
		}
	}
	return false
}

// basedTarget reports an "X-based" compound ending at t1 whose noun phrase
// head, up to three words on, is a target noun and no attacker ("a
// Tokyo-based exchange", "a Japan-based wallet software company"; not
// "Iran-based hackers"), after an attack word or a targeting preposition in
// the nine tokens before.
func (z *analyzer) basedTarget(t1, a, b int) bool {
	head := false
	for t := t1; t < b && t < t1+4; t++ {
		if z.is(t, clsAttacker) {
			return false
		}
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			break
		}
		if z.is(t, clsVictimNoun) || z.is(t, clsCompanyNoun) && !z.is(t, clsResearchers) {
			head = true
		}
	}
	return head && z.attackWordBefore(t1-1, a, 9)
}

// victimListBefore reports a victim-list verb at p ("spanned", "included")
// whose subject, up to five words before, is a victims/targets noun: "the
// victims of APT41 spanned Italy", "its targets included Poland".
func (z *analyzer) victimListBefore(p, a int) bool {
	if p <= a || !z.is(p, clsVictimListVerbs) {
		return false
	}
	for t := p - 1; t >= a && t >= p-5; t-- {
		if z.isPunct(t) && z.w(t) != "'s" {
			return false
		}
		if z.is(t, clsContMark) && z.is(t, clsVictimNoun) {
			return true
		}
	}
	return false
}

// copulaAt reports an auxiliary at token t, at or after a: "the hackers
// were based in", « étaient basés en ».
func (z *analyzer) copulaAt(t, a int) bool {
	return t >= a && (z.is(t, clsAux) || z.is(t, clsPassiveAux))
}

// listStart returns the first token of the list whose item holds token t0,
// walking back over its own words and earlier items (up to six words each,
// no verb of the lexicon, relative or other punctuation) separated by
// commas and coordinators ("a Spanish contractor, an Italian ministry and a
// Greek port": from "Greek", the "a" of "a Spanish"; « un sous-traitant
// espagnol »: from « espagnol », « un »); -1 when an item runs longer.
func (z *analyzer) listStart(t0, a int) int {
	start, words, seps := -1, 0, 0
	for t := t0 - 1; t >= a && t >= t0-30; t-- {
		if z.w(t) == "," || z.has(catCoord, t) {
			if seps++; seps > 5 {
				break
			}
			words = 0
			continue
		}
		if !z.toks[t].word || z.has(catAccuse, t) || z.has(catReport, t) || z.has(catAttackVerb, t) || z.is(t, clsRelatives) || z.is(t, clsVictimListVerbs) {
			break
		}
		if words++; words > 6 {
			return -1
		}
		start = t
	}
	return start
}

// amongVictims reports a victims noun after "among" (« parmi ») in the
// clause of mention m, within six words either side and no punctuation
// between: "Canadian universities were among the victims", "Among the
// victims were Canadian universities", « parmi les victimes figurent des
// universités canadiennes ».
func (z *analyzer) amongVictims(m *ment, a, b int) bool {
	victims := func(t int) bool {
		if !z.is(t, clsContMark) || !z.is(t, clsVictimNoun) {
			return false
		}
		u := t - 1
		for u >= a && z.is(u, clsArticles) {
			u--
		}
		return u >= a && z.lx.among[z.w(u)]
	}
	for t := m.t1; t < b && t <= m.t1+10; t++ {
		if z.isPunct(t) && z.w(t) != "'s" {
			break
		}
		if victims(t) {
			return true
		}
	}
	// before: within six words, or further back across the list m closes
	// ("Among the victims were a Spanish contractor, an Italian ministry
	// and a Greek port"): commas, coordinators and up to six words an item
	commas, words := 0, 0
	for t := m.t0 - 1; t >= a && t >= m.t0-24; t-- {
		if victims(t) {
			return words <= 6 || commas > 0
		}
		if z.w(t) == "," {
			if commas++; commas > 4 {
				break
			}
			words = 0
			continue
		}
		if z.isPunct(t) && z.w(t) != "'s" || z.has(catAccuse, t) || z.has(catReport, t) || z.has(catAttackVerb, t) || z.is(t, clsRelatives) {
			break
		}
		if words++; words > 6 && (commas == 0 || words > 8) {
			break
		}
	}
	return false
}

// regionListBefore reports a coordinator at p after one to three capitalised
// words that are no mention, right after a victim preposition: "in Western
// Europe and the United States", « en Europe et aux États-Unis ». The region
// names no country, but the name coordinated with it shares its place. With
// appos (a country name closed by punctuation), a comma counts too: "in
// Pyeongchang, South Korea," (a town, then its country); not "on Monday,
// the French minister".
func (z *analyzer) regionListBefore(p, a int, appos bool) bool {
	if p <= a || !z.has(catCoord, p) || !z.toks[p].word && !(appos && z.w(p) == ",") {
		return false
	}
	t := p - 1
	for n := 0; t >= a && n < 3 && z.toks[t].word && z.toks[t].upper && z.tokMent[t] < 0; n++ {
		t--
	}
	if t == p-1 || t < a {
		return false
	}
	if !z.has(catVictimPrep, t) || z.is(t, clsOfPreps) || (t > a && z.is(t-1, clsResearchers)) || z.speakerListHead(t, a) || z.warBefore(t, a) {
		return false
	}
	if z.w(p) == "," {
		// a town then its country: the attack may lie a list further back
		// ("targeted the election in 2017, the Games in Pyeongchang, South Korea,")
		return z.targetNounBefore(t, a) || z.attackWordBefore(t, a, 15)
	}
	return z.targetPrepContext(t, a)
}

// targetPrepContext reports a victim preposition at p that gives the place
// of targets or of an attack ("agencies in Europe and", "hacking the Games in
// Pyeongchang,"), not of a meeting ("at meetings in Europe and the United
// States, officials said"): a target noun or an attack word just before it.
func (z *analyzer) targetPrepContext(p, a int) bool {
	return z.targetNounBefore(p, a) || z.attackWordBefore(p, a, 6)
}

// targetPlace reports a mention at t0 after a victim preposition (past
// articles) in a target context (targetPrepContext).
func (z *analyzer) targetPlace(t0, a int) bool {
	p := t0 - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	p = z.skipQuantifiers(p, a)
	return p > a && z.has(catVictimPrep, p) && z.targetPrepContext(p, a)
}

// skipQuantifiers returns the token before the quantifiers (and their
// articles) that end at token p ("in other NATO countries", « dans
// plusieurs pays »): where the place's preposition is; p when there are
// none.
func (z *analyzer) skipQuantifiers(p, a int) int {
	for p > a && z.is2(p, cls2PlaceQuant) {
		p--
		for p > a && z.is(p, clsArticles) {
			p--
		}
	}
	return p
}

// warBefore reports a war noun in the three words before the victim
// preposition at p ("its war of aggression against Ukraine", « la guerre
// d'agression contre l'Ukraine »): the state after it is a side of an armed
// conflict named in passing, not the target of the cyber operation. A
// sanction word there ("the measures it imposed on Russia", « les
// sanctions contre l'Iran ») makes the state the target of a measure, no
// victim either.
func (z *analyzer) warBefore(p, a int) bool {
	skipped := false
	for i := p - 1; i >= a && i >= p-3; i-- {
		if k := z.tokMent[i]; k >= 0 && !skipped {
			// the state the measure is of, as its complement: « le soutien
			// de la Suisse à Kiev », "the support of Switzerland to Kyiv";
			// one such complement is passed over, its words not counted
			o := z.ms[k].t0 - 1
			for o >= a && z.is(o, clsArticles) && !z.is(o, clsOfPreps) {
				o--
			}
			if o > a && z.is(o, clsOfPreps) && !z.isPunct(o-1) && z.tokMent[o-1] < 0 {
				skipped = true
				p -= i - o + 1
				i = o
				continue
			}
		}
		if k := z.tokMent[i]; k >= 0 && z.ms[k].demonym && z.ms[k].t1 == i+1 && i > a && (z.is(z.ms[k].t0-1, clsMeasureWords) || z.is(z.ms[k].t0-1, clsWarNouns)) {
			// « les sanctions européennes contre la Russie »: the
			// nationality adjective after the measure word is the measure's
			i = z.ms[k].t0
			continue
		}
		if z.isPunct(i) || z.tokMent[i] >= 0 {
			return false
		}
		if z.is(i, clsWarNouns) || z.is(i, clsMeasureWords) {
			return true
		}
	}
	return false
}

// exampleOfPassiveTarget reports a mention at t0 right after an example
// marker whose list closes before a passive attack verb, the head being a
// target noun in the eight words before the marker: « Des entités publiques
// de plusieurs États membres, dont la Lituanie et la Pologne, ont été
// visées », "Ministries in several states, such as Latvia, were hit". The
// examples name where the targets are, whatever preposition ties them to
// the head.
func (z *analyzer) exampleOfPassiveTarget(t0, a, b int) bool {
	p := t0 - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	if p < a || !z.is(p, clsPhraseLast) {
		return false // no marker ends at p: none of the loop's phrases matches
	}
	for _, ws := range z.lx.exampleMarkers {
		s := p - len(ws) + 1
		if s <= a || !z.wordsAt(s, ws) || z.w(s-1) != "," {
			continue
		}
		head := false
		for i, n := s-2, 0; i >= a && n < 8; i, n = i-1, n+1 {
			if z.hardStop(i) || z.isPunct(i) || z.is(i, clsRelatives) {
				break
			}
			if z.targetNoun(i) {
				head = true
				break
			}
		}
		if !head {
			return false
		}
		// the list runs on, names and joiners only, to the comma that
		// closes it; the passive attack comes right after
		for t := t0; t < b; t++ {
			if z.w(t) == "," && (t+1 >= b || !z.joiner(t+1) && z.tokMent[t+1] < 0 && !z.is(t+1, clsArticles)) {
				return z.passiveAttackAfter(t+1, a, b)
			}
			if z.hardStop(t) || z.boundary(t) && z.w(t) != "," {
				return false
			}
			if z.tokMent[t] < 0 && !z.joiner(t) && !z.is(t, clsArticles) {
				return false
			}
		}
		return false
	}
	return false
}

// exampleOfTarget reports a mention at t0 right after an example marker
// ("including", « notamment ») whose head noun phrase follows a victim
// preposition up to eight words before the marker: "attacks on
// organisations in several NATO countries, including Latvia". The examples
// are targets like their head, whatever the head's own names (a bloc such as
// NATO is no state).
func (z *analyzer) exampleOfTarget(t0, a int) bool {
	p := t0 - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	if p < a || !z.is(p, clsPhraseLast) {
		return false // no marker ends at p: none of the loop's phrases matches
	}
	return z.exampleHead(p, a, func(int) bool { return false }, func(i int) bool { return z.has(catVictimPrep, i) })
}

// exampleHead walks back from the example marker that ends at token p
// ("including", « dont »; a comma before it skipped) over up to eight
// words to the word the examples depend on, which head tells, and reports
// it unless it heads a list of speakers or an employer; a hard stop, a
// punctuation mark other than a comma or stop ends the walk. Both readers
// of example lists share it.
func (z *analyzer) exampleHead(p, a int, stop, head func(i int) bool) bool {
	for _, ws := range z.lx.exampleMarkers {
		s := p - len(ws) + 1
		if s <= a || !z.wordsAt(s, ws) {
			continue
		}
		i := s - 1
		if z.w(i) == "," {
			i--
		}
		for n := 0; i >= a && n < 8; i, n = i-1, n+1 {
			if z.hardStop(i) || (z.isPunct(i) && z.w(i) != ",") || stop(i) {
				return false
			}
			if head(i) {
				return !z.speakerListHead(i, a) && !z.employerPrep(i, a)
			}
		}
		return false
	}
	return false
}

// demonymExample reports a demonym that qualifies the first example after
// an example marker ("including", « dont ») which follows an attack word or
// a victim preposition up to eight words before: "crippled thousands of
// firms, including Danish shipper Maersk", « ont vu leurs réseaux
// paralysés, dont le groupe français Saint-Gobain ». French puts up to two
// words of the head before the demonym. Neither a state tie nor an organ is
// an example of a target, nor an attacker noun whose name is a group's
// (« dont le groupe russe APT28 »).
func (z *analyzer) demonymExample(m *ment, a, b int) bool {
	if m.tie || m.instHead {
		return false
	}
	if m.attacker {
		// "groupe", "group": a company only when a name that is no group follows
		n := m.t1
		if n >= b || !z.toks[n].upper || (z.tokMent[n] >= 0 && z.ms[z.tokMent[n]].Entity.Kind != claim.KindCompany) {
			return false
		}
	}
	p := m.t0 - 1
	if z.lx.adjectiveAfterNoun {
		for n := 0; n < 2 && p > a && z.toks[p].word && !z.toks[p].upper && z.tokMent[p] < 0 && !z.is(p, clsArticles); n++ {
			p--
		}
	}
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	return z.exampleHead(p, a, func(i int) bool { return z.has(catBoundary, i) }, func(i int) bool {
		return z.has(catAttackVerb, i) || z.has(catAttackNoun, i) || z.has(catVictimPrep, i)
	})
}

// victimOnlyHead reports a demonym whose noun phrase head is a target and
// names no institution or attacker: "the Dutch military network", « l'agence
// de presse polonaise » (not "an Iranian cyber official"). English heads
// are the last listed noun after the demonym, French ones the nearest before
// it; the other side is the fallback.
func (z *analyzer) victimOnlyHead(m *ment, a, b int) bool {
	lx := z.lx
	// the words are tokens: their class bits, not the word sets (right and
	// left are the heads' tokens, rt and lt their indices)
	listed := func(i int) bool { return z.is(i, clsVictimNoun) || z.is(i, clsInstitution) || z.is(i, clsAttacker) }
	right, rt := "", -1
	for i := m.t1; i < b && i < m.t1+4; i++ {
		// « une cyberattaque américaine contre l'université »: the noun
		// after a target preposition is not the one the adjective qualifies
		if z.isPunct(i) || z.tokMent[i] >= 0 || (right == "" && z.has(catVictimPrep, i)) {
			break
		}
		if right != "" && z.cyber(rt) && z.has(catAttackNoun, i) {
			// "a Chinese cyber operation", "a Russian cyber campaign":
			// "cyber" (a target in "British cyber infrastructure")
			// modifies the attack noun, the phrase's head, which the
			// demonym qualifies: no target
			right, rt = "", -1
			break
		}
		if listed(i) {
			right, rt = z.w(i), i
		} else if z.is(i, clsAux) || right != "" && (z.has(catAttackVerb, i) || z.hackingAt(i)) {
			// "Chinese hackers breached email accounts": the attack verb
			// closes the phrase; its object is no head of the demonym
			break
		} else if right != "" && z.has(catCoord, i) && i+1 < b && z.tokMent[i+1] < 0 {
			// "Lithuanian government and transport websites": coordinated
			// modifiers of one head; go on to it
			continue
		} else if right != "" && !(lx.compoundHeadLast && i+1 < b && i+1 < m.t1+4 && z.toks[i+1].word && z.tokMent[i+1] < 0 && z.is(i+1, clsVictimNoun) && !z.is(i+1, clsInstitution)) {
			// "Dutch armed forces computer network": an English compound's
			// head is its last noun, past one unlisted modifier
			break
		}
	}
	left, lt := "", -1
	for i := m.t0 - 1; i >= a && i >= m.t0-3; i-- {
		if z.isPunct(i) || z.tokMent[i] >= 0 {
			break
		}
		if listed(i) {
			left, lt = z.w(i), i
			break
		}
	}
	head, h := right, rt
	if lx.adjectiveAfterNoun && left != "" || head == "" {
		head, h = left, lt
	}
	return head != "" && z.is(h, clsVictimNoun) && !z.is(h, clsInstitution) && !z.is(h, clsAttacker) && !z.is(h, clsTie)
}

func (z *analyzer) nearAttacker(from, b int) bool {
	for i := from; i < b && i < from+2; i++ {
		if z.is(i, clsAttacker) {
			return true
		}
	}
	return false
}

// postNominalTarget reports a demonym that closes a noun phrase (in a
// language with adjective_after_noun, French)
// whose head, right after its determiner or « de », is a victim noun or
// people (« des entreprises industrielles allemandes », « de responsables
// gouvernementaux et militaires pakistanais »), with an attack word just
// before the phrase: the demonym names the victim's country.
func (z *analyzer) postNominalTarget(m *ment, a int) bool {
	if !z.lx.adjectiveAfterNoun {
		return false
	}
	for t := m.t0 - 1; t > a && t >= m.t0-7; t-- {
		if z.tokMent[t] >= 0 || (z.isPunct(t) && z.w(t) != ",") {
			return false
		}
		if !z.is(t-1, clsTargetDet) {
			continue
		}
		head := z.w(t)
		if !z.lx.victimNoun[head] && !z.lx.targetPeople[head] {
			return false
		}
		// the attack word must lead into the phrase, no punctuation or
		// reporting verb between (« cette cyberattaque », a affirmé le
		// ministère ukrainien)
		for u := t - 2; u >= a && u >= t-8; u-- {
			if z.isPunct(u) && z.w(u) != "'" {
				return false
			}
			if z.tokMent[u] >= 0 || z.frameAt(u) {
				return false // « imputée à l'armée russe »: an accused, not a target
			}
			if z.boundary(u) {
				// « une attaque que la police néerlandaise a attribuée à… »:
				// the phrase is the relative clause's subject
				return false
			}
			if z.attackWordBefore(u+1, a, 0) {
				return true
			}
		}
		return false
	}
	return false
}

// attackWordBefore: an attack verb or noun ending in the n tokens before i
// (victim prepositions do not count: « imputé à la Russie par le
// gouvernement lituanien »).
func (z *analyzer) attackWordBefore(i, a, n int) bool {
	for _, mt := range z.cur {
		if (mt.cat == catAttackVerb || mt.cat == catAttackNoun) && mt.j <= i && mt.j >= i-n && mt.i >= a {
			return true
		}
	}
	return false
}

// attackOf reports a state named after "of" that follows an attack noun,
// alone or as a possessor ("the hack of Poland's news agency", "the
// breach of Norway"): in English the complement of an attack noun is its
// target. French « de » after an attack noun can name the attacker (« les
// cyberattaques de la Russie »), so fr.json leaves attack_of_preps empty,
// which turns the rule off.
func (z *analyzer) attackOf(m *ment, a int) bool {
	if len(z.lx.attackOfPreps) == 0 {
		return false
	}
	t := m.t0 - 1
	for t >= a && z.is(t, clsAttackOfDet) {
		t--
	}
	of := t >= a && z.is(t, clsAttackOfPreps)
	if of {
		t--
	} else if z.prepClass(m.Prep)&prepAttackOf != 0 {
		of = true
	}
	return of && t >= a && z.has(catAttackNoun, t)
}

// frameAt reports an accusation, attribution, reporting or cue phrase
// covering token i.
func (z *analyzer) frameAt(i int) bool {
	for _, mt := range z.cur {
		if mt.i <= i && i < mt.j {
			switch mt.cat {
			case catAccuse, catAttribute, catReport, catCueRight, catCueLeft, catSource, catDenial:
				return true
			}
		}
	}
	return false
}

// cueRightAt reports a cue of the accused (cue_right: "came from", « provenait
// de ») of the current sentence covering token t.
func (z *analyzer) cueRightAt(t int) bool {
	for _, o := range z.cur {
		if o.cat == catCueRight && o.i <= t && t < o.j {
			return true
		}
	}
	return false
}

// servedInterests reports a state named as the one whose interests are
// served: its interest noun ("interests", « intérêts ») beside it — after a
// demonym in English, before it in French, or with "of" / « de » between —
// and a cue of the accused (cue_right: "in support of", "serving", « au
// service des ») just before that noun phrase or spanning the noun ("in the
// interests of"). Without the cue the same words name a target ("attacks on
// Iranian interests").
func (z *analyzer) servedInterests(m *ment, a, b int) bool {
	n := -1 // the interest noun
	switch {
	case m.demonym && m.t1 < b && z.is(m.t1, clsInterestNouns):
		n = m.t1
	case m.demonym && m.t1+1 < b && z.toks[m.t1].word && z.tokMent[m.t1] < 0 && z.is(m.t1+1, clsInterestNouns):
		n = m.t1 + 1 // "Chinese state interests"
	case m.t1+1 < b && z.w(m.t1) == "'s" && z.is(m.t1+1, clsInterestNouns):
		n = m.t1 + 1 // "in support of Tehran's interests"
	case m.t0-1 >= a && z.is(m.t0-1, clsInterestNouns):
		n = m.t0 - 1 // « intérêts iraniens »
	default:
		t := m.t0 - 1
		of := false
		for t >= a && t >= m.t0-3 && (z.is(t, clsArticles) || z.is(t, clsOfPreps)) {
			of = of || z.is(t, clsOfPreps)
			t--
		}
		if of && t >= a && z.is(t, clsInterestNouns) {
			n = t // "the interests of Iran", « les intérêts de Téhéran »
		}
	}
	if n < 0 {
		return false
	}
	start := min(n, m.t0) // the noun phrase's first token
	for start-1 >= a && z.is(start-1, clsArticles) {
		start--
	}
	for _, o := range z.cur {
		if o.cat == catCueRight && (o.i <= n && n < o.j || o.j >= start && o.j <= min(n, m.t0)) {
			return true
		}
	}
	return false
}

// targetNounBefore reports a target noun in the three words before i, with
// only a noun complement between: "experts based in Israel", « des experts
// du nucléaire basés en Israël », "companies in the energy sector located in".
func (z *analyzer) targetNounBefore(i, a int) bool {
	for t := i - 1; t >= a && t >= i-3; t-- {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
		if z.targetNoun(t) {
			return true
		}
		if t < i-1 && !z.is(t, clsOfPreps) && !z.is(t, clsArticles) && !z.is(t+1, clsOfPreps) && !z.is(t+1, clsArticles) {
			return false // two plain words: not one noun complement
		}
	}
	return false
}

// targetNoun reports a noun naming targets: a victim noun ("companies",
// « entreprises ») or people a cue targets ("journalists", « élus »).
func (z *analyzer) targetNoun(t int) bool {
	w := z.w(t)
	f := fold(w)
	return z.is(t, clsVictimNoun) || z.lx.targetPeople[f] || z.lx.cueTargets[f]
}

// speakerListHead reports a list preposition at token p ("in", « en »)
// after an institution noun that opens the sentence: "Partners in the
// United States, Britain and Canada co-signed…", "Agencies in Japan and
// Korea said…". The countries there are the subject's, not targets; one
// modifier may precede the noun ("cybersecurity agencies in").
func (z *analyzer) speakerListHead(p, a int) bool {
	if p <= a || p >= len(z.toks) || !z.is(p, clsListPreps) {
		return false
	}
	// the institution noun, or one with a complement (« des agences de
	// cybersécurité en Allemagne »)
	for h := p - 1; h > a && h >= p-3; h-- {
		if z.is(h, clsInstitution) {
			if z.agentListItem(h, a) {
				return true
			}
			break
		}
		if !z.toks[h].word || z.tokMent[h] >= 0 || !(z.is(h, clsOfPreps) || z.cyber(h)) {
			break
		}
	}
	if !z.is(p-1, clsInstitution) {
		return false
	}
	// "The FBI, joined by its counterparts in Britain and Canada, …", « Le
	// FBI, rejoint par ses homologues du Canada »: the partners a co-speaker
	// phrase brings in, wherever it stands
	h := p - 2
	for h > a && (z.is(h, clsPossPron) || z.is(h, clsArticles)) {
		h--
	}
	for _, mt := range z.cur {
		if mt.cat == catCoSpeaker && mt.j == h+1 {
			return true
		}
	}
	other := 0
	for t := a; t < p-1; t++ {
		if z.is(t, clsArticles) || z.is(t, clsInstitution) {
			continue
		}
		// "The NCSC and its partners in Canada…", "Britain's NCSC, together
		// with partners in…": a named speaker coordinated with the partners
		if z.tokMent[t] >= 0 || z.has(catCoord, t) || z.is(t, clsListWords) || z.w(t) == "'s" {
			continue
		}
		// "Joint guidance from agencies in…", « Un avis des agences de… »
		if z.is(t, clsStatementNouns) || z.is(t, clsListPreps) || z.is(t, clsOfPreps) {
			continue
		}
		other++
	}
	return other <= 1
}

// agentListItem reports an institution noun at h (with up to two plain
// words before it: "cyber agencies") that ends a list of named speakers
// after an agent preposition: "co-authored by the NSA, the FBI and cyber
// agencies in Germany and South Korea", « rédigé par la NSA et des
// agences de… ». The list preposition after it places those agencies,
// as speakerListHead does for a list opening the sentence.
func (z *analyzer) agentListItem(h, a int) bool {
	t := h - 1
	for n := 0; n < 2 && t > a && z.toks[t].word && z.tokMent[t] < 0 && !z.has(catCoord, t) && !z.is(t, clsArticles); n++ {
		t--
	}
	for t > a && z.is(t, clsArticles) {
		t--
	}
	if t <= a || !(z.has(catCoord, t) || z.w(t) == ",") {
		return false
	}
	named := false
	for t--; t >= a; t-- {
		switch {
		case z.has(catAgentPrep, t):
			return named
		case z.tokMent[t] >= 0:
			if !z.ms[z.tokMent[t]].accuserOK() {
				return false
			}
			named = true
		case z.has(catCoord, t) || z.w(t) == "," || z.is(t, clsArticles) || z.is(t, clsInstitution):
		default:
			return false
		}
	}
	return false
}

// targetAfterPrep reports a post-nominal demonym (languages whose
// adjectives follow the noun) whose head noun, an institution or a target
// noun and neither an attacker nor a tie word, comes right after a victim
// preposition: « contre le Parlement belge », « visant des ministères
// tchèques ». A preposition inside an accusation phrase (« sanctions
// contre ») does not count.
func (z *analyzer) targetAfterPrep(m *ment, a int) bool {
	if !z.lx.adjectiveAfterNoun || !m.demonym {
		return false
	}
	h := m.t0 - 1
	if h < a || !z.toks[h].word || z.tokMent[h] >= 0 {
		return false
	}
	if z.is(h, clsAttacker) || z.is(h, clsTie) || !(z.is(h, clsInstitution) || z.is(h, clsVictimNoun)) {
		return false
	}
	p := h - 1
	for p >= a && z.is(p, clsArticles) {
		p--
	}
	if p < a {
		return false
	}
	// one word (« contre ») or a phrase ending there (« reçus par »)
	prep := z.has(catVictimPrep, p)
	for _, mt := range z.cur {
		if mt.cat == catVictimPrep && mt.j == p+1 && mt.j-mt.i > 1 {
			prep = true
		}
	}
	if !prep {
		return false
	}
	for _, mt := range z.cur {
		if mt.i <= p && p < mt.j && (mt.cat == catAccuse || mt.cat == catAttribute || mt.cat == catCueRight) {
			return false
		}
	}
	return true
}

// datelineDate reports, from token i, the date of a wire dateline: at most
// four words, one of them a number, then "(", "-" or "—" ("May 25 (Reuters)
// -", « 12 mars (AFP) - »). The city before it is where the story was
// filed, not a speaker: "WASHINGTON, May 25 (Reuters) - The United States,
// Japan and … said".
func (z *analyzer) datelineDate(i, b int) bool {
	digit := false
	for t := i; t < b && t < i+5; t++ {
		switch w := z.w(t); w {
		case "(", "-", "—":
			return digit && t > i
		case ",", ".":
			continue
		default:
			if !z.toks[t].word || z.tokMent[t] >= 0 {
				return false
			}
			if w[0] >= '0' && w[0] <= '9' {
				digit = true
			}
		}
	}
	return false
}

// employerPrep reports a preposition at p that names where a person works:
// right after a researcher or title noun ("researchers at ESET", « analyste
// chez Sekoia »), or after such a noun and its own complement ("the head of
// research at Google", « la directrice du renseignement sur les menaces
// chez Sekoia »), with no attack word between.
// The name after it is the employer, who may speak, not a target.
func (z *analyzer) employerPrep(p, a int) bool {
	if p > a && z.is(p-1, clsResearchers) {
		return true
	}
	for t := p - 2; t > a && t >= p-6; t-- {
		if !z.toks[t].word || z.tokMent[t] >= 0 || z.has(catAttackNoun, t) || z.has(catAttackVerb, t) {
			return false
		}
		if z.is(t, clsOfPreps) && z.is(t-1, clsResearchers) {
			return true
		}
	}
	return false
}

// madeBy reports a mention in the agent or place phrase of a making or
// selling participle: "controllers made by the Israeli company", "made in
// Israel", « des équipements vendus par des fournisseurs américains ».
// Between the preposition
// and the mention lie only articles and, where the demonym follows its
// noun, up to two lower-case words of the head. The maker of a product the
// attackers exploited is no victim of the attack.
func (z *analyzer) madeBy(m *ment, a int) bool {
	prep := func(p int) bool {
		return z.has(catAgentPrep, p) || z.is(p, clsPlacePreps) || z.has(catVictimPrep, p)
	}
	p := m.t0 - 1
	for n := 0; p > a && n < 3 && z.tokMent[p] < 0 && z.toks[p].word && !prep(p); n++ {
		if !z.is(p, clsArticles) && (z.toks[p].upper || !z.lx.adjectiveAfterNoun && !m.demonym) {
			return false
		}
		p--
	}
	return p > a && prep(p) && z.is(p-1, clsMakerVerbs)
}

// exonerated reports a mention named right after an exoneration phrase of
// the lexicon (a matcher category), past articles and "of" (« toute
// implication d'APT10 », "no evidence that the APT10 group"): the text
// clears it.
func (z *analyzer) exonerated(m *ment, a int) bool {
	p := m.t0 - 1
	for p >= a && (z.is(p, clsArticles) || z.is(p, clsOfPreps)) {
		p--
	}
	// the phrase ends right before the mention or within the articles and
	// "of" before it (« aucune implication de la Russie »)
	for _, mt := range z.cur {
		if z.curMatchCats&(1<<catExoneration) == 0 {
			break // none in the sentence
		}
		if mt.cat != catExoneration || mt.i < a || mt.j > m.t0 {
			continue
		}
		if mt.j > p {
			return true
		}
		// a short object before the mention ("distinct from that of Volt
		// Typhoon", « aucun lien entre ce groupe et Volt Typhoon »): up to
		// four words, with no punctuation, other name or cue between
		if m.t0-mt.j <= 4 && z.shortObject(mt.j, m.t0) {
			return true
		}
		// "no technical overlap between Laundry Bear and Russia's
		// better-known state groups such as APT28 and APT29": the object
		// runs on through other names and an example list while no clause
		// of its own starts
		if m.t0-mt.j <= 14 && z.plainObject(mt.j, m.t0) {
			return true
		}
	}
	return false
}

// plainObject reports tokens [i, j) holding no clause of their own: no
// punctuation but list commas, no relative word or complementizer, no
// accusation, report, cue or attack verb.
func (z *analyzer) plainObject(i, j int) bool {
	for t := i; t < j; t++ {
		if w := z.w(t); w != "," && z.isPunct(t) || z.is(t, clsRelatives) || z.is(t, clsComplementizers) {
			return false
		}
	}
	return !z.triggerIn(i, j)
}

// placeSpan reports a state named as one end of a span of places
// (lexicon place_spans: "from Slovenia to Mexico", « de la Slovénie au
// Mexique »), the other end a state too.
func (z *analyzer) placeSpan(m *ment, a, b int) bool {
	if len(z.lx.spans) == 0 {
		return false
	}
	skipLeft := func(t int) int {
		for t >= a && z.is(t, clsArticles) {
			t--
		}
		return t
	}
	skipRight := func(t int) int {
		for t < b && z.is(t, clsArticles) {
			t++
		}
		return t
	}
	state := func(t int) *ment {
		if t < a || t >= b || z.tokMent[t] < 0 {
			return nil
		}
		if n := &z.ms[z.tokMent[t]]; n.isState() && !n.demonym {
			return n
		}
		return nil
	}
	p := skipLeft(m.t0 - 1)
	// the first end: W1 m W2 state
	if p >= a && m.t1 < b && slices.Contains(z.lx.spansIdx.get(z.lx.spans, z.w(p)), z.w(m.t1)) && state(skipRight(m.t1+1)) != nil {
		return true
	}
	// the second end: W1 state W2 m
	if p <= a {
		return false
	}
	n := state(p - 1)
	if n == nil {
		return false
	}
	q := skipLeft(n.t0 - 1)
	return q >= a && slices.Contains(z.lx.spansIdx.get(z.lx.spans, z.w(q)), z.w(p))
}

// shortObject reports tokens [i, j) with no punctuation, name or word of
// accusing, attributing, saying or attacking among them.
func (z *analyzer) shortObject(i, j int) bool {
	for t := i; t < j; t++ {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
	}
	return !z.triggerIn(i, j)
}

// triggerIn reports a word of accusing, attributing, saying or attacking
// (or a cue) starting among tokens [i, j).
func (z *analyzer) triggerIn(i, j int) bool {
	for _, o := range z.cur {
		switch o.cat {
		case catAccuse, catAttribute, catCueLeft, catCueRight, catReport, catAttackVerb:
			if o.i >= i && o.i < j {
				return true
			}
		}
	}
	return false
}

// joinWords appends the words of tokens from to to, joined by spaces, to
// buf: a phrase key looked up without making a string.
func (z *analyzer) joinWords(buf []byte, from, to int) []byte {
	for t := from; t <= to; t++ {
		if t > from {
			buf = append(buf, ' ')
		}
		buf = append(buf, z.w(t)...)
	}
	return buf
}

// criminalsBefore reports a criminal noun among the four words before the
// location cue at token i ("cybercriminals operating out of Russia", « des
// escrocs opérant depuis la Russie »): criminals act from a place, they do
// not make its state the accused.
func (z *analyzer) criminalsBefore(i, a int) bool {
	for t := i - 1; t >= a && t >= i-4; t-- {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			return false
		}
		if z.lx.criminals[z.w(t)] {
			return true
		}
	}
	return false
}

// hackersBefore reports up to four tokens before i (from a on) that hold an
// attacker noun and a cyber word ("hackers", « groupe de pirates
// informatiques », "hacking group") and no criminal noun, with no
// punctuation or name between: the noun phrase a place participle
// qualifies names attackers, so the place is where they operate from
// ("hackers based in China"), not where a firm sits ("a cybersecurity firm
// based in Israel", "a media group based in France"). Criminals keep their
// place ("cybercriminals based in Russia", as with « depuis »).
func (z *analyzer) hackersBefore(i, a int) bool {
	return z.hackers(i-1, max(a, i-4)-1, -1)
}

// hackersAfter is hackersBefore for the three tokens from t (up to b):
// "China-based hackers".
func (z *analyzer) hackersAfter(t, b int) bool {
	return z.hackers(t, min(b, t+3), 1)
}

// hackers walks from t by step until stop (excluded).
func (z *analyzer) hackers(t, stop, step int) bool {
	att, cyb := false, false
	for ; t != stop && t >= 0 && t < len(z.toks); t += step {
		if z.isPunct(t) || z.tokMent[t] >= 0 {
			break
		}
		if z.lx.criminals[z.w(t)] {
			return false
		}
		att = att || z.is(t, clsAttacker)
		cyb = cyb || z.cyber(t)
	}
	return att && cyb
}

// compoundTarget reports a state name right after an accusation or
// attribution verb that opens a noun compound whose head is an attack noun,
// one to three words after it, followed by the attribution's preposition
// ("links Ukraine power grid attack to Sandworm", "Cisco Talos Links Taiwan
// Research Institute Hack to Chinese APT41"; not "blame Iran for hack of
// Trump campaign"): the state owns the target, as in "links the Ukraine grid attack
// to", and is not the verb's object. The words between are plain words or
// cyber words (no name, punctuation, article, preposition, lexicon phrase
// or attacker word: "accused Beijing of sponsoring cyberattacks" keeps its
// object). Only after the verb: a subject ("China rejects cyberattack
// allegations") may be followed by a verb the lexicon does not know.
func (z *analyzer) compoundTarget(m *ment, a, b int) bool {
	if p := m.t0 - 1; p < a || !z.has(catAttribute, p) && !z.has(catAccuse, p) {
		return false
	}
	for t := m.t1; t < b && t <= m.t1+3; t++ {
		if t > m.t1 && z.has(catAttackNoun, t) {
			// the attribution's preposition follows: "… attack to Sandworm"
			return t+1 < b && z.is(t+1, clsAttributePreps)
		}
		if !z.toks[t].word || z.tokMent[t] >= 0 || z.is(t, clsArticles) || z.is(t, clsOfPreps) || z.is(t, clsPlacePreps) || z.is(t, clsAttacker) || z.is(t, clsTie) || z.is(t, clsInstitution) || z.is(t, clsAux) {
			return false
		}
		if z.info[t].cats != 0 && !z.cyber(t) {
			return false
		}
	}
	return false
}

// attackerGroupNoun reports the noun both company and attacker ("group",
// « groupe ») of demonym m, right after it or past one attacker word
// ("a Russian hacking group"), or right before it in French, with no
// capitalised name after the phrase.
func (z *analyzer) attackerGroupNoun(m *ment, a, b int) bool {
	both := func(t int) bool {
		return t >= a && t < b && z.toks[t].word && z.tokMent[t] < 0 && z.is(t, clsAttacker) && z.is(t, clsCompanyNoun)
	}
	var end int // the first token after the phrase
	switch {
	case both(m.t1):
		end = m.t1 + 1
	case m.t1+1 < b && z.toks[m.t1].word && z.is(m.t1, clsAttacker) && both(m.t1+1):
		end = m.t1 + 2
	case z.lx.adjectiveAfterNoun && both(m.t0-1):
		end = m.t1
	default:
		return false
	}
	return end >= b || !z.toks[end].upper && z.tokMent[end] < 0
}
