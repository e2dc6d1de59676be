package extractor

import (
	"strings"

	"github.com/claimwire/claimwire/claim"
)

// infraWindow is how many tokens before a state mention are searched for
// the machines it hosts: a list of a dozen countries after "servers in".
const infraWindow = 25

// onInfrastructure reports a state mention k that only places the
// attacker's machines: "relayed through servers in Japan and Sweden",
// « en passant par des serveurs situés en Suède », "leased servers in the
// United States". Such a state is neither hit nor accused (SCHEMA: victims
// are the targets; the eval writers' conventions agree). Only when a word
// of use stands right before the machines: "servers in Germany were
// wiped" names a target. The search stops at a clause boundary, an attack
// word, a report verb or another kind of name, which start another role.
func (z *analyzer) onInfrastructure(k, a int) bool {
	m := &z.ms[k]
	for i, n := m.t0-1, 0; i >= a && n < infraWindow; i, n = i-1, n+1 {
		if (z.boundary(i) && z.w(i) != "," && !z.orWord(i) && !z.exampleMarkerEnds(i, a)) || z.has(catAttackVerb, i) || z.has(catAttackNoun, i) || z.has(catReport, i) {
			return false
		}
		if o := z.tokMent[i]; o >= 0 && o != k && z.ms[o].Entity.Kind != claim.KindState {
			return false
		}
		if !z.is(i, clsInfraNouns) {
			continue
		}
		if z.is(i+1, clsInfraUse) {
			return true // « des serveurs loués au Chili »: the participle after
		}
		for j := i - 1; j >= a && j >= i-3; j-- {
			if z.is(j, clsInfraUse) {
				return true
			}
			if z.boundary(j) || z.tokMent[j] >= 0 {
				break
			}
		}
		return false
	}
	return false
}

// orWord reports a coordinator at i written without a grave accent: folded,
// « ou » (or) is « où » (where), a clause boundary, and the third place of
// « des serveurs relais en France, en Corée du Sud ou à Taïwan » would
// lose the machines before it.
func (z *analyzer) orWord(i int) bool {
	return z.has(catCoord, i) && !strings.ContainsRune(z.text[z.toks[i].start:z.toks[i].end], 'ù')
}

// exampleMarkerEnds reports an example marker ("including", « dont »)
// ending at token i: the list it opens goes on naming the same places.
func (z *analyzer) exampleMarkerEnds(i, a int) bool {
	if i < a || !z.is(i, clsPhraseLast) {
		return false // no marker ends at i (issue 11)
	}
	for _, ws := range z.lx.exampleMarkers {
		if s := i - len(ws) + 1; s >= a && z.wordsAt(s, ws) {
			return true
		}
	}
	return false
}
