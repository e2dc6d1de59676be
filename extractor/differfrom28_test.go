package extractor

import "testing"

// TestDifferedFromDistinctFrom: "the techniques differed from those of
// Sandworm and APT28", « diffèrent de celles de Sandworm et d'APT28 », «
// ce groupe est distinct d'APT28 et d'APT29 » compare or clear: the groups
// named are no accused of the attack. Before, ESET (and the Dutch
// service) accused them beside the one named. Sentences written for this
// rule; each case keeps the accused named before.
func TestDifferedFromDistinctFrom(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/differed from those of", "en", "Cyber news\n\nESET attributed the attacks on Polish ministries to Gamaredon. The researchers noted that the techniques differed from those of Sandworm and APT28, two other Russian groups active in the region.", []string{"ESET>Gamaredon>PL"}},
		{"fr/diffèrent de celles de", "fr", "Cyber\n\nESET a attribué à Gamaredon les attaques contre des ministères polonais. Les chercheurs notent que les techniques diffèrent de celles de Sandworm et d'APT28, deux autres groupes russes actifs dans la région.", []string{"ESET>Gamaredon>PL"}},
		{"fr/distinct d'", "fr", "Cyber\n\nLe renseignement néerlandais a désigné un nouveau groupe russe, Laundry Bear, comme responsable d'une intrusion dans les systèmes de la police. Le service précise que ce groupe est distinct d'APT28 et d'APT29.", []string{"NL>Laundry Bear>NL"}},
	})
}
