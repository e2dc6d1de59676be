package extractor

import (
	"context"
	"encoding/json"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/fixtures"
	"github.com/claimwire/claimwire/normalizer"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

// newTestExtractor builds one shared Extractor for the package's tests.
func newTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	testOnce.Do(func() {
		norm, err := normalizer.New(normalizer.Options{})
		if err != nil {
			testErr = err
			return
		}
		testX, testErr = New(Config{Version: "claimwire/test"}, norm, slog.New(slog.DiscardHandler))
	})
	if testErr != nil {
		tb.Fatal(testErr)
	}
	return testX
}

var (
	rulesOnce sync.Once
	rulesX    *Extractor
	rulesErr  error
)

// newRulesExtractor is newTestExtractor with the model turned off: the
// rules' own confidence, for tests of what the rules say.
func newRulesExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	rulesOnce.Do(func() {
		norm, err := normalizer.New(normalizer.Options{})
		if err != nil {
			rulesErr = err
			return
		}
		rulesX, rulesErr = New(Config{Version: "claimwire/test", RulesOnly: true}, norm, slog.New(slog.DiscardHandler))
	})
	if rulesErr != nil {
		tb.Fatal(rulesErr)
	}
	return rulesX
}

// checkKeys reports the claim keys (key) of want missing from cs and those
// of not present in it, and returns cs's keys: the check of the recall
// table tests.
func checkKeys(t *testing.T, cs []claim.Claim, want, not []string) []string {
	t.Helper()
	var got []string
	for _, c := range cs {
		got = append(got, key(c))
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %v", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("unexpected %s in %v", w, got)
		}
	}
	return got
}

// checkPrefixes is checkKeys over full claim strings (full), where each
// wanted or unwanted entry is a prefix ("KR>KP>JP>": accuser, accused,
// victims).
func checkPrefixes(t *testing.T, cs []claim.Claim, want, not []string) {
	t.Helper()
	var got []string
	for _, c := range cs {
		got = append(got, full(c))
	}
	has := func(p string) bool {
		return slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, p) })
	}
	for _, w := range want {
		if !has(w) {
			t.Errorf("missing %s in %v", w, got)
		}
	}
	for _, w := range not {
		if has(w) {
			t.Errorf("unexpected %s in %v", w, got)
		}
	}
}

// keyCase is one sentence or short text in lang and the claim keys
// ("accuser>accused>victims", see claimKeys) it must give, in any order.
type keyCase struct {
	name, lang, text string
	want             []string
}

// checkClaimKeys runs each case as a subtest and compares the sorted keys.
func checkClaimKeys(t *testing.T, cases []keyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := claimKeys(extractText(t, tc.lang, tc.text))
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q\nwant %q", got, want)
			}
		})
	}
}

// noClaimCase is one text in lang that must give no claim.
type noClaimCase struct{ name, lang, text string }

// checkNoClaims runs each case as a subtest ("lang/name") on an article
// published on the given day and fails on any claim.
func checkNoClaims(t *testing.T, published string, cases []noClaimCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if cs := extract(t, tc.lang, published, tc.text); len(cs) > 0 {
				t.Errorf("claims %v", claimKeys(cs))
			}
		})
	}
}

// newRefExtractor returns an Extractor of its own (not the tests' shared
// one) with set applied: a reference built with a fast path or a feature
// turned off.
func newRefExtractor(t *testing.T, set func(*Extractor)) *Extractor {
	t.Helper()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref, err := New(Config{Version: "claimwire/test"}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	set(ref)
	return ref
}

// sameClaimsOnFixtures extracts every fixture text in both lexicons with
// x and ref and fails where their claims differ byte for byte (what names
// the difference); with traces, the Explain traces too. It fails when no
// text gave a claim.
func sameClaimsOnFixtures(t *testing.T, x, ref *Extractor, what string, traces bool) {
	t.Helper()
	n := 0
	for _, text := range fixtureTexts(t) {
		for _, lang := range []string{"en", "fr"} {
			a := claim.Article{URL: "https://example.test/a", Lang: lang, Published: "2025-01-10", Text: text}
			want, err := ref.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := x.Extract(context.Background(), &a)
			if err != nil {
				t.Fatal(err)
			}
			wj, _ := json.Marshal(want)
			gj, _ := json.Marshal(got)
			if string(wj) != string(gj) {
				t.Fatalf("claims differ %s:\n%s\n%s", what, gj, wj)
			}
			if traces {
				_, tr, err := x.Explain(context.Background(), &a)
				if err != nil {
					t.Fatal(err)
				}
				_, wtr, err := ref.Explain(context.Background(), &a)
				if err != nil {
					t.Fatal(err)
				}
				tj, _ := json.Marshal(tr)
				wtj, _ := json.Marshal(wtr)
				if string(tj) != string(wtj) {
					t.Fatalf("traces differ %s", what)
				}
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Fatal("no claim")
	}
}

// lexiconsAndArticles loads the embedded lexicons and the fixture articles
// that the fast-path tests compare their answers over.
func lexiconsAndArticles(t *testing.T) (map[string]*lexicon, []fixtures.Annotated) {
	t.Helper()
	lexs, err := loadLexicons(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := fixtures.Articles()
	if err != nil || len(as) == 0 {
		t.Fatalf("fixture articles: %d, %v", len(as), err)
	}
	return lexs, as
}
