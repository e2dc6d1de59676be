package extractor

import (
	"slices"
	"time"

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
// speaker's own. Not when another state accuses within about a month of
// the claim's statement (a joint advisory: whose assets is not told; a
// state's earlier statement recalled with its own date does not count),
// nor for a sentence without an attack word, nor when the other claims
// about the same accused name victims, none of them that country ("US and
// allies name GRU unit behind WhisperGate attack on Ukraine": the incident
// is abroad). claimSent[i] is the sentence of out[i].
func (z *analyzer) ownCountryVictims(sents []*sentence, out []claim.Claim, claimSent []int) {
	mentionCC := "" // the country named and from are for
	var named *ment
	var from *sentence
	for i := range out {
		c := &out[i]
		cc := stateSide(c.Accuser)
		if c.Stance != claim.StanceAccusation || cc == "" || len(c.Victims) > 0 || c.Accused == nil || c.Accused.Country == cc || !sents[claimSent[i]].attack {
			continue
		}
		if jointAccusers(out, i, cc) || foreignVictims(out, c, cc) {
			continue
		}
		if cc != mentionCC {
			// one look-up a country: most articles have one accusing state
			mentionCC = cc
			named, from = z.ownMention(sents, cc, false)
		}
		if named == nil && z.x.cfg.OwnVictimNamedOnly {
			if m, _ := z.ownMention(sents, cc, true); m == nil {
				continue // the article does not name the country at all
			}
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

// jointAccusers reports another state accusing in the article within
// about a month of out[i]'s statement (a joint statement or advisory, or
// the same news told by two capitals: whose assets were hit is not told).
// A state's earlier statement recalled with its own date ("In July 2018,
// the US Justice Department had indicted…", « Le 19 juillet de l'an
// dernier, le Royaume-Uni avait imputé… ») is another story and leaves
// the speaker's own country its victim; a date known by its year only
// tells no such thing.
func jointAccusers(out []claim.Claim, i int, cc string) bool {
	for j := range out {
		if out[j].Stance != claim.StanceAccusation {
			continue
		}
		if a := stateSide(out[j].Accuser); a != "" && a != cc && !apart(out[i].ClaimDate, out[j].ClaimDate) {
			return true
		}
	}
	return false
}

// apart reports two claim dates, each with its month at least, more than
// 45 days apart (a month's date counts from its first day).
func apart(x, y claim.Date) bool {
	if x.Precision() < claim.PrecisionMonth || y.Precision() < claim.PrecisionMonth {
		return false
	}
	tx, _ := x.Time()
	ty, _ := y.Time()
	d := tx.Sub(ty)
	return d > 45*24*time.Hour || d < -45*24*time.Hour
}

// ownMention returns the first state mention of cc in sents, and its
// sentence: with speakers false one that is not a speaker of its sentence
// (in the title, as a place, as a demonym of a target); with speakers true
// any ("Seoul's spy agency", « la police sud-coréenne » name the country
// too).
func (z *analyzer) ownMention(sents []*sentence, cc string, speakers bool) (*ment, *sentence) {
	for _, s := range sents {
		for _, k := range s.ms {
			if m := &z.ms[k]; m.isState() && m.country() == cc && (speakers || !slices.Contains(s.speakers, k)) {
				return m, s
			}
		}
	}
	return nil, nil
}

// foreignVictims reports claims of out other than c about the same actor
// as c's accused that name victims, none of them cc.
func foreignVictims(out []claim.Claim, c *claim.Claim, cc string) bool {
	named := false
	for j := range out {
		d := &out[j]
		if d == c || d.Stance != claim.StanceAccusation || d.Accused == nil || !sameActorP(d.Accused, c.Accused) {
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
