package precision

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

func base(lang, src string) claim.Claim {
	return claim.Claim{
		Schema:       claim.SchemaClaim,
		Article:      claim.ArticleRef{URL: "https://x.test/" + src, Lang: lang, Source: src},
		Accuser:      &claim.Entity{Name: "France", Kind: claim.KindState, Country: "FR"},
		Accused:      &claim.Entity{Name: "APT28", Kind: claim.KindGroup, Country: "RU"},
		Victims:      []claim.Entity{{Name: "Germany", Kind: claim.KindState, Country: "DE"}},
		ClaimDate:    "2024-05-01",
		AttackPeriod: &claim.Period{Start: "2021"},
		Stance:       claim.StanceAccusation,
	}
}

func TestVerdicts(t *testing.T) {
	edited := base("en", "A")
	edited.Accused = &claim.Entity{Name: "APT29", Kind: claim.KindGroup, Country: "RU"}
	noPeriod := base("en", "A")
	noPeriod.AttackPeriod = nil
	for _, tc := range []struct {
		name  string
		c     claim.Claim
		ds    []claim.Decision
		wrong []string // fields counted against
		right []string
	}{
		{"accept", base("en", "A"), []claim.Decision{{Action: "accept"}}, nil, Fields},
		{"reject", base("en", "A"), []claim.Decision{{Action: "reject"}}, Fields, nil},
		{"edit accused", base("en", "A"), []claim.Decision{{Action: "edit", Edited: &edited}},
			[]string{FieldAccused}, []string{FieldAccuser, FieldVictims, FieldClaimDate, FieldPeriod}},
		{"edit then accept still counts the edit", base("en", "A"), []claim.Decision{{Action: "edit", Field: "attack_start", Value: "2020"}, {Action: "accept"}},
			[]string{FieldPeriod}, []string{FieldAccuser, FieldAccused}},
		{"unreported field not counted", noPeriod, []claim.Decision{{Action: "accept"}}, nil, []string{FieldAccused}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, ok := Verdicts(Reviewed{Claim: tc.c, Decisions: tc.ds})
			if !ok {
				t.Fatal("not reviewed")
			}
			for _, f := range tc.wrong {
				if got, in := v[f]; !in || got {
					t.Errorf("%s: counted %v (present %v), want against", f, got, in)
				}
			}
			for _, f := range tc.right {
				if !v[f] {
					t.Errorf("%s: want for", f)
				}
			}
			if tc.c.AttackPeriod == nil {
				if _, in := v[FieldPeriod]; in {
					t.Error("period counted though the claim reported none")
				}
			}
		})
	}
	if _, ok := Verdicts(Reviewed{Claim: base("en", "A")}); ok {
		t.Error("a claim without decisions counted")
	}
}

func TestComputeTable(t *testing.T) {
	editedFR := base("fr", "B")
	editedFR.Victims = nil
	rs := []Reviewed{
		{Claim: base("en", "A"), Decisions: []claim.Decision{{Action: "accept"}}},
		{Claim: base("en", "A"), Decisions: []claim.Decision{{Action: "accept"}}},
		{Claim: base("en", "C"), Decisions: []claim.Decision{{Action: "reject"}}},
		{Claim: base("fr", "B"), Decisions: []claim.Decision{{Action: "edit", Edited: &editedFR}}},
		{Claim: base("fr", "B")}, // pending: not counted
	}
	rows := Compute(rs)
	get := func(by, val string) Row {
		for _, r := range rows {
			if r.By == by && r.Value == val {
				return r
			}
		}
		t.Fatalf("no row %s %s", by, val)
		return Row{}
	}
	if f := get("all", "").Figures[FieldAccused]; f != (Figure{Correct: 3, Total: 4}) {
		t.Errorf("all accused %+v", f)
	}
	if f := get("all", "").Figures[FieldVictims]; f != (Figure{Correct: 2, Total: 4}) {
		t.Errorf("all victims %+v", f)
	}
	if f := get("lang", "en").Figures[FieldAccuser]; f != (Figure{Correct: 2, Total: 3}) {
		t.Errorf("en accuser %+v", f)
	}
	if f := get("source", "B").Figures[FieldVictims]; f != (Figure{Correct: 0, Total: 1}) {
		t.Errorf("source B victims %+v", f)
	}
	if len(rows) != 1+2+3 {
		t.Errorf("%d rows", len(rows))
	}
	var buf bytes.Buffer
	if err := Write(&buf, rows); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "0.75 (4)") || !strings.Contains(buf.String(), "source") {
		t.Errorf("table:\n%s", buf.String())
	}
}
