package extractor

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// longSentence is one "sentence" of n bytes full of country names: the
// shape that used to make Extract quadratic (every mention scanned every
// other one, every token re-scanned the sentence's lexicon matches).
func longSentence(n int) string {
	unit := "the hackers targeted France, Germany, Italy and Spain, "
	return "Officials said " + strings.Repeat(unit, n/len(unit)+1)
}

func BenchmarkExtractLongSentence(b *testing.B) {
	x := newTestExtractor(b)
	for _, size := range []int{10 << 10, 100 << 10} {
		text := longSentence(size)
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				a := claim.Article{Lang: "en", Text: text}
				if _, err := x.Extract(context.Background(), &a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return itoa(n>>20) + "MB"
	}
	return itoa(n>>10) + "KB"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// TestExtractHugeSentenceBounded: a 1 MB text with no full stop finishes
// (within the package test timeout; it used to take hours) and its claims
// carry evidence cut at clause boundaries, never longer than maxSentence.
func TestExtractHugeSentenceBounded(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	text := "The FBI said APT28 hackers attacked Ukraine and " + longSentence(1<<20)
	a := claim.Article{Lang: "en", Text: text}
	cs, err := x.Extract(context.Background(), &a)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 {
		t.Fatal("no claim from the lead clause")
	}
	for _, c := range cs {
		if n := c.Evidence.End - c.Evidence.Start; n > maxSentence {
			t.Errorf("evidence of %d bytes, want <= %d", n, maxSentence)
		}
		if text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Sentence {
			t.Errorf("evidence offsets do not match the text")
		}
	}
}

func TestCapSpans(t *testing.T) {
	t.Parallel()
	text := strings.Repeat("alpha beta, gamma; ", 40) + strings.Repeat("x", 300) + "é" + strings.Repeat("y", 300)
	spans := capSpans(text, []span{{start: 0, end: len(text)}}, 100)
	prev := 0
	for i, sp := range spans {
		if sp.end-sp.start > 100 {
			t.Errorf("span %d: %d bytes", i, sp.end-sp.start)
		}
		if sp.start < prev {
			t.Errorf("span %d overlaps the one before", i)
		}
		if !utf8.ValidString(text[sp.start:sp.end]) {
			t.Errorf("span %d cuts a rune", i)
		}
		prev = sp.end
	}
	if got := text[spans[0].start:spans[0].end]; !strings.HasSuffix(got, ";") && !strings.HasSuffix(got, ",") {
		t.Errorf("first piece %q not cut at a clause boundary", got)
	}
	if spans[len(spans)-1].end != len(text) {
		t.Errorf("text not covered to its end")
	}
}

// TestExtractHonoursCancel: a cancelled context stops Extract.
func TestExtractHonoursCancel(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := claim.Article{Lang: "en", Text: longSentence(1 << 16)}
	if _, err := x.Extract(ctx, &a); err == nil {
		t.Fatal("cancelled context: want an error")
	}
}

func BenchmarkExtract1MB(b *testing.B) {
	x := newTestExtractor(b)
	text := "The FBI said APT28 hackers attacked Ukraine and " + longSentence(1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a := claim.Article{Lang: "en", Text: text}
		if _, err := x.Extract(context.Background(), &a); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTokenizeNFDAndBOM: decomposed accents fold like composed ones and a
// byte-order mark is no token, with offsets into the text as given.
func TestTokenizeNFDAndBOM(t *testing.T) {
	t.Parallel()
	nfd := "\ufeffLa se\u0301curite\u0301 nume\u0301rique"
	toks := tokenize(nfd, 0, len(nfd))
	var ws []string
	for _, tk := range toks {
		ws = append(ws, tk.w)
	}
	if got := strings.Join(ws, " "); got != "la securite numerique" {
		t.Errorf("tokens %q", got)
	}
	if toks[0].start != 3 || nfd[toks[1].start:toks[1].end] != "se\u0301curite\u0301" {
		t.Errorf("offsets: %+v", toks)
	}
	if s, _ := trimSpan(nfd, 0, len(nfd)); s != 3 {
		t.Errorf("trimSpan keeps the byte-order mark: start %d", s)
	}
}

// TestExtractRefusesActiveURL: a javascript: or data: article URL would
// reach every claim's links and exports; Extract refuses it with a clear
// error, while local file URLs and extract's labels pass.
func TestExtractRefusesActiveURL(t *testing.T) {
	x := newTestExtractor(t)
	text := "The FBI said APT28 hackers attacked Ukraine in 2022."
	for _, tt := range []struct {
		url, canonical string
		ok             bool
	}{
		{"https://news.example/a", "", true},
		{"file:///tmp/a.txt", "", true},
		{"seed:000.txt", "", true},
		{"javascript:alert(document.cookie)", "", false},
		{"https://news.example/a", "javascript:alert(1)", false},
		{"data:text/html;base64,PHNjcmlwdD4=", "", false},
	} {
		a := claim.Article{URL: tt.url, CanonicalURL: tt.canonical, Lang: "en", Text: text}
		cs, err := x.Extract(context.Background(), &a)
		if tt.ok && (err != nil || len(cs) == 0) {
			t.Errorf("Extract(url %q) = %d claims, %v", tt.url, len(cs), err)
		}
		if !tt.ok && (err == nil || !errors.Is(err, claim.ErrInvalid) || !strings.Contains(err.Error(), "not allowed")) {
			t.Errorf("Extract(url %q, canonical %q) = %v, want a clear ErrInvalid", tt.url, tt.canonical, err)
		}
	}
}
