package fetcher

import (
	"errors"
	"strings"
	"testing"
)

// deepPage wraps an article in n nested elements of the given open/close
// tags: golang.org/x/net/html refuses more than 512 levels, which made
// such a page "no article text".
func deepPage(n int, open, close string) string {
	para := "<p>" + strings.Repeat("Investigators said the intrusion into the ministry network lasted for several months. ", 3) + "</p>"
	return "<html><head><title>Deep</title></head><body>" + strings.Repeat(open, n) +
		para + para + strings.Repeat(close, n) + "</body></html>"
}

func TestParsePageDeepNesting(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name        string
		n           int
		open, close string
	}{
		{"600 divs", 600, "<div>", "</div>"},
		{"5000 spans", 5000, "<span>", "</span>"},
		{"2000 unclosed divs", 2000, "<div>", ""},
		{"1000 tables", 1000, "<table><td>", "</td></table>"},
		{"300 divs, under the limit", 300, "<div>", "</div>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := ParsePage("https://x.example/deep", []byte(deepPage(tc.n, tc.open, tc.close)), "text/html; charset=utf-8")
			if err != nil {
				t.Fatalf("deep page: %v", err)
			}
			if !strings.Contains(a.Text, "Investigators said the intrusion") {
				t.Errorf("article text lost: %q", a.Text)
			}
		})
	}
}

// TestParseHTMLTooDeepError: when even the flattened page is too deep
// (flattening disabled here by a depth above the limit), the error says
// so, names the URL, and is permanent — not "no article text".
func TestParseHTMLTooDeepError(t *testing.T) {
	t.Parallel()
	_, err := parseFlattened("https://x.example/deep", deepPage(600, "<div>", "</div>"), 10_000)
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if !errors.Is(err, ErrMalformedPage) || errors.Is(err, ErrNoArticle) || !errors.Is(err, ErrPermanent) ||
		!strings.Contains(msg, "https://x.example/deep") || !strings.Contains(msg, "nested deeper than") || Reason(err) != "malformed-page" {
		t.Errorf("err %q (reason %q): want a permanent malformed-page error naming the URL and the nesting", msg, Reason(err))
	}
}

func TestFlattenDeepKeepsText(t *testing.T) {
	t.Parallel()
	in := "<div><div><div><script>if (a<b) x()</script><p>one<br>two</p></div></div></div>"
	got := flattenDeep(in, 2)
	want := "<div><div><script>if (a<b) x()</script>one<br>two</div></div>"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
