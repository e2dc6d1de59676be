package extractor

import (
	"slices"

	"github.com/claimwire/claimwire/claim"
)

// ownCountryVictims gives the accuser's own country as victim to the
// accusations that name none, when one state (with its organs) is the only
// state accusing in the article and a state mention of it other than the
// speakers the rules found names it (in the title, as a place, as a
// demonym of a target): "Seoul's spy agency
// blames Pyongyang for shipbuilder breaches", « Le parquet belge désigne
// APT15 ». A national attribution of an attack is, in most articles, about
// that country's own assets. Not when several states accuse (a joint
// advisory: whose assets is not told), nor when an organ alone names the
// state (the FBI naming the thieves of a foreign exchange), nor for a
// sentence without an attack word, nor when the other claims about the
// same accused name victims, none of them that country ("US and allies
// name GRU unit behind WhisperGate attack on Ukraine": the incident is
// abroad). claimSent[i] is the sentence of out[i].
func (z *analyzer) ownCountryVictims(sents []*sentence, out []claim.Claim, claimSent []int) {
	cc := ""
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation {
			continue
		}
		a := stateSide(c.Accuser)
		if a == "" {
			continue
		}
		if cc != "" && a != cc {
			return
		}
		cc = a
	}
	if cc == "" {
		return
	}
	var named *ment // a state mention of cc that is not a speaker
	var from *sentence
	for _, s := range sents {
		for _, k := range s.ms {
			if m := &z.ms[k]; m.isState() && m.country() == cc && !slices.Contains(s.speakers, k) {
				named, from = m, s
				break
			}
		}
		if named != nil {
			break
		}
	}
	if named == nil {
		return
	}
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || len(c.Victims) > 0 || stateSide(c.Accuser) != cc || c.Accused == nil || c.Accused.Country == cc || !sents[claimSent[i]].attack {
			continue
		}
		if foreignVictims(out, c, cc) {
			continue
		}
		c.Victims = append(c.Victims, claim.Entity{Text: named.Text, Name: z.x.norm.CountryName(cc, "en"), Kind: claim.KindState, Country: cc})
		c.SetSource(claim.SourceVictims, z.evidence(from))
	}
}

// foreignVictims reports claims of out other than c about the same actor
// as c's accused that name victims, none of them cc.
func foreignVictims(out []claim.Claim, c *claim.Claim, cc string) bool {
	named := false
	for j := range out {
		d := &out[j]
		if d == c || d.Stance != claim.StanceAccusation || d.Accused == nil || !sameActor(*d.Accused, *c.Accused) {
			continue
		}
		for _, v := range d.Victims {
			if v.Country == cc {
				return false
			}
			named = named || v.Country != ""
		}
	}
	return named
}
