package extractor

import "testing"

// TestEarlierAccusationPeriod: a background accusation that names its own
// accuser and no day of saying is that earlier claim, and the dates of its
// deed are its period; the same deed in a sentence with a day of saying, or
// blamed with no accuser named, stays an earlier campaign's (no period).
// Sentences written for this rule.
func TestEarlierAccusationPeriod(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"previously attributed, year before the deed", "en", "2025-03-10",
			"Grid alert\n\nThe Dutch security service has previously attributed the 2019 sabotage of a water utility to APT33.", "2019..2019"},
		{"accused by the agent of the years' blackouts", "en", "2025-03-10",
			"Grid alert\n\nSandworm was already accused by Canada of the 2020 and 2021 attacks on the grid in Quebec.", "2020..2021"},
		{"déjà accusé par, d'avoir piraté en", "fr", "2025-03-10",
			"Réseaux\n\nLe groupe APT31 est déjà accusé par Ottawa d'avoir piraté en 2022 les serveurs de plusieurs opérateurs.", "2022..2022"},
		{"avait déjà imputé, deed of its year", "fr", "2025-03-10",
			"Réseaux\n\nLa Norvège avait déjà imputé à la Chine les intrusions de 2021 dans les messageries du Parlement.", "2021..2021"},
		{"day of saying keeps the deed an earlier one", "en", "2025-03-10",
			"Grid alert\n\nCanada said on Monday that Sandworm was behind the outage, having already been blamed for the 2021 blackouts.", ""},
		{"no accuser named keeps the deed an earlier one", "en", "2025-03-10",
			"Grid alert\n\nOttawa said on Monday Sandworm was behind the new outage.\n\nSandworm was already blamed for the 2021 blackouts in Quebec.", "2025..2025"}, // not 2021: the new outage is of the publication year (an outage is an attack noun since session 23)
	})
}
