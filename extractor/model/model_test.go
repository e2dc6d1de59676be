package model

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
)

// toy examples: "good" predicts a positive, "bad" a negative.
func toy() []Example {
	var ex []Example
	for i := 0; i < 40; i++ {
		g := string(rune('a' + i%8))
		ex = append(ex,
			Example{Role: RoleClaim, Feats: []string{"good"}, Label: i%10 != 0, Group: g},
			Example{Role: RoleClaim, Feats: []string{"bad"}, Label: i%10 == 0, Group: g},
			Example{Role: RoleVictim, Feats: []string{"target_prep"}, Label: true, Group: g},
			Example{Role: RoleVictim, Feats: []string{"location"}, Label: false, Group: g},
		)
	}
	return ex
}

func TestFitLearnsAndIsDeterministic(t *testing.T) {
	t.Parallel()
	f1, err := Fit(toy(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	f2, err := Fit(toy(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := f1.Model.Marshal()
	b2, _ := f2.Model.Marshal()
	if !bytes.Equal(b1, b2) {
		t.Fatal("two fits on the same examples differ")
	}
	m := f1.Model
	if p, q := m.Prob(RoleClaim, []string{"good"}), m.Prob(RoleClaim, []string{"bad"}); p < 0.7 || q > 0.3 {
		t.Errorf("claim: p(good)=%.2f p(bad)=%.2f", p, q)
	}
	if p := m.Prob(RoleVictim, []string{"target_prep"}); p < 0.8 {
		t.Errorf("victim: p(target_prep)=%.2f", p)
	}
	// roles do not share weights
	if m.Weights["victim|good"] != 0 || m.Weights["claim|good"] == 0 {
		t.Errorf("weights not conjoined with roles: %v", m.Weights)
	}
	if len(f1.OOF) != len(toy()) {
		t.Errorf("OOF has %d probabilities for %d examples", len(f1.OOF), len(toy()))
	}
	// the file round-trips
	back, err := Parse(b1, "test")
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(back.Prob(RoleClaim, []string{"good"})-m.Prob(RoleClaim, []string{"good"})) > 1e-4 {
		t.Error("parsed model scores differently")
	}
}

func TestParseRejects(t *testing.T) {
	t.Parallel()
	good, err := Fit(toy(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := good.Model.Marshal()
	cases := []struct{ name, in, msg string }{
		{"unknown key", strings.Replace(string(b), `"format": 1`, `"format": 1, "colour": 2`, 1), "unknown field"},
		{"format", strings.Replace(string(b), `"format": 1`, `"format": 9`, 1), "format 9"},
		{"no head", `{"format":1,"heads":{},"weights":{}}`, "no head"},
		{"feature without role", strings.Replace(string(b), `"claim|bad"`, `"bad"`, 1), "ROLE|NAME"},
		{"threshold", strings.Replace(string(b), `"threshold": 0.5`, `"threshold": 3`, 1), "threshold"},
		{"not json", `{`, "model"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.in), "w.json")
			if !errors.Is(err, ErrModel) || !strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), "w.json") {
				t.Errorf("err = %v, want ErrModel naming w.json and %q", err, c.msg)
			}
		})
	}
}

func TestCalibration(t *testing.T) {
	t.Parallel()
	probs := []float64{0.05, 0.05, 0.95, 0.95, 0.95, 0.95}
	labels := []bool{false, false, true, true, true, false}
	tab, ece := Calibration(probs, labels, 10)
	if tab[0].N != 2 || tab[9].N != 4 || tab[9].Frequency != 0.75 {
		t.Errorf("bins: %+v", tab)
	}
	want := (2*0.05 + 4*0.2) / 6
	if math.Abs(ece-want) > 1e-9 {
		t.Errorf("ECE = %v, want %v", ece, want)
	}
}

func TestDefault(t *testing.T) {
	t.Parallel()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Roles {
		if _, ok := m.Heads[r]; !ok {
			t.Errorf("embedded weights lack role %s", r)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(embedded)
	f.Add([]byte(`{"format":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b, "fuzz")
		if err != nil {
			return
		}
		// a model that parses scores every role with a probability
		for _, r := range Roles {
			if p := m.Prob(r, []string{"x"}); math.IsNaN(p) || p < 0 || p > 1 {
				t.Fatalf("role %s: p=%v", r, p)
			}
		}
	})
}

// TestWeightTable: Raw from the role tables gives the map's sums, bit for
// bit, for the embedded weights' features, unknown ones and the bias.
func TestWeightTable(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range Roles {
		var feats []string
		for f := range m.byRole[role] {
			feats = append(feats, f, f+"x", "x"+f)
		}
		feats = append(feats, "", "a", "not a feature at all")
		tab := m.table(role)
		if tab == nil {
			t.Fatalf("%s: no table", role)
		}
		for _, f := range feats {
			if got, want := tab.Get(f), m.byRole[role][f]; got != want {
				t.Fatalf("%s: weight of %q is %v, map %v", role, f, got, want)
			}
		}
		want := m.byRole[role][BiasFeature]
		for _, f := range feats {
			want += m.byRole[role][f]
		}
		if got := m.Raw(role, feats); got != want {
			t.Fatalf("%s: Raw %v, map sum %v", role, got, want)
		}
	}
}

// TestDecide: Decide answers as Prob and Keep do, for every role, rule or
// not (the gate calls Decide; the two stay the public reading).
func TestDecide(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range Roles {
		var feats []string
		for f := range m.byRole[role] {
			feats = append(feats, f)
			if len(feats) == 6 {
				break
			}
		}
		for _, tc := range []struct {
			name  string
			feats []string
			rule  bool
		}{
			{"none", nil, false},
			{"none rule", nil, true},
			{"some", feats, false},
			{"some rule", feats, true},
		} {
			t.Run(role+"/"+tc.name, func(t *testing.T) {
				p, keep := m.Decide(role, tc.feats, tc.rule)
				if want := m.Prob(role, tc.feats); p != want {
					t.Fatalf("Decide p %v, Prob %v", p, want)
				}
				if want := m.Keep(role, p, tc.rule); keep != want {
					t.Fatalf("Decide keep %v, Keep %v", keep, want)
				}
			})
		}
	}
}
