package extractor

import (
	"strings"

	"github.com/claimwire/claimwire/internal/strtab"
)

// Word classes as bits (issue 11): the analyser asks of the same tokens, again
// and again, whether they are in one of the lexicon's single-word sets
// (institution nouns, articles, auxiliaries...). Each question was a string-
// keyed map lookup, hashing the token again. The sets are folded into the
// per-word lexicon record (wordInfo.cls) when the lexicon loads, so that a
// token's classes come with the one lookup per token the analyser already
// makes (z.info), and each question becomes a bit test: z.is(t, clsArticles).
// The map[string]bool sets stay, for words that are not tokens of the text.

type wordClass uint8

const (
	clsInstitution wordClass = iota
	clsArticles
	clsRelatives
	clsOfPreps
	clsAux
	clsVictimNoun
	clsResearchers
	clsRecent
	clsListPreps
	clsAttributePreps
	clsSelfPlace
	clsPlacePreps
	clsOrgSuffix
	clsOrgNonHead
	clsCueTargets
	clsAttacker
	clsSeparate
	clsContMark
	clsDomFirst
	clsPrevious
	clsLocParticiples
	clsCompanyNoun
	clsAttackPron
	clsTie
	clsListWords
	clsNegWords
	clsReportNouns
	clsLanguagePreps
	clsLanguageNouns
	clsToolNouns
	clsAttackOfDet
	clsAttackOfPreps
	clsTargetDet
	clsMediaRelay
	clsInterestNouns
	clsUnknown
	clsWarNouns
	clsVictimListVerbs
	clsDiscovery
	clsFirstPerson
	clsOrgAfter
	clsVerbLinks
	clsObjectPron
	clsPossPron
	clsPassiveAux
	clsComplementizers
	clsContrast
	clsClauseBreaks
	clsStatementNouns
	clsIndefinite
	clsGroupRel
	clsDomQual
	clsDomOwner
	clsInitialSources
	clsGroupCueFirst // the first word of a group_name_cues phrase
	clsNegParticles
	clsNegClitics
	clsJointWords
	clsInfraNouns
	clsInfraUse
	clsMeasureWords
	clsMakerVerbs
	clsPhraseFirst // the first word of a self_claims, country_anaphors or non_cyber_objects phrase
	clsPhraseLast  // the last word of an example_markers, front_cues, org_before, comparison, renaming or non_cyber_objects phrase
	numWordClasses
)

// wordInfo.cls holds the classes in a uint64.
var _ [64 - numWordClasses]struct{}

// wordClass2: more word classes, in wordInfo.cls2 (cls is full). Each was a
// string-keyed map lookup of a token asked in the sentence analysis (issue 11).
type wordClass2 uint8

const (
	cls2AdjDeterminers wordClass2 = iota
	cls2IrregularPart
	cls2IndefinitePlural
	cls2GroupQualifiers
	cls2PersonAttacker
	cls2AttackTargetPreps
	cls2NegDet
	cls2Suffer
	cls2OrgHeads
	cls2NonCyberWord // a one-word non_cyber_objects key
	cls2Disclosure
	cls2StateLinks
	cls2Transparent
	cls2InfMarkers
	cls2SubsidiaryNouns
	cls2Start
	cls2SeatPreps   // tagMention's preposition before a seat of government
	cls2PlaceQuant  // the quantifiers skipped before a place (tagMention)
	cls2SimilarWord // yardstickClause's similar_words
	cls2Takedown    // takedown_words
	cls2Persona     // persona_words
	cls2Physical    // physical_attacks
	cls2Same        // same_words
	cls2Day         // day_words
	cls2Member      // member_words
	cls2Threat      // threat_nouns
	cls2Among       // among_words
	cls2Dative      // dative_pronouns
	cls2Possessive  // possessive_pronouns
	cls2IndefSubj   // indefinite_subjects
	cls2Question    // question_words
	numWordClasses2
)

var _ [32 - numWordClasses2]struct{}

// cls2Cyber marks, in cls2 beyond the series above, a word of lx.info that
// hasCyber answers true for. fillInfo gives the tokens of such words their
// cyber answer at once: z.cyber then asks the stems only for the words no
// lexicon lists (issue 11: a stems look-up and two calls per token).
const cls2Cyber wordClass2 = 31

