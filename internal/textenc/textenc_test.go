package textenc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

const fr = "L'Agence nationale de la sécurité des systèmes d'information accuse la Russie d'avoir piraté les serveurs du ministère français. "

func TestSniff(t *testing.T) {
	t.Parallel()
	latin1, _ := charmap.Windows1252.NewEncoder().String(fr)
	bad := fr[:10] + "\xff" + fr[10:] // one stray byte in UTF-8 French
	cases := []struct {
		name     string
		in       string
		want     string
		enc      string
		invalid  int
		firstBad int
	}{
		{"valid utf-8", fr, fr, UTF8, 0, -1},
		{"utf-8 bom kept", "\ufeff" + fr, "\ufeff" + fr, UTF8, 0, -1},
		{"latin-1", latin1, fr, Windows1252, 0, -1},
		{"one stray byte stays utf-8", bad, fr[:10] + "\uFFFD" + fr[10:], UTF8, 1, 10},
		{"three stray bytes", strings.Repeat(fr, 3) + "\x80\x80" + fr + "\xc3", strings.Repeat(fr, 3) + "\uFFFD\uFFFD" + fr + "\uFFFD", UTF8, 3, 3 * len(fr)},
		{"ascii with one high byte is legacy", "caf\xe9 noir", "café noir", Windows1252, 0, -1},
		{"utf-16", "\xff\xfeA\x00\xe9\x00", "Aé", UTF16, 0, -1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, rep, err := Sniff([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Errorf("text %q, want %q", got, tc.want)
			}
			if rep.Encoding != tc.enc || rep.Invalid != tc.invalid || rep.FirstInvalid != tc.firstBad {
				t.Errorf("report %+v, want encoding %s, %d invalid, first at %d", rep, tc.enc, tc.invalid, tc.firstBad)
			}
			if (rep.Warning() != "") != (tc.invalid > 0) {
				t.Errorf("warning %q", rep.Warning())
			}
		})
	}
}

// FuzzSniff: the output is always valid UTF-8, valid UTF-8 input comes out
// unchanged, and a repair replaces exactly the invalid bytes it counts.
func FuzzSniff(f *testing.F) {
	for _, s := range []string{fr, "caf\xe9", fr + "\xff", "\xff\xfeA\x00", "\xef\xbb\xbf" + fr, "\xe2\x82", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, rep, err := Sniff(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
		if utf8.Valid(b) && !(len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)) && got != string(b) {
			t.Fatalf("valid UTF-8 %q changed to %q", b, got)
		}
		if rep.Encoding == UTF8 {
			if len(got) != len(b)+2*rep.Invalid {
				t.Fatalf("%d bytes in, %d invalid, %d out", len(b), rep.Invalid, len(got))
			}
			if rep.Invalid > 0 && (rep.FirstInvalid < 0 || !strings.HasPrefix(got, string(b[:rep.FirstInvalid])+"\uFFFD")) {
				t.Fatalf("first invalid byte at %d does not match %q", rep.FirstInvalid, got)
			}
		}
	})
}

// TestValidIsUTF8Valid: valid, which resumes its eight-byte reads after each
// multi-byte character, answers as utf8.Valid on every cut of texts with
// characters of each length, invalid bytes, surrogates, overlongs and an
// encoded U+FFFD at every offset.
func TestValidIsUTF8Valid(t *testing.T) {
	parts := []string{"a", "plain ascii text ", "é", "’", "日本", "😀", "\ufffd", "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\x80", "\x00", "\t\n"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				for pad := 0; pad < 9; pad++ {
					for _, x := range []string{strings.Repeat("x", pad) + s, s + strings.Repeat("y", pad), strings.Repeat("z", pad) + s + s} {
						if got, want := valid([]byte(x)), utf8.Valid([]byte(x)); got != want {
							t.Fatalf("%q: valid %v, utf8.Valid %v", x, got, want)
						}
					}
				}
			}
		}
	}
}
