package fetcher

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// goodItem adds an article page at path and returns its feed item, so each
// test can check that the crawl went on past the bad item.
func goodItem(s *site, path, topic string) string {
	s.handle(path, "text/html; charset=utf-8", articlePage("Report on "+topic, "en", lorem(topic), ""))
	return rssItem("Report on "+topic, s.URL+path, "Mon, 19 Jul 2021 10:00:00 +0200")
}

func wantURLs(t *testing.T, h *harness, want ...string) {
	t.Helper()
	got := h.urls()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("emitted %v, want %v", got, want)
	}
}

func wantReason(t *testing.T, st Stats, reason string, n int) {
	t.Helper()
	if st.Reasons[reason] != n {
		t.Fatalf("reason %q counted %d times, want %d (stats %v %v)", reason, st.Reasons[reason], n, st, st.Reasons)
	}
}

// TestItemFailures: each bad item gets its specific error (logged with a
// reason, counted) and the crawl goes on to the good item after it.
func TestItemFailures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		handler   http.HandlerFunc
		mod       func(*Config)
		kind      error // specific error expected in the log
		retryable bool
		reason    string
		skipped   bool
	}{
		{name: "404", handler: func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
			kind: ErrHTTPStatus, reason: "http-404"},
		{name: "410", handler: func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) },
			kind: ErrHTTPStatus, reason: "http-410"},
		{name: "500 forever", handler: func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) },
			kind: ErrHTTPStatus, retryable: true, reason: "http-500"},
		{name: "binary content type", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7 binary"))
		}, kind: ErrBinaryContent, reason: "binary"},
		{name: "binary sniffed without content type", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil
			w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
		}, kind: ErrBinaryContent, reason: "binary"},
		{name: "image", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/jpeg")
			w.Write([]byte{0xff, 0xd8, 0xff})
		}, kind: ErrBinaryContent, reason: "binary"},
		{name: "html with no article", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(readFileNoT("testdata/pages/noarticle.html"))
		}, kind: ErrNoArticle, reason: "no-article", skipped: true},
		{name: "slow server past the timeout", mod: func(c *Config) { c.Timeout = 150 * time.Millisecond; c.MaxRetries = 1 },
			handler: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			}, kind: ErrTimeout, retryable: true, reason: "timeout"},
		{name: "endless body", mod: func(c *Config) { c.Timeout = 300 * time.Millisecond; c.MaxRetries = 0 },
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Write([]byte("<html><body><p>"))
				for r.Context().Err() == nil {
					if _, err := w.Write([]byte("and on ")); err != nil {
						return
					}
					w.(http.Flusher).Flush()
					time.Sleep(5 * time.Millisecond)
				}
			}, kind: ErrTimeout, retryable: true, reason: "timeout"},
		{name: "50 MB page", mod: func(c *Config) { c.Timeout = time.Minute }, handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := bytes.Repeat([]byte("<p>filler text</p>"), 1<<12) // 72 KiB
			for n := 0; n < 50<<20; n += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}, kind: ErrTooLarge, reason: "too-large"},
		{name: "declared length over the cap", mod: func(c *Config) { c.MaxBodyBytes = 1000 },
			handler: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Length", "5000")
				w.Write(bytes.Repeat([]byte("x"), 5000))
			}, kind: ErrTooLarge, reason: "too-large"},
		{name: "redirect loop", handler: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, r.URL.Path, http.StatusFound)
		}, kind: ErrTooManyRedirects, reason: "redirects"},
		{name: "redirect to non-http scheme", handler: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}, kind: ErrInvalidURL, reason: "invalid-url"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			s.mux.HandleFunc("/bad", tc.handler)
			feed := rssFeed(rssItem("Bad item", s.URL+"/bad", "Mon, 19 Jul 2021 10:00:00 +0200"), goodItem(s, "/good", "harbour"))
			s.handle("/feed", "application/rss+xml", feed)
			h := newHarness(t, tc.mod)
			st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
			if err != nil {
				t.Fatalf("a bad item must not fail the source: %v", err)
			}
			wantURLs(t, h, s.URL+"/good")
			wantReason(t, st, tc.reason, 1)
			if tc.skipped != (st.Skipped == 1) || tc.skipped == (st.Failed == 1) || st.New != 1 || st.Items != 2 {
				t.Fatalf("stats %v %v", st, st.Reasons)
			}
			logMsg := "item failed"
			if tc.skipped {
				logMsg = "item skipped"
			}
			lines := h.logs.lines(logMsg)
			if len(lines) != 1 || lines[0]["reason"] != tc.reason || lines[0]["url"] != s.URL+"/bad" {
				t.Fatalf("want one %q log line with reason %q, got %v", logMsg, tc.reason, lines)
			}
			// The logged error names the source and the URL.
			if msg, _ := lines[0]["err"].(string); !strings.Contains(msg, `source "test": `+s.URL+"/bad") {
				t.Fatalf("error %q does not name source and url", msg)
			}
			// Permanent failures are remembered (not re-fetched for FailureTTL);
			// retryable ones are tried again on the next crawl.
			before := s.hit("/bad")
			st2, _ := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
			again := s.hit("/bad") > before
			if tc.retryable != again {
				t.Fatalf("second crawl fetched the bad item again: %v, want %v (%v)", again, tc.retryable, st2.Reasons)
			}
			if !tc.retryable && st2.Reasons["failed-recently"] != 1 {
				t.Fatalf("second crawl %v", st2.Reasons)
			}
		})
	}
}

// TestItemErrorKinds checks errors.Is on the error of a single page fetch.
func TestItemErrorKinds(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusGone) })
	s.mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	h := newHarness(t, func(c *Config) { c.MaxRetries = 0 })
	_, err := h.crawl(t, Source{Name: "lemagit", Kind: KindPage, URL: s.URL + "/gone"})
	if !errors.Is(err, ErrHTTPStatus) || !errors.Is(err, ErrPermanent) || errors.Is(err, ErrRetryable) {
		t.Fatalf("410: %v", err)
	}
	want := fmt.Sprintf(`fetcher: source "lemagit": %s/gone: http 410 gone`, s.URL)
	if err.Error() != want {
		t.Fatalf("got %q\nwant %q", err, want)
	}
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != 410 {
		t.Fatalf("want *Error with status 410, got %#v", err)
	}
	_, err = h.crawl(t, Source{Name: "busy", Kind: KindPage, URL: s.URL + "/busy"})
	if !errors.Is(err, ErrRetryable) || errors.Is(err, ErrPermanent) {
		t.Fatalf("503: %v", err)
	}
}

