package extractor

import (
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// keyEqual reports a.Key() == b.Key() without building the two keys: the
// extractor compares entities by key many times per article (issue 11), and
// each Key is an allocation. ASCII entities are compared byte by byte over
// the key's parts, case folded as Key folds them; any other falls back to
// Key (learned.go's sameKey is a looser comparison of its own).
func keyEqual(a, b claim.Entity) bool {
	pa := [5]string{string(a.Kind), ":", a.Country, ":", a.Name}
	pb := [5]string{string(b.Kind), ":", b.Country, ":", b.Name}
	la, aOK := keyLen(&pa)
	lb, bOK := keyLen(&pb)
	if !aOK || !bOK {
		return a.Key() == b.Key()
	}
	if la != lb {
		return false
	}
	ia, ja, ib, jb := 0, 0, 0, 0
	for n := 0; n < la; n++ {
		for ja == len(pa[ia]) {
			ia, ja = ia+1, 0
		}
		for jb == len(pb[ib]) {
			ib, jb = ib+1, 0
		}
		if lowerASCII(pa[ia][ja]) != lowerASCII(pb[ib][jb]) {
			return false
		}
		ja, jb = ja+1, jb+1
	}
	return true
}

// keyLen is the length of the key of parts p, and false when a part is not
// ASCII.
func keyLen(p *[5]string) (int, bool) {
	n := 0
	for _, s := range p {
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return 0, false
			}
		}
		n += len(s)
	}
	return n, true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// keyEqualPtr reports two optional entities as the same by key (both nil
// counts as the same; a key is never empty, so nil differs from any entity).
func keyEqualPtr(a, b *claim.Entity) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return keyEqual(*a, *b)
}
