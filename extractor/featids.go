package extractor

import (
	"math"

	"github.com/claimwire/claimwire/extractor/model"
)

// The learned layer's features by number: every feature name the layer
// emits is registered here once, at start-up, and a candidate carries the
// numbers of its features. The gate sums a candidate's weights from a
// table indexed by them (featWeights, built with the Extractor), where a
// look-up by name hashed and compared every feature of every candidate, a
// thirtieth of an article's instructions (issue 11). The names, and their
// order, are those of the string features before: a trace (and training)
// reads them back with names.

// featID is a feature name's index in featNames.
type featID uint16

var (
	// featNames is every registered feature name, by featID; featByName
	// is its inverse. Both are written only while the package is
	// initialised, read-only afterwards.
	featNames  []string
	featByName = map[string]featID{}
)

// feat registers name and returns its id (package initialisation only).
func feat(name string) featID {
	if id, ok := featByName[name]; ok {
		return id
	}
	id := featID(len(featNames))
	featNames = append(featNames, name)
	featByName[name] = id
	return id
}

// names is the feature names of f, in order.
func (f features) names() []string {
	if f == nil {
		return nil
	}
	out := make([]string, len(f))
	for i, id := range f {
		out[i] = featNames[id]
	}
	return out
}

// featWeights is a model's weights by role (model.Roles order) and featID.
type featWeights struct {
	bias []float64
	w    [][]float64
}

// newFeatWeights reads m's weight of every registered feature; nil for a
// nil model.
func newFeatWeights(m *model.Model) *featWeights {
	if m == nil {
		return nil
	}
	fw := &featWeights{bias: make([]float64, len(model.Roles)), w: make([][]float64, len(model.Roles))}
	for k, role := range model.Roles {
		fw.bias[k] = m.Weight(role, model.BiasFeature)
		fw.w[k] = make([]float64, len(featNames))
		for id, name := range featNames {
			fw.w[k][id] = m.Weight(role, name)
		}
	}
	return fw
}

// roleIndex is role's index in model.Roles, -1 for another.
func roleIndex(role string) int {
	for k, r := range model.Roles {
		if r == role {
			return k
		}
	}
	return -1
}

// raw is m.Raw(model.Roles[k], f.names()): the bias, then each feature's
// weight added in f's order, so that the sum is the same float.
func (fw *featWeights) raw(k int, f features) float64 {
	w := fw.w[k]
	s := fw.bias[k]
	for _, id := range f {
		s += w[id]
	}
	return s
}

// ruleDecides reports that head h of role k keeps every candidate the
// rules proposed and drops every other, whatever its features: the rules'
// bar is at most 0 (a probability never falls below it) and the highest
// probability any candidate can reach stays under the bar of the others.
// That bound is the bias and every feature's weight taken at its largest
// in absolute value, which holds for a caller adding each feature at most
// once (victimCandidates). The gate then has nothing to score: the
// features of such a role are not built (issue 11).
func (fw *featWeights) ruleDecides(k int, h model.Head) bool {
	if fw == nil || k < 0 || k >= len(fw.w) || !model.KeepAt(h.Threshold, h.RuleThreshold, 0, true) {
		return false
	}
	bound := math.Abs(fw.bias[k])
	for _, w := range fw.w[k] {
		bound += math.Abs(w)
	}
	bound *= 1 + 1e-9 // a sum in another order rounds otherwise
	hi, _ := h.Decide(bound, false)
	lo, _ := h.Decide(-bound, false)
	return !math.IsNaN(hi) && !math.IsNaN(lo) && !model.KeepAt(h.Threshold, h.RuleThreshold, max(hi, lo), false)
}

// whereFeat is the feature "where="+name of a place a field was read in.
func whereFeat(name string) featID {
	switch name {
	case "sentence":
		return featWhereSentence
	case "prev":
		return featWherePrev
	case "next":
		return featWhereNext
	case "next2":
		return featWhereNext2
	case "title":
		return featWhereTitle
	case "names_accused":
		return featWhereNamesAccused
	}
	return featByName["where="+name] // registered below: TestWhereFeatRegistered
}

