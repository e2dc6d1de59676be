package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/extractor/model"
	"github.com/claimwire/claimwire/internal/eval"
	"github.com/claimwire/claimwire/internal/learn"
)

// newBuilder returns a learn.Builder over one normalizer with the --tables
// and --lexicon files.
func newBuilder(e *env, df dataFlags) (learn.Builder, error) {
	norm, err := df.normalizer()
	if err != nil {
		return nil, err
	}
	log := e.log.With("stage", "learn")
	return func(m *model.Model) (*extractor.Extractor, error) {
		return extractor.New(extractor.Config{Version: "claimwire/" + Version, ExtraLexicons: df.lexicons, Model: m, RulesOnly: m == nil, StatementMonthNull: df.statementMonthNull}, norm, log)
	}, nil
}

// runTrain fits the extractor's model from gold folders and writes the
// weights file (the embedded one is extractor/model/weights.json).
func runTrain(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "train", "--gold DIR [--gold DIR…] --out FILE")
	var golds listFlag
	var df dataFlags
	fs.Var(&golds, "gold", "folder of NAME.txt + NAME.json gold files, repeatable (required)")
	out := fs.String("out", "", "weights file to write (required); - writes to stdout")
	opts := model.DefaultOptions()
	fs.Float64Var(&opts.L2, "l2", opts.L2, "L2 penalty")
	fs.IntVar(&opts.Iterations, "iterations", opts.Iterations, "gradient steps")
	fs.IntVar(&opts.Folds, "inner-folds", opts.Folds, "inner folds for calibration and thresholds")
	df.register(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if len(golds) == 0 {
		return missingFlag(fs, "--gold DIR")
	}
	if *out == "" {
		return missingFlag(fs, "--out FILE")
	}
	if err := opts.Validate(); err != nil {
		return usageErr(fs, "%v", err)
	}
	build, err := newBuilder(e, df)
	if err != nil {
		return err
	}
	sc, err := eval.NewScorer(eval.Options{})
	if err != nil {
		return err
	}
	arts, err := learn.Load(golds)
	if err != nil {
		return err
	}
	learn.Group(arts, sc)
	rules, err := build(nil)
	if err != nil {
		return err
	}
	m, err := learn.Train(ctx, rules, sc, arts, opts)
	if err != nil {
		return err
	}
	m.Trained.Gold = append([]string(nil), golds...)
	b, err := m.Marshal()
	if err != nil {
		return err
	}
	if *out == "-" {
		_, err = e.stdout.Write(b)
		return err
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	fmt.Fprintf(e.stderr, "claimwire train: %d articles, thresholds (rule/other)", m.Trained.Articles)
	for _, r := range model.Roles {
		fmt.Fprintf(e.stderr, " %s %.2f/%.2f", r, m.Heads[r].RuleThreshold, m.Heads[r].Threshold)
	}
	fmt.Fprintf(e.stderr, ", wrote %s\n", *out)
	return nil
}

// runFolds is `eval --folds K`.
func runFolds(ctx context.Context, e *env, golds, extraDirs []string, df dataFlags, k int) error {
	build, err := newBuilder(e, df)
	if err != nil {
		return err
	}
	sc, err := eval.NewScorer(eval.Options{})
	if err != nil {
		return err
	}
	arts, err := learn.Load(golds)
	if err != nil {
		return err
	}
	var extra []*learn.Article
	if len(extraDirs) > 0 {
		if extra, err = learn.Load(extraDirs); err != nil {
			return err
		}
	}
	rep, err := learn.CrossValidate(ctx, build, sc, arts, extra, k, model.DefaultOptions())
	if err != nil {
		return err
	}
	return rep.Format(e.stdout)
}

// runExplain shows why each claim of a file was made: every candidate with
// its features, probability and decision, and the sentence behind each
// field of each claim.
func runExplain(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "explain", "[--published DATE] [--url URL] [--lang fr|en|auto] [--model FILE] [--rules-only] FILE")
	published := fs.String("published", "", "publication date: YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339")
	pageURL := fs.String("url", "", "article URL (default file://ABSPATH)")
	lang := fs.String("lang", "auto", "article language: fr, en, or auto")
	modelFile := fs.String("model", "", "weights FILE instead of the embedded ones")
	rulesOnly := fs.Bool("rules-only", false, "turn the model off (every rule candidate kept)")
	asJSON := fs.Bool("json", false, "print the trace as JSON")
	var df dataFlags
	df.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr(fs, "explain takes one FILE")
	}
	var pub claim.Date
	if *published != "" {
		d, err := claim.ParseDate(*published)
		if err != nil {
			return usageErr(fs, "--published: %v", err)
		}
		pub = d
	}
	var m *model.Model
	if *modelFile != "" {
		var err error
		if m, err = model.Load(*modelFile); err != nil {
			return err
		}
	} else if !*rulesOnly {
		var err error
		if m, err = model.Default(); err != nil {
			return err
		}
	}
	build, err := newBuilder(e, df)
	if err != nil {
		return err
	}
	x, err := build(m)
	if err != nil {
		return err
	}
	a, err := loadArticle(e, fs.Arg(0), loadOpts{pageURL: *pageURL, lang: *lang, pub: pub, maxText: extractor.DefaultMaxInputBytes, guess: x.GuessLang})
	if err != nil {
		return err
	}
	claims, tr, err := x.Explain(ctx, &a)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, map[string]any{"claims": claims, "trace": tr})
	}
	var b strings.Builder
	mode := "learned model"
	if m == nil {
		mode = "rules only"
	}
	fmt.Fprintf(&b, "%s: %d candidate claims, %d claims kept (%s)\n", fs.Arg(0), len(tr.Claims), len(claims), mode)
	for _, c := range tr.Candidates {
		if c.Role == model.RoleClaim {
			fmt.Fprintf(&b, "\n%s\n  sentence [%d,%d]: %s\n", c.Describe(), c.Source.Start, c.Source.End, oneLine(c.Source.Sentence))
		} else {
			src := "(no sentence)"
			if c.Source != nil {
				src = fmt.Sprintf("[%d,%d] %s", c.Source.Start, c.Source.End, oneLine(c.Source.Sentence))
			}
			fmt.Fprintf(&b, "  %s\n    from %s\n", c.Describe(), src)
		}
		if m != nil {
			var parts []string
			for _, ct := range m.Contributions(c.Role, c.Features) {
				parts = append(parts, fmt.Sprintf("%s%+.2f", ct.Feature, ct.Weight))
			}
			fmt.Fprintf(&b, "    features: %s\n", strings.Join(parts, " "))
		} else {
			fmt.Fprintf(&b, "    features: %s\n", strings.Join(c.Features, " "))
		}
	}
	fmt.Fprintf(&b, "\nClaims and the sentence behind each field:\n")
	for _, c := range claims {
		acc := "(none)"
		if c.Accuser != nil {
			acc = c.Accuser.Name
		}
		fmt.Fprintf(&b, "- %s %s → %s  confidence %.2f\n", c.Stance, acc, c.Accused.Name, c.Confidence)
		fmt.Fprintf(&b, "    accuser, accused, claim date %s: [%d,%d] %s\n", c.ClaimDate, c.Evidence.Start, c.Evidence.End, oneLine(c.Evidence.Sentence))
		for _, v := range c.Victims {
			fmt.Fprintf(&b, "    victim %s: %s\n", v.Country, victimSource(tr, c, v.Country))
		}
		if c.AttackPeriod != nil {
			fmt.Fprintf(&b, "    attack period %s–%s: %s\n", c.AttackPeriod.Start, c.AttackPeriod.End, periodSource(tr, c))
		}
	}
	_, err = e.stdout.Write([]byte(b.String()))
	return err
}

