package extractor

import "testing"

// TestDatedBoundaryWord: a boundary word that opens a date ("since
// mid-2021", "since at least 2019") is a preposition, not a clause break,
// so the subject before it still acts in the verb after it ("the Chinese
// group had been active since mid-2021 and targeted Guam"). French «
// depuis » is no boundary; its test guards it. Sentences written for this
// rule.
func TestDatedBoundaryWord(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"since mid-2021 and targeted", "en", ministryEN("Microsoft said the Chinese group had been active since mid-2021 and targeted Guam."), "Microsoft", "China"},
		{"since at least 2019 and targeted", "en", ministryEN("Microsoft said the Chinese group had been active since at least 2019 and targeted Guam."), "Microsoft", "China"},
		{"depuis la mi-2021 et avait visé", "fr", ministryFR("Microsoft a indiqué que le groupe chinois était actif depuis la mi-2021 et avait visé Guam."), "Microsoft", "China"},
	})
}