// TestSourceFailures: a feed that cannot be read fails its source with a
// specific error, and the Runner goes on with the next source.
func TestSourceFailures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		kind   string
		ct     string
		body   string
		status int
		want   error
		reason string
		msg    string
	}{
		{name: "malformed xml", kind: KindRSS, ct: "application/rss+xml",
			body: `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</item></channel>`,
			want: ErrMalformedFeed, reason: "malformed-feed", msg: "malformed feed"},
		{name: "feed that is actually html", kind: KindRSS, ct: "text/html",
			body: "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
			want: ErrNotFeed, reason: "not-feed", msg: "not a feed: got an html page"},
		{name: "json that is no feed", kind: KindJSONFeed, ct: "application/json", body: `{"hello":"world"}`,
			want: ErrNotFeed, reason: "not-feed"},
		{name: "empty body", kind: KindRSS, ct: "application/rss+xml", body: "",
			want: ErrNotFeed, reason: "not-feed", msg: "empty body"},
		{name: "410 gone", kind: KindRSS, status: 410, want: ErrHTTPStatus, reason: "http-410", msg: "http 410 gone"},
		{name: "binary feed url", kind: KindAuto, ct: "application/zip", body: "PK\x03\x04", want: ErrBinaryContent, reason: "binary"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			s.mux.HandleFunc("/bad", func(w http.ResponseWriter, r *http.Request) {
				if tc.ct != "" {
					w.Header().Set("Content-Type", tc.ct)
				}
				if tc.status != 0 {
					w.WriteHeader(tc.status)
				}
				fmt.Fprint(w, tc.body)
			})
			s.handle("/good.xml", "application/rss+xml", rssFeed(goodItem(s, "/a1", "lighthouse")))
			h := newHarness(t, nil)
			bad := Source{Name: "bad", Kind: tc.kind, URL: s.URL + "/bad"}
			good := Source{Name: "good", Kind: KindRSS, URL: s.URL + "/good.xml"}
			var perSource = map[string]error{}
			r, err := NewRunner(h.f, RunnerConfig{Sources: []Source{bad, good}, Once: true, Concurrency: 1,
				OnSourceDone: func(src Source, st Stats, err error) { perSource[src.Name] = err }}, h.emit, nil)
			if err != nil {
				t.Fatal(err)
			}
			st, err := r.RunOnce(context.Background())
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrPermanent) {
				t.Fatalf("RunOnce error %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), `source "bad": `+s.URL+"/bad") || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("error %q must name source, url and %q", err, tc.msg)
			}
			if perSource["good"] != nil {
				t.Fatalf("good source failed: %v", perSource["good"])
			}
			wantURLs(t, h, s.URL+"/a1")
			wantReason(t, st, tc.reason, 1)
		})
	}
}

func TestEmptyFeed(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/feed", "application/rss+xml", rssFeed())
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.Items != 0 || st.New != 0 || st.Failed != 0 {
		t.Fatalf("empty feed: %v %v", st, err)
	}
	if len(h.logs.lines("empty feed")) != 1 {
		t.Fatal("empty feed not logged")
	}
}

func TestInvalidUTF8(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	// Feed declared UTF-8 with a stray Latin-1 byte in a title.
	feed := rssFeed(rssItem("Caf\xe9 hack", s.URL+"/p1", "Mon, 19 Jul 2021 10:00:00 GMT"))
	s.handle("/feed", "application/rss+xml; charset=utf-8", feed)
	// Page declared UTF-8 with invalid bytes in its text.
	// Page declared UTF-8, mostly valid (é, ’) with stray invalid bytes: U+FFFD.
	page := articlePage("Broken \xff bytes", "en", lorem("broken \xfe\xff encoding")+"\nThe café’s résumé was déjà vu for the agency’s analysts and their employés.", "")
	s.handle("/p1", "text/html; charset=utf-8", page)
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.New != 1 {
		t.Fatalf("%v %v", st, err)
	}
	a := h.articles()[0]
	// each bad byte becomes one U+FFFD, as in a browser (WHATWG decoder)
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !strings.Contains(a.Text, "broken \uFFFD\uFFFD encoding") {
		t.Fatalf("text not repaired: %q / %q", a.Title, a.Text)
	}
	if w := h.logs.lines("invalid UTF-8 replaced by U+FFFD"); len(w) != 1 || w[0]["url"] != s.URL+"/p1" || w[0]["invalid_bytes"] != float64(8) || w[0]["first_offset"] == nil {
		t.Errorf("want one warning naming the page and the first bad byte, got %q", w)
	}
}

// TestCharsets: legacy French pages decode right whichever way the charset is given.
func TestCharsets(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, file, ct string
		want           []string
	}{
		{"iso-8859-1 meta", "article-fr-latin1.html", "text/html", []string{"collectivités françaises", "débuté à l'été", "« Nous recommandons"}},
		{"windows-1252 meta", "article-fr-cp1252.html", "text/html", []string{"d’espionnage", "2 000 000 €", "œuvre", "État étranger"}},
		{"windows-1252 header only", "article-fr-undeclared.html", "text/html; charset=windows-1252", []string{"collectivités françaises", "s'est poursuivie"}},
		{"iso-8859-1 header only", "article-fr-undeclared.html", "text/html; charset=ISO-8859-1", []string{"collectivités françaises"}},
		{"undeclared legacy bytes", "article-fr-undeclared.html", "text/html", []string{"collectivités françaises"}},
		{"utf-8 header over a windows-1252 page", "article-fr-cp1252.html", "text/html; charset=utf-8", []string{"d’espionnage", "2 000 000 €"}},
		{"utf-8 header over an undeclared latin-1 page", "article-fr-undeclared.html", "text/html; charset=UTF-8", []string{"collectivités françaises"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			s.handle("/page", tc.ct, string(readFile(t, "testdata/pages/"+tc.file)))
			h := newHarness(t, nil)
			if _, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/page"}); err != nil {
				t.Fatal(err)
			}
			a := h.articles()[0]
			for _, w := range tc.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			if strings.ContainsRune(a.Text, utf8.RuneError) || a.Lang != "fr" || a.Published != "2023-05-17" {
				t.Errorf("lang %q published %q text %q", a.Lang, a.Published, a.Text)
			}
		})
	}
}

