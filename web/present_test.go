package web

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

func TestHighlight(t *testing.T) {
	ent := func(text, name string, k claim.Kind) *claim.Entity {
		return &claim.Entity{Text: text, Name: name, Kind: k}
	}
	for _, tc := range []struct {
		name     string
		sentence string
		c        claim.Claim
		want     string // spans as [role:text]
	}{
		{"plain", "The NCSC blamed China for the hack of Germany.",
			claim.Claim{Accuser: ent("NCSC", "NCSC", claim.KindAgency), Accused: ent("China", "China", claim.KindState), Victims: []claim.Entity{*ent("Germany", "Germany", claim.KindState)}},
			"The [accuser:NCSC] blamed [accused:China] for the hack of [victim:Germany]."},
		{"name when the text differs, case-insensitive", "fancy bear hit the ministry, said Mandiant.",
			claim.Claim{Accuser: ent("Mandiant", "Mandiant", claim.KindCompany), Accused: ent("APT28", "Fancy Bear", claim.KindGroup)},
			"[accused:fancy bear] hit the ministry, said [accuser:Mandiant]."},
		{"not inside a longer word", "Iranian hackers, Iran said.",
			claim.Claim{Accused: ent("Iran", "Iran", claim.KindState)},
			"Iranian hackers, [accused:Iran] said."},
		{"longest first, no overlap", "The US Department of Justice charged China.",
			claim.Claim{Accuser: ent("US Department of Justice", "US", claim.KindAgency), Accused: ent("China", "China", claim.KindState), Victims: []claim.Entity{*ent("US", "US", claim.KindState)}},
			"The [accuser:US Department of Justice] charged [accused:China]."},
		{"markup in names and text", `Le groupe "<Tom & Jerry>" accuse l'État <b>X</b>.`,
			claim.Claim{Accuser: ent(`"<Tom & Jerry>"`, `"<Tom & Jerry>"`, claim.KindGroup), Accused: ent("<b>X</b>", "<b>X</b>", claim.KindState)},
			`Le groupe [accuser:"<Tom & Jerry>"] accuse l'État [accused:<b>X</b>].`},
		{"accents", "L'ANSSI accuse la Russie et l'Élysée.",
			claim.Claim{Accuser: ent("ANSSI", "ANSSI", claim.KindAgency), Accused: ent("Russie", "Russia", claim.KindState), Victims: []claim.Entity{*ent("Élysée", "France", claim.KindState)}},
			"L'[accuser:ANSSI] accuse la [accused:Russie] et l'[victim:Élysée]."},
		{"codes match as written", "L'ANSSI accuse la Russie de viser les US et nous.",
			claim.Claim{Accuser: ent("ANSSI", "ANSSI", claim.KindAgency), Victims: []claim.Entity{*ent("DE", "DE", claim.KindState), *ent("US", "US", claim.KindState)}},
			"L'[accuser:ANSSI] accuse la Russie de viser les [victim:US] et nous."},
		{"nothing named", "Nobody is named here.", claim.Claim{}, "Nobody is named here."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			total := ""
			for _, sp := range highlight(tc.sentence, &tc.c) {
				total += sp.Text
				if sp.Role != "" {
					b.WriteString("[" + sp.Role + ":" + sp.Text + "]")
				} else {
					b.WriteString(sp.Text)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got  %s\nwant %s", b.String(), tc.want)
			}
			if total != tc.sentence {
				t.Errorf("spans do not rebuild the sentence: %q", total)
			}
		})
	}
}

// TestHighlightEscaped renders the spans through the page's own template:
// names and text with <, & and quotes come out escaped, and the only tags
// are the highlight's.
func TestHighlightEscaped(t *testing.T) {
	s := &Server{}
	tmpl := template.Must(template.New("x").Funcs(s.funcs()).ParseFS(assets, "templates/layout.html"))
	c := claim.Claim{
		Accuser: &claim.Entity{Text: `"<Tom & Jerry>"`, Name: `"<Tom & Jerry>"`, Kind: claim.KindGroup},
		Accused: &claim.Entity{Text: `<img src=x onerror=alert(1)>`, Name: "X", Kind: claim.KindState},
	}
	sentence := `Le groupe "<Tom & Jerry>" accuse <img src=x onerror=alert(1)> & co.`
	var buf bytes.Buffer
	if err := tmpl.ExecuteTemplate(&buf, "spans", highlight(sentence, &c)); err != nil {
		t.Fatal(err)
	}
	want := `Le groupe <b class="hl hl-accuser">&#34;&lt;Tom &amp; Jerry&gt;&#34;</b> accuse <b class="hl hl-accused">&lt;img src=x onerror=alert(1)&gt;</b> &amp; co.`
	if buf.String() != want {
		t.Errorf("got  %s\nwant %s", buf.String(), want)
	}
}

