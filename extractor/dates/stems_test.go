package dates

import "testing"

func TestStemStarts(t *testing.T) {
	tests := []struct {
		name  string
		stems []string
		in    string // bytes that must be in the set
		out   string // bytes that must not
	}{
		{"letters", []string{"attack", "pirat", "hack"}, "aph", "bzA0"},
		{"high bytes", []string{"\xc3\xa9", "\xff"}, "\xc3\xff", "\xc2e"},
		{"empty stem starts everything", []string{""}, "a\x00\xff", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s stemStarts
			s.add(tc.stems)
			for i := 0; i < len(tc.in); i++ {
				if !s.has(tc.in[i]) {
					t.Errorf("byte %q not in the set", tc.in[i])
				}
			}
			for i := 0; i < len(tc.out); i++ {
				if s.has(tc.out[i]) {
					t.Errorf("byte %q in the set", tc.out[i])
				}
			}
		})
	}
}