func TestCompression(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	compress := func(enc string, b []byte) []byte {
		var buf bytes.Buffer
		switch enc {
		case "gzip":
			zw := gzip.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
		case "deflate":
			zw := zlib.NewWriter(&buf)
			zw.Write(b)
			zw.Close()
		}
		return buf.Bytes()
	}
	serve := func(path, ct, enc string, body []byte) {
		s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), enc) {
				t.Errorf("Accept-Encoding %q lacks %s", r.Header.Get("Accept-Encoding"), enc)
			}
			w.Header().Set("Content-Type", ct)
			w.Header().Set("Content-Encoding", enc)
			w.Write(compress(enc, body))
		})
	}
	serve("/feed", "application/rss+xml", "gzip", []byte(rssFeed(
		rssItem("Gzip page", s.URL+"/gz", "Mon, 19 Jul 2021 10:00:00 GMT"),
		rssItem("Deflate page", s.URL+"/df", "Mon, 19 Jul 2021 10:00:00 GMT"))))
	serve("/gz", "text/html", "gzip", []byte(articlePage("Gzip page", "en", lorem("gzip"), "")))
	serve("/df", "text/html", "deflate", []byte(articlePage("Deflate page", "en", lorem("deflate"), "")))
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.New != 2 {
		t.Fatalf("%v %v", st, err)
	}
	for i, topic := range []string{"gzip", "deflate"} {
		if !strings.Contains(h.articles()[i].Text, "the "+topic+" campaign") {
			t.Errorf("article %d: %q", i, h.articles()[i].Text)
		}
	}
}

// TestGzipBombCapped: the size cap applies to the decoded body.
func TestGzipBombCapped(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(bytes.Repeat([]byte{' '}, 20<<20))
	zw.Close()
	s.mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	h := newHarness(t, func(c *Config) { c.MaxBodyBytes = 1 << 20 })
	_, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/bomb"})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("want ErrTooLarge, got %v", err)
	}
}

func TestRetryAfter429(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var n atomic.Int32
	s.mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("Throttled", "en", lorem("throttled"), ""))
	})
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	if err != nil || st.New != 1 || n.Load() != 2 {
		t.Fatalf("%v %v hits=%d", st, err, n.Load())
	}
	// The fetcher waited exactly what the server asked (the fake sleep records it).
	found := false
	for _, d := range h.sleeps.all() {
		found = found || d == 7*time.Second
	}
	if !found {
		t.Fatalf("sleeps %v, want a 7s wait", h.sleeps.all())
	}
}

func TestRetryAfterTooLong(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "86400")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	h := newHarness(t, func(c *Config) { c.MaxRetryAfter = time.Minute })
	_, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	if !errors.Is(err, ErrRetryable) || !strings.Contains(err.Error(), "exceeds the 1m0s cap") || s.hit("/p") != 1 {
		t.Fatalf("%v hits=%d", err, s.hit("/p"))
	}
}

func Test500Then200(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var n atomic.Int32
	s.mux.HandleFunc("/p", func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) <= 2 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("Flaky", "en", lorem("flaky"), ""))
	})
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	if err != nil || st.New != 1 || n.Load() != 3 {
		t.Fatalf("%v %v hits=%d", st, err, n.Load())
	}
	sl := h.sleeps.all()
	if len(sl) != 2 || sl[0] <= 0 || sl[1] > 4*time.Millisecond {
		t.Fatalf("backoff sleeps %v, want two within BackoffMax", sl)
	}
}

func TestRetryBudget(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(502) })
	items := []string{}
	for i := range 4 {
		items = append(items, rssItem(fmt.Sprint("t", i), fmt.Sprintf("%s/down/%d", s.URL, i), ""))
	}
	s.handle("/feed", "application/rss+xml", rssFeed(items...))
	h := newHarness(t, func(c *Config) { c.MaxRetries = 3; c.RetryBudget = 4 })
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.Failed != 4 {
		t.Fatalf("%v %v", st, err)
	}
	// 4 retries in all, then every further failure is given up at once.
	if len(h.sleeps.all()) != 4 || st.Reasons["retry-budget"] < 1 {
		t.Fatalf("sleeps %v reasons %v", h.sleeps.all(), st.Reasons)
	}
}

// TestConditionalGet: validators are remembered in the State, sent back,
// and a 304 means nothing is fetched or emitted; a new Fetcher on the same
// State (another process) does the same.
func TestConditionalGet(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	feed := rssFeed(goodItem(s, "/a1", "conditional"))
	const etag = `"v1"`
	const lm = "Mon, 19 Jul 2021 10:00:00 GMT"
	s.mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lm)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	})
	h := newHarness(t, nil)
	src := Source{Name: "test", Kind: KindRSS, URL: s.URL + "/feed"}
	if st, err := h.crawl(t, src); err != nil || st.New != 1 {
		t.Fatalf("first crawl %v %v", st, err)
	}
	raw, ok, _ := h.st.Get(context.Background(), validatorsKey(src.URL))
	if !ok || !strings.Contains(string(raw), `\"v1\"`) || !strings.Contains(string(raw), lm) {
		t.Fatalf("validators not stored: %s", raw)
	}
	// Same state, new fetcher.
	h2 := newHarness(t, nil)
	h2.st = h.st
	f2, _ := New(testConfig(), h.st, nil)
	st, err := f2.Crawl(context.Background(), src, h2.emit)
	if err != nil || st.Unchanged != 1 || st.New != 0 || len(h2.articles()) != 0 {
		t.Fatalf("second crawl %v %v", st, err)
	}
	wantReason(t, st, "not-modified", 1)
	req := s.lastRequest("/feed")
	if req.Header.Get("If-None-Match") != etag || req.Header.Get("If-Modified-Since") != lm {
		t.Fatalf("conditional headers not sent: %v", req.Header)
	}
	if s.hit("/a1") != 1 {
		t.Fatalf("article fetched %d times", s.hit("/a1"))
	}
}

