package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/extractor/model"
)

// TestWhereFeatRegistered: every place name the learned layer passes to
// whereFeat has its feature registered.
func TestWhereFeatRegistered(t *testing.T) {
	for _, name := range []string{"sentence", "prev", "next", "next2", "title", "names_accused"} {
		if got, want := featNames[whereFeat(name)], "where="+name; got != want {
			t.Errorf("whereFeat(%q) names %q, want %q", name, got, want)
		}
	}
}

// TestFeatWeightsRaw: the sum by feature number is the model's Raw by
// name, to the bit, for every role and a run of every registered feature
// in a few orders.
func TestFeatWeightsRaw(t *testing.T) {
	m, err := model.Default()
	if err != nil {
		t.Fatal(err)
	}
	fw := newFeatWeights(m)
	all := make(features, len(featNames))
	for i := range all {
		all[i] = featID(i)
	}
	for _, role := range append([]string{"no such role"}, model.Roles...) {
		for n := 0; n <= len(all); n += 7 {
			for _, f := range []features{all[:n], all[len(all)-n:]} {
				k := roleIndex(role)
				if k < 0 {
					continue
				}
				raw := fw.raw(k, f)
				if want := m.Raw(role, f.names()); raw != want {
					t.Fatalf("%s, %d features: raw %v, model %v", role, len(f), raw, want)
				}
			}
		}
	}
}

// TestVictimsByRuleSameClaims: the shipped model's victim head keeps the
// rules' victims and no other, so the gate skips their features
// (victimsByRule); an Extractor that scores them anyway returns the same
// claims, byte for byte, on every fixture text.
func TestVictimsByRuleSameClaims(t *testing.T) {
	x := newTestExtractor(t)
	if !x.victimsByRule {
		t.Fatal("the default model's victim head is not decided by the rules: the gate scores every victim (a slower path, still right)")
	}
	scored := newRefExtractor(t, func(r *Extractor) { r.victimsByRule = false })
	sameClaimsOnFixtures(t, x, scored, "without victim features", false)
}
