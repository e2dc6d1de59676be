package extractor

import "testing"

// TestComparedToolUser: "the wiper shared traits with a plug-in of
// VPNFilter, the router malware that American agencies have associated
// with the GRU's Sandworm unit", « présentait des similitudes avec
// VPNFilter, un logiciel malveillant que les agences américaines associent
// au groupe Sandworm »: the group is the known user of a tool the deed is
// compared with, a yardstick, not accused. Before, SentinelOne accused
// Sandworm and the GRU (with the agencies' countries as victims). Sentences
// written for this rule; the guard keeps a tool the group itself deployed.
func TestComparedToolUser(t *testing.T) {
	t.Parallel()
	checkNoClaims(t, "2022-05-11", []noClaimCase{
		{"shared traits with", "en", "Cyber news\n\nSentinelOne researchers found that the wiper shared traits with a destructive plug-in of VPNFilter, the router malware that American and British agencies have associated with the GRU's Sandworm unit."},
		{"a malware attributed to", "en", "Cyber news\n\nSentinelOne researchers found that the wiper shared code with VPNFilter, a malware attributed to Sandworm."},
		{"des similitudes avec", "fr", "Cyber news\n\nLes chercheurs de SentinelOne ont constaté que le logiciel présentait des similitudes avec VPNFilter, un logiciel malveillant que les agences américaines associent au groupe Sandworm."},
	})
	checkClaimKeys(t, []keyCase{
		{"en/guard: a tool the group deployed", "en", "Cyber news\n\nESET said the attack on Ukrainian power plants used Industroyer2, a malware that Sandworm developed.", []string{"ESET>Sandworm>UA"}},
	})
}

// TestGroupUnderNegation: "Paris said nothing about Sandworm", « Paris
// n'a rien dit de Sandworm, …, ni de l'unité 29155 »: a group named under a
// negation in its clause is one nobody accused here, neither in its own
// sentence nor by the article's group pass. Before, France accused both.
// Sentences written for this rule; the guard keeps the group a plain
// saying names.
func TestGroupUnderNegation(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/said nothing about", "en", "Cyber news\n\nFrance accused the GRU of hacking French ministries. Paris said nothing about Sandworm, the other GRU unit.", []string{"FR>GRU>FR"}},
		{"en/made no mention of", "en", "Cyber news\n\nFrance accused the GRU of hacking French ministries. Paris made no mention of Sandworm.", []string{"FR>GRU>FR"}},
		{"fr/rien dit de, ni de", "fr", "Cyber\n\nLa France a accusé le GRU d'avoir piraté des ministères français. Paris n'a en revanche rien dit de Sandworm, l'autre unité du GRU réputée pour ses sabotages en Ukraine, ni de l'unité 29155.", []string{"FR>GRU>FR"}},
		{"en/guard: named plainly", "en", "Cyber news\n\nFrance accused the GRU of hacking French ministries. Paris said Sandworm carried out the attacks.", []string{"FR>GRU>FR", "FR>Sandworm>FR"}},
	})
}
