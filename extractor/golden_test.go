package extractor_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/fixtures"
	"github.com/claimwire/claimwire/internal/eval"
	"github.com/claimwire/claimwire/normalizer"

	"github.com/claimwire/claimwire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden.json from the current extractor")

var (
	once sync.Once
	ext  *extractor.Extractor
	eerr error
)

func newExtractor(tb testing.TB) *extractor.Extractor {
	tb.Helper()
	once.Do(func() {
		norm, err := normalizer.New(normalizer.Options{})
		if err != nil {
			eerr = err
			return
		}
		ext, eerr = extractor.New(extractor.Config{Version: "claimwire/test"}, norm, slog.New(slog.DiscardHandler))
	})
	if eerr != nil {
		tb.Fatal(eerr)
	}
	return ext
}

func articles(tb testing.TB) []fixtures.Annotated {
	tb.Helper()
	as, err := fixtures.Articles()
	if err != nil {
		tb.Fatal(err)
	}
	if len(as) == 0 {
		tb.Skip("no fixture articles yet")
	}
	return as
}

// TestGolden runs the extractor on every fixture article and compares the
// claims with testdata/golden/NAME.golden.json (go test -run Golden -update
// rewrites them). A change in output is then a reviewed diff, not a surprise.
func TestGolden(t *testing.T) {
	t.Parallel()
	x := newExtractor(t)
	for _, fa := range articles(t) {
		t.Run(fa.Name, func(t *testing.T) {
			a := fa.Article()
			cs, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			if cs == nil {
				cs = []claim.Claim{}
			}
			got, err := json.MarshalIndent(cs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", fa.Name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extractor -run Golden -update)", err)
			}
			if d := golden.Diff(string(want), string(got)); d != "" {
				t.Errorf("claims differ from %s (review, then -update; - golden, + got):\n%s", path, d)
			}
		})
	}
}

// fixtureFloors are a little below what the extractor reaches on the fixture
// articles, so that a regression fails.
var fixtureFloors = map[string]float64{
	"accusers": 0.90, "accused_states": 0.90, "accused_groups": 0.84,
	"victim_countries": 0.81, "claim_months": 0.87, "attack_years": 0.78,
}

// TestFixtureScores scores the extractor against the fixtures' gold with the
// same scorer as `claimwire eval`.
func TestFixtureScores(t *testing.T) {
	t.Parallel()
	x := newExtractor(t)
	s, err := eval.NewScorer(eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := eval.NewResult()
	for _, fa := range articles(t) {
		a := fa.Article()
		cs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		if !fa.Gold.Attribution && len(cs) > 0 {
			t.Errorf("%s: negative fixture gave %d claims", fa.Name, len(cs))
		}
		jc, err := eval.ToJSONClaims(cs)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := json.Marshal(fa.Gold)
		if err != nil {
			t.Fatal(err)
		}
		g, err := eval.ParseGold(raw)
		if err != nil {
			t.Fatal(err)
		}
		s.Tally(r, jc, g)
	}
	var b bytes.Buffer
	r.Format(&b, testing.Verbose())
	t.Logf("fixtures:\n%s", b.String())
	for slot, floor := range fixtureFloors {
		if f := r.Counts[slot].F1(); f < floor {
			t.Errorf("%s F1 %.3f below floor %.2f", slot, f, floor)
		}
	}
}

// devFloors: just below the scores on ../shared/eval/dev.
var devFloors = map[string]struct{ P, F1 float64 }{
	"accusers": {0.94, 0.90}, "accused_states": {0.96, 0.93}, "accused_groups": {0.92, 0.87},
	"victim_countries": {0.91, 0.86}, "claim_months": {0.96, 0.92}, "attack_years": {0.88, 0.85},
}

// TestDevSet scores the dev set when the shared folder sits beside the
// repository (../shared/eval/dev from the module root).
func TestDevSet(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dev set not present at %s (it lives beside the repository, in shared/)", dir)
	}
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.NewScorer(eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.RunExtractor(context.Background(), newExtractor(t), golds)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	r.Format(&b, true)
	t.Logf("dev set:\n%s", b.String())
	for slot, f := range devFloors {
		c := r.Counts[slot]
		if c.Precision() < f.P || c.F1() < f.F1 {
			t.Errorf("%s: P=%.3f F1=%.3f below floors P>=%.2f F1>=%.2f", slot, c.Precision(), c.F1(), f.P, f.F1)
		}
	}
	// hard negatives yield nothing
	x := newExtractor(t)
	for _, g := range golds {
		if g.Attribution {
			continue
		}
		text, err := os.ReadFile(g.TextPath)
		if err != nil {
			t.Fatal(err)
		}
		a := eval.ArticleFromText(g.URL(), g.Lang, g.PublishedDate(), string(text))
		cs, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) > 0 {
			t.Errorf("%s: negative article gave %d claims", g.ID, len(cs))
		}
	}
}

// TestInvariants: on every fixture, evidence slices the text exactly, claims
// validate, and a second run gives the same ids in the same order.
func TestInvariants(t *testing.T) {
	t.Parallel()
	x := newExtractor(t)
	for _, fa := range articles(t) {
		a := fa.Article()
		c1, err := x.Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		c2, _ := x.Extract(context.Background(), &a)
		if len(c1) != len(c2) {
			t.Fatalf("%s: %d then %d claims", fa.Name, len(c1), len(c2))
		}
		for i, c := range c1 {
			if err := c.Validate(); err != nil {
				t.Errorf("%s: %v", fa.Name, err)
			}
			if a.Text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Sentence {
				t.Errorf("%s: evidence offsets do not slice the sentence", fa.Name)
			}
			if c.ID != c2[i].ID || c.ID != claim.ComputeID(&c) {
				t.Errorf("%s: id not stable", fa.Name)
			}
		}
	}
}
