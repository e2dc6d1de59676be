package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestPinnedIsASaying: "pinned … on", "fingered", "singled out", « a
// incriminé », « a fustigé » tell an attribution as "blamed" does: the
// sentence's date is the statement's.
// Before, "In June 2023, Microsoft pinned the outages on Anonymous Sudan"
// made June 2023 the outages' date and left the statement undated.
// Sentences written for this rule; "blamed" is the guard.
func TestPinnedIsASaying(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"pinned", "en", "In June 2023, Microsoft pinned the outages on Anonymous Sudan."},
		{"fingered", "en", "In June 2023, Microsoft fingered Anonymous Sudan for the outages."},
		{"singled out", "en", "In June 2023, Microsoft singled out Anonymous Sudan for the outages."},
		{"blamed", "en", "In June 2023, Microsoft blamed the outages on Anonymous Sudan."},
		{"incriminé", "fr", "En juin 2023, Microsoft a incriminé Anonymous Sudan pour les pannes."},
		{"fustigé", "fr", "En juin 2023, Microsoft a fustigé Anonymous Sudan pour les pannes."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if got := p.Analyze(tc.text, tc.lang, claim.Date("2024-10-16")).StatementDate(); got != "2023-06" {
				t.Errorf("statement date %q, want 2023-06", got)
			}
		})
	}
}
