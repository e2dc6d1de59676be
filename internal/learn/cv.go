package learn

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/extractor/model"
	"github.com/claimwire/claimwire/internal/eval"
)

// Builder makes an extractor with the given model, or rules only when m is
// nil; the caller decides the rest of its configuration (lexicons, tables).
type Builder func(m *model.Model) (*extractor.Extractor, error)

// Report is the outcome of a cross-validation.
type Report struct {
	K       int
	Folds   string // composition, one line per fold
	Rules   *eval.Result
	Learned *eval.Result
	// By language, same runs.
	RulesByLang   map[string]*eval.Result
	LearnedByLang map[string]*eval.Result
	// By gold folder: a folder whose texts were read while the rules were
	// written scores the rules optimistically; the others are the honest
	// estimate of an unseen article.
	RulesByDir   map[string]*eval.Result
	LearnedByDir map[string]*eval.Result
	Extra        int // training-only articles added to every fold
	// Claim confidence against correctness on held-out candidates.
	Reliability []model.Reliability
	ECE         float64
	Thresholds  []map[string]float64 // per fold and role
}

// CrossValidate trains on k-1 folds and scores the held-out one, for each
// fold, with folds grouped by event. It scores the rules alone on the same
// folds, so the two can be compared on the same articles.
//
// extra are training-only articles (our own fixtures): in every fold's
// training set, never scored.
func CrossValidate(ctx context.Context, build Builder, sc *eval.Scorer, arts, extra []*Article, k int, opts model.Options) (*Report, error) {
	if k < 2 {
		return nil, fmt.Errorf("learn: --folds %d: need at least 2", k)
	}
	if len(arts) < k {
		return nil, fmt.Errorf("learn: %d articles for %d folds", len(arts), k)
	}
	Group(arts, sc)
	folds := Folds(arts, k)
	rules, err := build(nil)
	if err != nil {
		return nil, err
	}
	ts, err := trace(ctx, rules, sc, arts)
	if err != nil {
		return nil, err
	}
	Group(extra, sc)
	xs, err := trace(ctx, rules, sc, extra)
	if err != nil {
		return nil, err
	}
	rep := &Report{K: k, Folds: Describe(arts, folds, k), Rules: eval.NewResult(), Learned: eval.NewResult(),
		RulesByLang: map[string]*eval.Result{}, LearnedByLang: map[string]*eval.Result{},
		RulesByDir: map[string]*eval.Result{}, LearnedByDir: map[string]*eval.Result{}, Extra: len(extra)}
	var probs []float64
	var labels []bool
	for f := 0; f < k; f++ {
		train := append([]traced(nil), xs...)
		for i, t := range ts {
			if folds[i] != f {
				train = append(train, t)
			}
		}
		m, err := fit(train, sc, opts)
		if err != nil {
			return nil, fmt.Errorf("learn: fold %d: %w", f+1, err)
		}
		th := map[string]float64{}
		for _, r := range model.Roles {
			th[r], th[ruleKey(r)] = m.Heads[r].Threshold, m.Heads[r].RuleThreshold
		}
		rep.Thresholds = append(rep.Thresholds, th)
		x, err := build(m)
		if err != nil {
			return nil, err
		}
		for i, t := range ts {
			if folds[i] != f {
				continue
			}
			a := t.art
			lang, dir := a.Gold.Lang, a.Dir()
			for _, r := range []map[string]*eval.Result{rep.RulesByLang, rep.LearnedByLang} {
				if r[lang] == nil {
					r[lang] = eval.NewResult()
				}
			}
			for _, r := range []map[string]*eval.Result{rep.RulesByDir, rep.LearnedByDir} {
				if r[dir] == nil {
					r[dir] = eval.NewResult()
				}
			}
			sc.Tally(rep.Rules, toJSON(t.claims), a.Gold)
			sc.Tally(rep.RulesByLang[lang], toJSON(t.claims), a.Gold)
			sc.Tally(rep.RulesByDir[dir], toJSON(t.claims), a.Gold)
			art := a.Art
			cs, err := x.Extract(ctx, &art)
			if err != nil {
				return nil, fmt.Errorf("learn: %s: %w", a.Key, err)
			}
			sc.Tally(rep.Learned, toJSON(cs), a.Gold)
			sc.Tally(rep.LearnedByLang[lang], toJSON(cs), a.Gold)
			sc.Tally(rep.LearnedByDir[dir], toJSON(cs), a.Gold)
			for ci, c := range t.trace.Candidates {
				if c.Role == model.RoleClaim || c.Role == model.RoleAccused || c.Role == model.RoleAccuser {
					probs = append(probs, m.Prob(c.Role, c.Features))
					labels = append(labels, t.labels[ci])
				}
			}
		}
	}
	rep.Reliability, rep.ECE = model.Calibration(probs, labels, 10)
	return rep, nil
}

