package extractor

import (
	"math/rand"
	"testing"
)

// TestSkipPlain8 checks skipPlain8 never skips a segmentStop byte: every block
// of eight bytes holding one byte of each value among others that are not
// stops, and random blocks.
func TestSkipPlain8(t *testing.T) {
	plain := []byte("abc XYZ09,;'-")
	r := rand.New(rand.NewSource(1))
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for n := 0; n < 20; n++ {
				var b [8]byte
				for i := range b {
					b[i] = plain[r.Intn(len(plain))]
				}
				b[pos] = byte(c)
				if segmentStop[c] && skipPlain8(string(b[:]), 0) != 0 {
					t.Fatalf("skipPlain8 skips %q, byte %#x is a stop", b, c)
				}
			}
		}
	}
	for n := 0; n < 200000; n++ {
		var b [8]byte
		stop := false
		for i := range b {
			b[i] = byte(r.Intn(256))
			stop = stop || segmentStop[b[i]]
		}
		if stop && skipPlain8(string(b[:]), 0) != 0 {
			t.Fatalf("skipPlain8 skips %q, which holds a stop", b)
		}
	}
	// and the usual text passes whole
	if n := skipPlain8("the group, it's 12-13 May", 0); n != 24 {
		t.Errorf("skipPlain8 stops at %d in plain text, want 24", n)
	}
}
