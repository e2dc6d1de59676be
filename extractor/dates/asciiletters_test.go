package dates

import "testing"

// TestASCIILetters holds asciiLetters to the byte loop it replaces: every
// byte value at every one of the eight places, after letters.
func TestASCIILetters(t *testing.T) {
	for p := 0; p < 8; p++ {
		for c := 0; c < 256; c++ {
			b := []byte("aBcDeFgH")
			b[p] = byte(c)
			var x uint64
			for i := 7; i >= 0; i-- {
				x = x<<8 | uint64(b[i])
			}
			low, n := asciiLetters(x)
			want := 0
			for want < 8 && b[want]|0x20 >= 'a' && b[want]|0x20 <= 'z' {
				want++
			}
			if n != want {
				t.Fatalf("%q: %d letters, want %d", b, n, want)
			}
			for i := 0; i < n; i++ {
				if got := byte(low >> (8 * i)); got != b[i]|0x20 {
					t.Fatalf("%q: byte %d is %q, want %q", b, i, got, b[i]|0x20)
				}
			}
		}
	}
}
