package dates

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestDataOnlyLanguage shows that a language is data: German from
// testdata/de.json, with no code change.
func TestDataOnlyLanguage(t *testing.T) {
	t.Parallel()
	data, err := loadLangs()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/de.json")
	if err != nil {
		t.Fatal(err)
	}
	var de langData
	if err := json.Unmarshal(b, &de); err != nil {
		t.Fatal(err)
	}
	data["de"] = &de
	p, err := newParser(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.Langs(), ","); got != "de,en,fr" {
		t.Fatalf("langs %s", got)
	}
	cases := []struct{ text, ref, want string }{
		{"Die Angriffe fanden zwischen 2011 und 2018 statt.", "", "range 2011..2018"},
		{"Die Gruppe ist seit Mitte 2021 aktiv.", "", "since 2021-05.."},
		{"Das BSI sagte am Montag, die Angriffe seien gezielt gewesen.", "2021-07-21", "relative 2021-07-19..2021-07-19"},
		{"Am 19. Juli 2021 beschuldigte die EU China.", "", "point 2021-07-19..2021-07-19"},
		{"Mehr als 2000 Rechner waren betroffen.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, e := range p.Find(c.text, "de", claim.Date(c.ref)) {
				got = append(got, string(e.Kind)+" "+string(e.From)+".."+string(e.To))
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestBadLangData(t *testing.T) {
	t.Parallel()
	for name, d := range map[string]*langData{
		"months":    {Lang: "xx", Months: make([][]string, 11), Weekdays: make([][]string, 7)},
		"order":     {Lang: "xx", Months: make([][]string, 12), Weekdays: make([][]string, 7), NumericOrder: "ymd"},
		"qualifier": {Lang: "xx", Months: make([][]string, 12), Weekdays: make([][]string, 7), Qualifiers: map[string]string{"early": "soon"}},
		"unit":      {Lang: "xx", Months: make([][]string, 12), Weekdays: make([][]string, 7), Units: map[string]string{"days": "fortnight"}},
	} {
		if _, err := newParser(map[string]*langData{"xx": d}); err == nil {
			t.Errorf("%s: bad data accepted", name)
		}
	}
}

// TestConcurrent: one Parser serves many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	t.Parallel()
	p := newParserT(t)
	done := make(chan []string)
	for g := 0; g < 8; g++ {
		go func() {
			var out []string
			for i := 0; i < 50; i++ {
				for _, e := range p.Find("entre 2011 et 2018, puis mardi dernier", "fr", "2025-04-29") {
					out = append(out, e.Text+string(e.From))
				}
			}
			done <- out
		}()
	}
	want := strings.Join((<-done)[:2], "|")
	for g := 1; g < 8; g++ {
		if got := strings.Join((<-done)[:2], "|"); got != want {
			t.Errorf("goroutine results differ: %q vs %q", got, want)
		}
	}
	if want != "entre 2011 et 20182011|mardi dernier2025-04-22" {
		t.Errorf("got %q", want)
	}
}
