package extractor

import (
	"slices"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// An article-level attribution frame is the set of claims of one article
// about the same incident: the same accused (or an accused of the same
// state) said by the same accuser or by no named one. The sentences around
// its claims that describe the incident without a claim of their own
// ("The campaign, which began in 2019, …", « Ces attaques, menées depuis
// 2021, … ») give it the attack period they name, and every claim of one
// statement carries one claim date. What a claim receives from another
// sentence is recorded in its Sources.

// frameWindow is how many sentences around a claim still speak of its incident.
const frameWindow = 3

// frames fills, in place, the claim dates and attack periods the sentences
// around each claim supply. claimSent[i] is the sentence index of out[i].
func (x *Extractor) frames(z *analyzer, sents []*sentence, out []claim.Claim, claimSent []int, published claim.Date) {
	if len(out) == 0 {
		return
	}
	isEvidence := make(map[int]bool, len(claimSent))
	for _, si := range claimSent {
		isEvidence[si] = true
	}
	x.frameDates(z, sents, out, claimSent, published)
	z.frameVictims(sents, out, claimSent, isEvidence)
	// the periods the claims' own sentences give go to their incident's
	// other claims first: a sentence further on that names no actor ("The
	// notorious NotPetya malware … spread around the world in 2017") may
	// tell another incident, and lends a period only to claims still
	// without one (their victims are shared once, below)
	shareFrames(out, claimSent, sents, false)
	// a sentence telling the attacks as new ("In the new wave of attacks,
	// seen between 2021 and 2023, …") dates the news's incident before any
	// other sentence around it may lend it a history's dates
	var stack [64]int // most articles: no allocation (issue 11)
	order := stack[:0]
	if len(sents) > len(stack) {
		order = make([]int, 0, len(sents))
	}
	for si, s := range sents {
		if z.recentAttack(s) {
			order = append(order, si)
		}
	}
	nRecent := len(order)
	for si := range sents {
		if !slices.Contains(order[:nRecent], si) {
			order = append(order, si)
		}
	}
	for _, si := range order {
		s := sents[si]
		if isEvidence[si] || s.separate || s.denial || s.denialTerm || s.habitual || len(s.speakers) > 0 && !z.sameSpeakers(s, out, claimSent, si) {
			continue
		}
		if z.mentionsPrevious(s) {
			continue // "the group was already blamed for the 2015 blackouts"
		}
		var idx []int
		if s.reputation {
			idx = reputationFrame(si, out, claimSent, published)
		} else {
			idx = z.frameOf(s, si, out, claimSent, published)
		}
		if len(idx) == 0 {
			// the sentence that gave a claim its victims describes its incident
			for i := range out {
				// the claim's sentence and stance first, then its map
				// (issue 11: a look-up per claim and sentence)
				if abs(si-claimSent[i]) > 1 || out[i].Stance != claim.StanceAccusation {
					continue
				}
				if ev, ok := out[i].Sources[claim.SourceVictims]; ok && ev.Start == s.sp.start {
					idx = append(idx, i)
				}
			}
		}
		if len(idx) == 0 {
			continue
		}
		p := x.sentencePeriod(z, s, z.text, z.lx.lang, published)
		if p.IsZero() || episode(out, p) {
			continue
		}
		ev := z.evidence(s)
		for _, i := range idx {
			if out[i].AttackPeriod == nil {
				pp := *p
				out[i].AttackPeriod = &pp
				out[i].SetSource(claim.SourceAttackPeriod, ev)
			}
		}
	}
	shareFrames(out, claimSent, sents, true)
	// "a fresh espionage campaign", « la nouvelle campagne »: an attack told
	// as new, dated by no sentence of the article, is of the publication year.
	// An earlier accusation's own period ("In 2021, Britain had blamed the
	// agency for an attack in 2015") dates that story, not the news: only a
	// current claim's period makes the defaults below unneeded
	for i := range out {
		if out[i].AttackPeriod != nil && recentClaim(out[i].ClaimDate, published) || !published.Valid() {
			return
		}
	}
	for i := range out {
		if out[i].Stance == claim.StanceAccusation && z.recentAttack(sents[claimSent[i]]) {
			y := claim.Date(string(published)[:4])
			out[i].AttackPeriod = &claim.Period{Start: y, End: y}
		}
	}
	// "the attack that crippled hospitals … in May", "The outage hit the
	// region on Dec. 23": a current accusation's attack dated in the
	// article without its year is of the year that date falls in
	var y claim.Date
	for _, s := range sents {
		if !s.attack && !s.cyber || s.separate || s.denial {
			continue
		}
		sent := z.text[s.sp.start:s.sp.end]
		d, expr := z.dateSentence(sent, z.lx.lang, published).YearlessAttackDate()
		if i := strings.Index(sent, expr); d.Valid() && i >= 0 && !z.disclosedBefore(s, s.sp.start+i) {
			// disclosedBefore: "a cyberattack … that was made public in
			// March" dates the disclosure
			y = claim.Date(string(d)[:4])
			break
		}
	}
	for i := range out {
		if y != "" && out[i].AttackPeriod == nil && out[i].Stance == claim.StanceAccusation && currentClaim(out[i].ClaimDate, published) {
			out[i].AttackPeriod = &claim.Period{Start: y, End: y}
		}
	}
}

// episode reports a period that falls inside a closed span some claim of
// the article already holds ("between 2019 and 2024" beside "From 2023,
// its operators also exploited flaws in network devices"): a phase of that
// campaign, whose dates are no attack period of their own.
func episode(out []claim.Claim, p *claim.Period) bool {
	for i := range out {
		q := out[i].AttackPeriod
		if q == nil || q.Start == "" || q.End == "" || *q == *p {
			continue
		}
		in := func(d claim.Date) bool {
			return d == "" || string(d) >= string(q.Start) && string(d[:min(len(d), len(q.End))]) <= string(q.End)
		}
		if in(p.Start) && in(p.End) && (p.Start != "" || p.End != "") {
			return true
		}
	}
	return false
}

// reputationFrame returns the claims a sentence telling what an actor is
// known for frames: that past ("The group is best known for the SolarWinds
// attack discovered in December 2020") is the incident of an earlier
// accusation told right after it ("In April 2021, Washington blamed the SVR
// for the SolarWinds campaign"), never of the news around it.
func reputationFrame(si int, out []claim.Claim, claimSent []int, published claim.Date) []int {
	var idx []int
	for i, cj := range claimSent {
		if cj > si && cj <= si+2 && out[i].Stance == claim.StanceAccusation && !recentClaim(out[i].ClaimDate, published) {
			idx = append(idx, i)
		}
	}
	return idx
}

// frameOf returns the claims whose incident sentence s describes: s names
// their accused group, or refers back to it ("the campaign", « ces
// attaques ») right after them, and names no other group of its own; or,
// in an article whose accusations all name one accused, s is an attack
// sentence naming no group ("The intrusion began in March 2021.") that is
// the lead or within frameWindow of a claim: further on, with no anaphor,
// it tells another incident ("In the summer of 2023, a cyberattack stopped
// trains…" in a background paragraph).
func (z *analyzer) frameOf(s *sentence, si int, out []claim.Claim, claimSent []int, published claim.Date) []int {
	var groups []claim.Entity
	for _, k := range s.ms {
		if m := &z.ms[k]; m.Entity.Kind == claim.KindGroup && m.accusedOK() && !z.persona(m, s.t0) {
			// (a mask the attack was claimed under names no other actor)
			groups = append(groups, z.entity(k))
		}
	}
	// an anaphor anywhere: "the CVERC said the attacks began in 2022"
	ana := s.accusedAna
	for _, mt := range s.matches {
		ana = ana || mt.cat == catAnaAccused
	}
	if len(groups) == 0 && !(ana && s.attack) {
		near := si <= 2 // the lead tells the article's incident
		for _, cj := range claimSent {
			near = near || abs(si-cj) <= frameWindow
		}
		if (s.attack || s.cyber) && near {
			// one incident in the article: "The intrusion began in
			// March 2021." needs no name to be about it
			return z.singleIncident(out)
		}
		return nil
	}
	if len(groups) == 0 && z.recentAttack(s) {
		// "In the new wave of attacks, …, the adversary used…": the news's
		// incident, so the current claims', not those of the history told
		// in the sentence before
		var idx []int
		for i := range out {
			if out[i].Stance != claim.StanceAccusation || out[i].Accused == nil || !recentClaim(out[i].ClaimDate, published) {
				continue
			}
			// "Sea Turtle … was first documented by Cisco Talos in April
			// 2019": a claim sentence dated a year before the news tells
			// the history, whatever date of saying was read in it
			if d := z.dateSentence(out[i].Evidence.Sentence, z.lx.lang, published).OnlyDate(); d.Valid() && len(published) >= 4 && string(d)[:4] < string(published)[:4] {
				continue
			}
			idx = append(idx, i)
		}
		if len(idx) > 0 {
			return idx
		}
	}
	// the nearest claim sentence: before s for an anaphor, either side for a name
	best := -1
	for i, cj := range claimSent {
		d := si - cj
		if d < 0 {
			d = -d
		}
		if d > frameWindow || d == 0 || out[i].Stance != claim.StanceAccusation || out[i].Accused == nil {
			continue
		}
		if len(groups) == 0 && cj > si {
			continue
		}
		if len(groups) > 0 && !containsActor(groups, *out[i].Accused) {
			continue
		}
		if best < 0 || abs(si-claimSent[best]) > d {
			best = i
		}
	}
	if best < 0 {
		if len(groups) == 0 && (s.attack || s.cyber) {
			// "the hackers", "this campaign" further on than the window in
			// an article of one incident still speak of it
			return z.singleIncident(out)
		}
		return nil
	}
	var idx []int
	for i, cj := range claimSent {
		if cj == claimSent[best] && out[i].Stance == claim.StanceAccusation {
			idx = append(idx, i)
		}
	}
	// every group s names must be the frame's: a new group is a new story
	for _, g := range groups {
		found := false
		for _, i := range idx {
			found = found || sameActor(g, *out[i].Accused) // sameActor compares keys first
		}
		if !found {
			return nil
		}
	}
	return idx
}

// sameSpeakers reports whether the speakers of s are the accusers of the
// claims near it ("ESET said the campaign began in 2019" after an ESET claim).
func (z *analyzer) sameSpeakers(s *sentence, out []claim.Claim, claimSent []int, si int) bool {
	sp := z.entities(s.speakers, true)
	// sameEntities(sp, the accusers of the claims within the window),
	// read in place rather than copied into a list per sentence
	inWindow := func(i int) bool { return abs(si-claimSent[i]) <= frameWindow && out[i].Accuser != nil }
	if len(sp) == 0 || !hasIndex(len(claimSent), inWindow) {
		return false
	}
	for _, e := range sp {
		if !hasIndex(len(claimSent), func(i int) bool { return inWindow(i) && sameEntity(e, *out[i].Accuser) }) {
			return false
		}
	}
	return true
}

// hasIndex reports whether ok holds for some index below n.
func hasIndex(n int, ok func(int) bool) bool {
	for i := 0; i < n; i++ {
		if ok(i) {
			return true
		}
	}
	return false
}

// frameDates gives every claim of one statement one claim date: a claim
// whose sentence names no date of saying takes the date named by the
// nearest claim of the same accuser (or of an unnamed one) about the same
// accused, instead of the publication date.
func (x *Extractor) frameDates(z *analyzer, sents []*sentence, out []claim.Claim, claimSent []int, published claim.Date) {
	// a donor date is a day of the publication week ("on Tuesday", « jeudi
	// dernier », yesterday) that build read with SaidDate, so not the day
	// of an attack; a full date further back may be an event's
	pub, okPub := published.Time()
	own := make([]bool, len(out))
	donor := make([]bool, len(out))
	parsed := map[int]bool{} // evidence start → the sentence names a claim date
	for i := range out {
		d := out[i].ClaimDate
		if d != published {
			own[i] = d.Valid()
		} else {
			v, ok := parsed[out[i].Evidence.Start]
			if !ok {
				v = z.dateSentence(out[i].Evidence.Sentence, z.lx.lang, published).ClaimDate().Valid() // cached: the claim's sentence was analysed already
				parsed[out[i].Evidence.Start] = v
			}
			own[i] = v
		}
		if !okPub || d == published || d.Precision() < claim.PrecisionMonth {
			continue
		}
		// a month named relative to publication ("late last month") dates
		// its statement too: the month's first day is at most two months back
		window := 8 * 24 * time.Hour
		if d.Precision() == claim.PrecisionMonth {
			window = 62 * 24 * time.Hour
		}
		if t, ok := d.Time(); ok && !t.After(pub) && pub.Sub(t) <= window {
			donor[i] = true
		}
	}
	var sameDay sentFlags // sameDayDonor's answers by sentence
	for i := range out {
		c := &out[i]
		if own[i] || c.Stance != claim.StanceAccusation || c.Accused == nil {
			continue
		}
		// "The FBI attributed the hack to Silk Typhoon. The bureau made the
		// announcement on Friday.", « L'annonce a été faite vendredi »: the
		// next sentence dates the statement without a claim of its own
		if d, k := z.announcementDate(sents, claimSent[i], published, pub, okPub); d.Valid() {
			c.ClaimDate = d
			c.SetSource(claim.SourceClaimDate, z.evidence(sents[k]))
			own[i] = true
			continue
		}
		if j := z.sameDayDonor(sents, out, claimSent, own, i, &sameDay); j >= 0 {
			// "Prague said the same day that…", « Le même jour, Londres
			// lui avait imputé… »: the day of the claim told before
			c.ClaimDate = out[j].ClaimDate
			c.SetSource(claim.SourceClaimDate, out[j].Evidence)
			own[i] = true
			continue
		}
		if d, k := z.thenDate(sents, claimSent[i], published); d.Valid() {
			c.ClaimDate = d
			c.SetSource(claim.SourceClaimDate, z.evidence(sents[k]))
			own[i] = true
			continue
		}
		best := -1
		for j := range out {
			d := &out[j]
			if !donor[j] || j == i || d.Stance != claim.StanceAccusation || d.Accused == nil || d.ClaimDate == c.ClaimDate {
				continue
			}
			// the headline sums the statement up with another name for the
			// same side ("China names NSA agents" over "the bureau said the
			// agency's Office of Tailored Access Operations…"): the accused's
			// state is enough
			headline := claimSent[i] == 0 && c.Accused.Country != "" && d.Accused.Country == c.Accused.Country
			if !(sameActorP(d.Accused, c.Accused) || headline) { // keys first, then states
				continue
			}
			if c.Accuser != nil && (d.Accuser == nil || !sameEntityP(c.Accuser, d.Accuser)) {
				continue
			}
			if best < 0 || abs(claimSent[j]-claimSent[i]) < abs(claimSent[best]-claimSent[i]) {
				best = j
			}
		}
		if best >= 0 {
			c.ClaimDate = out[best].ClaimDate
			c.SetSource(claim.SourceClaimDate, out[best].Evidence)
		}
	}
}

// containsActor reports whether e is among es, by key or by state.
func containsActor(es []claim.Entity, e claim.Entity) bool {
	for _, f := range es {
		if keyEqual(f, e) {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// shareFrames gives the claims of one frame (same accused, same or no named
// accuser, sentences at most frameWindow apart) the attack period and the
// victims any of them has, each recorded as carried from its sentence.
func shareFrames(out []claim.Claim, claimSent []int, sents []*sentence, victims bool) {
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || c.Accused == nil || !victims && c.AttackPeriod != nil {
			continue // (periods only: a claim with one takes nothing, issue 11)
		}
		for j := range out {
			d := &out[j]
			if j == i || d.Stance != claim.StanceAccusation || d.Accused == nil || abs(claimSent[i]-claimSent[j]) > frameWindow {
				continue
			}
			// nothing d could give c, no actor comparison (issue 11)
			givesPeriod := c.AttackPeriod == nil && d.AttackPeriod != nil
			if !givesPeriod && (!victims || len(d.Victims) == 0) {
				continue
			}
			// a state and its group or organ ("accused China …", "named
			// APT31 as the group behind …") are one incident's accused: the
			// period is shared between them, the victims only by one accused
			sameKey := keyEqualP(d.Accused, c.Accused)
			if !sameKey && (!sameActorP(c.Accused, d.Accused) || sents[claimSent[i]].separate || sents[claimSent[j]].separate) {
				// "Separately, the Treasury sanctioned a hacker of APT27…"
				// after "The Justice Department charged Chinese nationals…"
				continue
			}
			// a title claim names no accuser: it frames the same incident as the
			// body's claims about its accused
			title := claimSent[i] == 0 || claimSent[j] == 0
			if !title && ((c.Accuser == nil) != (d.Accuser == nil) || c.Accuser != nil && d.Accuser != nil && !sameEntityP(c.Accuser, d.Accuser)) {
				continue
			}
			if title && c.Accuser != nil && d.Accuser != nil && !sameEntityP(c.Accuser, d.Accuser) {
				continue
			}
			if c.AttackPeriod == nil && d.AttackPeriod != nil {
				p := *d.AttackPeriod
				c.AttackPeriod = &p
				src := d.Evidence
				if ev, ok := d.Sources[claim.SourceAttackPeriod]; ok {
					src = ev
				}
				c.SetSource(claim.SourceAttackPeriod, src)
			}
			if !sameKey || !victims {
				continue
			}
			for _, v := range d.Victims {
				dup := v.Country == "" || v.Country == c.Accused.Country
				for _, cv := range c.Victims {
					dup = dup || cv.Country == v.Country
				}
				if !dup {
					c.Victims = append(c.Victims, v)
					c.SetSource(claim.SourceVictims, d.Evidence)
				}
			}
		}
	}
}

// frameVictims gives the claims of an incident the victims a sentence
// about it names further away than the rules' continuation reaches ("The
// attacks hit ministries in Lithuania and Latvia." two paragraphs on, "The
// hackers were found inside ministries in Belgium.", "Hospitals in Canada
// were among the victims."): an attack, cyber or victims-marker sentence with target-position states, no claim, speaker, denial
// or other story of its own, whose groups (if any) are the claims'. The
// victims go to the claims of the nearest claim sentence, before or after
// it (a lead sentence "Hackers hit ministries in Lithuania." before the
// claim).
func (z *analyzer) frameVictims(sents []*sentence, out []claim.Claim, claimSent []int, isEvidence map[int]bool) {
	for si, s := range sents {
		if isEvidence[si] || len(s.victims) == 0 || !(s.attack || s.cyber || s.contMark) || s.separate || s.denial || s.denialTerm || s.habitual || s.reputation ||
			len(s.speakers) > 0 && !z.discoveredBySame(s, out, claimSent, si) || len(s.deniers) > 0 || z.mentionsPrevious(s) || (backgroundBlame(s) && si > 1) {
			continue
		}
		best := -1
		for i, cj := range claimSent {
			if cj != si && out[i].Stance == claim.StanceAccusation && out[i].Accused != nil && (best < 0 || abs(cj-si) < abs(claimSent[best]-si)) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		var idx []int
		for i, cj := range claimSent {
			if cj == claimSent[best] && out[i].Stance == claim.StanceAccusation && out[i].Accused != nil {
				idx = append(idx, i)
			}
		}
		// "the group" of a sentence near claims that accuse only states
		// is another claim's group (« le groupe, actif depuis 2004, s'en
		// est pris à … » after a list of sanctioned states)
		ok := !(s.accusedAna && !s.eventAna && onlyStates(out, idx))
		for _, k := range s.accused {
			e := z.entity(k)
			found := false
			for _, i := range idx {
				// a state organ stands for its state's groups too: "officers
				// of Russia's GRU were charged with…" beside claims about
				// Sandworm, the GRU unit
				organ := e.Kind == claim.KindAgency && e.Country != "" && e.Country == out[i].Accused.Country
				found = found || organ || sameActor(e, *out[i].Accused)
			}
			ok = ok && found
		}
		if !ok {
			continue
		}
		vs := z.victimEntities(s.victims)
		ev := z.evidence(s)
		for _, i := range idx {
			addVictims(out[i:i+1], vs, ev)
		}
	}
}

// discoveredBySame reports a sentence telling an incident as found by the
// accusers of the claims near it ("The operation, uncovered by Kaspersky,
// hit embassies in Iran…" before "Kaspersky attributed it to Turla"): its
// speakers are those accusers and it holds a discovery word. Other
// sentences with speakers are accounts of their own (a report's aside, an
// official's summary of other charges) whose places are not this incident's.
func (z *analyzer) discoveredBySame(s *sentence, out []claim.Claim, claimSent []int, si int) bool {
	found := false
	for t := s.t0; t < s.t1 && !found; t++ {
		found = z.is(t, clsDiscovery)
	}
	return found && z.sameSpeakers(s, out, claimSent, si)
}

// onlyStates reports that every claim out[idx] accuses a state itself,
// none a group or organ.
func onlyStates(out []claim.Claim, idx []int) bool {
	for _, i := range idx {
		if out[i].Accused.Kind != claim.KindState {
			return false
		}
	}
	return true
}

// headlinePassive reports a title's passive without its auxiliary: a
// participle ending the title or followed by its agent ("Czech ministry
// hacked", "Dutch police hit by cyberattack", « Des hôpitaux polonais visés
// par des pirates »).
func (z *analyzer) headlinePassive(mt match, a, b int) bool {
	if a >= len(z.toks) || z.toks[a].start != 0 || !z.participleAt(mt.i) && !z.participleAt(mt.j-1) {
		return false
	}
	return mt.j >= b || z.has(catAgentPrep, mt.j) || z.boundary(mt.j)
}

// singleIncident returns every accusation of an article whose accusations
// all name one accused (or accused of one state): an attack sentence that
// names no group of its own then speaks of that incident.
func (z *analyzer) singleIncident(out []claim.Claim) []int {
	var idx []int
	var first *claim.Entity
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || c.Accused == nil {
			continue
		}
		if first == nil {
			first = c.Accused
		} else if !sameActorP(first, c.Accused) {
			return nil
		}
		idx = append(idx, i)
	}
	return idx
}

// announcementDate returns the day of saying named by one of the two
// sentences after the claim sentence si, when that sentence has a statement
// noun ("announcement", "statement", « annonce »), no accused and no other
// speaker: it tells when the claim was made. The day must fall in the week
// before publication, as the donors of frameDates do.
func (z *analyzer) announcementDate(sents []*sentence, si int, published claim.Date, pub time.Time, okPub bool) (claim.Date, int) {
	if !okPub || si < 0 {
		return "", -1
	}
	for k := si + 1; k < len(sents) && k <= si+2; k++ {
		s := sents[k]
		if len(s.accused) > 0 || len(s.ambAccused) > 0 || s.denial || s.separate || len(s.speakers) > 0 && !s.hasAnaphor {
			return "", -1
		}
		noun := false
		for t := s.t0; t < s.t1 && !noun; t++ {
			noun = z.is(t, clsStatementNouns)
		}
		if !noun {
			continue
		}
		d := z.dateSentence(z.text[s.sp.start:s.sp.end], z.lx.lang, published).SaidDate()
		if d.Precision() < claim.PrecisionDay {
			continue
		}
		if t, ok := d.Time(); ok && !t.After(pub) && pub.Sub(t) <= 8*24*time.Hour {
			return d, k
		}
	}
	return "", -1
}

// sameDayDonor returns the claim whose date claim i's statement takes
// when told as made "the same day" (same_words beside day_words: « le même
// jour », « le jour même »): the nearest claim before it, in an earlier
// sentence, that names its own date; -1 when the sentence says no such
// thing or no claim before has a date of its own. flags keeps each
// sentence's answer: several claims share a sentence.
func (z *analyzer) sameDayDonor(sents []*sentence, out []claim.Claim, claimSent []int, own []bool, i int, flags *sentFlags) int {
	const both = 1<<cls2Same | 1<<cls2Day
	if z.cls2Seen&both != both {
		return -1
	}
	si := claimSent[i]
	same, known := flags.get(si)
	if !known {
		s := sents[si]
		for t := s.t0; t+1 < s.t1 && !same; t++ {
			same = z.is2(t, cls2Same) && z.is2(t+1, cls2Day) || z.is2(t, cls2Day) && z.is2(t+1, cls2Same)
		}
		flags.set(si, same)
	}
	if !same {
		return -1
	}
	best := -1
	for j := range out {
		if own[j] && claimSent[j] < si && out[j].ClaimDate.Valid() && (best < 0 || claimSent[j] > claimSent[best]) {
			best = j
		}
	}
	return best
}

// sentFlags keeps a yes/no answer per sentence index: the first 128 in
// two bit sets on the stack, the others not kept.
type sentFlags struct{ known, yes [2]uint64 }

func (f *sentFlags) get(si int) (yes, known bool) {
	if si >= 128 {
		return false, false
	}
	w, b := si/64, uint(si%64)
	return f.yes[w]>>b&1 != 0, f.known[w]>>b&1 != 0
}

func (f *sentFlags) set(si int, yes bool) {
	if si >= 128 {
		return
	}
	w, b := si/64, uint(si%64)
	f.known[w] |= 1 << b
	if yes {
		f.yes[w] |= 1 << b
	}
}

// thenDate returns the date of a statement told as made "at the time" of
// the event the sentence before names ("Microsoft first disclosed the
// breach last July. In a blog post at the time, Microsoft said…", « En
// septembre, le FBI avait démantelé le réseau. Son directeur avait alors
// affirmé… »): the one month or day that sentence names, before
// publication, and the index of that sentence.
func (z *analyzer) thenDate(sents []*sentence, si int, published claim.Date) (claim.Date, int) {
	if si < 1 || si >= len(sents) || !published.Valid() {
		return "", -1
	}
	then := false
	for _, mt := range sents[si].matches {
		then = then || mt.cat == catThen
	}
	if !then {
		return "", -1
	}
	p := sents[si-1]
	d := z.dateSentence(z.text[p.sp.start:p.sp.end], z.lx.lang, published).OnlyDate()
	if !d.Valid() || string(d) > string(published) {
		return "", -1
	}
	return d, si - 1
}

// backgroundBlame reports a sentence whose accusation is in the passive
// with no accuser the rules could name ("The same hackers have been blamed
// by Western governments for the 2015 blackouts in Ukraine", « La même
// unité a été accusée par des chercheurs des attaques contre l'Ukraine »):
// an earlier attribution by someone else, whose targets are not the
// victims of the claims around it.
func backgroundBlame(s *sentence) bool {
	return s.strong && s.passiveAcc && len(s.speakers) == 0
}

// currentClaim reports an accusation made within currentDays before
// publication: news of the week, whose attack, dated by no sentence of the
// article, is of the publication year.
func currentClaim(d, published claim.Date) bool {
	if d.Precision() != claim.PrecisionDay {
		return false
	}
	t, ok := d.Time()
	p, okp := published.Time()
	return ok && okp && published.Precision() == claim.PrecisionDay && !t.After(p) && p.Sub(t) <= currentDays*24*time.Hour
}

// recentClaim reports a claim date of the news rather than of an earlier
// story: a current day (currentClaim), the publication date itself, or a
// month of saying in the publication's month ("Earlier this month
// Microsoft reported…").
func recentClaim(d, published claim.Date) bool {
	if d == published || currentClaim(d, published) {
		return true
	}
	return d.Valid() && d.Precision() == claim.PrecisionMonth && len(published) >= 7 && string(d) == string(published)[:7]
}

// currentDays is how many days before publication an accusation is news.
const currentDays = 7