var _ [cls2Cyber - numWordClasses2 + 1]struct{} // the series stops below it

// classSets2 lists the set of each class of cls2, in the order of the constants.
func (lx *lexicon) classSets2() [numWordClasses2]map[string]bool {
	oneWord := map[string]bool{}
	for k, ok := range lx.nonCyber {
		if ok && !strings.Contains(k, " ") {
			oneWord[k] = true
		}
	}
	return [numWordClasses2]map[string]bool{
		cls2AdjDeterminers:    lx.adjDeterminers,
		cls2IrregularPart:     lx.irregularPart,
		cls2IndefinitePlural:  lx.indefinitePlural,
		cls2GroupQualifiers:   lx.groupQualifiers,
		cls2PersonAttacker:    lx.personAttacker,
		cls2AttackTargetPreps: lx.attackTargetPreps,
		cls2NegDet:            lx.negDet,
		cls2Suffer:            lx.suffer,
		cls2OrgHeads:          lx.orgHeads,
		cls2NonCyberWord:      oneWord,
		cls2Disclosure:        lx.disclosure,
		cls2StateLinks:        lx.stateLinks,
		cls2Transparent:       lx.transparent,
		cls2InfMarkers:        lx.infMarkers,
		cls2SubsidiaryNouns:   lx.subsidiaryNouns,
		cls2Start:             lx.start,
		cls2SeatPreps:         lx.seatPreps,
		cls2PlaceQuant:        lx.placeQuant,
		cls2SimilarWord:       lx.similar,
		cls2Takedown:          lx.takedown,
		cls2Persona:           lx.persona,
		cls2Physical:          lx.physical,
		cls2Same:              lx.same,
		cls2Day:               lx.dayWords,
		cls2Member:            lx.memberWords,
		cls2Threat:            lx.threatNouns,
		cls2Among:             lx.among,
		cls2Dative:            lx.dative,
		cls2Possessive:        lx.possPron,
		cls2IndefSubj:         lx.indefSubjects,
		cls2Question:          lx.questionWords,
	}
}

// classSets lists the set of each class, in the order of the constants.
func (lx *lexicon) classSets() [numWordClasses]map[string]bool {
	return [numWordClasses]map[string]bool{
		clsInstitution:     lx.institution,
		clsArticles:        lx.articles,
		clsRelatives:       lx.relatives,
		clsOfPreps:         lx.ofPreps,
		clsAux:             lx.aux,
		clsVictimNoun:      lx.victimNoun,
		clsResearchers:     lx.researchers,
		clsRecent:          lx.recent,
		clsListPreps:       lx.listPreps,
		clsAttributePreps:  lx.attributePreps,
		clsSelfPlace:       lx.selfPlace,
		clsPlacePreps:      lx.placePreps,
		clsOrgSuffix:       lx.orgSuffix,
		clsOrgNonHead:      lx.orgNonHead,
		clsCueTargets:      lx.cueTargets,
		clsAttacker:        lx.attacker,
		clsSeparate:        lx.separate,
		clsContMark:        lx.contMark,
		clsDomFirst:        lx.domFirst,
		clsPrevious:        lx.previous,
		clsLocParticiples:  lx.locParticiples,
		clsCompanyNoun:     lx.companyNoun,
		clsAttackPron:      lx.attackPron,
		clsTie:             lx.tie,
		clsListWords:       lx.listWords,
		clsNegWords:        lx.negWords,
		clsReportNouns:     lx.reportNouns,
		clsLanguagePreps:   lx.languagePreps,
		clsLanguageNouns:   lx.languageNouns,
		clsToolNouns:       lx.toolNouns,
		clsAttackOfDet:     lx.attackOfDet,
		clsAttackOfPreps:   lx.attackOfPreps,
		clsTargetDet:       lx.targetDet,
		clsMediaRelay:      lx.mediaRelay,
		clsInterestNouns:   lx.interestNouns,
		clsUnknown:         lx.unknownW,
		clsWarNouns:        lx.warNouns,
		clsMeasureWords:    lx.measureWords,
		clsMakerVerbs:      lx.makerVerbs,
		clsVictimListVerbs: lx.victimListVerbs,
		clsDiscovery:       lx.discovery,
		clsFirstPerson:     lx.firstPerson,
		clsOrgAfter:        lx.orgAfter,
		clsVerbLinks:       lx.verbLinks,
		clsObjectPron:      lx.objectPron,
		clsPossPron:        lx.possPron,
		clsPassiveAux:      lx.passiveAux,
		clsComplementizers: lx.complementizers,
		clsContrast:        lx.contrast,
		clsInfraNouns:      lx.infraNouns,
		clsInfraUse:        lx.infraUse,
		clsClauseBreaks:    lx.clauseBreaks,
		clsStatementNouns:  lx.statementNouns,
		clsIndefinite:      lx.indefinite,
		clsGroupRel:        lx.groupRel,
		clsDomQual:         lx.domQual,
		clsDomOwner:        lx.domOwner,
		clsInitialSources:  lx.initialSources,
		clsGroupCueFirst:   lx.groupCueFirst,
		clsNegParticles:    lx.negParticles,
		clsNegClitics:      lx.negClitics,
		clsJointWords:      lx.jointWords,
		clsPhraseFirst:     lx.phraseFirst,
		clsPhraseLast:      lx.phraseLast,
	}
}

