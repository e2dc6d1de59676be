package extractor

import (
	"log/slog"
	"sync"
	"testing"

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
