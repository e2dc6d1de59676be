package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"

	"github.com/claimwire/claimwire/internal/golden"
)

func newScorer(t *testing.T, opts Options) *Scorer {
	t.Helper()
	s, err := NewScorer(opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func loadTestGold(t *testing.T) []*Gold {
	t.Helper()
	golds, err := LoadGold("testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	return golds
}

func TestFold(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Ministère de la Sécurité d’État": "ministeredelasecuritedetat",
		"TEMP.Periscope":                  "tempperiscope",
		"  Volt-Typhoon ":                 "volttyphoon",
		"ﬁre":                             "fire", // NFKD turns the ligature into letters
		"Unit 74455":                      "unit74455",
		"北京":                              "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanon(t *testing.T) {
	t.Parallel()
	s := newScorer(t, Options{})
	for in, want := range map[string]string{
		"Fancy Bear":                       "APT28",
		"GRU Unit 26165":                   "APT28",
		"l'OTAN":                           "lotan", // the article is part of the name: not an alias
		"OTAN":                             "nato",
		"Union européenne":                 "eu",
		"ministère de la Sécurité d'État":  "MSS",
		"Insikt Group":                     "recorded future",
		"Some Unknown Crew":                "someunknowncrew",
		"":                                 "",
		"Advanced Persistent Threat 40 xx": "advancedpersistentthreat40xx",
	} {
		if got := s.Canon(in); got != want {
			t.Errorf("Canon(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAccuserKey checks score.py's entity_key rules: a state organ with a
// country is its country; anything else is its canonical name; the country
// is the last resort.
func TestAccuserKey(t *testing.T) {
	t.Parallel()
	s := newScorer(t, Options{})
	cases := []struct {
		name string
		e    any
		want string
	}{
		{"agency with country", map[string]any{"name": "NCSC", "kind": "agency", "country": "gb"}, "GB"},
		{"court", map[string]any{"name": "US District Court", "kind": "Court", "country": "US"}, "US"},
		{"person with country", map[string]any{"name": "Antony Blinken", "kind": "person", "country": "US"}, "US"},
		{"company with country keeps its name", map[string]any{"name": "FireEye", "kind": "company", "country": "US"}, "mandiant"},
		{"intergov", map[string]any{"name": "North Atlantic Treaty Organization", "kind": "intergov"}, "nato"},
		{"text when no name", map[string]any{"text": "Talos", "kind": "company"}, "cisco talos"},
		{"state without country", map[string]any{"name": "Britain", "kind": "state"}, "britain"},
		{"country as last resort", map[string]any{"kind": "media", "country": "fr"}, "FR"},
		{"plain string", "Microsoft Threat Intelligence", "microsoft"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := s.entityKey(c.e); got != c.want {
				t.Errorf("entityKey(%v) = %q, want %q", c.e, got, c.want)
			}
		})
	}
}

// TestScoreClaims checks the pooled counts against numbers worked out by
// hand for testdata:
// en-901 accusers {GB,nato,mandiant,janedoe} vs {GB,nato,microsoft}: tp 2
// fp 2 fn 1; fr-902 (a negative) adds fp CN and Volt Typhoon; en-903 has no
// claims: fn eu, us (not "US": "Us" is not upper case), Sandworm
// (Unit 74455), 2019-03; "mid-2021" names no year.
func TestScoreClaims(t *testing.T) {
	t.Parallel()
	s := newScorer(t, Options{})
	golds := loadTestGold(t)
	if len(golds) != 3 {
		t.Fatalf("loaded %d gold articles, want 3 (orphan.json has no .txt)", len(golds))
	}
	f, err := os.Open("testdata/claims.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := s.ScoreClaims(f, golds)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Counts{
		"accusers":         {2, 3, 3},
		"accused_states":   {1, 0, 0},
		"accused_groups":   {2, 1, 1},
		"victim_countries": {1, 1, 1},
		"claim_months":     {1, 1, 1},
		"attack_years":     {2, 0, 1},
	}
	for k, w := range want {
		if got := *r.Counts[k]; got != w {
			t.Errorf("%s: %+v, want %+v", k, got, w)
		}
	}
	if r.Errors != 1 || r.Articles != 3 {
		t.Errorf("articles=%d errors=%d, want 3 and 1", r.Articles, r.Errors)
	}
	for name, verbose := range map[string]bool{"expected.txt": false, "expected_verbose.txt": true} {
		var b bytes.Buffer
		if err := r.Format(&b, verbose); err != nil {
			t.Fatal(err)
		}
		exp, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if d := golden.Diff(string(exp), b.String()); d != "" {
			t.Errorf("Format(verbose=%v) differs from %s (- want, + got):\n%s", verbose, name, d)
		}
	}
	if got := fmt.Sprintf("%.3f %.3f", r.EntityF1(), r.MacroF1()); got != "0.642 0.644" {
		t.Errorf("entity/macro F1 = %s", got)
	}
}

// TestExtraAliases: --aliases FILE adds to the embedded table.
func TestExtraAliases(t *testing.T) {
	t.Parallel()
	s := newScorer(t, Options{AliasFiles: []string{"testdata/extra_aliases.json"}})
	if got := s.Canon("Mandiant"); got != "microsoft" {
		t.Fatalf("Canon(Mandiant) = %q with the extra table", got)
	}
	f, err := os.Open("testdata/claims.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := s.ScoreClaims(f, loadTestGold(t))
	if err != nil {
		t.Fatal(err)
	}
	// mandiant now counts as microsoft: en-901 accusers tp 3 fp 1 fn 0.
	if got, want := *r.Counts["accusers"], (Counts{3, 2, 2}); got != want {
		t.Errorf("accusers %+v, want %+v", got, want)
	}
	if s.Canon("Fancy Bear") != "APT28" {
		t.Error("the embedded table is gone")
	}
	only := newScorer(t, Options{NoDefaultAliases: true, AliasFiles: []string{"testdata/extra_aliases.json"}})
	if got := only.Canon("Fancy Bear"); got != "fancybear" {
		t.Errorf("NoDefaultAliases: Canon(Fancy Bear) = %q", got)
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if _, err := LoadGold(filepath.Join(dir, "missing")); !errors.Is(err, ErrGoldDir) || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing dir: %v", err)
	}
	if _, err := LoadGold(dir); !errors.Is(err, ErrGoldDir) {
		t.Errorf("empty dir: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "en-001.json"), []byte("{not json"), 0o644)
	os.WriteFile(filepath.Join(dir, "en-001.txt"), []byte("text"), 0o644)
	if _, err := LoadGold(dir); !errors.Is(err, ErrGoldDir) || !strings.Contains(err.Error(), "en-001.json") {
		t.Errorf("bad json: %v", err)
	}
	bad := filepath.Join(dir, "aliases.json")
	os.WriteFile(bad, []byte(`{"x": "not a list"}`), 0o644)
	if _, err := NewScorer(Options{AliasFiles: []string{bad}}); !errors.Is(err, ErrAliases) {
		t.Errorf("bad aliases: %v", err)
	}
	if _, err := NewScorer(Options{AliasFiles: []string{filepath.Join(dir, "nope.json")}}); !errors.Is(err, ErrAliases) {
		t.Errorf("missing aliases: %v", err)
	}
}

type fakeExtractor struct{ claims map[string][]claim.Claim }

func (f fakeExtractor) Extract(ctx context.Context, a *claim.Article) ([]claim.Claim, error) {
	if a.Schema != claim.SchemaArticle || a.Text == "" {
		return nil, fmt.Errorf("bad article %+v", a)
	}
	if strings.Contains(a.URL, "fr-902") {
		return nil, errors.New("boom")
	}
	return f.claims[a.URL], nil
}

// TestRunExtractor scores in-process claims through their JSON form.
func TestRunExtractor(t *testing.T) {
	t.Parallel()
	s := newScorer(t, Options{})
	golds := loadTestGold(t)
	x := fakeExtractor{claims: map[string][]claim.Claim{
		"https://news.example/en-901": {{
			Schema:       claim.SchemaClaim,
			Accuser:      &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"},
			Accused:      &claim.Entity{Text: "APT40", Name: "APT40", Kind: claim.KindGroup, Country: "CN"},
			Victims:      []claim.Entity{{Text: "Austria", Name: "Austria", Kind: claim.KindState, Country: "AT"}},
			ClaimDate:    "2021-07-19",
			AttackPeriod: &claim.Period{Start: "2011", End: "2018"},
		}},
	}}
	r, err := s.RunExtractor(context.Background(), x, golds)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Counts{
		"accusers":         {1, 0, 4}, // GB found; nato, microsoft, eu, us missed
		"accused_states":   {1, 0, 0},
		"accused_groups":   {1, 0, 2},
		"victim_countries": {1, 0, 1},
		"claim_months":     {1, 0, 1},
		"attack_years":     {2, 0, 1},
	}
	for k, w := range want {
		if got := *r.Counts[k]; got != w {
			t.Errorf("%s: %+v, want %+v", k, got, w)
		}
	}
	if r.Errors != 1 {
		t.Errorf("errors = %d, want 1 (fr-902 failed)", r.Errors)
	}
	var b bytes.Buffer
	r.Format(&b, true)
	if !strings.Contains(b.String(), "fr-902: error: boom") {
		t.Errorf("verbose output lacks the failure:\n%s", b.String())
	}
}

func TestArticleFromText(t *testing.T) {
	t.Parallel()
	a := ArticleFromText("https://www.news.example/a/en-1", "en", "2021-07", "\ufeffTitle here\nBody one.\nBody two.\n")
	if a.Title != "Title here" || a.Lang != "en" || a.Published != "2021-07" || a.Source != "news.example" || a.Validate() != nil {
		t.Errorf("%+v", a)
	}
	if !strings.HasPrefix(a.Text, "Title here") {
		t.Errorf("BOM kept: %q", a.Text)
	}
	if b := ArticleFromText("file:///x", "fr", "", strings.Repeat("mot ", 60)+"\nsuite"); b.Title != "" || b.Source != "" {
		t.Errorf("a long first line gave title %q", b.Title)
	}
}

func TestSplitCommand(t *testing.T) {
	t.Parallel()
	cases := map[string][]string{
		`./bin/claimwire extract`:        {"./bin/claimwire", "extract"},
		`python3 "my tool.py" --x 'a b'`: {"python3", "my tool.py", "--x", "a b"},
		`a\ b "c\"d" ''`:                 {"a b", `c"d`, ""},
		"  spaced\tout  ":                {"spaced", "out"},
	}
	for in, want := range cases {
		got, err := SplitCommand(in)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) || len(got) != len(want) {
			t.Errorf("SplitCommand(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := SplitCommand(`a "b`); err == nil {
		t.Error("unclosed quote accepted")
	}
}

// TestRunCommand runs this test binary as a fake extractor (see TestMain):
// it checks the arguments score.py passes and how failures count.
func TestRunCommand(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	s := newScorer(t, Options{})
	t.Setenv("EVAL_FAKE_EXTRACTOR", "1")
	r, err := s.RunCommand(context.Background(), CommandOptions{Argv: []string{exe}, Timeout: 20 * time.Second}, loadTestGold(t))
	if err != nil {
		t.Fatal(err)
	}
	// en-901: one good claim; en-903: a non-JSON line (error) and no claim;
	// fr-902: exit 3 (error).
	if r.Errors != 2 || r.Articles != 3 {
		t.Errorf("errors=%d articles=%d, want 2 and 3", r.Errors, r.Articles)
	}
	if got, want := *r.Counts["accusers"], (Counts{1, 0, 4}); got != want {
		t.Errorf("accusers %+v, want %+v", got, want)
	}
	if got, want := *r.Counts["claim_months"], (Counts{1, 0, 1}); got != want {
		t.Errorf("claim_months %+v, want %+v", got, want)
	}
	var b bytes.Buffer
	r.Format(&b, true)
	if !strings.Contains(b.String(), "fr-902: exit 3: no such luck") {
		t.Errorf("verbose output lacks the exit:\n%s", b.String())
	}
}

func TestMain(m *testing.M) {
	if os.Getenv("EVAL_FAKE_EXTRACTOR") == "1" {
		os.Exit(fakeMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// fakeMain answers like `claimwire extract [--published D] --url U FILE`.
func fakeMain(args []string) int {
	var url, published, file string
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "--url":
			i++
			url = args[i]
		case "--published":
			i++
			published = args[i]
		default:
			file = args[i]
		}
	}
	if _, err := os.Stat(file); err != nil || url == "" {
		fmt.Fprintln(os.Stderr, "bad arguments", args)
		return 2
	}
	switch {
	case strings.HasSuffix(file, "en-901.txt"):
		if published != "2021-07-19" || url != "https://news.example/en-901" {
			return 4
		}
		fmt.Println(`{"accuser":{"name":"NCSC","kind":"agency","country":"GB"},"accused":{"name":"APT40","kind":"group","country":"CN"},"victims":[{"country":"AT"}],"claim_date":"2021-07-19"}`)
		fmt.Println()
	case strings.HasSuffix(file, "en-903.txt"):
		if published != "2019-03" || !strings.HasPrefix(url, "file://") {
			return 4
		}
		fmt.Println("not json")
	default:
		fmt.Fprintln(os.Stderr, "no such luck")
		return 3
	}
	return 0
}
