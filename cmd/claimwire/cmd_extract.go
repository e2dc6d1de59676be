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
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fetcher"
	"github.com/claimwire/claimwire/internal/eval"
	"github.com/claimwire/claimwire/internal/textenc"
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
HTML over --max-html-bytes (default 2 MB) is cut after the last end tag before
the cap, with a warning, and the article marked truncated; main-text
extraction of one page has a 15 s deadline.
A UTF-8 file with a few invalid bytes stays UTF-8: each bad byte becomes U+FFFD
and a warning names the file, the count and the first one's byte offset; a
file whose invalid bytes outnumber its multi-byte characters is Windows-1252.
Evidence offsets (start, end) are byte offsets into the article text: for a
valid UTF-8 plain-text file, into the file itself (a UTF-8 byte-order mark is
kept and counted); for a re-encoded or repaired file (UTF-16, Latin-1, U+FFFD
replacements), into its UTF-8 decoding; for HTML, into the extracted text.
Decomposed accents (NFD) are matched like composed ones; offsets still point
into the text as given.
An HTML file with no article text gives a warning and no claims.
Article text longer than --max-input-bytes is cut at the last paragraph or
sentence boundary before the cap and the rest ignored, with a warning; at most
--max-claims claims are written per file (the first in text order), with a
warning when more were found.
`

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "[--published DATE] [--url URL] [--lang fr|en|auto] [--title T] FILE... (- reads stdin)")
	published := fs.String("published", "", "publication date: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339")
	pageURL := fs.String("url", "", "article URL written into each claim (default file://ABSPATH, or stdin:); javascript:, data: and the like are refused")
	lang := fs.String("lang", "auto", "article language: fr, en, another with a --lexicon file, or auto (detected from the text)")
	title := fs.String("title", "", "article title (default: the first line of a plain-text file when short)")
	maxInputBytes := fs.Int("max-input-bytes", extractor.DefaultMaxInputBytes, "article text analysed per file, in bytes: a longer text is cut at a paragraph or sentence boundary, with a warning")
	maxHTMLBytes := fs.Int("max-html-bytes", fetcher.DefaultMaxHTMLBytes, "HTML parsed per page, in bytes: a longer page is cut at the last element boundary before the cap and marked truncated, with a warning")
	jobs := fs.Int("jobs", 0, "files extracted at once (default GOMAXPROCS); the output order is the input order whatever the number")
	maxClaims := fs.Int("max-claims", extractor.DefaultMaxClaims, "claims kept per article (the first in text order), with a warning when more were found")
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
	if *maxInputBytes <= 0 || *maxClaims <= 0 || *maxHTMLBytes <= 0 {
		return usageErr(fs, "--max-input-bytes, --max-html-bytes and --max-claims must be > 0")
	}
	e.page.MaxHTMLBytes = *maxHTMLBytes
	if *pageURL != "" {
		// Any label is fine in extract's own output (the eval scorer passes
		// file: and seed: ones), but never a URL a browser would run.
		if err := claim.CheckInertURL(*pageURL); err != nil {
			return usageErr(fs, "--url: %v", err)
		}
		if claim.CheckArticleURL(*pageURL) != nil {
			e.log.Warn("--url is neither http(s) nor file: the claims are for local use; stores will refuse them", "url", *pageURL)
		}
	}
	x, err := df.extractor(e.log, extractor.Config{MaxInputBytes: *maxInputBytes, MaxClaims: *maxClaims})
	if err != nil {
		return err
	}
	// any language with a lexicon, embedded or given with --lexicon
	if *lang != "auto" && !slices.Contains(x.Langs(), *lang) {
		return usageErr(fs, "--lang %q: want auto or one of %s", *lang, strings.Join(x.Langs(), ", "))
	}
	if *jobs <= 0 {
		*jobs = runtime.GOMAXPROCS(0)
	}
	opts := loadOpts{pageURL: *pageURL, title: *title, lang: *lang, pub: pub, maxText: *maxInputBytes, guess: x.GuessLang, noHash: true}
	opts.cwd, opts.cwdErr = os.Getwd()
	out := bufio.NewWriterSize(e.stdout, 64<<10)
	defer out.Flush()
	failed, err := extractFiles(ctx, e, x, fs.Args(), opts, *jobs, out)
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d of %d file(s) could not be read", errInput, failed, fs.NArg())
	}
	return nil
}

// fileResult is what one file gave: its claims already encoded as JSON
// lines, or the message of an unreadable input, or an error that stops the
// run (an extractor failure, an invalid claim).
type fileResult struct {
	out     []byte
	readErr error // printed, counted, the run goes on
	fatal   error
}

// extractFiles runs the files through a bounded pool of workers (jobs of
// them, GOMAXPROCS by default: extraction is CPU-bound) and writes their
// claims in the order the files were given, so that the output is byte for
// byte the one a single worker would write. At most 4×jobs results wait for
// the writer, which bounds memory whatever the number of files. The one
// Extractor is shared: Extract is safe for concurrent use.
func extractFiles(ctx context.Context, e *env, x *extractor.Extractor, names []string, opts loadOpts, jobs int, out io.Writer) (failed int, err error) {
	if jobs > len(names) {
		jobs = len(names)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		name string
		res  chan fileResult
	}
	work := make(chan job)
	pending := make(chan chan fileResult, 4*jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.res <- extractOne(ctx, e, x, j.name, opts)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(work)
		for _, name := range names {
			res := make(chan fileResult, 1)
			select {
			case pending <- res:
			case <-ctx.Done():
				return
			}
			select {
			case work <- job{name, res}:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer wg.Wait()
	for res := range pending {
		var r fileResult
		select {
		case r = <-res:
		case <-ctx.Done():
			// the producer may stop between queuing a result and handing its
			// job to a worker: never wait on a result no one will fill
			return failed, ctx.Err()
		}
		switch {
		case r.fatal != nil:
			cancel()
			return failed, r.fatal
		case r.readErr != nil:
			fmt.Fprintf(e.stderr, "claimwire extract: %v\n", r.readErr)
			failed++
		}
		if _, err := out.Write(r.out); err != nil {
			cancel()
			return failed, fmt.Errorf("write: %w", err)
		}
	}
	return failed, ctx.Err()
}

// extractOne loads one file, extracts and encodes its claims.
func extractOne(ctx context.Context, e *env, x *extractor.Extractor, name string, opts loadOpts) fileResult {
	if err := ctx.Err(); err != nil {
		return fileResult{fatal: err}
	}
	a, err := loadArticle(e, name, opts)
	if errors.Is(err, errNoText) {
		e.log.Warn("no article text, no claims", "file", name, "err", err)
		return fileResult{}
	}
	if err != nil {
		return fileResult{readErr: err}
	}
	claims, err := x.Extract(ctx, &a)
	if err != nil {
		return fileResult{fatal: fmt.Errorf("%s: %w", name, err)}
	}
	out := make([]byte, 0, 2048*len(claims)) // a claim line is ~1–2 KB: grown once, if at all
	for i := range claims {
		if err := claims[i].Validate(); err != nil {
			return fileResult{fatal: fmt.Errorf("%s: %w", name, err)}
		}
		var ok bool
		if out, ok = appendClaimJSON(out, &claims[i]); !ok {
			// what appendClaimJSON cannot write, encoding/json refuses: its error
			_, err := json.Marshal(&claims[i])
			return fileResult{fatal: fmt.Errorf("%s: encode: %w", name, err)}
		}
		out = append(out, '\n')
	}
	return fileResult{out: out}
}

// loadOpts are the extract flags that shape each article.
type loadOpts struct {
	pageURL, title, lang string
	pub                  claim.Date
	maxText              int
	// guess names the language of an untagged text: the extractor's own
	// guesser, so the label agrees with the lexicon it will use
	guess func(string) string
	// cwd is the working directory, read once per run rather than by
	// filepath.Abs for every file (a stat of "." and of $PWD each)
	cwd    string
	cwdErr error
	// noHash leaves a plain-text article's Hash empty: extract's output
	// (claims) never holds it, and the SHA-256 of each text was ~10 % of
	// the command's instructions per file
	noHash bool
}

// absPath is filepath.Abs(name) with the working directory read once.
func (o *loadOpts) absPath(name string) (string, error) {
	if filepath.IsAbs(name) {
		return filepath.Clean(name), nil
	}
	if o.cwd == "" && o.cwdErr == nil {
		return filepath.Abs(name) // options built without a working directory
	}
	if o.cwdErr != nil {
		return "", o.cwdErr
	}
	return filepath.Join(o.cwd, name), nil
}

// loadArticle reads one file (or stdin) and turns it into an Article: HTML
// through the fetcher's page parser, plain text as is (its first line is the
// title when short), offsets always into the text the extractor sees. Text
// longer than maxText bytes is cut (extractor.TruncateText) and the article
// marked Truncated, with a warning; plain text is cut before anything else
// reads it, so a 30 MB file costs little more than its bytes.
func loadArticle(e *env, name string, o loadOpts) (claim.Article, error) {
	pageURL, title, lang, pub, maxText := o.pageURL, o.title, o.lang, o.pub, o.maxText
	var body []byte
	var err error
	if name == "-" {
		body, err = io.ReadAll(io.LimitReader(e.stdin, maxInput+1))
		if pageURL == "" {
			pageURL = "stdin:"
		}
	} else {
		body, err = readFile(name, maxInput)
		if pageURL == "" {
			abs, aerr := o.absPath(name)
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
		ct := http.DetectContentType(body)
		warnRepaired(e, name, fetcher.DecodeReport(body, ct))
		a, err = fetcher.ParsePageWith(pageURL, body, ct, e.page)
		if errors.Is(err, fetcher.ErrNoArticle) {
			return claim.Article{}, fmt.Errorf("%s: %w: %w", name, errNoText, err)
		}
		if err != nil {
			return claim.Article{}, fmt.Errorf("%s: %w", name, err)
		}
		if strings.TrimSpace(a.Text) == "" {
			return claim.Article{}, fmt.Errorf("%s: %w", name, errNoText)
		}
		if a.Truncated {
			e.log.Warn("html page over the cap: cut at an element boundary, article marked truncated", "file", name, "bytes", len(body), "max_html_bytes", e.page.MaxHTMLBytes)
		}
		if cut, ok := extractor.TruncateText(a.Text, maxText); ok {
			warnTruncated(e, name, len(a.Text), len(cut), maxText)
			a.Text, a.Truncated = cut, true
		}
		a.Hash = claim.ContentHash(a.Text)
	} else {
		text, rep, err := decodeText(body)
		if err != nil {
			return claim.Article{}, fmt.Errorf("%s: %w", name, err)
		}
		warnRepaired(e, name, rep)
		body = nil // the text is a copy; let a 32 MB body go
		cut, truncated := extractor.TruncateText(text, maxText)
		if truncated {
			warnTruncated(e, name, len(text), len(cut), maxText)
			text = strings.Clone(cut) // and the rest of the text too
		}
		// a UTF-8 byte-order mark stays in Text so that evidence offsets are
		// offsets into the file; the sentence splitter skips it
		if o.noHash {
			a = eval.UnhashedTextArticle(pageURL, text)
		} else {
			a = eval.PlainTextArticle(pageURL, text)
		}
		a.Truncated = truncated
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
		a.Lang = o.guess(a.Text)
	}
	a.FetchedAt = time.Now().UTC()
	return a, nil
}

// decodeText turns a plain-text file into UTF-8 by the rule every input
// path shares (internal/textenc): UTF-16 when it starts with a byte-order
// mark, UTF-8 when valid (a UTF-8 mark is kept), Windows-1252 when invalid
// bytes outnumber multi-byte characters, else UTF-8 with each invalid byte
// replaced by U+FFFD (reported, for a warning). Binary data (NUL bytes
// outside UTF-16) is refused.
func decodeText(body []byte) (string, textenc.Report, error) {
	if bytes.IndexByte(body, 0) >= 0 && !(len(body) >= 2 && (body[0] == 0xff && body[1] == 0xfe || body[0] == 0xfe && body[1] == 0xff)) {
		return "", textenc.Report{}, fmt.Errorf("binary data, not text or HTML")
	}
	return textenc.Sniff(body)
}

// warnRepaired says, on standard error through the logger, that a file's
// invalid UTF-8 bytes were replaced: which file, how many, where the first
// one is (a byte offset into the file).
func warnRepaired(e *env, name string, rep textenc.Report) {
	if rep.Invalid > 0 {
		e.log.Warn("invalid UTF-8 replaced by U+FFFD", "file", name, "invalid_bytes", rep.Invalid, "first_offset", rep.FirstInvalid)
	}
}

// warnTruncated says that a file's text was cut to the input cap.
func warnTruncated(e *env, name string, n, kept, max int) {
	e.log.Warn("article truncated", "file", name, "bytes", n, "kept", kept, "max_input_bytes", max)
}

// isHTML sniffs markup: a leading "<" or the standard content sniffer.
func isHTML(b []byte) bool {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && t[0] == '<' {
		return true
	}
	// the sniffer says text/html only for a '<' at its first byte that is
	// not its white space (form feed included), so a text that starts
	// otherwise is not sniffed at all (its 17 signatures on every file were
	// ~0.5 % of extract's instructions)
	if t := bytes.TrimLeft(b, "\t\n\f\r "); len(t) == 0 || t[0] != '<' {
		return false
	}
	return strings.HasPrefix(http.DetectContentType(b), "text/html")
}
