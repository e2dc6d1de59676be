package main

import (
	"flag"
	"log/slog"

	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/normalizer"
)

// dataFlags are the user data files every command that extracts takes:
// normalizer tables (--tables) and extractor lexicons (--lexicon). One
// helper so extract, eval, run, extract-worker and bench read them alike.
type dataFlags struct {
	tables, lexicons listFlag
	// statementMonthNull is extractor.Config.StatementMonthNull
	statementMonthNull bool
	// ownVictimNamedOnly is extractor.Config.OwnVictimNamedOnly
	ownVictimNamedOnly bool
}

func (d *dataFlags) register(fs *flag.FlagSet) {
	fs.Var(&d.tables, "tables", "extra normalizer table `FILE` merged over the built-in ones (see normalizer/README.md), repeatable")
	fs.Var(&d.lexicons, "lexicon", "extra extractor lexicon `FILE` (xx.json, see extractor/lang/README.md), repeatable")
	fs.BoolVar(&d.statementMonthNull, "statement-month-null", false, "no claim date for a past statement dated by its month alone (\"In October 2020, the UK accused…\"), instead of that month")
	fs.BoolVar(&d.ownVictimNamedOnly, "own-victim-named-only", false, "the accuser's country as default victim only when the article names that country, not for a bare organ (\"The FBI said…\")")
}

// normalizer builds the normalizer with the --tables files.
func (d *dataFlags) normalizer() (*normalizer.Normalizer, error) {
	return normalizer.New(normalizer.Options{ExtraFiles: d.tables})
}

// extractor builds the normalizer and the extractor with both kinds of
// files, over cfg (whose Version and ExtraLexicons it sets); a bad file
// fails here, naming file and line, before any work.
func (d *dataFlags) extractor(log *slog.Logger, cfg extractor.Config) (*extractor.Extractor, error) {
	defer pauseGC()()
	norm, err := d.normalizer()
	if err != nil {
		return nil, err
	}
	cfg.Version, cfg.ExtraLexicons, cfg.StatementMonthNull = "claimwire/"+Version, d.lexicons, d.statementMonthNull
	cfg.OwnVictimNamedOnly = d.ownVictimNamedOnly
	return extractor.New(cfg, norm, log)
}

// check loads the user files given, if any, so that a command which builds
// its extractor later (run, bench: after starting NATS) fails on a bad file
// before anything starts.
func (d *dataFlags) check(log *slog.Logger) error {
	if len(d.tables) == 0 && len(d.lexicons) == 0 {
		return nil
	}
	_, err := d.extractor(log, extractor.Config{})
	return err
}
