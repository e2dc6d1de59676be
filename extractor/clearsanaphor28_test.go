package extractor

import "testing"

// TestExonerationNamesNoAccused: "Active since 2019, the group has,
// according to US authorities, no link to the Republic of Cuba", « ce
// groupe n'a, selon les autorités américaines, aucun lien connu avec la
// République de Cuba »: a sentence that clears and accuses nothing lends
// no accuser to the group its anaphor points back to. Before, the US
// accused the Cuba gang. Texts written for this rule; the guard keeps the
// claim of a sentence that names a link ("The group has links to Russia's
// FSB, US authorities said": the US names the FSB).
func TestExonerationNamesNoAccused(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/no link to", "en", "Cyber news\n\nThe government of Montenegro blamed the Cuba ransomware gang for the attack on its servers. Active since 2019, the group has, according to US authorities, no link to the Republic of Cuba.", []string{"ME>Cuba>ME"}},
		{"en/guard: a link named", "en", "Cyber news\n\nThe government of Montenegro blamed the Cuba ransomware gang for the attack on its servers. The group has links to Russia's FSB, US authorities said.", []string{"ME>Cuba>ME", "US>FSB>"}},
		{"fr/aucun lien connu avec", "fr", "Cyber\n\nLe gouvernement monténégrin a accusé le gang de rançongiciel Cuba de l'attaque contre ses serveurs. Actif depuis 2019, ce groupe n'a, selon les autorités américaines, aucun lien connu avec la République de Cuba.", []string{"ME>Cuba>ME"}},
	})
}
