package claim

import (
	"fmt"
	"net/url"
	"strings"
)

// Article URLs are checked in three layers:
//
//   - CheckInertURL (Claim.Validate, the extractor): never a URL a browser
//     would run or render inline (javascript:, data:, …). Other labels pass,
//     so that `claimwire extract --url LABEL FILE` keeps working for local
//     files whatever label the caller gives (the eval scorer passes file:
//     and seed: labels).
//   - CheckArticleURL (Article.Validate, i.e. everything the fetcher
//     publishes, and every sink): an absolute http(s) URL, or a file: URL
//     for local input (dir sources, extract FILE). Anything else is refused.
//   - WebURL (exporters, the review page): only http(s) URLs are ever
//     emitted or linked; a file: URL is shown as text or left out.

// WebURL reports whether u is an absolute http or https URL with a host:
// the only article URLs exporters emit and the review page links.
func WebURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && webURL(p, u)
}

// webURL is WebURL of u, parsed as p: articleURLProblem has parsed it
// already (the extractor checks every article's URL, issue 11).
func webURL(p *url.URL, u string) bool {
	return (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" && p.Opaque == "" &&
		!strings.ContainsAny(u, " \t\r\n\\")
}

// CheckArticleURL accepts the article URLs the pipeline and the stores
// take: an absolute http(s) URL, or a file: URL (local input). Errors wrap
// ErrInvalid and say what is wrong.
func CheckArticleURL(u string) error {
	if msg := articleURLProblem(u, false); msg != "" {
		return fmt.Errorf("%w: %s", ErrInvalid, msg)
	}
	return nil
}

// CheckInertURL refuses article URLs that are empty, malformed, carry
// control characters, or have a scheme a browser executes or renders
// inline. Labels without a scheme pass. Errors wrap ErrInvalid.
func CheckInertURL(u string) error {
	if msg := articleURLProblem(u, true); msg != "" {
		return fmt.Errorf("%w: %s", ErrInvalid, msg)
	}
	return nil
}

// activeSchemes run code or render content inline when followed.
var activeSchemes = map[string]bool{
	"javascript": true, "vbscript": true, "livescript": true, "data": true, "blob": true,
	"about": true, "filesystem": true, "jar": true, "view-source": true, "ms-its": true, "mhtml": true,
}

func articleURLProblem(u string, labels bool) string {
	if u == "" {
		return "empty article url"
	}
	if strings.TrimSpace(u) != u || strings.ContainsFunc(u, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return fmt.Sprintf("article url %q has surrounding spaces or control characters", u)
	}
	p, err := url.Parse(u)
	if err != nil {
		return fmt.Sprintf("article url %q does not parse", u)
	}
	switch p.Scheme {
	case "http", "https":
		if webURL(p, u) {
			return ""
		}
		return fmt.Sprintf("article url %q: no host, or spaces or backslashes in it", u)
	case "file":
		return ""
	case "":
		if labels {
			return "" // a label, not a link: nothing to run
		}
		return fmt.Sprintf("article url %q is not absolute (want http:// or https://)", u)
	}
	if labels && !activeSchemes[p.Scheme] {
		return ""
	}
	return fmt.Sprintf("article url %q: scheme %q not allowed (want http:// or https://, or file: for local files)", u, p.Scheme)
}
