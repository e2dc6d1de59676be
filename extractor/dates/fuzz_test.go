package dates

import (
	"testing"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"between 2006 and 2014", "since mid-2021", "the FBI said Monday", "CVE-2021-26855",
		"au début de l’année 2021", "du 3 au 5 mars 2021", "mardi dernier", "10 000 victimes",
		"July 19, 2021", "19/07/2021", "2021-07-19", "fin de l'année dernière", "les années 2010",
		"il y a trois jours", "from March to May 2021", "2011-2018", "l’été 2020", "31 février 2021",
		"May 32, 2021", "de 2017", "entre 3 et", "\xff2021\xfe", "2021-13-45",
	} {
		f.Add(s, "en", "2021-07-19")
		f.Add(s, "fr", "2021-07")
	}
	p, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang, ref string) {
		r := claim.Date(ref)
		last := 0
		for _, e := range p.Find(text, lang, r) {
			if e.Start < last || e.End <= e.Start || e.End > len(text) || text[e.Start:e.End] != e.Text {
				t.Fatalf("bad offsets %d..%d (after %d) for %q in %q", e.Start, e.End, last, e.Text, text)
			}
			last = e.End
			if e.From == "" && e.To == "" {
				t.Fatalf("empty expression %+v", e)
			}
			for _, d := range []claim.Date{e.From, e.To} {
				if d != "" && !d.Valid() {
					t.Fatalf("invalid date %q in %+v", d, e)
				}
			}
			if e.From != "" && e.To != "" {
				f, _ := e.From.Time()
				to, _ := e.To.Time()
				if to.Before(f) {
					t.Fatalf("From > To in %+v", e)
				}
			}
		}
		if d := p.ClaimDate(text, lang, r); d != "" && !d.Valid() {
			t.Fatalf("ClaimDate %q invalid", d)
		}
		if per, m := p.AttackPeriod(text, lang, r); per != nil {
			if per.IsZero() || (per.Start != "" && !per.Start.Valid()) || (per.End != "" && !per.End.Valid()) {
				t.Fatalf("bad period %+v", per)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m) {
				t.Fatalf("match %q not valid UTF-8", m)
			}
		}
	})
}
