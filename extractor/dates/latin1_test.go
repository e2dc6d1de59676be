package dates

import (
	"testing"

	"github.com/claimwire/claimwire/internal/latin1"
)

// TestLatin1FastPath: latin1Fold is appendFold's answer for every letter
// latin1.IsLetter takes (its own test holds it to unicode.IsLetter).
func TestLatin1FastPath(t *testing.T) {
	for r := rune(0xC0); r <= 0xFF; r++ {
		s := string(r) + "x"
		if latin1.IsLetter(s, 0) && latin1Fold[s[1]&0x3F] != string(appendFold(nil, r)) {
			t.Fatalf("latin1Fold(%q) = %q, appendFold %q", s, latin1Fold[s[1]&0x3F], appendFold(nil, r))
		}
	}
}
