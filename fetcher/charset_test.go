package fetcher

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDecodeCharsetWholeBody: without a declared charset the whole body
// decides, not its first KB (charset.DetermineEncoding's guess), and one
// stray byte in a UTF-8 page keeps UTF-8 with the byte replaced and reported.
func TestDecodeCharsetWholeBody(t *testing.T) {
	t.Parallel()
	head := "<html><head><title>Avis</title><style>" + strings.Repeat("p { margin: 0 } ", 80) + "</style></head><body><article><p>"
	tail := "</p></article></body></html>"
	latin := string([]byte{'S', 0xe9, 'c', 'u', 'r', 'i', 't', 0xe9})
	cases := []struct {
		name, ct, body string
		want           string // in the decoded text
		invalid, first int
	}{
		{"undeclared utf-8 after an ascii first KB", "text/html", head + "Sécurité des systèmes" + tail, "Sécurité des systèmes", 0, -1},
		{"undeclared utf-8 with a stray byte", "", "<p>Sécurité \xff des systèmes</p>" + strings.Repeat("é", 3), "Sécurité \uFFFD des systèmes", 1, len("<p>Sécurité ")},
		{"declared utf-8 with a stray byte", "text/html; charset=utf-8", head + "Sécurité\x80 des systèmes" + tail, "Sécurité\uFFFD des systèmes", 1, len(head + "Sécurité")},
		{"undeclared latin-1", "text/html", head + latin + tail, "Sécurité", 0, -1},
		{"meta latin-1 over latin-1 bytes", "", `<meta charset="iso-8859-1">` + latin, "Sécurité", 0, -1},
		{"utf-8 bom with a stray byte", "", "\xef\xbb\xbf<p>Sécurité\xff", "Sécurité\uFFFD", 1, 3 + len("<p>Sécurité")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			text, rep := decodeCharset([]byte(tc.body), tc.ct)
			if !strings.Contains(text, tc.want) {
				t.Errorf("decoded text lacks %q:\n%q", tc.want, text[max(0, len(text)-120):])
			}
			if rep.Invalid != tc.invalid || rep.FirstInvalid != tc.first {
				t.Errorf("report %+v, want %d invalid, first at %d", rep, tc.invalid, tc.first)
			}
			if got := DecodeReport([]byte(tc.body), tc.ct); got != rep {
				t.Errorf("DecodeReport %+v, decodeCharset %+v", got, rep)
			}
		})
	}
}

// FuzzDecodeCharset: any body under any Content-Type decodes to valid
// UTF-8, and DecodeReport (which does not decode) says what decodeCharset
// did.
func FuzzDecodeCharset(f *testing.F) {
	f.Add([]byte("<p>Sécurité \xff</p>"), "text/html; charset=utf-8")
	f.Add([]byte("caf\xe9"), "")
	f.Add([]byte(`<meta charset="iso-8859-2">\xb1`), "text/html")
	f.Add([]byte("\xef\xbb\xbf\xff"), "text/plain; charset=windows-1252")
	f.Add([]byte("\xfe\xff\x00A"), "text/html")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		text, rep := decodeCharset(body, ct)
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out of %q", body)
		}
		if got := DecodeReport(body, ct); got != rep {
			t.Fatalf("DecodeReport %+v, decodeCharset %+v", got, rep)
		}
		if rep.Invalid > 0 && (rep.FirstInvalid < 0 || rep.FirstInvalid >= len(body)) {
			t.Fatalf("first invalid byte at %d of %d", rep.FirstInvalid, len(body))
		}
	})
}