// Format prints the report: both tables per slot, per language, the
// reliability table and which of rules and model won.
func (r *Report) Format(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Cross-validation, %d folds grouped by event (train on the rest, score the held-out fold):\n%s", r.K, r.Folds)
	if r.Extra > 0 {
		fmt.Fprintf(&b, "plus %d training-only articles in every fold (never scored)\n", r.Extra)
	}
	table := func(title string, res map[string]*eval.Result, all *eval.Result) {
		fmt.Fprintf(&b, "\n%s\n%-17s %-23s", title, "slot", "all")
		langs := make([]string, 0, len(res))
		for l := range res {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			fmt.Fprintf(&b, " %-23s", l)
		}
		b.WriteString("\n")
		for _, s := range eval.Slots {
			fmt.Fprintf(&b, "%-17s %-23s", s, prf(all.Counts[s]))
			for _, l := range langs {
				fmt.Fprintf(&b, " %-23s", prf(res[l].Counts[s]))
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%-17s %-23s", "entityF1/macroF1", fmt.Sprintf("%.3f / %.3f", all.EntityF1(), all.MacroF1()))
		for _, l := range langs {
			fmt.Fprintf(&b, " %-23s", fmt.Sprintf("%.3f / %.3f (n=%d)", res[l].EntityF1(), res[l].MacroF1(), res[l].Articles))
		}
		b.WriteString("\n")
	}
	table("Learned model (P / R / F1):", r.LearnedByLang, r.Learned)
	table("Rules only (P / R / F1):", r.RulesByLang, r.Rules)
	table("Learned model by gold folder:", r.LearnedByDir, r.Learned)
	table("Rules only by gold folder:", r.RulesByDir, r.Rules)
	for f, t := range r.Thresholds {
		fmt.Fprintf(&b, "fold %d thresholds (rule/other):", f+1)
		for _, role := range model.Roles {
			fmt.Fprintf(&b, " %s %.2f/%.2f", role, t[ruleKey(role)], t[role])
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nClaim confidence reliability (held-out candidates):\n%-11s %6s %9s %9s\n", "bin", "n", "mean p", "right")
	for _, x := range r.Reliability {
		if x.N == 0 {
			continue
		}
		fmt.Fprintf(&b, "%.1f–%.1f    %6d %9.3f %9.3f\n", x.Lo, x.Hi, x.N, x.MeanProb, x.Frequency)
	}
	fmt.Fprintf(&b, "expected calibration error: %.3f\n", r.ECE)
	d := r.Learned.EntityF1() - r.Rules.EntityF1()
	winner := "learned model"
	switch {
	case d > -0.0005 && d < 0.0005:
		winner = "tie"
	case d < 0:
		winner = "rules"
	}
	fmt.Fprintf(&b, "winner on cross-validated entity F1: %s (learned %.3f, rules %.3f, difference %+.3f)\n", winner, r.Learned.EntityF1(), r.Rules.EntityF1(), d)
	// the summary, last so that a `| tail` keeps it
	fmt.Fprintf(&b, "held-out entity F1 (learned): all %.3f", r.Learned.EntityF1())
	for _, l := range sortedKeys(r.LearnedByLang) {
		fmt.Fprintf(&b, ", %s %.3f", l, r.LearnedByLang[l].EntityF1())
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "by gold folder:")
	for _, d := range sortedKeys(r.LearnedByDir) {
		fmt.Fprintf(&b, " %s %.3f (n=%d)", d, r.LearnedByDir[d].EntityF1(), r.LearnedByDir[d].Articles)
	}
	b.WriteString(" — a folder read while the rules were written (dev) flatters them; expect the others' figure on unseen articles\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func sortedKeys(m map[string]*eval.Result) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func prf(c *eval.Counts) string {
	return fmt.Sprintf("%.3f/%.3f/%.3f", c.Precision(), c.Recall(), c.F1())
}
