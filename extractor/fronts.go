package extractor

import (
	"slices"

	"github.com/claimwire/claimwire/claim"
)

// frontsFor replaces an accused front company or contractor (entity table
// id front=yes: "a company, Wuhan Xiaoruizhi, which it says is a front for
// the MSS", "firm Chosun Expo was listed for supporting the Lazarus Group")
// by the group or state organ the same sentence names beside it: accusers
// sanction the cover, but the accused of the attribution is its operator
// (SCHEMA lists groups, units and agencies; no front company). With no such
// name in the sentence the front stays, the only accused there is.
func (z *analyzer) frontsFor(s *sentence, accused []claim.Entity) []claim.Entity {
	if !slices.ContainsFunc(accused, isFront) {
		return accused
	}
	var op []claim.Entity
	for _, k := range s.ms {
		m := &z.ms[k]
		if slices.Contains(s.speakers, k) || !m.accusedOK() || m.Entity.IDs["front"] != "" {
			continue
		}
		if !operatorKind(m.Entity.Kind) {
			continue
		}
		if e := z.entity(k); !containsActor(op, e) {
			op = append(op, e)
		}
	}
	if len(op) == 0 {
		return accused
	}
	out := make([]claim.Entity, 0, len(accused)+len(op))
	for _, e := range accused {
		if !isFront(e) && !containsActor(out, e) {
			out = append(out, e)
		}
	}
	for _, e := range op {
		if !containsActor(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func isFront(e claim.Entity) bool { return e.IDs["front"] != "" }

// operatorKind: the kinds that can operate a front, a group or a state organ.
func operatorKind(k claim.Kind) bool { return k == claim.KindGroup || k == claim.KindAgency }

// operatorsForFronts gives a claim whose accused is still a front company
// the operator another claim of the article accuses, a group or organ of
// the front's state ("The UK sanctioned Wuhan Xiaoruizhi… The US Treasury
// also sanctioned the Wuhan company" after a sentence naming APT31): the
// sanctions of the cover accuse its operator. With no operator in the
// article the front stays.
func operatorsForFronts(out []claim.Claim) {
	for i := range out {
		c := &out[i]
		if c.Accused == nil || !isFront(*c.Accused) {
			continue
		}
		for j := range out {
			d := out[j].Accused
			if d == nil || isFront(*d) || d.Country == "" || d.Country != c.Accused.Country ||
				!operatorKind(d.Kind) {
				continue
			}
			e := *d
			c.Accused = &e
			break
		}
	}
}