// TestEmitErrorNotMarkedSeen: an article whose emit failed is not recorded;
// the feed's validators are not saved either, so the next crawl fetches and
// emits it again even though the server supports conditional GET.
func TestEmitErrorNotMarkedSeen(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	feed := rssFeed(goodItem(s, "/a1", "bus down"), goodItem(s, "/a2", "second"))
	s.mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"x"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"x"`)
		fmt.Fprint(w, feed)
	})
	h := newHarness(t, nil)
	h.emitErr = errors.New("nats: no responders available")
	src := Source{Kind: KindRSS, URL: s.URL + "/feed"}
	st, err := h.crawl(t, src)
	if err != nil || st.Failed != 2 || st.New != 0 {
		t.Fatalf("%v %v", st, err)
	}
	wantReason(t, st, "emit", 2)
	if h.st.Len() != 0 {
		t.Fatalf("state has %d keys after failed emits, want 0", h.st.Len())
	}
	h.emitErr = nil
	st, err = h.crawl(t, src)
	if err != nil || st.New != 2 {
		t.Fatalf("re-crawl %v %v", st, err)
	}
	wantURLs(t, h, s.URL+"/a1", s.URL+"/a2")
	// Now everything is recorded: a third crawl gets a 304.
	st, _ = h.crawl(t, src)
	wantReason(t, st, "not-modified", 1)
}

func TestDuplicatesAcrossFeeds(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	shared := goodItem(s, "/shared", "shared")
	s.handle("/f1", "application/rss+xml", rssFeed(shared, goodItem(s, "/only1", "one")))
	s.handle("/f2", "application/atom+xml", fmt.Sprintf(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><id>b</id><updated>2021-07-19T10:00:00Z</updated>
<entry><title>Shared</title><id>s</id><link href="%s/shared#comments"/><updated>2021-07-19T10:00:00Z</updated></entry></feed>`, s.URL))
	h := newHarness(t, nil)
	if _, err := h.crawl(t, Source{Name: "a", Kind: KindRSS, URL: s.URL + "/f1"}); err != nil {
		t.Fatal(err)
	}
	st, err := h.crawl(t, Source{Name: "b", Kind: KindAtom, URL: s.URL + "/f2"})
	if err != nil || st.New != 0 || st.Unchanged != 1 {
		t.Fatalf("%v %v", st, err)
	}
	wantReason(t, st, "seen", 1)
	if s.hit("/shared") != 1 {
		t.Fatalf("shared article fetched %d times", s.hit("/shared"))
	}
	wantURLs(t, h, s.URL+"/shared", s.URL+"/only1")
}

func TestSameArticleTwoURLs(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	canon := fmt.Sprintf(`<link rel="canonical" href="%s/news/story">`, s.URL)
	body := lorem("canonical")
	s.handle("/news/story", "text/html", articlePage("Story", "en", body, canon))
	s.handle("/amp/story", "text/html", articlePage("Story", "en", body+"\nRead more on our site.", canon))
	// Same text, no canonical, two URLs.
	s.handle("/x/copy1", "text/html", articlePage("Copy", "en", lorem("copied"), ""))
	s.handle("/y/copy2", "text/html", articlePage("Copy", "en", lorem("copied"), ""))
	s.handle("/feed", "application/rss+xml", rssFeed(
		rssItem("Story", s.URL+"/news/story", ""), rssItem("Story AMP", s.URL+"/amp/story?utm=x", ""),
		rssItem("Copy", s.URL+"/x/copy1", ""), rssItem("Copy again", s.URL+"/y/copy2", "")))
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.New != 2 || st.Unchanged != 2 {
		t.Fatalf("%v %v", st, err)
	}
	wantReason(t, st, "duplicate", 2)
	wantURLs(t, h, s.URL+"/news/story", s.URL+"/x/copy1")
	if h.articles()[0].CanonicalURL != s.URL+"/news/story" {
		t.Fatalf("canonical %q", h.articles()[0].CanonicalURL)
	}
	// The duplicate URLs are remembered: a second crawl fetches nothing.
	before := s.hit("/amp/story") + s.hit("/y/copy2")
	st, _ = h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if after := s.hit("/amp/story") + s.hit("/y/copy2"); after != before || st.Reasons["seen"] != 4 {
		t.Fatalf("duplicates re-fetched (%d→%d) %v", before, after, st.Reasons)
	}
}

func TestRelativeLinksAndFeedHints(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	// The page has no title tag, no date and no lang: the feed item's title,
	// date (in its own offset) and the feed's language are carried over.
	s.handle("/articles/2021/bare", "text/html", "<html><body><article><p>"+strings.ReplaceAll(lorem("bare"), "\n", "</p><p>")+"</p></article></body></html>")
	s.handle("/feed", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link><language>fr-FR</language>
<item><title>Titre du flux</title><link>articles/2021/bare</link><pubDate>Mon, 19 Jul 2021 23:30:00 -0400</pubDate></item></channel></rss>`)
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.New != 1 {
		t.Fatalf("%v %v", st, err)
	}
	a := h.articles()[0]
	if a.URL != s.URL+"/articles/2021/bare" || a.Title != "Titre du flux" || a.Published != "2021-07-19" ||
		a.PublishedRaw != "Mon, 19 Jul 2021 23:30:00 -0400" || a.Lang != "fr" || a.Source != "test" {
		t.Fatalf("%+v", a)
	}
}

func TestJSONFeed(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	goodItem(s, "/j1", "jsonfeed")
	s.handle("/feed.json", "application/feed+json", fmt.Sprintf(`{"version":"https://jsonfeed.org/version/1.1","title":"J","language":"en",
"items":[{"id":"1","url":"%s/j1","title":"Report on jsonfeed","date_published":"2021-07-19T10:00:00+02:00"},{"id":"2","title":"no url"}]}`, s.URL))
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindJSONFeed, URL: s.URL + "/feed.json"})
	if err != nil || st.New != 1 || st.Reasons["no-link"] != 1 {
		t.Fatalf("%v %v %v", st, st.Reasons, err)
	}
	wantURLs(t, h, s.URL+"/j1")
}

func TestAutoDiscovery(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/", "text/html", `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>home</body></html>`)
	s.handle("/rss", "application/rss+xml", rssFeed(goodItem(s, "/d1", "discovered")))
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindAuto, URL: s.URL + "/"})
	if err != nil || st.New != 1 {
		t.Fatalf("%v %v", st, err)
	}
}

func TestSitemap(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	goodItem(s, "/s/new", "newest")
	goodItem(s, "/s/old", "oldest")
	s.handle("/sitemap_index.xml", "application/xml", fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-1.xml</loc></sitemap></sitemapindex>`, s.URL))
	s.handle("/sitemap-1.xml", "application/xml", `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>/s/old</loc><lastmod>2020-01-01</lastmod></url>
<url><loc>/s/new</loc><lastmod>2021-07-19T10:00:00+00:00</lastmod></url>
<url><loc>/s/missing</loc><lastmod>2019-01-01</lastmod></url>
</urlset>`)
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindSitemap, URL: s.URL + "/sitemap_index.xml"})
	if err != nil || st.New != 2 || st.Failed != 1 {
		t.Fatalf("%v %v %v", st, st.Reasons, err)
	}
	wantURLs(t, h, s.URL+"/s/new", s.URL+"/s/old") // newest first
	// MaxItems keeps the newest.
	h2 := newHarness(t, nil)
	h2.crawl(t, Source{Kind: KindSitemap, URL: s.URL + "/sitemap-1.xml", MaxItems: 1})
	wantURLs(t, h2, s.URL+"/s/new")
}

