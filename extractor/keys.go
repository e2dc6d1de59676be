package extractor

import (
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// keyEqual reports a.Key() == b.Key() without building the two keys: the
// extractor compares entities by key many times per article (issue 11), and
// each Key is an allocation. The keys are walked in step, case folded as
// Key folds ASCII, and the first difference of two ASCII bytes answers
// (both keys were equal up to there, and Key maps ASCII byte for byte); a
// byte outside ASCII before any difference falls back to Key.
func keyEqual(a, b claim.Entity) bool {
	if a.Kind == b.Kind && a.Country == b.Country && a.Name == b.Name {
		return true
	}
	pa := [5]string{string(a.Kind), ":", a.Country, ":", a.Name}
	pb := [5]string{string(b.Kind), ":", b.Country, ":", b.Name}
	ia, ja, ib, jb := 0, 0, 0, 0
	for {
		for ia < len(pa) && ja == len(pa[ia]) {
			ia, ja = ia+1, 0
		}
		for ib < len(pb) && jb == len(pb[ib]) {
			ib, jb = ib+1, 0
		}
		endA, endB := ia == len(pa), ib == len(pb)
		if endA || endB {
			// one key is a prefix of the other: lower-casing never makes
			// the rest empty, so the keys differ unless both end here
			return endA && endB
		}
		ca, cb := pa[ia][ja], pb[ib][jb]
		if ca >= utf8.RuneSelf || cb >= utf8.RuneSelf {
			return a.Key() == b.Key()
		}
		if lowerASCII(ca) != lowerASCII(cb) {
			return false
		}
		ja, jb = ja+1, jb+1
	}
}

// keyEqualPtr reports two optional entities as the same by key (both nil
// counts as the same; a key is never empty, so nil differs from any entity).
func keyEqualPtr(a, b *claim.Entity) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return keyEqual(*a, *b)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
