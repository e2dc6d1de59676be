package extractor

import "testing"

// TestSameUnitAnaphor: "the same unit", « la même unité » point back to
// the unit accused before, however many sentences back, as "the same
// group" does ("On Thursday the FBI released an advisory attributing to
// the same unit a campaign…", five sentences after the unit was named and
// after a sentence naming Russia). Before, the phrase was no anaphor and
// the advisory's sentence gave no claim. Sentences written for this rule.
func TestSameUnitAnaphor(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/the same unit", "en", "Cyber news\n\nEstonia attributed the 2020 intrusions at its ministries to Unit 29155. Foreign minister Margus Tsahkna said the investigation had shown that Russia's aim was to damage state computer systems. Investigators found stolen staff lists. Prosecutors issued warrants for three officers. Police said the officers are in Russia. On Thursday the FBI released an advisory attributing to the same unit a campaign of espionage against Ukraine.",
			[]string{"EE>Unit 29155>EE", "FBI>Unit 29155>UA"}},
		{"fr/la même unité", "fr", "Cyber news\n\nL'Estonie a attribué les intrusions de 2020 dans ses ministères à l'unité 29155. Le ministre Margus Tsahkna a affirmé que l'enquête avait montré que la Russie cherchait à endommager les systèmes informatiques de l'État. Les enquêteurs ont retrouvé des listes de personnel volées. Le parquet a émis des mandats contre trois officiers. La police a indiqué que les officiers se trouvent en Russie. Jeudi, le FBI a publié un avis attribuant à la même unité une campagne d'espionnage contre l'Ukraine.",
			[]string{"EE>Unit 29155>EE", "FBI>Unit 29155>UA"}},
	})
}

// TestRegionWordNoFirm: a capitalised region word before "researchers"
// ("blamed by Western researchers") names no firm: no claim of a
// "Western" accuser. Before, the word was taken for a firm's name by its
// shape and the background sentence made a claim. Sentences written for
// this rule (English: French writes the adjective in lower case).
func TestRegionWordNoFirm(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/western researchers", "en", "Cyber news\n\nEstonia blamed Russia's GRU on Monday for the hack of its energy ministry.\n\nThe unit has been blamed by Western researchers for the 2016 attacks on Ukraine's power grid.", []string{"EE>GRU>EE"}},
		{"en/guard: a firm by its shape", "en", "Cyber news\n\nKestrel Labs researchers said the GRU hacked the Estonian energy ministry.", []string{"Kestrel Labs>GRU>EE"}},
	})
}
