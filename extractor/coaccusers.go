package extractor

import "github.com/claimwire/claimwire/claim"

// Co-accusers. A joint statement names its co-signers and partners in the
// sentence that carries the accusation ("the NCSC, part of GCHQ, published
// an advisory with its counterparts in the United States…", « l'avis,
// cosigné par le NIS, la police sud-coréenne et le FBI… », "a statement
// from New Zealand's government that APT40 had compromised…"), and the
// rules can take one of them for an accused of the claim's accuser. A state
// that accuses, in the same article, a third state its partner accuses too
// is on the accusing side: neither it nor its organs are accused by that
// partner. Two states that accuse each other (a tit-for-tat: "China
// accused the NSA" in an article where Washington accuses Beijing) share
// no third target, so their claims stay.

// stateSide returns the country a state or state organ speaks for, "" for
// any other kind.
func stateSide(e *claim.Entity) string {
	if e == nil || !isStateLike(e.Kind) {
		return ""
	}
	return e.Country
}

// dropCoAccusers removes from out (and claimSent beside it) the
// accusations whose accused is a state or state organ of a co-accuser of
// the claim's accuser.
func dropCoAccusers(out []claim.Claim, claimSent []int) ([]claim.Claim, []int) {
	targets := map[string]map[string]bool{} // accuser country -> accused countries
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || c.Accused == nil {
			continue
		}
		a, t := stateSide(c.Accuser), c.Accused.Country
		if a == "" || t == "" || t == a {
			continue
		}
		if targets[a] == nil {
			targets[a] = map[string]bool{}
		}
		targets[a][t] = true
	}
	if len(targets) < 2 {
		return out, claimSent
	}
	partners := func(a, x string) bool {
		if targets[x][a] {
			return false // x accuses a: a tit-for-tat, not partners
		}
		for t := range targets[x] {
			if t != a && t != x && targets[a][t] {
				return true
			}
		}
		return false
	}
	n := 0
	for i := range out {
		c := &out[i]
		if c.Stance == claim.StanceAccusation && c.Accused != nil {
			a, x := stateSide(c.Accuser), stateSide(c.Accused)
			if a != "" && x != "" && x != a && partners(a, x) {
				continue
			}
		}
		out[n], claimSent[n] = out[i], claimSent[i]
		n++
	}
	clear(out[n:])
	return out[:n], claimSent[:n]
}
