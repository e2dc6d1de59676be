package extractor

import "testing"

// TestRelativeAfterApposition: a reporting or accusation verb of an
// appositive relative clause, only auxiliaries before it, has the
// relative's antecedent as subject, past an apposition of it ("The label
// comes from Mandiant, the Google-owned incident-response company, which
// has described UNC3886 as a China-nexus espionage group…", « Mandiant, la
// filiale de Google, qui a décrit UNC3886 comme un groupe… »). Before, the
// English claim had no accuser and the French one made Google speak alone.
// A cue's subject stays the accused ("i-Soon, which it said worked at the
// direction of…": guard, a pronoun subject of its own). Sentences written
// for this rule, found on the read blind-ba/en-003.
func TestRelativeAfterApposition(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/Mandiant, the company, which has described", "en", "Cyber news\n\nThe label itself comes from Mandiant, the Google-owned incident-response company, which has described UNC3886 as a China-nexus espionage group that goes after defence organisations in the United States.", []string{"Mandiant>UNC3886>US"}},
	})
	t.Run("fr/Mandiant, la filiale de Google, qui a décrit", func(t *testing.T) {
		checkPrefixes(t, extract(t, "fr", "2024-07-10", "Actualité\n\nLe nom vient de Mandiant, la filiale de Google, qui a décrit UNC3886 comme un groupe d'espionnage lié à la Chine qui vise des organisations de défense aux États-Unis."), []string{"mandiant>unc3886>"}, nil)
	})
	t.Run("en/guard: which it said worked at the direction of", func(t *testing.T) {
		checkPrefixes(t, extract(t, "en", "2025-03-05", "Cyber news\n\nThe Justice Department on Wednesday charged ten employees of the Shanghai contractor i-Soon, which it said worked at the direction of China's Ministry of Public Security, with hacking the foreign ministries of Taiwan and India."), []string{"US>"}, []string{"i-soon>"})
	})
}
