package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// frArticle has several claims and accents everywhere, as French news does.
const frArticle = frSentence +
	"\nSelon le gouvernement britannique, la Chine a piraté les réseaux de ministères en Allemagne et en Autriche en 2021.\n" +
	"\nLes États-Unis accusent la Corée du Nord d'être à l'origine du vol de cryptomonnaies, une cyberattaque de grande ampleur.\n"

// TestExtractStrayByte: one invalid byte in a UTF-8 file used to turn the
// whole file into Windows-1252 mojibake (claims lost, no warning). The file
// stays UTF-8, the byte becomes U+FFFD, every claim is still found with
// offsets exact in the repaired text, and a warning names the file, the
// count and the first bad byte's offset.
func TestExtractStrayByte(t *testing.T) {
	t.Parallel()
	clean, code, errs := extractFile(t, "clean.txt", []byte(frArticle), "--lang", "fr")
	if code != 0 || len(clean) < 2 {
		t.Fatalf("clean file: exit %d, %d claims: %s", code, len(clean), errs)
	}
	at := strings.Index(frArticle, "Selon") // before the second claim, after the first
	for _, tc := range []struct {
		name string
		bad  string
	}{{"one byte", "\xff"}, {"two bytes", "\xe9\x80"}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			data := frArticle[:at] + tc.bad + frArticle[at:]
			text := frArticle[:at] + strings.Repeat("\uFFFD", len(tc.bad)) + frArticle[at:]
			cs, code, errs := extractFile(t, "stray.txt", []byte(data), "--lang", "fr")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if len(cs) != len(clean) {
				t.Errorf("%d claims, want %d as without the stray byte", len(cs), len(clean))
			}
			for i, c := range cs {
				ev := c["evidence"].(map[string]any)
				s, e := int(ev["start"].(float64)), int(ev["end"].(float64))
				if s < 0 || e > len(text) || text[s:e] != ev["sentence"] {
					t.Errorf("claim %d: offsets [%d,%d) do not give %q", i, s, e, ev["sentence"])
				}
				if i < len(clean) && c["accused"].(map[string]any)["country"] != clean[i]["accused"].(map[string]any)["country"] {
					t.Errorf("claim %d: accused %v, want %v", i, c["accused"], clean[i]["accused"])
				}
			}
			m := regexp.MustCompile(`level=WARN msg="invalid UTF-8 replaced by U\+FFFD".* file=\S*stray.txt invalid_bytes=(\d+) first_offset=(\d+)`).FindStringSubmatch(errs)
			if m == nil {
				t.Fatalf("no warning naming the file and offset in:\n%s", errs)
			}
			if n, _ := strconv.Atoi(m[1]); n != len(tc.bad) {
				t.Errorf("warning counts %d bad bytes, want %d", n, len(tc.bad))
			}
			if off, _ := strconv.Atoi(m[2]); off != at {
				t.Errorf("warning says first bad byte at %d, want %d", off, at)
			}
		})
	}
}

// TestExtractDeepHTML: a page nested deeper than the HTML parser's limit of
// 512 elements used to be "no article text"; its text is now read.
func TestExtractDeepHTML(t *testing.T) {
	t.Parallel()
	page := "<html><body>" + strings.Repeat("<div>", 700) + "<p>" + strings.ReplaceAll(frArticle, "\n", "</p><p>") + "</p>" + strings.Repeat("</div>", 700) + "</body></html>"
	cs, code, errs := extractFile(t, "deep.html", []byte(page), "--lang", "fr")
	if code != 0 || len(cs) < 2 {
		t.Fatalf("exit %d, %d claims, want ≥ 2: %s", code, len(cs), errs)
	}
}
