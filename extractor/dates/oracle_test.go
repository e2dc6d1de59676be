package dates

import (
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/claimwire/claimwire/claim"
)

// TestAgreesWithDateparser checks our own month and weekday tables against
// go-dateparser on explicit dates: the span we find, handed to
// dateparser.Parse, must give the same calendar value and precision. (We do
// not call dateparser at run time: 120–250 µs per Parse would cost more than
// the whole extractor's budget per article.)
func TestAgreesWithDateparser(t *testing.T) {
	t.Parallel()
	p := newParserT(t)
	cases := []struct{ lang, text string }{
		{"en", "The charges were filed on July 19, 2021 in court."},
		{"en", "It was published 19 July 2021."},
		{"en", "The advisory of Monday, March 3, 2025 named the group."},
		{"en", "Attacks began in March 2021."},
		{"en", "The report of 2021-07-19 is public."},
		{"en", "On September 5, 2022 the center said so."},
		{"fr", "Le 19 juillet 2021, Londres a accusé Pékin."},
		{"fr", "Le rapport du lundi 19 juillet 2021 accuse le MSS."},
		{"fr", "Les attaques ont commencé en mars 2021."},
		{"fr", "Le 5 septembre 2022, le centre a publié un rapport."},
		{"fr", "Le 1 août 2022, la justice a inculpé."},
	}
	// A reference far from every case: a part dateparser invents from it
	// would show as a mismatch.
	cur := time.Date(1995, 2, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			es := p.Find(c.text, c.lang, "")
			if len(es) != 1 {
				t.Fatalf("Find: %v", es)
			}
			e := es[0]
			cfg := &dateparser.Configuration{Languages: []string{c.lang}, CurrentTime: cur}
			d, err := dateparser.Parse(cfg, e.Text)
			if err != nil {
				t.Fatalf("dateparser.Parse(%q): %v", e.Text, err)
			}
			var want claim.Date
			switch d.Period {
			case date.Day:
				want = claim.DateOf(d.Time)
			case date.Month:
				want = claim.Date(d.Time.Format("2006-01"))
			case date.Year:
				want = claim.Date(d.Time.Format("2006"))
			}
			if e.From != want {
				t.Errorf("%q: we say %s, dateparser says %s (%v)", e.Text, e.From, want, d.Period)
			}
		})
	}
}
