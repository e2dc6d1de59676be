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
func keyEqual(a, b claim.Entity) bool { return keyEqualP(&a, &b) }

// keyEqualP is keyEqual of two entities read in place: an Entity is twelve
// words, which a call by value copies twice onto the stack, and the gate
// and statements compare claims' actors hundreds of times an article
// (issue 11).
func keyEqualP(a, b *claim.Entity) bool {
	if sameString(string(a.Kind), string(b.Kind)) && sameString(a.Country, b.Country) {
		// the same kind and country, as most pairs compared: the keys
		// share their prefix byte for byte, whatever the fields hold, and
		// differ as the names do (issue 11: the checks below read the
		// kinds and countries four times over)
		if a.Name == b.Name {
			return true
		}
		if eq, ok := asciiNamesEqual(a.Name, b.Name); ok {
			return eq
		}
		return a.Key() == b.Key()
	}
	// the usual entities: kinds and countries ASCII without ':' (which
	// could move the split between the fields), so the keys are equal
	// exactly when the kinds are and the countries are, ASCII case folded,
	// and then the names (compared alike while they are ASCII). Field by
	// field, where the walk below built two arrays of five strings and
	// read the keys a byte at a time (issue 11).
	// the kinds first: two ASCII kinds without ':' that differ make the
	// keys differ at once, whatever the countries hold (the walk below
	// stops at the first different byte, or at the ':' ending the shorter
	// kind), and two equal ones are tested once (issue 11)
	ka, kb := string(a.Kind), string(b.Kind)
	kindsPlain := plainKind(a.Kind) && (sameString(ka, kb) || plainKind(b.Kind))
	if kindsPlain && !foldedEqual(ka, kb) {
		return false
	}
	if kindsPlain && plainASCII(a.Country) && plainASCII(b.Country) {
		if !foldedEqual(a.Country, b.Country) {
			return false
		}
		if eq, ok := asciiNamesEqual(a.Name, b.Name); ok {
			return eq
		}
		return a.Key() == b.Key()
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
	return keyEqualP(a, b)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// plainKind is plainASCII(string(k)), the kinds of the claim package
// answered without reading them.
func plainKind(k claim.Kind) bool {
	switch k {
	case claim.KindState, claim.KindAgency, claim.KindGroup, claim.KindCompany, claim.KindIntergov, claim.KindMedia, claim.KindUnknown:
		return true
	}
	return plainASCII(string(k))
}

// plainASCII reports s as ASCII without ':'.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == ':' {
			return false
		}
	}
	return true
}

// foldedEqual compares two ASCII strings, ASCII case folded.
func foldedEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// asciiNamesEqual compares two names as Key lower-cases them: the first
// difference of two ASCII bytes answers (Key maps ASCII byte for byte up
// to any other byte), as do different lengths of two ASCII names; ok is
// false when a byte outside ASCII comes first, which only Key can judge.
func asciiNamesEqual(a, b string) (eq, ok bool) {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		ca, cb := a[i], b[i]
		if ca >= utf8.RuneSelf || cb >= utf8.RuneSelf {
			return false, false
		}
		if lowerASCII(ca) != lowerASCII(cb) {
			return false, true
		}
	}
	for _, rest := range []string{a[n:], b[n:]} {
		for i := 0; i < len(rest); i++ {
			if rest[i] >= utf8.RuneSelf {
				return false, false
			}
		}
	}
	return len(a) == len(b), true
}
