package learn

import (
	"bytes"
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/extractor/model"
	"github.com/claimwire/claimwire/internal/eval"
	"github.com/claimwire/claimwire/normalizer"
)

var update = flag.Bool("update", false, "rewrite testdata/weights.golden.json")

func builder(t *testing.T) Builder {
	t.Helper()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return func(m *model.Model) (*extractor.Extractor, error) {
		return extractor.New(extractor.Config{Version: "claimwire/test", Model: m, RulesOnly: m == nil}, norm, log)
	}
}

func scorer(t *testing.T) *eval.Scorer {
	t.Helper()
	sc, err := eval.NewScorer(eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestGroupAndFolds(t *testing.T) {
	t.Parallel()
	g := func(id, pub string, states, groups []string, attribution bool) *Article {
		return &Article{Key: "d/" + id, Gold: &eval.Gold{ID: id, Published: pub, AccusedStates: states, AccusedGroups: groups, Attribution: attribution}}
	}
	arts := []*Article{
		g("a", "2021-07-19", []string{"CN"}, []string{"APT40"}, true),
		g("b", "2021-09-02", []string{"CN"}, []string{"APT40"}, true),      // same group within 60 days of a
		g("c", "2021-08-01", []string{"CN"}, nil, true),                    // same state within 30 days of a
		g("h", "2023-01-02", []string{"CN"}, []string{"APT40"}, true),      // same group, years apart: another event
		g("d", "2024-05-01", []string{"RU"}, []string{"APT28"}, true),      // another event
		g("e", "2024-05-03", nil, nil, false),                              // a negative alone
		g("f", "2022-01-01", []string{"CN"}, nil, true),                    // CN, far from a and c
		g("g", "2024-05-20", []string{"RU"}, []string{"Fancy Bear"}, true), // APT28 by an alias
	}
	Group(arts, scorer(t))
	want := map[string]string{"a": "d/a", "b": "d/a", "c": "d/a", "d": "d/d", "e": "d/e", "f": "d/f", "g": "d/d", "h": "d/h"}
	for _, a := range arts {
		if a.Group != want[a.Gold.ID] {
			t.Errorf("%s: group %s, want %s", a.Gold.ID, a.Group, want[a.Gold.ID])
		}
	}
	for k := 2; k <= 4; k++ {
		folds := Folds(arts, k)
		byGroup := map[string]int{}
		for i, a := range arts {
			if f, ok := byGroup[a.Group]; ok && f != folds[i] {
				t.Errorf("k=%d: event %s split across folds %d and %d", k, a.Group, f, folds[i])
			}
			byGroup[a.Group] = folds[i]
		}
		if again := Folds(arts, k); !equalInts(again, folds) {
			t.Errorf("k=%d: folds not deterministic", k)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTrainGolden trains on a small folder of articles written for the
// tests and compares the weights file with the committed one: training is
// deterministic, and a change of rules or features shows up here (refresh
// with go test ./internal/learn -run TestTrainGolden -update).
func TestTrainGolden(t *testing.T) {
	t.Parallel()
	arts, err := Load([]string{"testdata/gold"})
	if err != nil {
		t.Fatal(err)
	}
	sc := scorer(t)
	Group(arts, sc)
	build := builder(t)
	rules, err := build(nil)
	if err != nil {
		t.Fatal(err)
	}
	opts := model.DefaultOptions()
	opts.Folds = 3
	m, err := Train(context.Background(), rules, sc, arts, opts)
	if err != nil {
		t.Fatal(err)
	}
	m.Trained.Gold = []string{"testdata/gold"}
	got, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/weights.golden.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("weights differ from %s (run with -update if the change is intended):\n%s", golden, lineDiff(string(want), string(got)))
	}
	if m.Heads[model.RoleClaim].Examples == 0 || m.Heads[model.RoleVictim].Examples == 0 {
		t.Errorf("no training candidates: %+v", m.Heads)
	}
	if _, err := model.Parse(got, golden); err != nil {
		t.Errorf("trained file does not parse: %v", err)
	}
}

// lineDiff shows only the lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("- " + a + "\n+ " + c + "\n")
		}
	}
	return b.String()
}

func TestCrossValidate(t *testing.T) {
	t.Parallel()
	arts, err := Load([]string{"testdata/gold"})
	if err != nil {
		t.Fatal(err)
	}
	opts := model.DefaultOptions()
	opts.Folds = 2
	rep, err := CrossValidate(context.Background(), builder(t), scorer(t), arts, nil, 3, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Learned.Articles != len(arts) || rep.Rules.Articles != len(arts) {
		t.Errorf("scored %d/%d articles, want %d", rep.Learned.Articles, rep.Rules.Articles, len(arts))
	}
	if rep.LearnedByLang["en"] == nil || rep.LearnedByLang["fr"] == nil || rep.LearnedByLang["en"].Articles+rep.LearnedByLang["fr"].Articles != len(arts) {
		t.Errorf("per-language results: %+v", rep.LearnedByLang)
	}
	if len(rep.Thresholds) != 3 {
		t.Errorf("thresholds for %d folds", len(rep.Thresholds))
	}
	n := 0
	for _, r := range rep.Reliability {
		n += r.N
	}
	if n == 0 || rep.ECE < 0 || rep.ECE > 1 {
		t.Errorf("reliability: %d candidates, ECE %v", n, rep.ECE)
	}
	var b bytes.Buffer
	if err := rep.Format(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"grouped by event", "Learned model", "Rules only", "expected calibration error", "winner"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
	if _, err := CrossValidate(context.Background(), builder(t), scorer(t), arts, nil, 1, opts); err == nil {
		t.Error("1 fold accepted")
	}
}

// TestShippedWeightsReproduce: the embedded weights are what `claimwire
// train` makes from the gold folders they name. Needs ../shared.
func TestShippedWeightsReproduce(t *testing.T) {
	t.Parallel()
	want, err := os.ReadFile("../../extractor/model/weights.json")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := model.Parse(want, "weights.json")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, d := range shipped.Trained.Gold {
		p := filepath.Join("../..", d)
		if _, err := os.Stat(p); err != nil {
			t.Skipf("gold folder %s not here (%v): the shipped weights cannot be re-derived", d, err)
		}
		dirs = append(dirs, p)
	}
	if len(dirs) == 0 {
		t.Fatal("the shipped weights name no gold folder")
	}
	arts, err := Load(dirs)
	if err != nil {
		t.Fatal(err)
	}
	data, err := DataDigest(arts)
	if err != nil {
		t.Fatal(err)
	}
	if data != shipped.Trained.Data {
		// The folders are outside the repository and may be corrected
		// under it: then no code change made the file stale, and a
		// comparison would only say the data moved.
		t.Skipf("the gold folders %v are not those the shipped weights were trained on (data digest %s, shipped %q): retrain with\n  go run ./cmd/claimwire train %s --out extractor/model/weights.json",
			shipped.Trained.Gold, data, shipped.Trained.Data, goldFlags(shipped.Trained.Gold))
	}
	sc := scorer(t)
	Group(arts, sc)
	build := builder(t)
	rules, err := build(nil)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(context.Background(), rules, sc, arts, shipped.Trained.Options)
	if err != nil {
		t.Fatal(err)
	}
	m.Trained.Gold = shipped.Trained.Gold
	got, _ := m.Marshal()
	if !bytes.Equal(got, want) {
		t.Errorf("extractor/model/weights.json is not what train makes from %v; retrain with\n  go run ./cmd/claimwire train %s --out extractor/model/weights.json\n%s",
			shipped.Trained.Gold, goldFlags(shipped.Trained.Gold), lineDiff(string(want), string(got)))
	}
}

func goldFlags(dirs []string) string {
	var parts []string
	for _, d := range dirs {
		parts = append(parts, "--gold "+d)
	}
	return strings.Join(parts, " ")
}
