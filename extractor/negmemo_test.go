package extractor

import (
	"testing"
)

// TestNegatedAtMemo: the claims and traces with negatedAt's answers kept
// (negMemo) are those of an Extractor that computes every answer again
// (noNegMemo), on every fixture text, in both lexicons, and over articles
// read one after another by one Extractor (the pool's memo lives on).
func TestNegatedAtMemo(t *testing.T) {
	x := newTestExtractor(t)
	ref := newRefExtractor(t, func(r *Extractor) { r.noNegMemo = true })
	sameClaimsOnFixtures(t, x, ref, "with negatedAt's answers kept", true)
}

// TestNegMemoWraps: a generation counter that wraps clears the answers, so
// none of an old generation is taken for the new one.
func TestNegMemoWraps(t *testing.T) {
	var m negMemo
	m.gen = ^uint32(0)
	m.e[5] = negAnswer{gen: 0, v: 2, i: 5, a: 0}
	m.e[6] = negAnswer{gen: 1, v: 2, i: 6, a: 0}
	m.newList()
	if m.gen != 1 || m.e[5] != (negAnswer{}) || m.e[6] != (negAnswer{}) {
		t.Fatalf("after the wrap: gen %d, entries %+v %+v", m.gen, m.e[5], m.e[6])
	}
}