func TestDirSource(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	src := Source{Kind: KindDir, Path: "testdata/pages", Lang: "en"}
	st, err := h.crawl(t, src)
	if err != nil {
		t.Fatal(err)
	}
	// four article pages (two French ones share a text), one page without article
	if st.Items != 5 || st.New != 3 || st.Unchanged != 1 || st.Skipped != 1 {
		t.Fatalf("%v %v", st, st.Reasons)
	}
	for _, a := range h.articles() {
		if !strings.HasPrefix(a.URL, "file:///") || a.Source != "test" || a.Hash == "" {
			t.Fatalf("%+v", a)
		}
	}
	st, _ = h.crawl(t, src)
	if st.New != 0 || st.Unchanged != 4 {
		t.Fatalf("second crawl %v", st)
	}
}

func TestFilters(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	item := func(title, path, cat string) string {
		goodItem(s, path, title)
		return fmt.Sprintf("<item><title>%s</title><link>%s%s</link><category>%s</category></item>", title, s.URL, path, cat)
	}
	s.handle("/feed", "application/rss+xml", rssFeed(
		item("Rançongiciel contre un hôpital", "/1", "Cybersécurité"),
		item("Ransomware sponsored webinar", "/2", "Cybersécurité"),
		item("New phone review", "/3", "Mobile"),
		item("Espionnage étatique", "/4", "Politique")))
	cases := []struct {
		name string
		src  Source
		want []string
	}{
		{"include accent-insensitive", Source{Include: []string{"RANCONGICIEL", "espionnage"}}, []string{"/1", "/4"}},
		{"exclude", Source{Exclude: []string{"webinar", "review"}}, []string{"/1", "/4"}},
		{"include and exclude", Source{Include: []string{"ransom", "rançon"}, Exclude: []string{"sponsored"}}, []string{"/1"}},
		{"categories", Source{Categories: []string{"cybersecurite"}}, []string{"/1", "/2"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, nil)
			tc.src.Kind, tc.src.URL = KindRSS, s.URL+"/feed"
			st, err := h.crawl(t, tc.src)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, p := range tc.want {
				want = append(want, s.URL+p)
			}
			wantURLs(t, h, want...)
			wantReason(t, st, "filtered", 4-len(tc.want))
		})
	}
	// Filters apply to the page text for page sources.
	h := newHarness(t, nil)
	st, _ := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/1", Exclude: []string{"stolen credentials"}})
	wantReason(t, st, "filtered", 1)
}

func TestUserAgentAndAccept(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/p", "text/html", articlePage("UA", "en", lorem("agent"), ""))
	h := newHarness(t, func(c *Config) { c.UserAgent = "claimwire-test/1.0" })
	h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	for _, p := range []string{"/robots.txt", "/p"} {
		if ua := s.lastRequest(p).Header.Get("User-Agent"); ua != "claimwire-test/1.0 (+https://claimwire.test/contact)" {
			t.Fatalf("%s: User-Agent %q", p, ua)
		}
	}
	if acc := s.lastRequest("/p").Header.Get("Accept"); !strings.HasPrefix(acc, "text/html") {
		t.Fatalf("Accept %q", acc)
	}
}

func TestRobotsDisallow(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.setRobots(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: claimwire\nDisallow: /private/\nDisallow: /members\n")
	})
	s.handle("/private/a", "text/html", articlePage("Private", "en", lorem("private"), ""))
	s.handle("/members", "text/html", articlePage("Members", "en", lorem("members"), ""))
	s.handle("/feed", "application/rss+xml", rssFeed(
		rssItem("Private", s.URL+"/private/a", ""), rssItem("Members", s.URL+"/members", ""), goodItem(s, "/public", "public")))
	h := newHarness(t, nil)
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.New != 1 || st.Skipped != 2 {
		t.Fatalf("%v %v %v", st, st.Reasons, err)
	}
	wantReason(t, st, "robots", 2)
	if s.hit("/private/a") != 0 || s.hit("/members") != 0 {
		t.Fatal("disallowed page was requested")
	}
	if s.hit("/robots.txt") != 1 {
		t.Fatalf("robots.txt fetched %d times, want once (cached per host)", s.hit("/robots.txt"))
	}
	// Disallowed pages stay unrecorded (permanent skip): a later crawl skips them again without fetching.
	st, _ = h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	wantReason(t, st, "robots", 2)
	// IgnoreRobots (for sites you own) fetches them.
	h2 := newHarness(t, func(c *Config) { c.IgnoreRobots = true })
	st, _ = h2.crawl(t, Source{Kind: KindPage, URL: s.URL + "/members"})
	if st.New != 1 {
		t.Fatalf("IgnoreRobots: %v", st)
	}
}

type fakeClock struct{ t atomic.Int64 }

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.t.Load()) }
func (c *fakeClock) advance(d time.Duration) { c.t.Add(int64(d)) }

