package fetcher

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// DefaultMaxHTMLBytes is the HTML handed to the parser by default: real
// article pages are well under 1 MB, and main-text extraction costs about
// 0.5–0.8 s per MB on one core (go test -bench PagePath ./fetcher), so 2 MB
// keeps any page under the 2 s budget.
const DefaultMaxHTMLBytes = 2 << 20

// DefaultExtractTimeout is the default deadline of main-text extraction: a
// capped page takes under 2 s of CPU, but on a shared, loaded machine a
// 2 MB page was seen to take over 5 s of wall time; the deadline is there
// for pathological pages, not to fail big ones.
const DefaultExtractTimeout = 15 * time.Second

// ErrExtractTimeout marks a page whose main-text extraction did not finish
// (or could not start) within its deadline; permanent, since the same page
// would take as long again.
var ErrExtractTimeout = errors.New("main-text extraction deadline exceeded")

// PageOptions bound the work spent on one HTML page. The zero value gives
// the defaults.
type PageOptions struct {
	// MaxHTMLBytes caps the page (after charset decoding) handed to the HTML
	// parser: a longer page is cut at the last end tag before the cap and
	// the article marked Truncated. Default DefaultMaxHTMLBytes.
	MaxHTMLBytes int
	// ExtractTimeout is the deadline of main-text extraction
	// (go-trafilatura). Default DefaultExtractTimeout.
	ExtractTimeout time.Duration

	// extract replaces go-trafilatura in tests (a slow fake).
	extract func(*html.Node, trafilatura.Options) (*trafilatura.ExtractResult, error)
}

func (o PageOptions) withDefaults() PageOptions {
	if o.MaxHTMLBytes == 0 {
		o.MaxHTMLBytes = DefaultMaxHTMLBytes
	}
	if o.ExtractTimeout == 0 {
		o.ExtractTimeout = DefaultExtractTimeout
	}
	if o.extract == nil {
		o.extract = trafilatura.ExtractDocument
	}
	return o
}

// Validate rejects negative bounds.
func (o PageOptions) Validate() error {
	var errs []error
	if o.MaxHTMLBytes < 0 {
		errs = append(errs, fmt.Errorf("fetcher: config: max html bytes: negative (%d)", o.MaxHTMLBytes))
	}
	if o.ExtractTimeout < 0 {
		errs = append(errs, fmt.Errorf("fetcher: config: extract timeout: negative duration %v", o.ExtractTimeout))
	}
	return errors.Join(errs...)
}

// cutHTML returns text cut to at most max bytes at an element boundary:
// just after the last end tag ("</p>") that ends before the cap, else after
// the last tag of any kind, else at the last rune boundary. ok is false when
// text is within the cap.
func cutHTML(text string, max int) (cut string, ok bool) {
	if len(text) <= max {
		return text, false
	}
	head := text[:max]
	for lim := len(head); lim > 0; {
		i := strings.LastIndex(head[:lim], "</")
		if i < 0 {
			break
		}
		if j := strings.IndexByte(head[i:], '>'); j >= 0 {
			return head[:i+j+1], true
		}
		lim = i
	}
	if i := strings.LastIndexByte(head, '>'); i >= 0 {
		return head[:i+1], true
	}
	// no tag at all: drop a rune the cap split
	for n := len(head); n > 0 && n > len(head)-utf8.UTFMax; n-- {
		if utf8.RuneStart(head[n-1]) {
			if !utf8.FullRuneInString(head[n-1:]) {
				head = head[:n-1]
			}
			break
		}
	}
	return head, true
}

// extractSlots bounds the extractions alive at once in the process,
// including those abandoned past their deadline (go-trafilatura cannot be
// cancelled; an abandoned run finishes in the background and keeps its
// slot until then). With the HTML cap this bounds the memory a stuck or
// hostile page can hold to a few capped pages' worth, whatever the crawl's
// size. It is process-wide on purpose: the CPU and memory it guards are.
var extractSlots = make(chan struct{}, max(4, 2*runtime.GOMAXPROCS(0)))

// extractMain runs main-text extraction under opts' deadline. Past the
// deadline (or when every slot is held by overdue runs until then) it
// returns an error naming the URL and the deadline.
func extractMain(pageURL string, root *html.Node, topts trafilatura.Options, opts PageOptions, size int) (*trafilatura.ExtractResult, error) {
	timer := time.NewTimer(opts.ExtractTimeout)
	defer timer.Stop()
	select {
	case extractSlots <- struct{}{}:
	case <-timer.C:
		return nil, &Error{URL: pageURL, Kind: ErrExtractTimeout,
			Msg: fmt.Sprintf("main-text extraction did not start within %v: %d extractions still running (earlier pages past their deadline)", opts.ExtractTimeout, cap(extractSlots))}
	}
	type result struct {
		res *trafilatura.ExtractResult
		err error
	}
	done := make(chan result, 1) // buffered: an abandoned run must not block
	go func() {
		defer func() { <-extractSlots }()
		res, err := opts.extract(root, topts)
		done <- result{res, err}
	}()
	select {
	case r := <-done:
		return r.res, r.err
	case <-timer.C:
		return nil, &Error{URL: pageURL, Kind: ErrExtractTimeout,
			Msg: fmt.Sprintf("main-text extraction exceeded its %v deadline (%d bytes of HTML)", opts.ExtractTimeout, size)}
	}
}
