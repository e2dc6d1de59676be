package fetcher

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"

	"github.com/claimwire/claimwire/internal/golden"
)

// TestParsePageGolden: every fixture page against its .golden.json (run
// with -update to rewrite after a deliberate change).
func TestParsePageGolden(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/pages/*.html")
	if len(files) < 5 {
		t.Fatalf("fixtures missing: %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			a, err := ParsePage("https://news.example.org/2023/03/14/x", readFile(t, f), "text/html")
			out := struct {
				Article *claim.Article `json:"article,omitempty"`
				Error   string         `json:"error,omitempty"`
			}{}
			if err != nil {
				out.Error = err.Error()
			} else {
				out.Article = &a
			}
			got, _ := json.MarshalIndent(out, "", "  ")
			golden.Check(t, strings.TrimSuffix(f, ".html")+".golden.json", append(got, '\n'), *update)
		})
	}
}

// TestBoilerplateRemoved: a page with navigation, related links, comments
// and a footer around the body keeps the body, paragraph by paragraph, and
// nothing else.
func TestBoilerplateRemoved(t *testing.T) {
	t.Parallel()
	a, err := ParsePage("https://news.example.org/2023/03/14/port-intrusions?ref=rss", readFile(t, "testdata/pages/article-en.html"), "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"The maritime authorities of three coastal countries said on Tuesday",
		"planted months before the intrusions were detected.",
		"previously attributed to a unit of a foreign intelligence service",
		"report any unusual traffic to their national computer emergency response team.",
	} {
		if !strings.Contains(a.Text, in) {
			t.Errorf("body lost %q", in)
		}
	}
	for _, out := range []string{"Related stories", "Ransomware gang claims", "throwaway99", "nobody wants to pay",
		"Subscribe to our newsletter", "All rights reserved", "Cookie settings", "Patch Tuesday"} {
		if strings.Contains(a.Text, out) {
			t.Errorf("boilerplate kept: %q", out)
		}
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 5 || !strings.HasPrefix(paras[1], "The maritime") || !strings.HasPrefix(paras[4], "Port operators") {
		t.Errorf("paragraphs not kept (%d): %q", len(paras), paras)
	}
	if a.Title != "Officials blame state-backed group for port intrusions" || a.CanonicalURL != "https://news.example.org/2023/03/14/port-intrusions" ||
		a.Published != "2023-03-14" || a.PublishedRaw != "2023-03-14T22:40:00-05:00" || a.Lang != "en" ||
		strings.Join(a.Authors, "|") != "Dana Whitlock|Luis Ortega" {
		t.Errorf("%+v", a)
	}
}

func TestParsePageKinds(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Le ministère a publié un avis sur une campagne d'intrusion visant des opérateurs. ", 3)
	cases := []struct {
		name, url, ct, body string
		wantErr             error
		check               func(t *testing.T, a claim.Article)
	}{
		{name: "binary", ct: "application/octet-stream", body: "\x00\x01", wantErr: ErrBinaryContent},
		{name: "pdf", ct: "application/pdf", body: "%PDF", wantErr: ErrBinaryContent},
		{name: "plain text", ct: "text/plain", body: "Titre de l'avis\n\n" + long + "\n\n" + long,
			check: func(t *testing.T, a claim.Article) {
				if a.Title != "Titre de l'avis" || strings.Count(a.Text, "\n\n") != 2 || a.Lang != "fr" {
					t.Errorf("%+v", a)
				}
			}},
		{name: "empty", ct: "text/html", body: "", wantErr: ErrNoArticle},
		{name: "date from url", url: "https://x.example/news/2021/07/19/story", ct: "text/html",
			body: "<html><body><article><p>" + long + "</p></article></body></html>",
			check: func(t *testing.T, a claim.Article) {
				if a.Published != "2021-07-19" || a.PublishedRaw != "2021/07/19" || a.Lang != "fr" {
					t.Errorf("%+v", a)
				}
			}},
		{name: "month from url", url: "https://x.example/2021/07/story.html", ct: "text/html",
			body: "<html><body><article><p>" + long + "</p></article></body></html>",
			check: func(t *testing.T, a claim.Article) {
				if a.Published != "2021-07" || a.Published.Precision() != claim.PrecisionMonth {
					t.Errorf("%+v", a)
				}
			}},
		{name: "time element and lang region", ct: "text/html",
			body: `<html lang="en-US"><body><article><h1>T</h1><time datetime="2022-02-24T05:00:00+02:00">Feb 24</time><p>` + long + `</p></article></body></html>`,
			check: func(t *testing.T, a claim.Article) {
				if a.Published != "2022-02-24" || a.Lang != "en" {
					t.Errorf("lang from <html lang> wins over the detector; %+v", a)
				}
			}},
		{name: "json-ld graph", ct: "text/html",
			body: `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-12-13","headline":"H","author":"Jane Roe"}]}</script></head><body><article><p>` + long + `</p></article></body></html>`,
			check: func(t *testing.T, a claim.Article) {
				if a.Published != "2020-12-13" || strings.Join(a.Authors, ",") != "Jane Roe" {
					t.Errorf("%+v", a)
				}
			}},
		{name: "charset in header beats none", ct: "text/html; charset=iso-8859-1",
			body: "<html><body><article><p>" + string([]byte{'S', 0xe9, 'c', 'u', 'r', 'i', 't', 0xe9, ' '}) + long + "</p></article></body></html>",
			check: func(t *testing.T, a claim.Article) {
				if !strings.HasPrefix(a.Text, "Sécurité ") {
					t.Errorf("%q", a.Text)
				}
			}},
		{name: "utf-8 header over a latin-1 page with meta", ct: "text/html; charset=utf-8",
			body: `<html><head><meta charset="iso-8859-1"></head><body><article><p>` + string([]byte{'S', 0xe9, 'c', 'u', 'r', 'i', 't', 0xe9, ' '}) + strings.Repeat("The agency said the intrusion lasted for months. ", 3) + "</p></article></body></html>",
			check: func(t *testing.T, a claim.Article) {
				if !strings.HasPrefix(a.Text, "Sécurité The agency") {
					t.Errorf("%q", a.Text)
				}
			}},
		{name: "utf-8 BOM", ct: "",
			body: "\xef\xbb\xbf<html><body><article><p>Sécurité " + long + "</p></article></body></html>",
			check: func(t *testing.T, a claim.Article) {
				if !strings.HasPrefix(a.Text, "Sécurité ") {
					t.Errorf("%q", a.Text)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			u := tc.url
			if u == "" {
				u = "https://x.example/a"
			}
			a, err := ParsePage(u, []byte(tc.body), tc.ct)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || !errors.Is(err, ErrPermanent) {
					t.Fatalf("err %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(a.Text) || a.Hash != claim.ContentHash(a.Text) || a.Schema != claim.SchemaArticle {
				t.Fatalf("%+v", a)
			}
			tc.check(t, a)
		})
	}
}

func TestParseDate(t *testing.T) {
	t.Parallel()
	cases := map[string]claim.Date{
		"2021-07-19T23:30:00-04:00":       "2021-07-19", // the outlet's own day, not UTC's
		"2021-07-19T10:00:00Z":            "2021-07-19",
		"2021-07-19T10:00:00.123+02:00":   "2021-07-19",
		"2021-07-19 10:00:00":             "2021-07-19",
		"2021-07-19":                      "2021-07-19",
		"2021-07":                         "2021-07",
		"2021":                            "2021",
		"Mon, 19 Jul 2021 23:30:00 -0400": "2021-07-19",
		"Mon, 19 Jul 2021 10:00:00 GMT":   "2021-07-19",
		"19 Jul 2021 10:00:00 +0200":      "2021-07-19",
		"20210719":                        "2021-07-19",
		"July 19, 2021":                   "2021-07-19",
		"":                                "",
		"yesterday":                       "",
		"0001-01-01":                      "",
		"2021-13-45":                      "",
	}
	for in, want := range cases {
		got, ok := ParseDate(in)
		if got != want && !(want == "" && !ok) || ok != (want != "") {
			t.Errorf("ParseDate(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}

func TestPrimaryLang(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"fr-FR": "fr", "en_GB": "en", "FR": "fr", "fre": "fr", "eng": "en", "": "", "x-klingon": "", "de, en": "de"} {
		if got := primaryLang(in); got != want {
			t.Errorf("primaryLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBylineFragments(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"— Publié le", "Published", "By", "Updated:", "— Mis à jour le", "|", "—"} {
		if !bylineFragment().MatchString(s) {
			t.Errorf("%q kept", s)
		}
	}
	for _, s := range []string{"Le ministère a publié un avis.", "By the end of 2021, officials said so.", "Published reports say", "Paris"} {
		if bylineFragment().MatchString(s) {
			t.Errorf("%q dropped", s)
		}
	}
}

func TestParseFeedControlChars(t *testing.T) {
	t.Parallel()
	body := rssFeed(rssItem("Copy\x0bpaste\x1a title", "http://x.test/1", ""))
	feed, err := ParseFeed([]byte(body), "application/rss+xml")
	if err != nil || len(feed.Items) != 1 || feed.Items[0].Title != "Copypaste title" {
		t.Fatalf("%v %+v", err, feed)
	}
}

// TestParsePageBlockBoundaries: headings and paragraphs must never be glued
// together, and the <title> must never reappear in (or glued to) the body,
// whatever trafilatura extractor produced the text.
func TestParsePageBlockBoundaries(t *testing.T) {
	t.Parallel()
	const fbi = "The FBI accused North Korea of stealing funds from a cryptocurrency exchange in Japan during the summer, officials said."
	const uk = "The United Kingdom accused North Korea of running a campaign against banks in Europe and Asia during the spring."
	tests := []struct {
		name, html, want string
	}{
		// trafilatura takes the <h1> as the title: the text is the body alone.
		{"heading glued", `<article><h1>Allies call out Pyongyang</h1><p>` + uk + `</p></article>`, uk},
		{"heading with whitespace", "<article>\n  <h1>Allies call out Pyongyang</h1>\n  <p>" + uk + "</p>\n</article>", uk},
		{"heading kept in a section", `<html><head><title>x</title></head><body><div><h2>Allies call out Pyongyang</h2><p>` + uk + `</p><h2>Reaction</h2><p>` + fbi + `</p></div></body></html>`,
			uk + "\n\n" + fbi},
		{"tiny page", `<html><head><title>x</title></head><body><p>` + fbi + `</p></body></html>`, fbi},
		{"tiny page with whitespace", "<html>\n<head>\n<title>x</title>\n</head>\n<body>\n<p>" + fbi + "</p>\n</body>\n</html>\n", fbi},
		{"two paragraphs", `<html><head><title>Spies</title></head><body><p>` + fbi + `</p><p>` + uk + `</p></body></html>`,
			fbi + "\n\n" + uk},
		{"list items are lines", `<html><body><article><p>` + fbi + `</p><ul><li>` + uk + `</li><li>` + fbi + `</li></ul></article></body></html>`,
			fbi + "\n\n" + uk + "\n" + fbi},
		{"list items glued", `<html><head><title>x</title></head><body><ul><li>` + uk + `</li><li>` + fbi + `</li></ul></body></html>`,
			uk + "\n" + fbi},
		{"br line break", `<html><body><div><p>` + fbi + `<br>` + uk + `</p></div></body></html>`, fbi + "\n" + uk},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParsePage("http://127.0.0.1/a", []byte(tt.html), "text/html; charset=utf-8")
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("text\n got %q\nwant %q", a.Text, tt.want)
			}
			if strings.Contains(a.Text, "PyongyangThe") || strings.Contains(a.Text, "xThe") {
				t.Errorf("blocks glued: %q", a.Text)
			}
			if strings.Contains(a.Text, "\ue000") || strings.Contains(a.Text, "\ue001") || strings.Contains(a.Title, "\ue000") {
				t.Errorf("block marks leaked: %q / %q", a.Title, a.Text)
			}
		})
	}
}
