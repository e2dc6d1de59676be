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
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/internal/eval"
)

// maxInput bounds one input file: news articles are far smaller, and a
// runaway input should fail clearly rather than exhaust memory.
const maxInput = 32 << 20

// errInput marks an input that could not be read; the other files are still
// processed and the exit status reports the failure.
var errInput = errors.New("input")

// errNoText marks an input with no article text (an HTML page that is all
// navigation): a warning, not a failure, since there is simply nothing to
// extract.
var errNoText = errors.New("no article text")

// extractNotes is printed under the flags of --help.
const extractNotes = `Input: plain text (UTF-8, UTF-16 with a byte-order mark, or Latin-1/Windows-1252,
detected) or HTML (main text found by the page parser), at most 32 MB per file.
Evidence offsets (start, end) are byte offsets into the article text: for a
UTF-8 plain-text file, into the file itself (a UTF-8 byte-order mark is kept
and counted); for a re-encoded file (UTF-16, Latin-1), into its UTF-8
decoding; for HTML, into the extracted text. Decomposed accents (NFD) are
matched like composed ones; offsets still point into the text as given.
An HTML file with no article text gives a warning and no claims.
`

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[--published DATE] [--url URL] [--lang fr|en|auto] [--title T] FILE... (- reads stdin)")
	published := fs.String("published", "", "publication date: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339")
	pageURL := fs.String("url", "", "article URL written into each claim (default file://ABSPATH, or stdin:)")
	lang := fs.String("lang", "auto", "article language: fr, en, another with a --lexicon file, or auto (detected from the text)")
	title := fs.String("title", "", "article title (default: the first line of a plain-text file when short)")
	var df dataFlags
	df.register(fs)
	usage := fs.Usage
	fs.Usage = func() {
		usage()
		fmt.Fprint(fs.Output(), "\n"+extractNotes)
	}
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
			return usageErr(fs, "--published: %v", err)
		}
		pub = d
	}
	x, err := df.extractor(e.log)
	if err != nil {
		return err
	}
	// any language with a lexicon, embedded or given with --lexicon
	if *lang != "auto" && !slices.Contains(x.Langs(), *lang) {
		return usageErr(fs, "--lang %q: want auto or one of %s", *lang, strings.Join(x.Langs(), ", "))
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var failed int
	for _, name := range fs.Args() {
		a, err := loadArticle(e, name, *pageURL, *title, *lang, pub)
		if errors.Is(err, errNoText) {
			e.log.Warn("no article text, no claims", "file", name, "err", err)
			continue
		}
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
		if errors.Is(err, fetcher.ErrNoArticle) {
			return claim.Article{}, fmt.Errorf("%s: %w: %w", name, errNoText, err)
		}
		if err != nil {
			return claim.Article{}, fmt.Errorf("%s: %w", name, err)
		}
		if strings.TrimSpace(a.Text) == "" {
			return claim.Article{}, fmt.Errorf("%s: %w", name, errNoText)
		}
		a.Hash = claim.ContentHash(a.Text)
	} else {
		text, err := decodeText(body)
		if err != nil {
			return claim.Article{}, fmt.Errorf("%s: %w", name, err)
		}
		body = nil // the text is a copy; let a 32 MB body go
		// a UTF-8 byte-order mark stays in Text so that evidence offsets are
		// offsets into the file; the sentence splitter skips it
		a = eval.PlainTextArticle(pageURL, text)
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
		a.Source = eval.HostOf(pageURL)
	}
	switch {
	case lang != "" && lang != "auto":
		a.Lang = lang
	case a.Lang != "fr" && a.Lang != "en":
		a.Lang = detectLang(a.Text)
	}
	a.FetchedAt = time.Now().UTC()
	return a, nil
}

// decodeText turns a plain-text file into UTF-8: UTF-16 when it starts
// with a byte-order mark, UTF-8 when valid (a UTF-8 mark is kept), else
// Windows-1252, the superset of Latin-1 that old French and English pages
// use. Binary data (NUL bytes outside UTF-16) is refused.
func decodeText(body []byte) (string, error) {
	if len(body) >= 2 && (body[0] == 0xff && body[1] == 0xfe || body[0] == 0xfe && body[1] == 0xff) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(body)
		if err != nil {
			return "", fmt.Errorf("utf-16: %w", err)
		}
		return string(out), nil
	}
	if bytes.IndexByte(body, 0) >= 0 {
		return "", fmt.Errorf("binary data, not text or HTML")
	}
	if utf8.Valid(body) {
		return string(body), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(body)
	if err != nil {
		return "", fmt.Errorf("windows-1252: %w", err)
	}
	return string(out), nil
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
