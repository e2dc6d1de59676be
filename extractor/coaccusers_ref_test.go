package extractor

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// dropCoAccusersRef is dropCoAccusers as it was with a map of maps: the
// reference the pair slice must agree with.
func dropCoAccusersRef(out []claim.Claim, claimSent []int) ([]claim.Claim, []int) {
	targets := map[string]map[string]bool{}
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
			return false
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

// TestDropCoAccusersRef compares dropCoAccusers with the reference on
// random claim lists over a few countries and kinds (more than 16 pairs
// included, past the stack buffer).
func TestDropCoAccusersRef(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	countries := []string{"", "US", "CN", "RU", "GB", "FR", "KP", "IR"}
	kinds := []claim.Kind{claim.KindState, claim.KindAgency, claim.KindGroup, claim.KindCompany}
	ent := func() *claim.Entity {
		if r.IntN(8) == 0 {
			return nil
		}
		return &claim.Entity{Kind: kinds[r.IntN(len(kinds))], Country: countries[r.IntN(len(countries))]}
	}
	for it := range 20000 {
		n := 1 + r.IntN(40)
		cs := make([]claim.Claim, n)
		sent := make([]int, n)
		for i := range cs {
			cs[i].Stance = claim.StanceAccusation
			if r.IntN(6) == 0 {
				cs[i].Stance = claim.StanceDenial
			}
			cs[i].Accuser, cs[i].Accused = ent(), ent()
			sent[i] = i
		}
		c1, s1 := dropCoAccusers(slices.Clone(cs), slices.Clone(sent))
		c2, s2 := dropCoAccusersRef(slices.Clone(cs), slices.Clone(sent))
		if !slices.Equal(s1, s2) || len(c1) != len(c2) {
			t.Fatalf("case %d: kept %v, reference %v", it, s1, s2)
		}
	}
}