// TestRobots5xx: a 5xx robots.txt means disallow-all for RobotsErrorTTL
// (Google's convention), with a retryable error; after the TTL it is asked again.
func TestRobots5xx(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var robotsDown atomic.Bool
	robotsDown.Store(true)
	s.setRobots(func(w http.ResponseWriter, r *http.Request) {
		if robotsDown.Load() {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNotFound) // no robots.txt: allow all
	})
	s.handle("/p", "text/html", articlePage("P", "en", lorem("robots"), ""))
	clock := &fakeClock{}
	clock.t.Store(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	h := newHarness(t, func(c *Config) { c.Now = clock.now; c.RobotsErrorTTL = 10 * time.Minute })
	_, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	if !errors.Is(err, ErrRobotsDisallowed) || !errors.Is(err, ErrRetryable) || !strings.Contains(err.Error(), "robots.txt answered http 500") {
		t.Fatalf("%v", err)
	}
	if s.hit("/p") != 0 {
		t.Fatal("page fetched although robots.txt failed")
	}
	robotsDown.Store(false)
	clock.advance(5 * time.Minute)
	if _, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"}); !errors.Is(err, ErrRobotsDisallowed) || s.hit("/robots.txt") != 1 {
		t.Fatalf("within the TTL the cached answer holds: %v, robots hits %d", err, s.hit("/robots.txt"))
	}
	clock.advance(6 * time.Minute)
	st, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	if err != nil || st.New != 1 || s.hit("/robots.txt") != 2 {
		t.Fatalf("after the TTL: %v %v robots hits %d", st, err, s.hit("/robots.txt"))
	}
}

func TestCrawlDelay(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.setRobots(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nCrawl-delay: 0.01\n")
	})
	s.handle("/p", "text/html", articlePage("P", "en", lorem("delay"), ""))
	h := newHarness(t, nil)
	h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/p"})
	u := mustParse(s.URL)
	h.f.client.mu.Lock()
	hl := h.f.client.limiters[hostKey(u)]
	h.f.client.mu.Unlock()
	if hl == nil || hl.crawlDelay != 10*time.Millisecond || float64(hl.lim.Limit()) != 100 || hl.lim.Burst() != 1 {
		t.Fatalf("crawl-delay not applied: %+v", hl)
	}
}

func TestRateLimitSlowestWins(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/p", "text/html", articlePage("P", "en", lorem("rate"), ""))
	h := newHarness(t, nil)
	h.crawl(t, Source{Name: "fast", Kind: KindPage, URL: s.URL + "/p", Rate: 500})
	h.crawl(t, Source{Name: "slow", Kind: KindPage, URL: s.URL + "/p", Rate: 200})
	h.f.client.mu.Lock()
	defer h.f.client.mu.Unlock()
	if l := float64(h.f.client.limiters[hostKey(mustParse(s.URL))].lim.Limit()); l != 200 {
		t.Fatalf("host limit %v, want the slowest rate 200", l)
	}
}

// TestAddressGuard: redirects and links to addresses that are not
// allow-listed are refused at dial time. Only loopback is ever contacted:
// 127.0.0.2 is loopback but not allow-listed, and the stub resolver's
// private and link-local answers are refused before any connect.
func TestAddressGuard(t *testing.T) {
	t.Parallel()
	// A listener on 127.0.0.2 that must never see a connection.
	trap, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2: %v", err)
	}
	defer trap.Close()
	var trapped atomic.Int32
	go func() {
		for {
			c, err := trap.Accept()
			if err != nil {
				return
			}
			trapped.Add(1)
			c.Close()
		}
	}()
	_, trapPort, _ := net.SplitHostPort(trap.Addr().String())

	s := newSite(t)
	cases := []struct {
		name, target, want string
	}{
		{"loopback not allow-listed", "http://127.0.0.2:" + trapPort + "/x", "address 127.0.0.2 refused (loopback"},
		{"name resolving to private", "http://internal.test:" + trapPort + "/x", "host internal.test resolves to 10.0.0.5, refused (private"},
		{"cloud metadata", "http://metadata.test/latest/meta-data/", "host metadata.test resolves to 169.254.169.254, refused (cloud metadata"},
		{"metadata ipv6", "http://[fd00:ec2::254]/latest", "address fd00:ec2::254 refused (cloud metadata"},
		{"ipv4-mapped loopback", "http://[::ffff:127.0.0.2]:" + trapPort + "/", "address ::ffff:127.0.0.2 refused (loopback"},
		{"unspecified", "http://0.0.0.0:" + trapPort + "/", "address 0.0.0.0 refused (unspecified"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.name = fmt.Sprint(i)
			s.mux.HandleFunc("/go/"+tc.name, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, tc.target, http.StatusFound)
			})
			h := newHarness(t, func(c *Config) {
				c.Resolver = stubResolver{"internal.test": {"10.0.0.5"}, "metadata.test": {"169.254.169.254"}}
				c.MaxRetries = 0
			})
			feed := rssFeed(rssItem("redirect", s.URL+"/go/"+tc.name, ""), goodItem(s, "/ok/"+tc.name, "guard"))
			s.handle("/feed/"+tc.name, "application/rss+xml", feed)
			st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed/" + tc.name})
			if err != nil {
				t.Fatal(err)
			}
			wantReason(t, st, "address-refused", 1)
			lines := h.logs.lines("item failed")
			if len(lines) != 1 || !strings.Contains(lines[0]["err"].(string), tc.want) {
				t.Fatalf("want %q in %v", tc.want, lines)
			}
			wantURLs(t, h, s.URL+"/ok/"+tc.name)
			// Direct fetch: the error kind is permanent ErrAddressRefused.
			_, err = h.crawl(t, Source{Kind: KindPage, URL: tc.target})
			if !errors.Is(err, ErrAddressRefused) || !errors.Is(err, ErrPermanent) {
				t.Fatalf("direct: %v", err)
			}
		})
	}
	if n := trapped.Load(); n != 0 {
		t.Fatalf("the refused address received %d connections", n)
	}
}

// TestAllowListedName: an allow-listed name may resolve to loopback (what
// the demo and tests use), and only checked addresses are dialled.
func TestAllowListedName(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	_, port, _ := net.SplitHostPort(mustParse(s.URL).Host)
	s.handle("/p", "text/html", articlePage("P", "en", lorem("named"), ""))
	h := newHarness(t, func(c *Config) {
		c.AllowHosts = []string{"fixtures.test"}
		c.Resolver = stubResolver{"fixtures.test": {"127.0.0.1"}, "mixed.test": {"10.0.0.5", "127.0.0.1"}}
	})
	st, err := h.crawl(t, Source{Kind: KindPage, URL: "http://fixtures.test:" + port + "/p"})
	if err != nil || st.New != 1 {
		t.Fatalf("%v %v", st, err)
	}
	// Not allow-listed and only refused answers (127.0.0.1 itself is not listed here).
	_, err = h.crawl(t, Source{Kind: KindPage, URL: "http://mixed.test:" + port + "/p"})
	if !errors.Is(err, ErrAddressRefused) {
		t.Fatalf("mixed answers: %v", err)
	}
}