func TestTruncateSpans(t *testing.T) {
	sp := []span{{Text: "The "}, {Text: "NCSC", Role: "accuser"}, {Text: " blamed China."}}
	got := truncateSpans(sp, 6)
	if len(got) != 3 || got[1].Text != "NC…" || got[2].Text != "…" {
		// "NC…" is what truncate gives for 2 bytes left; the role is kept.
		t.Logf("%+v", got)
	}
	var text string
	for _, x := range got {
		text += x.Text
	}
	if !strings.HasPrefix(text, "The NC") || !strings.HasSuffix(text, "…") || got[1].Role != "accuser" {
		t.Errorf("truncateSpans = %+v", got)
	}
	if got := truncateSpans(sp, 100); len(got) != 3 {
		t.Errorf("short input changed: %+v", got)
	}
}

func TestNeighbours(t *testing.T) {
	text := "Headline\nFirst one. Second, the claim! Third, 3.5 more… Fourth.\nNext paragraph."
	for _, tc := range []struct {
		sentence, prev, next string
	}{
		{"Second, the claim!", "First one.", "Third, 3.5 more…"},
		{"First one.", "Headline", "Second, the claim!"},
		{"Headline", "", "First one."},
		{"Fourth.", "Third, 3.5 more…", "Next paragraph."},
		{"Next paragraph.", "Fourth.", ""},
	} {
		i := strings.Index(text, tc.sentence)
		prev, next := neighbours(text, i, i+len(tc.sentence))
		if prev != tc.prev || next != tc.next {
			t.Errorf("%q: prev %q next %q; want %q, %q", tc.sentence, prev, next, tc.prev, tc.next)
		}
	}
	if p, n := neighbours("x", 3, 1); p != "" || n != "" {
		t.Error("bad offsets give context")
	}
	long := strings.Repeat("word ", 300) + "end. Claim."
	i := strings.Index(long, "Claim.")
	if p, _ := neighbours(long, i, len(long)); len(p) > maxNeighbour+len("…") || !strings.HasPrefix(p, "…") {
		t.Errorf("long previous sentence not bounded: %d bytes", len(p))
	}
}

func TestMITREURL(t *testing.T) {
	for id, want := range map[string]string{
		"G0007": "https://attack.mitre.org/groups/G0007/", "G007": "", "g0007": "", "G0007/../x": "", `G0007"><script>`: "", "": "",
	} {
		if got := mitreURL(id); got != want {
			t.Errorf("mitreURL(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestChartDateRange: a chosen range draws exactly its months, beyond the
// default 36, and the page carries the range control with the filters.
func TestChartDateRange(t *testing.T) {
	var pts []sinks.TimelinePoint
	for m := 0; m < 60; m++ {
		pts = append(pts, sinks.TimelinePoint{State: "CN", Month: time.Date(2019, time.Month(1+m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01"), Count: 1})
	}
	s := &Server{}
	ov := s.buildOverview(pts, sinks.Filter{From: "2019", To: "2023-12"})
	if len(ov.Chart.Bars) != 60 || ov.Chart.Omitted != 0 || !ov.Chart.Ranged {
		t.Errorf("range 2019–2023: %d bars, %d omitted", len(ov.Chart.Bars), ov.Chart.Omitted)
	}
	if !strings.Contains(ov.Chart.Desc, "2019-01 to 2023-12") {
		t.Errorf("desc %q", ov.Chart.Desc)
	}
	// A range wider than the data draws its empty months too.
	ov = s.buildOverview(pts[:3], sinks.Filter{From: "2018-11-05", To: "2019-04"})
	if !strings.Contains(ov.Chart.Desc, "2018-11 to 2019-04") || len(ov.Chart.XLabels) != 6 {
		t.Errorf("wide range: %q, %d labels", ov.Chart.Desc, len(ov.Chart.XLabels))
	}

	f := newFixture(t)
	_, ts := newServer(t, Config{}, f, nil)
	c := newClient(t, ts.URL)
	resp, body := c.get("/overview?state=RU&from=2025-02&to=2025-04")
	if resp.StatusCode != 200 {
		t.Fatal(resp.StatusCode)
	}
	for _, want := range []string{`<input type="month" name="from" value="2025-02"`, `<input type="month" name="to" value="2025-04"`,
		`<input type="hidden" name="state" value="RU">`, "2025-02 to 2025-04"} {
		if !strings.Contains(body, want) {
			t.Errorf("overview lacks %q", want)
		}
	}
	if strings.Contains(body, "2025-06") {
		t.Error("months outside the range are drawn")
	}
}