// the features named where the learned layer adds them
var (
	featAccBeforeAcd          = feat("acc_before_acd")
	featAccCarried            = feat("acc_carried")
	featAccCarriedAndAcdState = feat("acc_carried&acd_state")
	featAccCompanyHead        = feat("acc_company_head")
	featAccDemonym            = feat("acc_demonym")
	featAccInTitle            = feat("acc_in_title")
	featAccInstitution        = feat("acc_institution")
	featAccNamed              = feat("acc_named")
	featAccReportSource       = feat("acc_report_source")
	featAccSpeaker            = feat("acc_speaker")
	featAccusedAnaphor        = feat("accused_anaphor")
	featAccusedElsewhere      = feat("accused_elsewhere")
	featAccusedRole           = feat("accused_role")
	featAccusedThere          = feat("accused_there")
	featAccuserCountry        = feat("accuser_country")
	featAccuserElsewhere      = feat("accuser_elsewhere")
	featAccuserNotNamed       = feat("accuser_not_named")
	featAcdAccusesElsewhere   = feat("acd_accuses_elsewhere")
	featAcdAfterTargetPrep    = feat("acd_after_target_prep")
	featAcdAttacker           = feat("acd_attacker")
	featAcdCarried            = feat("acd_carried")
	featAcdDemonym            = feat("acd_demonym")
	featAcdInTitle            = feat("acd_in_title")
	featAcdNamed              = feat("acd_named")
	featAcdTie                = feat("acd_tie")
	featAcdVictimElsewhere    = feat("acd_victim_elsewhere")
	featAcdVictimShape        = feat("acd_victim_shape")
	featAfterAccused          = feat("after_accused")
	featAnaphor               = feat("anaphor")
	featAnaphorThere          = feat("anaphor_there")
	featAttackWords           = feat("attack_words")
	featAttackerNoun          = feat("attacker_noun")
	featBackground            = feat("background")
	featBaseNotState          = feat("base_not_state")
	featBaseStrong            = feat("base_strong")
	featCompanyAndGroup       = feat("company&group")
	featCompanyShape          = feat("company_shape")
	featCoordinated           = feat("coordinated")
	featCueOnly               = feat("cue_only")
	featCueOnlyAndAcdState    = feat("cue_only&acd_state")
	featCyberWords            = feat("cyber_words")
	featDemonym               = feat("demonym")
	featDenialCue             = feat("denial_cue")
	featEventAnaphor          = feat("event_anaphor")
	featFrame                 = feat("frame")
	featHedge                 = feat("hedge")
	featHedgeDown             = feat("hedge_down")
	featHedgeUp               = feat("hedge_up")
	featInQuote               = feat("in_quote")
	featInstitution           = feat("institution")
	featLocation              = feat("location")
	featModifier              = feat("modifier")
	featNegated               = feat("negated")
	featNoSponsor             = feat("no_sponsor")
	featOpenEnd               = feat("open_end")
	featOpenStart             = feat("open_start")
	featOrgan                 = feat("organ")
	featPassive               = feat("passive")
	featPersonSubject         = feat("person_subject")
	featPostTarget            = feat("post_target")
	featPronounStart          = feat("pronoun_start")
	featPureVictim            = feat("pure_victim")
	featRange                 = feat("range")
	featReportSource          = feat("report_source")
	featRule                  = feat("rule")
	featRuleAndAccuserCountry = feat("rule&accuser_country")
	featRuleAndCarried        = feat("rule&carried")
	featRuleHasOne            = feat("rule_has_one")
	featSameSide              = feat("same_side")
	featSeparate              = feat("separate")
	featSeveralAccused        = feat("several_accused")
	featSeveralAccusers       = feat("several_accusers")
	featSpeaker               = feat("speaker")
	featSponsorMatch          = feat("sponsor_match")
	featSponsorOther          = feat("sponsor_other")
	featStateAndState         = feat("state&state")
	featStrong                = feat("strong")
	featStrongAndAccNamed     = feat("strong&acc_named")
	featTargetPrep            = feat("target_prep")
	featTargetShape           = feat("target_shape")
	featTie                   = feat("tie")
	featVictimHead            = feat("victim_head")
	featVictimRole            = feat("victim_role")
	featVictimShape           = feat("victim_shape")
	featVictimsInSentence     = feat("victims_in_sentence")
	featWhereNone             = feat("where=none")
	featWhereSentence         = feat("where=sentence")
	featWherePrev             = feat("where=prev")
	featWhereNext             = feat("where=next")
	featWhereNext2            = feat("where=next2")
	featWhereTitle            = feat("where=title")
	featWhereNamesAccused     = feat("where=names_accused")
	featWhereNeighbour        = feat("where=neighbour")
	featKindOther             = feat("kind=other")
	featAgeUnknown            = feat("age=unknown")
	featAgeFuture             = feat("age=future")
	featAge0                  = feat("age=0")
	featAge1to2               = feat("age=1-2")
	featAge3to5               = feat("age=3-5")
	featAge6plus              = feat("age=6+")
)