func TestGuardRanges(t *testing.T) {
	t.Parallel()
	g := newGuard([]string{"10.1.0.0/16", "allowed.test", "192.168.1.7:8080"}, stubResolver{}, time.Second)
	cases := []struct {
		host, ip string
		refused  bool
	}{
		{"example.org", "93.184.215.14", false},
		{"example.org", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", false},
		{"x", "127.0.0.1", true}, {"x", "10.0.0.5", true}, {"x", "172.16.3.4", true}, {"x", "192.168.0.1", true},
		{"x", "169.254.169.254", true}, {"x", "169.254.1.1", true}, {"x", "fe80::1", true}, {"x", "::1", true},
		{"x", "fd00:ec2::254", true}, {"x", "fc00::5", true}, {"x", "224.0.0.1", true}, {"x", "ff02::1", true},
		{"x", "0.0.0.0", true}, {"x", "::", true}, {"x", "100.64.1.1", true}, {"x", "255.255.255.255", true},
		{"x", "::ffff:10.0.0.1", true}, {"x", "64:ff9b::a00:5", true}, {"x", "100.100.100.200", true},
		{"x", "10.1.2.3", false}, {"allowed.test", "10.9.9.9", false}, {"x", "192.168.1.7", false},
	}
	for _, tc := range cases {
		ip, err := netipParse(tc.ip)
		if err != nil {
			t.Fatal(err)
		}
		err = g.check(tc.host, ip)
		if (err != nil) != tc.refused || (err != nil && !errors.Is(err, ErrAddressRefused)) {
			t.Errorf("%s → %s: refused=%v, want %v (%v)", tc.host, tc.ip, err != nil, tc.refused, err)
		}
	}
}

// TestRunnerScheduled: Run crawls every source at start and on schedule,
// and returns cleanly on cancel after the in-flight article finished.
func TestRunnerScheduled(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	s.mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("Slow", "en", lorem("slow"), ""))
	})
	s.handle("/feed", "application/rss+xml", rssFeed(rssItem("slow", s.URL+"/slow", ""), goodItem(s, "/after", "after")))
	h := newHarness(t, nil)
	p := NewProgress(0)
	h.f.SetProgress(p)
	r, err := NewRunner(h.f, RunnerConfig{Sources: []Source{
		{Name: "a", Kind: KindRSS, URL: s.URL + "/feed", Interval: time.Hour},
		{Name: "b", Kind: KindPage, URL: s.URL + "/after", Schedule: "@every 1h"},
	}}, h.emit, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- r.Run(ctx) }()
	<-started // the slow article is in flight
	// Source b runs beside a: let it finish first, or on a loaded machine
	// the cancel can come before it started (it then rightly stays undone).
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if p.Snapshot().SourcesDone >= 1 {
			break
		}
	}
	cancel()
	time.Sleep(20 * time.Millisecond)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// The in-flight article was finished and emitted; the next item was not started.
	var gotSlow bool
	for _, u := range h.urls() {
		gotSlow = gotSlow || u == s.URL+"/slow"
	}
	if !gotSlow {
		t.Fatalf("in-flight article lost: %v", h.urls())
	}
	snap := p.Snapshot()
	if snap.SourcesDone != 2 || snap.SourcesTotal != 2 || snap.New != int64(len(h.articles())) {
		t.Fatalf("progress %+v, articles %v", snap, h.urls())
	}
}

func TestRunnerConfigValidate(t *testing.T) {
	t.Parallel()
	err := RunnerConfig{Sources: []Source{
		{Name: "a", Kind: "rsss", URL: "http://x.test/"},
		{Name: "a", Kind: KindRSS, URL: "ftp://x.test/"},
		{Name: "c", Kind: KindRSS, URL: "http://x.test/", Schedule: "every day"},
	}}.Validate()
	for _, want := range []string{`unknown kind "rsss"`, `duplicate source name "a"`, "want an http or https URL", `schedule "every day"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q in %v", want, err)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	if err := testConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	err := Config{Contact: "", Timeout: -1, MaxBodyBytes: -5, AllowHosts: []string{"a b"}}.Validate()
	for _, want := range []string{"contact: required", "timeout: negative", "max body bytes", `allow host "a b"`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("want %q in %v", want, err)
		}
	}
	if _, err := New(Config{Contact: "not a url"}, nil, nil); err == nil {
		t.Error("New accepted a bad contact")
	}
	f, err := New(Config{}, nil, nil)
	if err != nil || f.cfg.userAgent() != "claimwire/0.1 (+https://github.com/claimwire/claimwire)" {
		t.Errorf("defaults: %v %q", err, f.cfg.userAgent())
	}
}

func TestArticleValidates(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/p", "text/html", string(readFile(t, "testdata/pages/article-en.html")))
	h := newHarness(t, nil)
	h.crawl(t, Source{Name: "wire", Kind: KindPage, URL: s.URL + "/p"})
	a := h.articles()[0]
	if err := a.Validate(); err != nil || a.Schema != claim.SchemaArticle || a.Hash != claim.ContentHash(a.Text) || a.FetchedAt.IsZero() {
		t.Fatalf("%v %+v", err, a)
	}
}

// TestPageSource: a page source is re-fetched conditionally every crawl and
// emitted again only when its text changed.
func TestPageSource(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	var version atomic.Int32
	version.Store(1)
	s.mux.HandleFunc("/live", func(w http.ResponseWriter, r *http.Request) {
		etag := fmt.Sprintf(`"v%d"`, version.Load())
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("Live", "en", lorem(fmt.Sprint("version ", version.Load())), ""))
	})
	h := newHarness(t, nil)
	src := Source{Kind: KindPage, URL: s.URL + "/live"}
	if st, _ := h.crawl(t, src); st.New != 1 {
		t.Fatalf("first %v", st)
	}
	st, _ := h.crawl(t, src)
	wantReason(t, st, "not-modified", 1)
	version.Store(2)
	if st, _ := h.crawl(t, src); st.New != 1 || len(h.articles()) != 2 {
		t.Fatalf("changed page not emitted again: %v", st)
	}
}

func TestFeedCharsets(t *testing.T) {
	t.Parallel()
	latin1 := func(s string) string {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r))
		}
		return string(b)
	}
	s := newSite(t)
	goodItem(s, "/c1", "charset")
	item := fmt.Sprintf("<item><title>%s</title><link>%s/c1</link></item>", latin1("Sécurité : l'État accuse"), s.URL)
	s.handle("/declared", "application/rss+xml", `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title>`+item+`</channel></rss>`)
	s.handle("/header", "application/rss+xml; charset=windows-1252", `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+item+`</channel></rss>`)
	for _, p := range []string{"/declared", "/header"} {
		feed, err := ParseFeed([]byte(fetchBody(t, s.URL+p)), s.lastRequestCT(p))
		if err != nil || len(feed.Items) != 1 || feed.Items[0].Title != "Sécurité : l'État accuse" {
			t.Fatalf("%s: %v %+v", p, err, feed)
		}
	}
}

