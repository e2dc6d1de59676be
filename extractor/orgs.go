package extractor

import (
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// Organisations outside the entity table are found by their shape: a
// capitalised name of up to four words framed by a corporate or research
// cue ("researchers at Hunt Labs", "security firm Silent Push", « les
// chercheurs de Harfang Lab », "Proofpoint researchers") or ending in an
// organisation word ("Check Point Research", "Black Lotus Labs"). They
// become company mentions whose Name is the lower-case short name the
// claim keys on ("check point"). The words are per-language lexicon data.

const maxOrgWords = 4

// orgShapes adds a company mention for each organisation found by shape
// that no table mention covers.
func (z *analyzer) orgShapes() {
	lx := z.lx
	if len(lx.orgBefore) == 0 && len(lx.orgSuffix) == 0 && len(lx.orgAfter) == 0 {
		return
	}
	first := len(z.ms)
	for i := 0; i < len(z.toks); i++ {
		if !z.orgWord(i) || z.tokMent[i] >= 0 {
			continue
		}
		// the capitalised run [i, j)
		j, words := i, 0
		for j < len(z.toks) && words < maxOrgWords && z.tokMent[j] < 0 {
			if z.orgWord(j) || (j > i && z.toks[j].word && isDigits(z.w(j))) {
				words++
				j++
				continue
			}
			if j > i && (z.w(j) == "&" || z.w(j) == "-") && j+1 < len(z.toks) && z.orgWord(j+1) {
				j++
				continue
			}
			break
		}
		if j < len(z.toks) && z.orgWord(j) {
			i = j // a longer capitalised run is a title or a name of something else
			continue
		}
		start := i
		if z.sentenceStart(i) && (z.is(i, clsArticles) || z.has(catSource, i)) {
			start++ // "The Hunt Labs team", « Selon SektorCERT, … »
		}
		// "Security Research" in a Title Case headline is no firm's name
		if start >= j || z.is(start, clsOrgNonHead) || z.is(start, clsOrgSuffix) || z.is(start, clsInstitution) {
			i = j - 1
			continue
		}
		before := z.orgCueBefore(start) || z.orgHeadBefore(start)
		suffix := j-start >= 2 && z.is(j-1, clsOrgSuffix)
		// "Zorbex researchers said…" opening a sentence is a firm when the
		// article writes the name capitalised inside a sentence too
		// ("…, according to Zorbex"); "Independent researchers" is not
		after := j < len(z.toks) && z.is(j, clsOrgAfter) && (!z.sentenceStart(start) || z.namedInside(start, j))
		inst := z.hasInstitution(start, j)
		if inst && suffix && !z.is(j-1, clsOrgNonHead) && !z.hasInstitution(start, j-1) && z.plainNames(start, j-1) {
			// "Kestrel Intelligence linked…": the institution word is the
			// firm's suffix after a name the lexicon does not know (not
			// "Military Intelligence")
			inst = false
		}
		// "SektorCERT said…": one word fusing a name and an acronym is an
		// organisation's, not a person's ("McCaul", "DeSantis" fuse no run
		// of three capitals)
		// (not a tool's: "the CrimsonRAT implant")
		fused := j-start == 1 && fusedAcronym(z.text[z.toks[start].start:z.toks[start].end]) && !(j < len(z.toks) && z.is(j, clsToolNouns))
		// "Hunt & Hackett said…": capitalised names joined by an ampersand
		// are a firm's, as persons' names never are
		amp := false
		for t := start + 1; t < j-1 && !amp; t++ {
			amp = z.w(t) == "&"
		}
		if !(before || suffix || after || fused || amp || z.orgAppositive(j)) || inst || z.titleCase(start) {
			i = j - 1
			continue
		}
		z.addOrg(start, j)
		i = j - 1
	}
	z.orgRepeats(first)
}

// orgRepeats adds the later mentions of the organisations found by shape
// from the mention k0 on: once "security firm Hunt & Hackett" has named the
// firm, "Hunt & Hackett said" further on is the same firm, with no cue.
func (z *analyzer) orgRepeats(k0 int) {
	n := len(z.ms)
	for k := k0; k < n; k++ {
		o := z.ms[k]
		l := o.t1 - o.t0
		for i := 0; i+l <= len(z.toks); i++ {
			if z.tokMent[i] >= 0 || !z.orgWord(i) || (i > 0 && z.orgWord(i-1)) || (i+l < len(z.toks) && z.orgWord(i+l)) {
				continue
			}
			same := true
			for d := 0; d < l && same; d++ {
				same = z.tokMent[i+d] < 0 && z.w(i+d) == z.w(o.t0+d) && z.toks[i+d].upper == z.toks[o.t0+d].upper
			}
			if same {
				z.addRuleMention(i, i+l, o.Entity.Name, claim.KindCompany)
				i += l - 1
			}
		}
	}
}

// namedInside reports whether the words of tokens [a, b) occur again,
// capitalised alike, at a place that does not open a sentence: a name, not
// a sentence-initial common word.
func (z *analyzer) namedInside(a, b int) bool {
	l := b - a
	for i := 0; i+l <= len(z.toks); i++ {
		if i == a || z.sentenceStart(i) || !z.orgWord(i) {
			continue
		}
		same := true
		for d := 0; d < l && same; d++ {
			same = z.w(i+d) == z.w(a+d) && z.toks[i+d].upper == z.toks[a+d].upper
		}
		if same {
			return true
		}
	}
	return false
}

// orgAppositive: an apposition naming a firm follows the capitalised run
// ending before token j: a comma, an optional article, at most one
// lower-case word or demonym, then a firm cue ("Zorbex, a Dutch security
// firm, said…", « Zorbex, une entreprise de cybersécurité, affirme… »). A
// person's apposition names a role before any firm ("Smith, a researcher at
// security firm Zorbex") and stays a person.
func (z *analyzer) orgAppositive(j int) bool {
	if j+1 >= len(z.toks) || z.w(j) != "," {
		return false
	}
	t := j + 1
	article := z.is(t, clsArticles)
	if article {
		t++
	}
	for extra := 0; extra <= 1 && t+extra < len(z.toks); extra++ {
		c := t + extra
		if extra == 1 {
			k := z.tokMent[t]
			demonym := k >= 0 && z.ms[k].Form == normalizer.FormDemonym && z.ms[k].t1 == c
			// "a Virginia-based security company": a place compound
			// (after an article: "the Reston, Virginia-based company" names Reston's state)
			placed := article && z.toks[t].word && z.toks[t].upper && strings.Contains(z.w(t), "-") && !z.boundary(t)
			if !demonym && !placed && (!z.toks[t].word || z.toks[t].upper || z.boundary(t)) {
				return false
			}
		}
		if z.tokMent[c] >= 0 {
			continue
		}
		n := z.phraseAt(c, z.lx.orgBefore)
		if n == 0 && z.is2(c, cls2OrgHeads) {
			n = 1
		}
		// the cue must describe the run, not introduce another name
		// ("a researcher at security firm Zorbex", "an analyst at Zorbex")
		if e := c + n; n > 0 && (e >= len(z.toks) || !z.orgWord(e) && z.phraseAt(e, z.lx.orgBefore) == 0) {
			return true
		}
	}
	return false
}

// phraseAt returns the length in tokens of the longest of the phrases
// that starts at token i, 0 when none does.
func (z *analyzer) phraseAt(i int, phrases [][]string) int {
	best := 0
	for _, ws := range phrases {
		if len(ws) > best && i+len(ws) <= len(z.toks) && z.wordsAt(i, ws) {
			best = len(ws)
		}
	}
	return best
}

// orgWord: a capitalised word that may be part of an organisation's name.
func (z *analyzer) orgWord(i int) bool {
	t := &z.toks[i] // not a copy of the token, at every token of the text
	// the capital first: most tokens fail there
	return t.upper && t.word && len(t.w) > 1
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// sentenceStart: token i opens a sentence, a line or the text.
func (z *analyzer) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := z.w(i - 1)
	if p == "." || p == "!" || p == "?" || isQuote(p) || p == ":" {
		return true
	}
	return strings.Contains(z.text[z.toks[i-1].end:z.toks[i].start], "\n")
}

// orgCueBefore: a cue phrase ends right before token i.
func (z *analyzer) orgCueBefore(i int) bool {
	if i < 1 || !z.is(i-1, clsPhraseLast) {
		return false // no cue ends at i-1 (issue 11)
	}
	for _, ws := range z.lx.orgBefore {
		if z.phraseEndsAt(ws, i) {
			return true
		}
	}
	return false
}

// orgHeadBefore: a firm's head noun right before token i, a demonym
// allowed between (« le spécialiste taïwanais TeamT5 »; asked by its form,
// the context flags come later, per sentence), or a company noun after a
// cue and an article (« les analystes de la société Elliptic »).
func (z *analyzer) orgHeadBefore(i int) bool {
	p := i - 1
	if p >= 0 && z.tokMent[p] >= 0 && z.ms[z.tokMent[p]].Form == normalizer.FormDemonym {
		p = z.ms[z.tokMent[p]].t0 - 1
	}
	if p < 0 || z.tokMent[p] >= 0 {
		return false
	}
	if z.is2(p, cls2OrgHeads) {
		return true
	}
	return p >= 1 && z.is(p, clsCompanyNoun) && z.is(p-1, clsArticles) && z.orgCueBefore(p-1)
}

// hasInstitution: a public-body word inside the name ("Cyber Security Agency").
func (z *analyzer) hasInstitution(a, b int) bool {
	for t := a; t < b; t++ {
		if z.is(t, clsInstitution) || z.is(t, clsOrgNonHead) {
			return true
		}
	}
	return false
}

// plainNames reports that the tokens [a, b) are capitalised words of no
// lexicon class (a name, not "Military" or "National"); cls2Cyber is no
// class, only hasCyber's answer kept with the word.
func (z *analyzer) plainNames(a, b int) bool {
	for t := a; t < b; t++ {
		if !z.toks[t].word || !z.toks[t].upper || z.info[t].cls != 0 || z.info[t].cls2&^(1<<cls2Cyber) != 0 || z.info[t].cats != 0 {
			return false
		}
	}
	return a < b
}

// addOrg registers tokens [a, b) as a company mention.
func (z *analyzer) addOrg(a, b int) {
	// the key drops a trailing organisation word: "Check Point Research" → "check point"
	e := b
	for _, ws := range z.lx.orgKeyDrop {
		n := len(ws)
		if e-n <= a {
			continue
		}
		ok := true
		for k := 0; k < n; k++ {
			if z.w(e-n+k) != ws[k] {
				ok = false
				break
			}
		}
		if ok {
			e -= n
			break
		}
	}
	// the name as written ("BAE Systems"); keys fold case anyway
	z.addRuleMention(a, b, z.text[z.toks[a].start:z.toks[e-1].end], claim.KindCompany)
}

// titleCase reports whether the line holding token i is written in Title
// Case (most of its words capitalised), as headlines are.
func (z *analyzer) titleCase(i int) bool {
	lo := strings.LastIndexByte(z.text[:z.toks[i].start], '\n') + 1
	hi := strings.IndexByte(z.text[z.toks[i].start:], '\n')
	if hi < 0 {
		hi = len(z.text)
	} else {
		hi += z.toks[i].start
	}
	words, caps := 0, 0
	for _, t := range tokenize(z.text, lo, hi) {
		if !t.word || len(t.w) <= 3 {
			continue // short function words stay lower case in titles
		}
		words++
		if t.upper {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// mediaSpeaker returns the newspaper or agency that reports an attribution
// in its own name ("The Wall Street Journal reported that Salt Typhoon had
// breached…", « selon Le Monde, APT31 … »), when the sentence names no
// other accuser and relays no one ("citing officials", « selon des sources »).
func (z *analyzer) mediaSpeaker(s *sentence) *claim.Entity {
	for t := s.t0; t < s.t1; t++ {
		if z.is(t, clsMediaRelay) {
			return nil
		}
	}
	isMedia := func(m *ment) bool { return m.Entity.Kind == claim.KindMedia && !m.neg }
	for _, mt := range s.matches {
		switch mt.cat {
		case catReport, catAccuse, catAttribute:
			// "The Washington Post reported that…", "A Wall Street Journal
			// investigation linked…", « Une enquête de Mediapart attribue… »
			if sub := z.leftSubject(mt.i, s.t0, isMedia); len(sub.ids) == 1 {
				e := z.entity(sub.ids[0])
				return &e
			}
		case catSource:
			// « d'après les informations du Figaro »: a few words may come first
			for t := mt.j; t < s.t1 && t <= mt.j+4; t++ {
				if k := z.tokMent[t]; k >= 0 {
					if isMedia(&z.ms[k]) {
						e := z.entity(k)
						return &e
					}
					break
				}
				if z.isPunct(t) {
					break
				}
			}
		}
	}
	return nil
}

// groupNames adds a group mention for a capitalised name of up to three
// words right after a group-name cue ("which calls itself CrazyHunter",
// « baptisé Void Blizzard ») when an attacker noun ("group", « pirates »)
// comes within groupCueReach tokens before the cue, and no table mention
// covers it.
// A tool noun nearer the cue ("a tool called", « un logiciel baptisé »)
// names a tool, a malware or a campaign, not the group.
func (z *analyzer) groupNames() {
	// the tokens that start a cue (once, rather than every token per cue)
	// and the attacker nouns qualifiedGroups starts from, in one pass over
	// the article's classes
	var atBuf, attBuf [64]int
	at, attackers := atBuf[:0], attBuf[:0]
	if z.clsSeen&(1<<clsGroupCueFirst|1<<clsAttacker) != 0 {
		info := z.info // in a register through the loop (the appends could write z.info, for all the compiler knows)
		for i := range info {
			if c := info[i].cls; c&(1<<clsGroupCueFirst|1<<clsAttacker) != 0 {
				if c&(1<<clsGroupCueFirst) != 0 {
					at = append(at, i)
				}
				if c&(1<<clsAttacker) != 0 {
					attackers = append(attackers, i)
				}
			}
		}
	}
	z.qualifiedGroups(attackers)
	if len(at) == 0 {
		return
	}
	for _, ws := range z.lx.groupNameCues {
		n := len(ws)
		for _, i := range at {
			if i+n >= len(z.toks) {
				break
			}
			ok := true
			for k := 0; k < n; k++ {
				if z.w(i+k) != ws[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			a := i + n
			if a < len(z.toks) && z.is(a, clsArticles) && !z.toks[a].upper {
				a++
			}
			// a quoted name ("calling itself \"Team Insane PK\"", « se faisant
			// appeler « Zorbix » »): the quotes bound it, and a state name
			// inside it is part of the name ("Pakistan Cyber Force")
			quoted := a+1 < len(z.toks) && isQuote(z.w(a)) && z.orgWord(a+1)
			if quoted {
				a++
			}
			if a >= len(z.toks) || (z.tokMent[a] >= 0 && !quoted) || !z.orgWord(a) {
				continue
			}
			attacker, tiedTo := false, ""
			for t := i - 1; t >= 0 && t >= i-groupCueReach; t-- {
				if z.is(t, clsToolNouns) {
					break // "Agents used a tool called Perseus": the name is the tool's
				}
				if z.is(t, clsAttacker) {
					// "a Chinese hacker known as Zhou Shuai": one person
					attacker = !z.is2(t, cls2PersonAttacker)
					tiedTo = z.tiedCompound(t - 1)
					break
				}
				if z.hardStop(t) {
					break
				}
			}
			if !attacker {
				continue
			}
			if quoted {
				z.quotedGroups(a)
				continue
			}
			b := a
			for b < len(z.toks) && b-a < 3 && z.tokMent[b] < 0 && (z.orgWord(b) || (b > a && z.toks[b].word && isDigits(z.w(b)))) {
				b++
			}
			z.addGroup(a, b)
			if tiedTo != "" {
				// "a China-aligned group it calls TheWizards": the compound ties
				// the group it names to that state
				z.ms[len(z.ms)-1].Entity.Country = tiedTo
			}
		}
	}
}

// groupCueReach is how many tokens before a group-name cue its attacker
// noun may stand: "a previously unknown group it calls CloudWizard" is
// five, « un groupe jusque-là inconnu, qu'il nomme CloudWizard » six.
const groupCueReach = 8

// qualifiedGroups adds a group mention for a capitalised name of up to
// three words right after a group noun that a group qualifier describes,
// before it ("the ransomware group Akira", "the criminal gang Play") or
// after it (« le groupe criminel Play », « le groupe de rançongiciel
// Cuba »): the qualifier says the name is a threat group's, even a common
// word the tables leave out or a country's name. A name the tables give
// to a group, an organ or a company is left to them, and a person noun
// ("hacker") names a person.
//
// attackers are the article's tokens of clsAttacker, in order.
func (z *analyzer) qualifiedGroups(attackers []int) {
	if len(z.lx.groupQualifiers) == 0 {
		return
	}
	// a country's name as a brand before a capitalised qualifier (« un
	// groupe criminel appelé Cuba Ransomware »): the gang, not the state
	// (written lower case, "the Cuba ransomware gang", the gang noun tells).
	// Its own pass, before the gangs below: a name found there first would
	// take the country's token (one bit test a token; none when no word
	// of the article is a qualifier)
	for t := 1; t < len(z.toks) && z.cls2Seen&(1<<cls2GroupQualifiers) != 0; t++ {
		if !z.toks[t].upper || !z.is2(t, cls2GroupQualifiers) {
			continue
		}
		if k := z.tokMent[t-1]; k >= 0 && z.ms[k].t0 == t-1 && z.ms[k].t1 == t && z.ms[k].isState() && z.ms[k].Form == normalizer.FormName {
			z.addGroup(t-1, t)
		}
	}
	// free: no mention, or a country written by its name (not a demonym)
	free := func(u int) bool {
		k := z.tokMent[u]
		return k < 0 || z.ms[k].isState() && z.ms[k].Form != normalizer.FormDemonym
	}
	for _, t := range attackers {
		// ("an email hacking campaign Germany blamed on": a campaign is no group)
		if z.is2(t, cls2PersonAttacker) || z.tokMent[t] >= 0 || z.has(catAttackNoun, t) || z.cyber(t) || z.is2(t, cls2GroupQualifiers) {
			continue
		}
		// a gang noun is its own qualifier (« le gang Lynx »); written
		// after the name ("the Lynx gang", "the Play ransomware gang") it
		// names the words before it
		gang := z.lx.gangNouns[z.w(t)]
		if gang {
			z.gangNamedBefore(t, free)
		}
		q := gang || t > 0 && z.is2(t-1, cls2GroupQualifiers)
		u := t + 1
		for u < len(z.toks) && u <= t+3 {
			if z.is2(u, cls2GroupQualifiers) {
				q, u = true, u+1
				continue
			}
			if (z.is(u, clsArticles) || z.is(u, clsOfPreps)) && u+1 < len(z.toks) && z.is2(u+1, cls2GroupQualifiers) {
				u++
				continue
			}
			break
		}
		// the name in the same line ("… Conti ransomware gang" ending a title
		// is followed by the dateline "SAN JOSÉ")
		if !q || u >= len(z.toks) || !z.orgWord(u) || !free(u) || z.sentenceStart(u) {
			continue
		}
		b := u
		for b < len(z.toks) && b-u < 3 && (z.orgWord(b) || (b > u && z.toks[b].word && isDigits(z.w(b)))) && free(b) {
			b++
		}
		// a country name must end inside the name
		if k := z.tokMent[b-1]; k >= 0 && z.ms[k].t1 > b {
			continue
		}
		z.addGroup(u, b)
	}
}

// gangNamedBefore adds a group mention for the capitalised name of up to
// three words that ends right before gang noun t, or before a group
// qualifier right before it, after an article: "the Lynx gang", "the Play
// ransomware gang". free tells the tokens no other mention holds.
func (z *analyzer) gangNamedBefore(t int, free func(int) bool) {
	e := t
	if e > 0 && z.is2(e-1, cls2GroupQualifiers) {
		e--
	}
	a := e
	for a > 0 && e-a < 3 && z.orgWord(a-1) && free(a-1) && !z.sentenceStart(a-1) {
		a--
	}
	if a == e || a == 0 || !z.is(a-1, clsArticles) {
		return
	}
	// a country name must start inside the name
	if k := z.tokMent[a]; k >= 0 && z.ms[k].t0 < a {
		return
	}
	z.addGroup(a, e)
}

// quotedGroups adds a group mention for the quoted name opening at token a
// (its opening quote at a-1) and for each quoted name listed after it
// ("outfits calling themselves \"Pakistan Cyber Force\", \"Team Insane PK\"
// and \"Mysterious Bangladesh\""): up to five words up to the closing
// quote, none of them a group or organ the tables know.
func (z *analyzer) quotedGroups(a int) {
	for a < len(z.toks) {
		b := a
		for b < len(z.toks) && b-a < 5 && z.toks[b].word && !isQuote(z.w(b)) && (z.tokMent[b] < 0 || z.ms[z.tokMent[b]].isState()) {
			b++
		}
		if b == a || b >= len(z.toks) || !isQuote(z.w(b)) {
			return
		}
		z.addGroup(a, b)
		// the next name of a list: a comma or a coordination, then a quote
		c := b + 1
		for c < len(z.toks) && c <= b+2 && (z.w(c) == "," || z.has(catCoord, c)) {
			c++
		}
		if c == b+1 || c+1 >= len(z.toks) || !isQuote(z.w(c)) || !z.orgWord(c+1) {
			return
		}
		a = c + 1
	}
}

// tiedCompound returns the state of a tie compound at token t ("China-aligned",
// "Iran-linked", "Russia-backed": the state, a hyphen and the second part
// of a state tie word such as "state-aligned"), or "".
func (z *analyzer) tiedCompound(t int) string {
	if t < 0 || z.tokMent[t] < 0 {
		return ""
	}
	m := &z.ms[z.tokMent[t]]
	tok := z.toks[t]
	if !m.isState() || m.country() == "" || m.End >= tok.end || z.text[m.End] != '-' {
		return ""
	}
	if z.lx.tie["state-"+fold(z.text[m.End+1:tok.end])] {
		return m.country()
	}
	return ""
}

// addGroup registers tokens [a, b) as a group mention named as written.
func (z *analyzer) addGroup(a, b int) {
	z.addRuleMention(a, b, z.text[z.toks[a].start:z.toks[b-1].end], claim.KindGroup)
}

// addRuleMention registers tokens [a, b) as a mention found by a shape rule
// (not in the tables), of the given kind and name, and marks its tokens.
func (z *analyzer) addRuleMention(a, b int, name string, kind claim.Kind) {
	text := z.text[z.toks[a].start:z.toks[b-1].end]
	m := ment{
		Mention: normalizer.Mention{Start: z.toks[a].start, End: z.toks[b-1].end, Text: text, Form: normalizer.FormRule, PrepStart: z.toks[a].start,
			Entity: claim.Entity{Text: text, Name: name, Kind: kind}},
		t0: a, t1: b,
	}
	k := len(z.ms)
	z.ms = append(z.ms, m)
	for t := a; t < b; t++ {
		z.tokMent[t] = k
	}
}

// shortStates adds a state mention for a capitalised word after an article
// that names a state the article has already named in full (lexicon
// short_states: "the North", « au Nord » once North Korea is named): Korean
// news calls the two states so. The entity is the earlier mention's.
func (z *analyzer) shortStates() {
	if len(z.lx.shortStates) == 0 {
		return
	}
	n := len(z.ms)
	named := false // most articles name none of these states: no token scan
	// the states' codes from a slice: ranging over the map per mention
	// started a map iteration each time (issue 11: 0.8 % of extraction)
	for k := 0; k < n && !named; k++ {
		if z.ms[k].Entity.Kind != claim.KindState {
			continue
		}
		for _, cc := range z.lx.shortStateCCs {
			if sameString(z.ms[k].country(), cc) {
				named = true
				break
			}
		}
	}
	if !named {
		return
	}
	for t := 1; t < len(z.toks); t++ {
		tk := &z.toks[t]
		if !tk.upper || !tk.word || z.tokMent[t] >= 0 {
			continue
		}
		cc, ok := z.lx.shortStates[tk.w]
		if !ok || !(z.is(t-1, clsArticles) || z.is(t-1, clsOfPreps) || z.is(t-1, clsAttributePreps)) {
			continue
		}
		if t+1 < len(z.toks) && (z.toks[t+1].upper && z.toks[t+1].word || z.w(t+1) == "-") {
			continue // "North Carolina", "North-East"
		}
		for k := 0; k < n; k++ {
			q := &z.ms[k]
			if q.t1 <= t && q.isState() && q.country() == cc && q.Entity.Kind == claim.KindState {
				z.addRuleMention(t, t+1, q.Entity.Name, claim.KindState)
				m := &z.ms[len(z.ms)-1]
				m.Entity.Country, m.Entity.IDs, m.Form = cc, q.Entity.IDs, normalizer.FormName
				break
			}
		}
	}
}

// tiedGroups gives a group the tables know without a state the state of a
// tie compound on the attacker noun of the group-name cue that introduces
// it ("a China-aligned group called TheWizards", "a Russia-linked group
// known as X"): the article ties the group it names to that state.
func (z *analyzer) tiedGroups() {
	for k := range z.ms {
		m := &z.ms[k]
		if m.Entity.Kind != claim.KindGroup || m.Entity.Country != "" || len(m.Entity.Candidates) > 0 {
			continue
		}
		for _, ws := range z.lx.groupNameCues {
			i := m.t0 - len(ws)
			if i < 1 || z.tokMent[i-1] >= 0 || !z.is(i-1, clsAttacker) {
				continue
			}
			same := true
			for n, w := range ws {
				same = same && z.w(i+n) == w
			}
			if !same {
				continue
			}
			if cc := z.tiedCompound(i - 2); cc != "" {
				m.Entity.Country = cc
				break
			}
		}
	}
}

// fusedAcronym reports a word of letters that starts with a capital and
// holds both a lower-case letter and, after it, a run of three or more
// capitals ("SektorCERT", "CyberSOC"); "NATO", "McCaul", "LockBit" do not.
func fusedAcronym(w string) bool {
	if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower, run := false, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower, run = true, 0
		case c >= 'A' && c <= 'Z':
			run++
			if lower && run >= 3 {
				return true
			}
		default:
			return false
		}
	}
	return false
}
