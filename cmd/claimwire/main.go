// Command claimwire reads French and English security news and turns it into
// reviewable attribution claims. Each subcommand lives in its own cmd_*.go file.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/claimwire/claimwire/fetcher"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// Version is stamped into every claim's "extractor" field.
const Version = "0.1.0"

// env is what a subcommand gets from main: streams and a logger. Only main
// sets process-wide defaults.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	// page bounds the HTML page parser (extract --max-html-bytes); the zero
	// value is the fetcher's defaults.
	page fetcher.PageOptions
}

type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is the table of subcommands; each entry's run parses its own flags.
func commands() map[string]command {
	return map[string]command{
		"extract":        {"extract claims from text or HTML files, one JSON object per line", runExtract},
		"eval":           {"score the extractor against a folder of gold annotations", runEval},
		"train":          {"fit the extractor's model from gold folders (weights file)", runTrain},
		"explain":        {"show every candidate of a file with its features, score and role", runExplain},
		"run":            {"the main job: crawl sources, extract, publish on NATS, store", runRun},
		"demo":           {"run the whole pipeline offline against a bundled fixture site", runDemo},
		"fetch":          {"pipeline stage: crawl sources and publish articles", runFetch},
		"extract-worker": {"pipeline stage: consume articles, publish claims", runExtractWorker},
		"sink":           {"pipeline stage: consume claims and store them", runSink},
		"replay":         {"rebuild a sink from the claims stream", runReplay},
		"redrive":        {"send dead letters back to their stage once the cause is fixed", runRedrive},
		"import":         {"load claims JSONL (from extract or an export) into a sink", runImport},
		"bench":          {"measure pipeline throughput, latency and memory", runBench},
		"serve":          {"serve the review web page", runServe},
		"export":         {"export claims as JSONL, CSV or a STIX 2.1 bundle", runExport},
		"stats":          {"print per-field precision from review decisions, by language and source", runStats},
	}
}

// errUsage marks a command-line mistake: exit status 2, message already printed.
var errUsage = errors.New("usage")

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	level := slog.LevelInfo
	if os.Getenv("CLAIMWIRE_DEBUG") != "" {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	cmds := commands()
	if len(args) == 0 {
		usage(stderr, cmds)
		return 2
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stdout, cmds) // asked for: standard output, exit 0
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "claimwire: unknown command %q\n\n", args[0])
		usage(stderr, cmds)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, log: logger.With("cmd", args[0])}
	if err := c.run(ctx, e, args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		if errors.Is(err, errUsage) {
			return 2
		}
		// Packages prefix their errors ("export: …"): don't say it twice.
		msg := strings.TrimPrefix(err.Error(), args[0]+": ")
		fmt.Fprintf(stderr, "claimwire %s: %s\n", args[0], msg)
		return 1
	}
	return 0
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintf(w, "claimwire %s — attribution claims from French and English security news\n\nUsage: claimwire COMMAND [flags]\n\nCommands:\n", Version)
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-15s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintf(w, "\nRun 'claimwire COMMAND --help' for a command's flags.\n")
}

// newFlagSet returns a FlagSet whose errors are returned, not printed twice,
// with a usage line naming the command.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet("claimwire "+name, flag.ContinueOnError)
	fs.SetOutput(&flagOutput{stdout: e.stdout, stderr: e.stderr})
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: claimwire %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// flagOutput sends a FlagSet's output to standard output while the user
// asked for --help (the usage is then the answer, exit 0) and to standard
// error otherwise (the usage explains a mistake, exit 2).
type flagOutput struct {
	stdout, stderr io.Writer
	help           bool
}

func (o *flagOutput) Write(p []byte) (int, error) {
	if o.help {
		return o.stdout.Write(p)
	}
	return o.stderr.Write(p)
}

// helpRequested reports whether args ask for help before any "--".
func helpRequested(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help", "-h=true", "--help=true":
			return true
		}
	}
	return false
}

// parseFlags parses args and maps flag errors to errUsage (help to flag.ErrHelp).
func parseFlags(fs *flag.FlagSet, args []string) error {
	out, _ := fs.Output().(*flagOutput)
	if out != nil {
		out.help = helpRequested(args)
	}
	err := fs.Parse(args)
	if out != nil {
		out.help = false // later messages are errors
	}
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return flag.ErrHelp
		}
		return errUsage
	}
	return nil
}

// parseNoArgs is parseFlags for commands that take no positional
// arguments: a stray word is a mistake, never silently ignored.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr(fs, "unexpected argument %q (this command takes flags only)", fs.Arg(0))
	}
	return nil
}

// missingFlag prints "claimwire CMD: FLAG is required" and the usage to
// standard error and returns errUsage: for a required flag left out.
func missingFlag(fs *flag.FlagSet, what string) error {
	w := fs.Output()
	if out, ok := w.(*flagOutput); ok {
		w = out.stderr
	}
	fmt.Fprintf(w, "%s: %s is required\n", fs.Name(), what)
	fs.Usage()
	return errUsage
}

// usageErr prints "claimwire CMD: message" and a hint to standard error and
// returns errUsage (exit status 2): for invalid flag values.
func usageErr(fs *flag.FlagSet, format string, a ...any) error {
	w := fs.Output()
	if out, ok := w.(*flagOutput); ok {
		w = out.stderr
	}
	fmt.Fprintf(w, "%s: %s\nRun '%s --help' for usage.\n", fs.Name(), fmt.Sprintf(format, a...), fs.Name())
	return errUsage
}