func fetchBody(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	return b.String()
}

// TestRobotsOnRedirectHop: robots.txt applies to every hop of a redirect chain.
func TestRobotsOnRedirectHop(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.setRobots(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n") })
	s.mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/x", http.StatusMovedPermanently)
	})
	s.handle("/private/x", "text/html", articlePage("X", "en", lorem("hop"), ""))
	h := newHarness(t, nil)
	_, err := h.crawl(t, Source{Kind: KindPage, URL: s.URL + "/short"})
	if !errors.Is(err, ErrRobotsDisallowed) || !strings.Contains(err.Error(), "(at redirect to "+s.URL+"/private/x)") || s.hit("/private/x") != 0 {
		t.Fatalf("%v (hits %d)", err, s.hit("/private/x"))
	}
}

// TestDirLangHint: a source's lang hint is a default, not an override — a
// French file in a folder tagged en is detected as French; short or
// ambiguous texts and pages declaring <html lang> keep the usual order.
func TestDirLangHint(t *testing.T) {
	t.Parallel()
	const fr = "Le gouvernement français a accusé la Russie d'avoir mené une campagne d'espionnage contre plusieurs ministères au cours de l'année dernière, selon un rapport publié mardi par l'agence nationale."
	const en = "The British government accused Russia of running an espionage campaign against several ministries during the last year, according to a report published on Tuesday by the national agency."
	const short = "Rapport publié: la Russie accusée par les autorités de plusieurs pays européens hier soir."
	tests := []struct {
		name, file, body, hint, want string
	}{
		{"french text under en hint", "fr.html", "<html><body><article><p>" + fr + "</p></article></body></html>", "en", "fr"},
		{"english text under fr hint", "en.txt", en + "\n\n" + en, "fr", "en"},
		{"english text under en hint", "en.html", "<html><body><article><p>" + en + "</p></article></body></html>", "en", "en"},
		{"short text keeps the hint", "short.txt", short, "en", "en"},
		{"markup lang wins", "lang.html", `<html lang="en"><body><article><p>` + fr + "</p></article></body></html>", "fr", "en"},
		{"no hint: detector", "nohint.html", "<html><body><article><p>" + fr + "</p></article></body></html>", "", "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			h := newHarness(t, nil)
			if _, err := h.crawl(t, Source{Kind: KindDir, Path: dir, Lang: tt.hint}); err != nil {
				t.Fatal(err)
			}
			arts := h.articles()
			if len(arts) != 1 {
				t.Fatalf("got %d articles", len(arts))
			}
			if arts[0].Lang != tt.want {
				t.Errorf("lang = %q, want %q", arts[0].Lang, tt.want)
			}
		})
	}
}

// TestCrawlErrorNamesCause: the error a run logs for a source says what
// really happened — a refused connection with its host:port, an address
// refused by the allow-list without a phantom redirect.
func TestCrawlErrorNamesCause(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := ln.Addr().String()
	ln.Close() // nothing listens there any more
	s := newSite(t)
	s.handle("/feed", "application/rss+xml", rssFeed())
	tests := []struct {
		name      string
		allow     []string
		url       string
		want      []string
		forbidden []string
	}{
		{"connection refused", []string{"127.0.0.1"}, "http://" + dead + "/feed",
			[]string{"connection refused by " + dead}, []string{"request failed", "at redirect"}},
		{"loopback not allowed", []string{"192.0.2.1"}, s.URL + "/feed",
			[]string{"address 127.0.0.1 refused"}, []string{"at redirect"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, func(c *Config) { c.AllowHosts = tt.allow })
			_, err := h.crawl(t, Source{Kind: KindRSS, URL: tt.url})
			if err == nil {
				t.Fatal("crawl succeeded")
			}
			t.Log(err)
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			for _, f := range tt.forbidden {
				if strings.Contains(err.Error(), f) {
					t.Errorf("error %q contains %q", err, f)
				}
			}
		})
	}
}

// recordingResolver fails the test on any lookup: every URL here is an IP.
type recordingResolver struct{ t *testing.T }

func (r recordingResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	r.t.Errorf("unexpected lookup of %q (the canonical URL must not be fetched)", host)
	return nil, &net.DNSError{Err: "refused by test", Name: host, IsNotFound: true}
}

// TestCanonicalNotFetched: a canonical URL on another origin becomes the
// article's identity but is never requested.
func TestCanonicalNotFetched(t *testing.T) {
	t.Parallel()
	s := newSite(t)
	s.handle("/a", "text/html", articlePage("Canon", "en", lorem("canon"), `<link rel="canonical" href="https://outlet.example/news/a">`))
	s.handle("/feed", "application/rss+xml", rssFeed(rssItem("Canon", s.URL+"/a", "")))
	h := newHarness(t, func(c *Config) { c.Resolver = recordingResolver{t} })
	st, err := h.crawl(t, Source{Kind: KindRSS, URL: s.URL + "/feed"})
	if err != nil || st.Failed != 0 || st.New != 1 {
		t.Fatalf("%v %v %v", st, st.Reasons, err)
	}
	a := h.articles()[0]
	if a.CanonicalURL != "https://outlet.example/news/a" || a.Ref().URL != a.CanonicalURL || a.URL != s.URL+"/a" {
		t.Errorf("url %q canonical %q ref %q", a.URL, a.CanonicalURL, a.Ref().URL)
	}
}