func victimSource(tr *extractor.Trace, c claim.Claim, cc string) string {
	for _, v := range tr.Candidates {
		if v.Role == model.RoleVictim && v.Victim.Country == cc && v.Kept && v.Source != nil && sameClaim(tr.Claims[v.Claim], c) {
			return fmt.Sprintf("[%d,%d] %s", v.Source.Start, v.Source.End, oneLine(v.Source.Sentence))
		}
	}
	return "(carried by the rules from the claim's context)"
}

func periodSource(tr *extractor.Trace, c claim.Claim) string {
	for _, p := range tr.Candidates {
		if p.Role == model.RolePeriod && p.Kept && p.Source != nil && *p.Period == *c.AttackPeriod && sameClaim(tr.Claims[p.Claim], c) {
			return fmt.Sprintf("[%d,%d] %s", p.Source.Start, p.Source.End, oneLine(p.Source.Sentence))
		}
	}
	return "(the claim's sentence or its continuation, by the rules)"
}

func sameClaim(a, b claim.Claim) bool {
	return a.Evidence.Start == b.Evidence.Start && a.Accused != nil && b.Accused != nil && a.Accused.Key() == b.Accused.Key()
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 220 {
		s = string(r[:217]) + "…"
	}
	return s
}

func writeJSON(e *env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
