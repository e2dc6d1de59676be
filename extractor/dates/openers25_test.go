package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestOpenerBeforeOpeningDate: a sentence opening with "And" or « Et »
// before its date ("And in February 2024, the agencies said…") is dated
// as one opening with the date: the month is the statement's. Before, the
// word first hid the opening date and the statement took none. Sentences
// written for this rule.
func TestOpenerBeforeOpeningDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"and in February", "en", "And in February 2024, the agencies said Chinese hackers had broken into a defence network the previous year."},
		{"et en février", "fr", "Et en février 2024, les services ont affirmé que des pirates chinois avaient pénétré un réseau de la défense l'année précédente."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if got := p.Analyze(tc.text, tc.lang, claim.Date("2025-05-27")).StatementDate(); got != "2024-02" {
				t.Errorf("statement date %q, want 2024-02", got)
			}
		})
	}
}
