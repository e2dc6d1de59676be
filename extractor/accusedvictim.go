package extractor

import (
	"slices"

	"github.com/claimwire/claimwire/claim"
)

// dropAccusedVictims removes from each accusation the victims its accuser
// accuses in the same article (as a state, or as the state of an accused
// group): whatever sentence carried them ("a group acting in support
// of Russia", « pirates prorusses », a title listing the states involved), an
// accuser does not name one state as both the attacker and the target. A
// state that is a victim in one accuser's claim and accused by another
// (tit-for-tat) keeps both.
func dropAccusedVictims(out []claim.Claim) {
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || c.Accuser == nil || len(c.Victims) == 0 {
			continue
		}
		c.Victims = slices.DeleteFunc(c.Victims, func(v claim.Entity) bool {
			return v.Country != "" && accusesState(out, *c.Accuser, v.Country)
		})
	}
}

// accusesState reports whether by accuses, in one of out, the state cc or a
// group of it. Not through an organ alone: an agency named near a cue is as
// often the victim or the investigator ("after the State Department spotted
// the intrusion") as the accused.
func accusesState(out []claim.Claim, by claim.Entity, cc string) bool {
	for i := range out {
		d := &out[i] // not a copy of each claim (issue 11)
		if d.Stance == claim.StanceAccusation && d.Accuser != nil && d.Accused != nil && sameString(d.Accused.Country, cc) &&
			d.Accused.Kind != claim.KindAgency && keyEqual(*d.Accuser, by) {
			return true
		}
	}
	return false
}
