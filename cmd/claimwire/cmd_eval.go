package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/extractor/model"
	"github.com/claimwire/claimwire/internal/eval"
)

// runEval scores the extractor on a folder of NAME.txt + NAME.json gold
// files (../shared/eval/SCHEMA.md) and prints score.py's table.
func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "--gold DIR [--gold DIR…] [--folds K | --cmd CMD | --claims FILE] [--verbose] [--json] [--aliases FILE]")
	var gold listFlag
	fs.Var(&gold, "gold", "folder of NAME.txt + NAME.json gold files, repeatable (required)")
	folds := fs.Int("folds", 0, "cross-validate the learned model: train on K-1 folds grouped by event, score the held-out one, for each fold")
	modelFile := fs.String("model", "", "weights FILE for the built-in extractor instead of the embedded ones")
	rulesOnly := fs.Bool("rules-only", false, "score the built-in extractor with its model turned off")
	cmdLine := fs.String("cmd", "", "score an external extractor command instead of the built-in one; it is run as CMD [--published D] --url U FILE")
	claimsFile := fs.String("claims", "", "score a JSONL file of claims (article.url …/ID.html names the gold id) instead of running an extractor")
	verbose := fs.Bool("verbose", false, "list each article's missing and extra values per slot")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object instead of the table")
	timeout := fs.Duration("timeout", 30*time.Second, "per-article timeout for --cmd")
	var aliases, trainOnly listFlag
	fs.Var(&trainOnly, "train-only", "with --folds: gold folder `DIR` added to every fold's training set and never scored (our own fixtures), repeatable")
	fs.Var(&aliases, "aliases", "extra alias table `FILE` ({\"canonical\": [\"alias\", …]}), repeatable")
	var df dataFlags
	df.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(gold) == 0 || fs.NArg() > 0 {
		fs.Usage()
		if len(gold) == 0 {
			fmt.Fprintln(e.stderr, "claimwire eval: --gold DIR is required")
		} else {
			fmt.Fprintf(e.stderr, "claimwire eval: unexpected arguments %q\n", fs.Args())
		}
		return errUsage
	}
	if *cmdLine != "" && *claimsFile != "" {
		fmt.Fprintln(e.stderr, "claimwire eval: --cmd and --claims are exclusive")
		return errUsage
	}
	if *folds != 0 {
		if *cmdLine != "" || *claimsFile != "" || *modelFile != "" || *rulesOnly {
			return usageErr(fs, "--folds trains its own models: not with --cmd, --claims, --model or --rules-only")
		}
		return runFolds(ctx, e, gold, trainOnly, df, *folds)
	}
	var golds []*eval.Gold
	for _, d := range gold {
		g, err := eval.LoadGold(d)
		if err != nil {
			return err
		}
		golds = append(golds, g...)
	}
	sc, err := eval.NewScorer(eval.Options{AliasFiles: aliases})
	if err != nil {
		return err
	}
	log := e.log.With("stage", "eval")
	var res *eval.Result
	switch {
	case *claimsFile != "":
		f, err := os.Open(*claimsFile)
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		defer f.Close()
		res, err = sc.ScoreClaims(f, golds)
		if err != nil {
			return err
		}
		if res.ClaimsMatched == 0 {
			// Scores of zero would otherwise look like a terrible extractor.
			fmt.Fprintf(e.stderr, "claimwire eval: warning: none of the %d claims in %s belongs to a gold article of %s (article.url must end in /ID.html, ID a gold file name such as en-001)\n",
				res.ClaimsRead, *claimsFile, strings.Join(gold, ", "))
		}
	case *cmdLine != "":
		argv, err := eval.SplitCommand(*cmdLine)
		if err != nil {
			return err
		}
		if len(argv) == 0 {
			return errors.New("--cmd: empty command")
		}
		log.Debug("scoring command", "argv", argv, "articles", len(golds))
		res, err = sc.RunCommand(ctx, eval.CommandOptions{Argv: argv, Timeout: *timeout}, golds)
		if err != nil {
			return err
		}
		if n := res.FailedArticles; n > 0 {
			first := ""
			if notes := res.Notes(); len(notes) > 0 {
				first = " (first: " + notes[0] + ")"
			}
			if n == res.Articles {
				// Nothing was scored: all-zero scores would be a lie.
				return fmt.Errorf("--cmd %q failed on all %d articles%s", *cmdLine, n, first)
			}
			fmt.Fprintf(e.stderr, "claimwire eval: warning: --cmd failed on %d of %d articles (errors=%d)%s; those count as extracting nothing\n", n, res.Articles, res.Errors, first)
		}
	default:
		var m *model.Model
		if *modelFile != "" {
			var err error
			if m, err = model.Load(*modelFile); err != nil {
				return err
			}
		}
		x, err := df.extractor(log, extractor.Config{Model: m, RulesOnly: *rulesOnly})
		if err != nil {
			return err
		}
		res, err = sc.RunExtractor(ctx, x, golds)
		if err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res.Summary(*verbose))
	}
	return res.Format(e.stdout, *verbose)
}
