package runner

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/fetcher"
)

// TestUnpublished: `run --once` and `fetch --once` fail, naming the count,
// when articles could not be published (fetcher reason "emit"); before,
// they exited 0 with failed>0.
func TestUnpublished(t *testing.T) {
	t.Parallel()
	if err := Unpublished(fetcher.Stats{New: 3, Failed: 1, Reasons: map[string]int{"http-404": 1}}); err != nil {
		t.Errorf("a failed page is not a publish failure: %v", err)
	}
	err := Unpublished(fetcher.Stats{New: 3, Failed: 2, Reasons: map[string]int{"emit": 2}})
	if err == nil || !strings.Contains(err.Error(), "2 article(s) could not be published") {
		t.Errorf("err %v, want one naming 2 unpublished articles", err)
	}
}
