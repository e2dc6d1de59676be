package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/normalizer"
)

// maxInput bounds one input file: news articles are far smaller, and a
// runaway input should fail clearly rather than exhaust memory.
const maxInput = 32 << 20

// errInput marks an input that could not be read; the other files are still
// processed and the exit status reports the failure.
var errInput = errors.New("input")

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[--published DATE] [--url URL] [--lang fr|en|auto] [--title T] FILE... (- reads stdin)")
	published := fs.String("published", "", "publication date: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339")
	pageURL := fs.String("url", "", "article URL written into each claim (default file://ABSPATH, or stdin:)")
	lang := fs.String("lang", "auto", "article language: fr, en or auto (detected from the text)")
	title := fs.String("title", "", "article title (default: the first line of a plain-text file when short)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "claimwire extract: no input file (use - for stdin)")
		fs.Usage()
		return errUsage
	}
	var pub claim.Date
	if *published != "" {
		d, err := claim.ParseDate(*published)
		if err != nil {
			return fmt.Errorf("--published: %w", err)
		}
		pub = d
	}
	switch *lang {
	case "auto", "fr", "en":
	default:
		return fmt.Errorf("--lang %q: want fr, en or auto", *lang)
	}
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		return err
	}
	x, err := extractor.New(extractor.Config{Version: "claimwire/" + Version}, norm, e.log)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var failed int
	for _, name := range fs.Args() {
		a, err := loadArticle(e, name, *pageURL, *title, *lang, pub)
		if err != nil {
			fmt.Fprintf(e.stderr, "claimwire extract: %v\n", err)
			failed++
			continue
		}
		claims, err := x.Extract(ctx, &a)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for i := range claims {
			if err := claims[i].Validate(); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			if err := enc.Encode(&claims[i]); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d of %d file(s) could not be read", errInput, failed, fs.NArg())
	}
	return nil
}

// loadArticle reads one file (or stdin) and turns it into an Article: HTML
// through the fetcher's page parser, plain text as is (its first line is the
// title when short), offsets always into the text the extractor sees.
func loadArticle(e *env, name, pageURL, title, lang string, pub claim.Date) (claim.Article, error) {
	var body []byte
	var err error
	if name == "-" {
		body, err = io.ReadAll(io.LimitReader(e.stdin, maxInput+1))
		if pageURL == "" {
			pageURL = "stdin:"
		}
	} else {
		var f *os.File
		f, err = os.Open(name)
		if err == nil {
			body, err = io.ReadAll(io.LimitReader(f, maxInput+1))
			f.Close()
		}
		if pageURL == "" {
			abs, aerr := filepath.Abs(name)
			if aerr != nil {
				abs = name
			}
			pageURL = "file://" + filepath.ToSlash(abs)
		}
	}
	if err != nil {
		return claim.Article{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(body) > maxInput {
		return claim.Article{}, fmt.Errorf("%s: larger than %d MB", name, maxInput>>20)
	}
	var a claim.Article
	if isHTML(body) {
		a, err = fetcher.ParsePage(pageURL, body, http.DetectContentType(body))
		if err != nil {
			return claim.Article{}, fmt.Errorf("%s: %w", name, err)
		}
	} else {
		if !utf8.Valid(body) {
			return claim.Article{}, fmt.Errorf("%s: not UTF-8 text or HTML", name)
		}
		text := strings.TrimPrefix(string(body), "\ufeff")
		a = claim.Article{URL: pageURL, Text: text}
		if first, _, _ := strings.Cut(strings.TrimSpace(text), "\n"); len(first) <= 200 && len(first) > 0 {
			a.Title = strings.TrimSpace(first)
		}
	}
	a.Schema = claim.SchemaArticle
	a.URL = pageURL
	if title != "" {
		a.Title = title
	}
	if pub != "" {
		a.Published = pub
	}
	if a.Source == "" {
		a.Source = sourceOf(pageURL)
	}
	switch {
	case lang == "fr" || lang == "en":
		a.Lang = lang
	case a.Lang != "fr" && a.Lang != "en":
		a.Lang = detectLang(a.Text)
	}
	a.Hash = claim.ContentHash(a.Text)
	a.FetchedAt = time.Now().UTC()
	return a, nil
}

// isHTML sniffs markup: a leading "<" or the standard content sniffer.
func isHTML(b []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && t[0] == '<' {
		return true
	}
	return strings.HasPrefix(http.DetectContentType(b), "text/html")
}

// detectLang picks fr or en with whatlanggo restricted to those two.
func detectLang(text string) string {
	if len(text) > 8000 {
		text = text[:8000]
	}
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{whatlanggo.Fra: true, whatlanggo.Eng: true}})
	if info.Lang == whatlanggo.Fra {
		return "fr"
	}
	return "en"
}

// sourceOf returns the host of an http(s) URL, for the claim's source field.
func sourceOf(u string) string {
	for _, p := range []string{"https://", "http://"} {
		if strings.HasPrefix(u, p) {
			h := strings.TrimPrefix(u, p)
			if i := strings.IndexAny(h, "/?#"); i >= 0 {
				h = h[:i]
			}
			return strings.TrimPrefix(h, "www.")
		}
	}
	return ""
}
