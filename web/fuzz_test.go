package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/export"
)

// FuzzParseFilter: the review page's filter query (list, export links, JSON
// API) always gives a filter with a known status, dates that are valid,
// free text of at most 200 bytes and valid UTF-8 when the query was, and
// that survives its own query string: parseFilter(filterQuery(f)) == f.
func FuzzParseFilter(f *testing.F) {
	f.Add("state=cn&group=APT28&accuser=NCSC&victim=fr&lang=EN&from=2021&to=2021-07-19&status=accepted&q=exchange")
	f.Add("status=bogus&from=July&to=2021-13")
	f.Add("q=" + url.QueryEscape(string(make([]rune, 150))) + "%C3%A9%C3%A9")
	f.Add("q=%ff%fe&state=%00")
	f.Add("q=" + url.QueryEscape(strings.Repeat("a", 199)+"é"))
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		fl, err := parseFilter(q)
		if !export.KnownStatus(fl.Status) {
			t.Fatalf("status %q kept", fl.Status)
		}
		if (fl.From != "" && !fl.From.Valid()) || (fl.To != "" && !fl.To.Valid()) {
			t.Fatalf("invalid dates kept: %+v", fl)
		}
		if len(fl.Q) > 200 {
			t.Fatalf("free text of %d bytes", len(fl.Q))
		}
		if utf8.ValidString(q.Get("q")) && !utf8.ValidString(fl.Q) {
			t.Fatalf("free text %q cut inside a character", fl.Q)
		}
		if err != nil {
			return
		}
		again, err := parseFilter(filterQuery(fl))
		if err != nil || again != fl {
			t.Fatalf("round trip: %+v → %+v (%v)", fl, again, err)
		}
	})
}
