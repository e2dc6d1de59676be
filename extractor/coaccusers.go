package extractor

import (
	"strings"

	"github.com/claimwire/claimwire/claim"
)

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
	// the (accuser country, accused country) pairs, in a slice on the
	// stack: an article has a handful, and a map of maps here was 4 % of
	// the bytes allocated per article, each byte bringing the next GC
	// cycle closer (issue 11)
	type pair struct{ a, t string }
	var buf [16]pair
	pairs := buf[:0]
	has := func(a, t string) bool {
		for _, p := range pairs {
			if sameString(p.a, a) && sameString(p.t, t) {
				return true
			}
		}
		return false
	}
	accusers := 0
	for i := range out {
		c := &out[i]
		if c.Stance != claim.StanceAccusation || c.Accused == nil {
			continue
		}
		a, t := stateSide(c.Accuser), c.Accused.Country
		if a == "" || t == "" || t == a || has(a, t) {
			continue
		}
		seen := false
		for _, p := range pairs {
			seen = seen || p.a == a
		}
		if !seen {
			accusers++
		}
		pairs = append(pairs, pair{a, t})
	}
	if accusers < 2 {
		return out, claimSent
	}
	partners := func(a, x string) bool {
		if has(x, a) {
			return false // x accuses a: a tit-for-tat, not partners
		}
		for _, p := range pairs {
			if p.a == x && p.t != a && p.t != x && has(a, p.t) {
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

// dropAllianceWithMembers removes the accusations made by an alliance whose
// members accuse in the same article themselves ("the Five Eyes" beside
// "the US, UK, Canada, Australia and New Zealand said…"): annotators list
// the member states, and the alliance's claims repeat theirs. An alliance
// speaking alone keeps its claims.
func dropAllianceWithMembers(out []claim.Claim, claimSent []int) ([]claim.Claim, []int) {
	memberSpeaks := func(members string) bool {
		for i := range out {
			if cc := stateSide(out[i].Accuser); cc != "" && out[i].Stance == claim.StanceAccusation && containsCode(members, cc) {
				return true
			}
		}
		return false
	}
	n := 0
	for i := range out {
		if a := out[i].Accuser; a != nil && a.IDs["members"] != "" && memberSpeaks(a.IDs["members"]) {
			continue
		}
		out[n], claimSent[n] = out[i], claimSent[i]
		n++
	}
	clear(out[n:])
	return out[:n], claimSent[:n]
}

// containsCode reports code among the "+"-separated country codes of list.
func containsCode(list, code string) bool {
	for list != "" {
		c, rest, _ := strings.Cut(list, "+")
		if c == code {
			return true
		}
		list = rest
	}
	return false
}
