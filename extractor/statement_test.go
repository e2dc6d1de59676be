package extractor

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestOneClaimPerStatement: a statement repeated in three sentences is one
// claim carrying the three sentences, with merged fields and one date.
func TestOneClaimPerStatement(t *testing.T) {
	text := "France accused APT28 of hacking ministries in 2021. " +
		"On Tuesday, France again accused APT28 of attacks on Belgium between 2019 and 2020. " +
		"France also said APT28 had hacked Germany."
	cs := extractText(t, "en", text)
	var acc []claim.Claim
	for _, c := range cs {
		if c.Stance == claim.StanceAccusation {
			acc = append(acc, c)
		}
	}
	if len(acc) != 1 {
		t.Fatalf("want one claim, got %d: %q", len(acc), claimKeys(cs))
	}
	c := acc[0]
	if len(c.Evidences) != 3 {
		t.Fatalf("want 3 evidence spans, got %d: %+v", len(c.Evidences), c.Evidences)
	}
	if c.Evidence != c.Evidences[0] {
		t.Errorf("Evidence %+v is not the first span %+v", c.Evidence, c.Evidences[0])
	}
	for i, ev := range c.Evidences {
		if text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("span %d offsets %d..%d do not give its sentence", i, ev.Start, ev.End)
		}
		if i > 0 && ev.Start <= c.Evidences[i-1].Start {
			t.Errorf("spans out of text order: %+v", c.Evidences)
		}
	}
	if c.Schema != claim.SchemaClaim || c.ID != claim.ComputeID(&c) {
		t.Errorf("schema %q id %q", c.Schema, c.ID)
	}
	if c.Article.Fingerprint == "" {
		t.Error("no article fingerprint")
	}
	if err := c.Validate(); err != nil {
		t.Error(err)
	}
	t.Logf("victims %v period %+v date %s", claimKeys(acc), c.AttackPeriod, c.ClaimDate)
}

// TestStatementsMerge checks the merge rules on hand-made claims: one claim
// date (Microsoft → APT29 read with two dates), widest period, victim union,
// strongest confidence with its hedge.
func TestStatementsMerge(t *testing.T) {
	ms := &claim.Entity{Name: "Microsoft", Kind: claim.KindCompany}
	apt := &claim.Entity{Name: "APT29", Kind: claim.KindGroup, Country: "RU"}
	mk := func(start int, date claim.Date, p *claim.Period, conf float64, hedge string, victims ...string) claim.Claim {
		c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: "https://x.test/ms"}, Accuser: ms, Accused: apt,
			Stance: claim.StanceAccusation, ClaimDate: date, AttackPeriod: p, Confidence: conf, Hedge: hedge,
			Evidence: claim.Evidence{Sentence: strings.Repeat("s", 5), Start: start, End: start + 5}}
		for _, v := range victims {
			c.Victims = append(c.Victims, claim.Entity{Name: v, Kind: claim.KindState, Country: v})
		}
		c.ID = claim.ComputeID(&c)
		return c
	}
	in := []claim.Claim{
		mk(40, "2024-01-20", &claim.Period{Start: "2023-11", End: "2023-12"}, 0.6, "", "US"),
		mk(0, "2024-01-19", nil, 0.5, "likely", "GB"),
		mk(80, "2024", &claim.Period{Start: "2023", End: "2023-11-30"}, 0.85, "with high confidence", "US", "FR"),
		mk(0, "2024-01-19", nil, 0.5, "likely", "GB"), // the same sentence reached twice
	}
	out := statements(in, "fp")
	if len(out) != 1 {
		t.Fatalf("want 1 claim, got %d", len(out))
	}
	c := out[0]
	if c.ClaimDate != "2024-01-19" {
		t.Errorf("claim date %s, want the earliest day 2024-01-19", c.ClaimDate)
	}
	if c.AttackPeriod == nil || c.AttackPeriod.Start != "2023" || c.AttackPeriod.End != "2023-12" {
		t.Errorf("period %+v, want 2023..2023-12", c.AttackPeriod)
	}
	var vs []string
	for _, v := range c.Victims {
		vs = append(vs, v.Country)
	}
	if strings.Join(vs, ",") != "GB,US,FR" {
		t.Errorf("victims %v, want GB,US,FR", vs)
	}
	if c.Confidence != 0.85 || c.Hedge != "with high confidence" {
		t.Errorf("confidence %v hedge %q", c.Confidence, c.Hedge)
	}
	if len(c.Evidences) != 3 || c.Evidence.Start != 0 {
		t.Errorf("evidences %+v", c.Evidences)
	}
	if c.Article.Fingerprint != "fp" {
		t.Errorf("fingerprint %q", c.Article.Fingerprint)
	}
}

// One statement read from two sentences keeps the date the text names over
// the publication date a sentence fell back to.
func TestStatementDateMerge(t *testing.T) {
	for _, c := range []struct {
		name            string
		a, b, pub, want claim.Date
	}{
		{"named month beats publication day", "2020-11-02", "2020-10", "2020-11-02", "2020-10"},
		{"either order", "2020-10", "2020-11-02", "2020-11-02", "2020-10"},
		{"two named days: the earlier", "2021-07-19", "2021-07-20", "2021-07-22", "2021-07-19"},
		{"a day beats a year when neither is the publication", "2021", "2021-07-19", "2021-07-22", "2021-07-19"},
		{"no publication date", "2021", "2021-07-19", "", "2021-07-19"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := statementDate(c.a, c.b, c.pub); got != c.want {
				t.Errorf("statementDate(%q, %q, %q) = %q, want %q", c.a, c.b, c.pub, got, c.want)
			}
		})
	}
}

// TestClaimIDsOwned: the normaliser's mentions share its tables' IDs maps
// (AppendFind); the claims returned must not, or a caller changing a
// claim's ids would change every later extraction.
func TestClaimIDsOwned(t *testing.T) {
	text := "The Australian government accused APT40, a group also tracked as Winnti, of hacking its networks in 2024."
	for round := 0; round < 2; round++ {
		cs := extractText(t, "en", text)
		found := false
		for _, c := range cs {
			if c.Accused == nil || c.Accused.IDs["mitre"] == "" {
				continue
			}
			if c.Accused.IDs["mitre"] != "G0065" {
				t.Fatalf("round %d: accused ids %v, want mitre G0065", round, c.Accused.IDs)
			}
			found = true
			c.Accused.IDs["mitre"] = "changed by the caller"
		}
		if !found {
			t.Fatalf("no accused with a MITRE id in %q", claimKeys(cs))
		}
	}
}