// indexClasses records the class bits of every word of the class sets in
// lx.info; it runs once, after every set is loaded.
func (lx *lexicon) indexClasses() {
	lx.groupCueFirst = map[string]bool{}
	for _, ws := range lx.groupNameCues {
		lx.groupCueFirst[ws[0]] = true
	}
	// a phrase list scanned at every token asks first whether the token
	// can start (or end) one of its phrases: one bit for a few lists, a
	// filter, whose words may start phrases of the other lists too
	lx.phraseFirst, lx.phraseLast = map[string]bool{}, map[string]bool{}
	for _, list := range [][][]string{lx.selfClaims, lx.countryAnaphors} {
		for _, ws := range list {
			lx.phraseFirst[ws[0]] = true
		}
	}
	for k := range lx.nonCyber {
		if first, _, ok := strings.Cut(k, " "); ok {
			lx.phraseFirst[first] = true // a phrase of several words (wordSet joins them)
		}
	}
	for _, list := range [][][]string{lx.exampleMarkers, lx.frontCues, lx.orgBefore, lx.comparisonMarkers, lx.clauseComparisonMarkers, lx.renamingCues} {
		for _, ws := range list {
			lx.phraseLast[ws[len(ws)-1]] = true
		}
	}
	// the non-cyber phrases, asked at every attack verb ending at a
	// token, keys of words joined by spaces
	for k := range lx.nonCyber {
		lx.phraseLast[k[strings.LastIndexByte(k, ' ')+1:]] = true
	}
	lx.cyberBy, lx.cyberAny = [256][]string{}, false
	lx.cyberShort, lx.cyberSecond = [256]bool{}, [256][4]uint64{}
	for _, s := range lx.cyber {
		if s == "" {
			lx.cyberAny = true
			continue
		}
		lx.cyberBy[s[0]] = append(lx.cyberBy[s[0]], s)
		if len(s) == 1 {
			lx.cyberShort[s[0]] = true
		} else {
			lx.cyberSecond[s[0]][s[1]/64] |= 1 << (s[1] % 64)
		}
	}
	for c, set := range lx.classSets() {
		lx.markWords(set, func(wi *wordInfo) { wi.cls |= 1 << c })
	}
	for c, set := range lx.classSets2() {
		lx.markWords(set, func(wi *wordInfo) { wi.cls2 |= 1 << c })
	}
	// after every word was added to info: each one's hasCyber answer
	for w, wi := range lx.info {
		if lx.cyberWord(w) {
			wi.cls2 |= 1 << cls2Cyber
			lx.info[w] = wi
		}
	}
	for c := range lx.byteInfo {
		lx.byteInfo[c] = lx.info[string(rune(c))]
	}
	lx.prepBits = map[string]uint8{}
	for k := range lx.ofPreps {
		lx.prepBits[k] |= prepOf
	}
	for k, c := range lx.cats {
		if c&(1<<catVictimPrep) != 0 {
			lx.prepBits[k] |= prepVictim
		}
	}
	for k := range lx.attackOfPreps {
		lx.prepBits[k] |= prepAttackOf
	}
	lx.known = [len(lx.known)]uint64{}
	for w := range lx.info {
		b := wordBit(strtab.Hash(w))
		lx.known[b/64] |= 1 << (b % 64)
	}
	lx.infoTab = strtab.New(lx.info)
}

