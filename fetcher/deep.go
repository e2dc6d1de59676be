package fetcher

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// ErrMalformedPage marks a page the HTML parser cannot build a tree of even
// after flattening (see parseHTML); permanent.
var ErrMalformedPage = errors.New("malformed page")

// parserDepth is golang.org/x/net/html's limit: Parse refuses a document
// whose stack of open elements exceeds 512 nodes.
const parserDepth = 512

// flattenDepth is where flattenDeep starts dropping tags: far below the
// parser's limit, since the HTML tree builder can open more elements than
// the tags written (<table><td> opens four: tbody and tr are implied;
// formatting elements are reconstructed), and far above any
// real article's nesting (a few dozen levels).
const flattenDepth = 200

// parseHTML parses a page; one nested deeper than the parser's limit (a
// generated or hostile page: real articles nest a few dozen levels) is
// flattened and parsed again, so its text is still read rather than the
// page reported as having none. If even that fails the error says why.
func parseHTML(pageURL, text string) (*html.Node, error) {
	return parseFlattened(pageURL, text, flattenDepth)
}

func parseFlattened(pageURL, text string, depth int) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err == nil {
		return root, nil
	}
	if !strings.Contains(err.Error(), "exceeds") {
		return nil, &Error{URL: pageURL, Kind: ErrMalformedPage, Msg: "unparsable html", Err: err}
	}
	root, ferr := html.Parse(strings.NewReader(flattenDeep(text, depth)))
	if ferr != nil {
		return nil, &Error{URL: pageURL, Kind: ErrMalformedPage,
			Msg: fmt.Sprintf("html nested deeper than the parser's limit of %d elements, even after flattening", parserDepth), Err: err}
	}
	return root, nil
}

// flattenDeep re-writes an HTML page without the tags that open elements
// below depth max (counted naively: start tags minus their end tags, void
// elements excluded), and without their end tags. Text and every other
// token stay as written.
func flattenDeep(text string, max int) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text))
	var open []string           // naive stack of open elements
	dropped := map[string]int{} // dropped start tags per name, awaiting their end tag
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			raw := z.Raw()
			name, _ := z.TagName()
			n := string(name)
			if voidElements[n] || rawTextElements[n] {
				// never dropped: a raw-text element's content must not
				// turn into markup; neither holds elements
				b.Write(raw)
				continue
			}
			if len(open) >= max {
				dropped[n]++
				continue
			}
			open = append(open, n)
			b.Write(raw)
		case html.EndTagToken:
			raw := z.Raw()
			name, _ := z.TagName()
			n := string(name)
			if dropped[n] > 0 {
				dropped[n]--
				continue
			}
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == n {
					open = open[:i]
					break
				}
			}
			b.Write(raw)
		default:
			b.Write(z.Raw())
		}
	}
}

// rawTextElements hold text the tokenizer does not read as markup.
var rawTextElements = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "iframe": true,
	"noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}
