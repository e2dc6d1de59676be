package fetcher

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func TestCutHTML(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
		cut      bool
	}{
		{"within the cap", "<p>a</p><p>b</p>", 100, "<p>a</p><p>b</p>", false},
		{"at the cap", "<p>a</p>", 8, "<p>a</p>", false},
		{"after the last end tag", "<p>one</p><p>two</p><p>three</p>", 25, "<p>one</p><p>two</p>", true},
		{"end tag split by the cap", "<p>one</p><p>two</p>", 18, "<p>one</p>", true},
		{"start tags only", "<div><div><div>text text", 14, "<div><div>", true},
		{"no tag: rune boundary", "ééééé", 5, "éé", true},
		{"end tag in text before cap", "<p>a</p>" + strings.Repeat("x", 50), 30, "<p>a</p>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := cutHTML(tt.in, tt.max)
			if got != tt.want || cut != tt.cut {
				t.Errorf("cutHTML(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.cut)
			}
			if len(got) > tt.max {
				t.Errorf("%d bytes kept, over the cap of %d", len(got), tt.max)
			}
		})
	}
}

// bigArticle is a page of n numbered paragraphs.
func bigArticle(n int) string {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>Port breach</title></head><body><article><h1>Port breach</h1>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %04d: investigators said the intrusion at the port authority began with a phishing message.</p>\n", i)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

func TestParsePageHTMLCap(t *testing.T) {
	page := bigArticle(400) // ~47 KB
	tests := []struct {
		name      string
		max       int
		truncated bool
	}{
		{"under the cap", 1 << 20, false},
		{"over the cap", 10_000, true},
		{"far over the cap: raw cut first", 2_000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParsePageWith("https://news.example.org/2023/03/14/port", []byte(page), "text/html; charset=utf-8", PageOptions{MaxHTMLBytes: tt.max})
			if err != nil {
				t.Fatal(err)
			}
			if a.Truncated != tt.truncated {
				t.Fatalf("Truncated = %v, want %v", a.Truncated, tt.truncated)
			}
			paras := strings.Split(a.Text, "\n\n")
			last := paras[len(paras)-1]
			// every paragraph kept is whole: the cut fell between elements
			if !strings.HasSuffix(last, "phishing message.") {
				t.Errorf("last paragraph cut mid-element: %q", last)
			}
			if !tt.truncated && !strings.Contains(a.Text, "Paragraph 0399") {
				t.Error("text of an uncut page lost its last paragraph")
			}
			if tt.truncated {
				if strings.Contains(a.Text, "Paragraph 0399") {
					t.Error("the end of a cut page is still there")
				}
				if kept := len(paras); kept*100 > tt.max {
					t.Errorf("%d paragraphs kept, more than %d bytes of HTML hold", kept, tt.max)
				}
			}
		})
	}
}

// slowExtract is a fake go-trafilatura that blocks until release is closed.
func slowExtract(release <-chan struct{}, started *sync.WaitGroup) func(*html.Node, trafilatura.Options) (*trafilatura.ExtractResult, error) {
	return func(*html.Node, trafilatura.Options) (*trafilatura.ExtractResult, error) {
		if started != nil {
			started.Done()
		}
		<-release
		return nil, errors.New("released")
	}
}

func TestParsePageExtractDeadline(t *testing.T) {
	page := []byte(bigArticle(5))
	const u = "https://news.example.org/2023/03/14/slow"
	release := make(chan struct{})
	defer waitSlotsFree(t)
	defer close(release)

	_, err := ParsePageWith(u, page, "text/html", PageOptions{ExtractTimeout: 20 * time.Millisecond, extract: slowExtract(release, nil)})
	if !errors.Is(err, ErrExtractTimeout) || !errors.Is(err, ErrPermanent) {
		t.Fatalf("err = %v, want ErrExtractTimeout (permanent)", err)
	}
	if msg := err.Error(); !strings.Contains(msg, u) || !strings.Contains(msg, "20ms deadline") {
		t.Errorf("error %q does not name the URL and the deadline", msg)
	}
	if r := Reason(err); r != "extract-timeout" {
		t.Errorf("Reason = %q", r)
	}
}

// TestExtractSlotsBounded: runs abandoned past their deadline keep their
// slot until they finish, so stuck pages cannot pile up without bound; a
// page finding every slot taken fails clearly, and slots come back once
// the stuck runs end.
func TestExtractSlotsBounded(t *testing.T) {
	waitSlotsFree(t) // runs of earlier tests
	page := []byte(bigArticle(5))
	release := make(chan struct{})
	var started sync.WaitGroup
	n := cap(extractSlots)
	started.Add(n)
	stuck := PageOptions{ExtractTimeout: 10 * time.Millisecond, extract: slowExtract(release, &started)}
	for i := 0; i < n; i++ {
		if _, err := ParsePageWith("https://x.example/stuck", page, "text/html", stuck); !errors.Is(err, ErrExtractTimeout) {
			t.Fatalf("stuck page %d: err = %v", i, err)
		}
	}
	started.Wait()
	_, err := ParsePageWith("https://x.example/next", page, "text/html", PageOptions{ExtractTimeout: 10 * time.Millisecond})
	if !errors.Is(err, ErrExtractTimeout) || !strings.Contains(err.Error(), "did not start") || !strings.Contains(err.Error(), "https://x.example/next") {
		t.Fatalf("with every slot held by stuck runs: err = %v", err)
	}
	close(release)
	waitSlotsFree(t)
	if _, err := ParsePage("https://x.example/after", page, "text/html"); err != nil {
		t.Fatalf("after the stuck runs ended: %v", err)
	}
}

func TestPageOptionsValidate(t *testing.T) {
	if err := (PageOptions{MaxHTMLBytes: -1, ExtractTimeout: -time.Second}).Validate(); err == nil ||
		!strings.Contains(err.Error(), "max html bytes") || !strings.Contains(err.Error(), "extract timeout") {
		t.Errorf("Validate = %v", err)
	}
	if err := (Config{Contact: DefaultContact, Page: PageOptions{MaxHTMLBytes: -5}}).Validate(); err == nil {
		t.Error("Config.Validate accepted a negative html cap")
	}
	if err := (PageOptions{}).Validate(); err != nil {
		t.Errorf("zero options: %v", err)
	}
}

// waitSlotsFree waits for abandoned runs to give their slots back.
func waitSlotsFree(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for len(extractSlots) > 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := len(extractSlots); n != 0 {
		t.Fatalf("%d extraction slots still held after the stuck runs ended", n)
	}
}

// FuzzCutHTML: the cut is a prefix within the cap, valid UTF-8 stays valid,
// and a page within the cap is left alone.
func FuzzCutHTML(f *testing.F) {
	f.Add("<p>one</p><p>two</p>", 12)
	f.Add("ééé<b>x</b>", 4)
	f.Add("</", 1)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 1<<20 {
			return
		}
		got, cut := cutHTML(s, max)
		if cut != (len(s) > max) || !strings.HasPrefix(s, got) || len(got) > max {
			t.Fatalf("cutHTML(%q, %d) = %q, %v", s, max, got, cut)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("cutHTML(%q, %d) = %q: invalid UTF-8", s, max, got)
		}
	})
}
