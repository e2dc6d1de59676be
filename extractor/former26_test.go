package extractor

import "testing"

// TestFormerOfficialSpeaksForNoOrgan: a former official (former_words before
// an official's noun: "A former Treasury official said…", « Selon un
// ancien responsable du Trésor américain, … ») speaks for no organ: the
// organ of his title is no speaker, and no earlier accuser is carried into
// his sentence. Before, the Treasury accused REvil through him. "The
// Treasury said REvil was behind the attack" still accuses (guard).
// Sentences written for this rule, found on the read blind-ay/en-005 and
// blind-be/en-005.
func TestFormerOfficialSpeaksForNoOrgan(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2021-06-04", []noClaimCase{
		{"A former Treasury official said", "en", "Cyber news\n\nRansomware hit JBS plants on Sunday. A former Treasury official said REvil was behind the attack."},
		{"Selon un ancien responsable du Trésor", "fr", "Actualité\n\nUn rançongiciel a frappé les usines de JBS dimanche. Selon un ancien responsable du Trésor américain, REvil est derrière l'attaque."},
	})
	checkClaimKeys(t, []keyCase{
		{"en/guard: The Treasury said", "en", "Cyber news\n\nRansomware hit JBS plants on Sunday. The Treasury said REvil was behind the attack.", []string{"Treasury>REvil>US"}},
	})
}

// TestFormerOfficialNamesNoGroup: a group named in a former official's
// remark ("A former intelligence official … said the tradecraft could fit a
// crew the industry tracks as Silk Typhoon") is not given to the article's
// accuser by articleGroups. Before, the Treasury accused Silk Typhoon too.
// Sentences written for this rule, found reading blind-be/en-001.
func TestFormerOfficialNamesNoGroup(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/former official: could fit a crew tracked as", "en", "Cyber news\n\nThe Treasury said on Monday that Chinese state hackers had broken into its systems. A former intelligence official who worked on Chinese cases said the tradecraft could fit a crew the industry tracks as Silk Typhoon.", []string{"Treasury>CN>US"}},
	})
}
