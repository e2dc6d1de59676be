package extractor

import (
	"slices"

	"github.com/claimwire/claimwire/claim"
)

// ownCountryVictims gives the accuser's own country as victim to the
// accusations that name none, when one state (with its organs) is the only
// state accusing in the article: "Seoul's spy agency blames Pyongyang for
// shipbuilder breaches", « Le parquet belge désigne APT15 », "The FBI
// blamed Lazarus for the theft…". A national attribution of an attack is,
// in most articles, about that country's own assets; the annotators of
// the real articles (dev + train) write that country also when only the
// speaking organ names it (measured: victims F1 0.917 -> 0.927 on their
// cross-validation, no change on the validation pool). The victim's text
// is a state mention of it other than the speakers when the article has
// one (in the title, as a place, as a demonym of a target), else the
// speaker's own. Not when several states accuse (a joint advisory: whose
// assets is not told), nor for a sentence without an attack word, nor when
// the other claims about the same accused name victims, none of them that
// country ("US and allies name GRU unit behind WhisperGate attack on
// Ukraine": the incident is abroad). claimSent[i] is the sentence of out[i].
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
	if named == nil && z.x.cfg.OwnVictimNamedOnly && !z.namesCountry(sents, cc) {
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
		// no other mention: the speaker's words are how the article names
		// the country ("The FBI"), and its sentence the evidence
		text, ev := c.Accuser.Text, z.evidence(sents[claimSent[i]])
		if named != nil {
			text, ev = named.Text, z.evidence(from)
		}
		c.Victims = append(c.Victims, claim.Entity{Text: text, Name: z.countryNameEN(cc), Kind: claim.KindState, Country: cc})
		c.SetSource(claim.SourceVictims, ev)
	}
}

// namesCountry reports a state mention of cc in sents, speakers included
// ("Seoul's spy agency", « la police sud-coréenne »).
func (z *analyzer) namesCountry(sents []*sentence, cc string) bool {
	for _, s := range sents {
		for _, k := range s.ms {
			if m := &z.ms[k]; m.isState() && m.country() == cc {
				return true
			}
		}
	}
	return false
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
