package main

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
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

// TestExtractCapFlags: --max-input-bytes cuts the text at a boundary with a
// warning naming the file; --max-claims keeps the first claims, warning.
func TestExtractCapFlags(t *testing.T) {
	t.Parallel()
	all, code, errs := extractFile(t, "a.txt", []byte(frArticle), "--lang", "fr")
	if code != 0 || len(all) < 2 {
		t.Fatalf("exit %d, %d claims: %s", code, len(all), errs)
	}
	at := strings.Index(frArticle, "Selon") + 10 // inside the second claim's sentence
	for _, tc := range []struct {
		name string
		args []string
		want int
		warn string
	}{
		{"input", []string{"--max-input-bytes", strconv.Itoa(at)}, 1, `msg="article truncated" cmd=extract file=`},
		{"claims", []string{"--max-claims", "1"}, 1, `msg="claims per article capped, the rest dropped"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cs, code, errs := extractFile(t, "a.txt", []byte(frArticle), append([]string{"--lang", "fr"}, tc.args...)...)
			if code != 0 || len(cs) != tc.want {
				t.Fatalf("exit %d, %d claims, want %d: %s", code, len(cs), tc.want, errs)
			}
			if fmt.Sprint(cs[0]["evidence"], cs[0]["accused"]) != fmt.Sprint(all[0]["evidence"], all[0]["accused"]) {
				t.Errorf("the first claim changed: %v", cs[0])
			}
			if !strings.Contains(errs, tc.warn) {
				t.Errorf("no warning %q in:\n%s", tc.warn, errs)
			}
		})
	}
	if _, code, _ := extractFile(t, "a.txt", []byte(frArticle), "--max-claims", "0"); code != 2 {
		t.Errorf("--max-claims 0: exit %d, want 2", code)
	}
}

// TestLoadArticleTruncated: the article itself carries the mark, for text
// and HTML files, and its text is a prefix of the full text.
func TestLoadArticleTruncated(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	html := "<html><body><article><p>" + strings.ReplaceAll(frArticle, "\n", "</p><p>") + "</p></article></body></html>"
	for name, data := range map[string]string{"a.txt": frArticle, "a.html": html} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errb, log: slog.New(slog.NewTextHandler(&errb, nil))}
		full, err := loadArticle(e, path, loadOpts{lang: "fr", maxText: 1 << 20})
		if err != nil || full.Truncated {
			t.Fatalf("%s: %v, truncated %v", name, err, full.Truncated)
		}
		a, err := loadArticle(e, path, loadOpts{lang: "fr", maxText: 200})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Truncated || len(a.Text) > 200 || !strings.HasPrefix(full.Text, a.Text) || a.Hash != claim.ContentHash(a.Text) {
			t.Errorf("%s: truncated %v, %d bytes %q", name, a.Truncated, len(a.Text), a.Text)
		}
		if !strings.Contains(errb.String(), "article truncated") {
			t.Errorf("%s: no warning: %s", name, errb.String())
		}
	}
}

// TestExtractMaxHTMLBytes: an HTML page over --max-html-bytes is cut after
// an end tag before parsing, with a warning naming the file; the claims of
// the part kept are still found, those after the cut are not.
func TestExtractMaxHTMLBytes(t *testing.T) {
	t.Parallel()
	paras := strings.Split(strings.TrimSpace(frArticle), "\n")
	page := "<html lang=\"fr\"><body><article>"
	for _, p := range paras {
		if p = strings.TrimSpace(p); p != "" {
			page += "<p>" + p + "</p>\n"
		}
	}
	page += "</article></body></html>"
	all, code, errs := extractFile(t, "a.html", []byte(page), "--lang", "fr")
	if code != 0 || len(all) < 2 {
		t.Fatalf("exit %d, %d claims: %s", code, len(all), errs)
	}
	at := strings.Index(page, "Les États-Unis") // the last claim's paragraph
	cs, code, errs := extractFile(t, "a.html", []byte(page), "--lang", "fr", "--max-html-bytes", strconv.Itoa(at+20))
	if code != 0 || len(cs) == 0 || len(cs) >= len(all) {
		t.Fatalf("exit %d, %d claims, want between 1 and %d: %s", code, len(cs), len(all)-1, errs)
	}
	if !strings.Contains(errs, `msg="html page over the cap: cut at an element boundary, article marked truncated" cmd=extract file=`) {
		t.Errorf("no warning naming the file in:\n%s", errs)
	}
	if _, code, _ := extractFile(t, "a.html", []byte(page), "--max-html-bytes", "0"); code != 2 {
		t.Errorf("--max-html-bytes 0: exit %d, want 2", code)
	}
}

// TestAbsPathOnce: the file:// URL of each file comes from the working
// directory read once per run, and must be filepath.Abs's.
func TestAbsPathOnce(t *testing.T) {
	var o loadOpts
	o.cwd, o.cwdErr = os.Getwd()
	for _, name := range []string{"a.txt", "./a.txt", "../x/../y.txt", "dir//b.txt", "/abs/./c.txt", "/", "", ".", "a/b/../../.."} {
		t.Run(name, func(t *testing.T) {
			want, _ := filepath.Abs(name)
			got, err := o.absPath(name)
			if err != nil || got != want {
				t.Errorf("absPath(%q) = %q, %v; want %q", name, got, err, want)
			}
			var zero loadOpts // options built elsewhere: filepath.Abs itself
			if got, _ := zero.absPath(name); got != want {
				t.Errorf("zero absPath(%q) = %q, want %q", name, got, want)
			}
		})
	}
}

// TestIsHTMLSniffsAsBefore: isHTML, which calls the content sniffer only
// for a '<' after the sniffer's white space, answers as when it sniffed
// every text.
func TestIsHTMLSniffsAsBefore(t *testing.T) {
	t.Parallel()
	ref := func(b []byte) bool {
		t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
		if len(t) > 0 && t[0] == '<' {
			return true
		}
		return strings.HasPrefix(http.DetectContentType(b), "text/html")
	}
	var in []string
	for _, lead := range []string{"", " ", "\f", "\t\f\n", "\f\f ", "\xef\xbb\xbf", "\xef\xbb\xbf\f", "\v", "x", strings.Repeat(" ", 511) + "\f", strings.Repeat("\f", 520)} {
		for _, rest := range []string{"", "<", "<html>", "<HTML ", "<p>", "<P", "<a ", "<b>", "<br>", "<!-- x -->", "<!DOCTYPE html>", "<?xml v", "<x>", "<htmlx", "text <html>", "%PDF-", "Le texte."} {
			in = append(in, lead+rest)
		}
	}
	for _, s := range in {
		if got, want := isHTML([]byte(s)), ref([]byte(s)); got != want {
			t.Errorf("%q: isHTML %v, sniffed %v", s, got, want)
		}
	}
}