// wordInfo returns lx.info[w], from the compact table when there is one.
func (lx *lexicon) wordInfo(w string) wordInfo { return lx.wordInfoHashed(w, strtab.Hash(w)) }

// wordInfoHashed is wordInfo for h = strtab.Hash(w).
func (lx *lexicon) wordInfoHashed(w string, h uint64) wordInfo {
	if lx.infoTab != nil {
		return lx.infoTab.GetHashed(w, h)
	}
	return lx.info[w]
}

// is reports token i as a word of class c (one of the lexicon's word sets).
func (z *analyzer) is(i int, c wordClass) bool { return z.info[i].cls&(1<<c) != 0 }

// is2 reports token i as a word of class c of cls2.
func (z *analyzer) is2(i int, c wordClass2) bool { return z.info[i].cls2&(1<<c) != 0 }

// cyber reports hasCyber of token i, computed once per token: the stems are
// prefixes, so this cannot be known per word at load time.
func (z *analyzer) cyber(i int) bool {
	// the known answer inlined into the callers' token loops (a call per
	// token and question before, issue 11); the first time, cyberOf
	if c := z.cyb[i]; c != 0 {
		return c == 2
	}
	return z.cyberOf(i)
}

// cyberOf computes and keeps cyber's answer for token i.
func (z *analyzer) cyberOf(i int) bool {
	v := z.lx.cyberWord(z.w(i))
	z.cyb[i] = 1
	if v {
		z.cyb[i] = 2
	}
	return v
}

// cyberWord is hasCyber comparing w only with the stems of its first byte
// (a non-empty stem that starts w starts with w's first byte).
func (lx *lexicon) cyberWord(w string) bool {
	if w == "" || lx.cyberAny {
		return hasCyber(lx, w)
	}
	if !lx.cyberShort[w[0]] && (len(w) < 2 || lx.cyberSecond[w[0]][w[1]/64]&(1<<(w[1]%64)) == 0) {
		return false // no stem of one byte, and none starts with w's first two
	}
	for _, s := range lx.cyberBy[w[0]] {
		// the stem's last byte inline first (its first is w's): most
		// words differ there, where HasPrefix called runtime.memequal
		if n := len(s); n <= len(w) && (n == 0 || w[n-1] == s[n-1] && w[:n] == s) {
			return true
		}
	}
	return false
}

// wordBit is the bit of a word in lexicon.known, from its strtab.Hash h
// (bits the table's slot and tag use little): a word whose bit is not set
// is not in lexicon.info and needs no look-up (issue 11: most tokens are
// names and content words no lexicon lists). The hash, computed once per
// token, serves the look-up too; a bit of the word's length and first and
// last bytes let two words in three through.
func wordBit(h uint64) uint32 { return uint32(h>>24) & 0xffff }

// mayKnow reports whether w may be a word of lx.info (false: it is not).
func (lx *lexicon) mayKnow(w string) bool { return lx.mayKnowHashed(strtab.Hash(w)) }

// mayKnowHashed is mayKnow for h = strtab.Hash(w).
func (lx *lexicon) mayKnowHashed(h uint64) bool {
	b := wordBit(h)
	return lx.known[b/64]&(1<<(b%64)) != 0
}

// markWords applies mark to the record of every word of set (both class
// series are filled this way).
func (lx *lexicon) markWords(set map[string]bool, mark func(*wordInfo)) {
	for w, ok := range set {
		if !ok {
			continue
		}
		wi := lx.info[w]
		mark(&wi)
		lx.info[w] = wi
	}
}
