package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// extractFile runs "claimwire extract" on one file written with data and
// returns the claims and the exit code.
func extractFile(t *testing.T, name string, data []byte, args ...string) ([]map[string]any, int, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := realMain(append(append([]string{"extract"}, args...), path), strings.NewReader(""), &out, &errb)
	var cs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if line == "" {
			continue
		}
		var c map[string]any
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		cs = append(cs, c)
	}
	return cs, code, errb.String()
}

const frSentence = "Cyberattaque : l'Agence nationale de la sécurité des systèmes d'information accuse la Russie d'avoir piraté les serveurs du ministère français.\n"

func TestExtractEncodings(t *testing.T) {
	latin1, err := charmap.Windows1252.NewEncoder().String(frSentence)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(frSentence)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		text string // the text offsets point into
	}{
		{"utf8", []byte(frSentence), frSentence},
		{"utf8 bom", []byte("\ufeff" + frSentence), "\ufeff" + frSentence}, // offsets into the file
		{"latin1", []byte(latin1), frSentence},
		{"utf16 bom", []byte(utf16), frSentence},
		{"nfd", []byte(norm.NFD.String(frSentence)), norm.NFD.String(frSentence)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, code, errs := extractFile(t, "a.txt", tc.data, "--lang", "fr")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if len(cs) != 1 {
				t.Fatalf("%d claims, want 1", len(cs))
			}
			ev := cs[0]["evidence"].(map[string]any)
			s, e := int(ev["start"].(float64)), int(ev["end"].(float64))
			if tc.text[s:e] != ev["sentence"] {
				t.Errorf("offsets [%d,%d) give %q, evidence is %q", s, e, tc.text[s:e], ev["sentence"])
			}
			if acc := cs[0]["accused"].(map[string]any); acc["country"] != "RU" {
				t.Errorf("accused %v", acc)
			}
		})
	}
}

func TestExtractHTMLWithoutText(t *testing.T) {
	page := []byte(`<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Accueil</a></nav></body></html>`)
	cs, code, errs := extractFile(t, "empty.html", page)
	if code != 0 || len(cs) != 0 {
		t.Fatalf("exit %d, %d claims, stderr %q; want exit 0 and no claim", code, len(cs), errs)
	}
	if strings.Contains(errs, "could not be read") {
		t.Errorf("stderr %q: an empty page is not a read failure", errs)
	}
}

func TestExtractBinaryRefused(t *testing.T) {
	_, code, errs := extractFile(t, "bin.txt", []byte("abc\x00\x01\x02def"))
	if code != 1 || !strings.Contains(errs, "binary") {
		t.Errorf("exit %d, stderr %q; want exit 1 naming binary data", code, errs)
	}
}

func TestExtractHelpNotes(t *testing.T) {
	var out, errb bytes.Buffer
	realMain([]string{"extract", "--help"}, strings.NewReader(""), &out, &errb)
	help := out.String() + errb.String()
	for _, want := range []string{"32 MB", "UTF-16", "Windows-1252", "offsets"} {
		if !strings.Contains(help, want) {
			t.Errorf("--help does not mention %q", want)
		}
	}
}

// TestExtractCancelled: the command's context reaches Extract, so SIGINT
// (which cancels it in main) stops a long extraction.
func TestExtractCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	text := "The FBI said APT28 hackers attacked Ukraine. " + strings.Repeat("The hackers targeted France, Germany, Italy and Spain. ", 20000)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, log: slog.New(slog.DiscardHandler)}
	err := runExtract(ctx, e, []string{"--lang", "en", path})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
}

// TestExtractArticleURLs: extract keeps working for local files (a file:
// URL by default, or whatever label --url gives, as the eval scorer
// does), but refuses a --url a browser would run.
func TestExtractArticleURLs(t *testing.T) {
	text := []byte("The FBI said APT28 hackers attacked Ukraine in 2022.\n")
	for _, tt := range []struct {
		args   []string
		code   int
		prefix string // article url of the claims
		stderr string
	}{
		{nil, 0, "file:///", ""},
		{[]string{"--url", "https://news.example/a"}, 0, "https://news.example/a", ""},
		{[]string{"--url", "file://../shared/eval/dev/en-001.txt"}, 0, "file://../shared", ""},
		{[]string{"--url", "seed:000_ab.txt"}, 0, "seed:000_ab.txt", "stores will refuse them"},
		{[]string{"--url", "javascript:alert(1)"}, 2, "", `scheme "javascript" not allowed`},
		{[]string{"--url", "data:text/html,x"}, 2, "", `scheme "data" not allowed`},
	} {
		cs, code, stderr := extractFile(t, "a.txt", text, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.stderr) {
			t.Errorf("extract %v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
			continue
		}
		if tt.code != 0 {
			if len(cs) != 0 {
				t.Errorf("extract %v printed claims", tt.args)
			}
			continue
		}
		if len(cs) == 0 {
			t.Errorf("extract %v: no claims", tt.args)
		}
		for _, c := range cs {
			if u, _ := c["article"].(map[string]any)["url"].(string); !strings.HasPrefix(u, tt.prefix) {
				t.Errorf("extract %v: article url %q, want prefix %q", tt.args, u, tt.prefix)
			}
		}
	}
}
