package extractor

import "testing"

// TestPreviousAccusationPeriod: a sentence that is itself an earlier
// accusation ("has previously attributed", « avaient déjà accusé ») keeps
// its deed's dates; a group's history told in a relative clause or an
// apposition beside a new accusation does not give them. Sentences written
// for this rule.
func TestPreviousAccusationPeriod(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"previously attributed, deed year", "en", "2024-03-25",
			"Cyber news\n\nThe Dutch intelligence service has previously attributed attacks on Dutch firms to Russia's GRU, including a 2018 breach of an energy supplier.", "2018..2018"},
		{"previously blamed, deed years", "en", "2025-06-18",
			"Cyber news\n\nEstonia has previously blamed Russia for attacks on its banks in 2007 and on its ministries in 2020.", "2007..2020"},
		{"avaient deja accuse", "fr", "2022-09-08",
			"Actualité\n\nEn 2019, les autorités estoniennes avaient déjà accusé le GRU d'avoir piraté des ministères en 2018.", "2018..2018"},
		{"history in a relative clause", "en", "2022-04-12",
			"Cyber news\n\nUkraine on Friday blamed Sandworm, which was previously blamed for the 2016 blackouts, for an attack on a telecom operator.", ""},
		{"history in an apposition", "en", "2022-04-12",
			"Cyber news\n\nUkraine on Friday accused Sandworm, already blamed for the 2016 blackouts, of hacking a telecom operator.", ""},
		{"a year in a remark on the accuser", "en", "2025-01-09",
			"Cyber news\n\nThe Slovak firm ESET, which has tracked MirrorFace since 2022, had already accused the group of targeting a European embassy.", ""},
		{"une annee dans une relative sur l'accusateur", "fr", "2025-01-09",
			"Actualité\n\nL'éditeur ESET, qui suit MirrorFace depuis 2022, avait déjà accusé le groupe d'avoir visé une ambassade européenne.", ""},
		{"histoire dans une relative", "fr", "2022-04-12",
			"Actualité\n\nKiev a accusé vendredi Sandworm, qui avait déjà été accusé des coupures de 2016, d'avoir piraté un opérateur.", ""},
	})
}
